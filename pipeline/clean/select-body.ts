/**
 * select-body: keeps the article body of a plain-text web dump (a page flattened to its visible text, one block
 * per line) and drops the page furniture around it: menus, share prompts, related links, comments, footers.
 *
 * Method (after jusText and boilerpipe): each block gets shape features (length in words, terminal punctuation,
 * share of lower-case words, share of function words, date lines, furniture cues from an optional lexicon); a
 * first label (good, near, short, bad) is smoothed with the neighbours (short blocks between paragraphs stay,
 * runs of them at the edges go), and the body is the stretch of blocks with the highest sum of scores (Kadane):
 * prose counts for its length, furniture, date lines and comment / related-links headings against it, and a
 * copyright line is a barrier. Inside the body, furniture goes and repeats of kept text go.
 * Work is linear in the number of blocks; features read at most MAX_CHARS characters of a block.
 *
 * Input: the non-empty lines of one dump, in order, NFC-normalised; optionally a lexicon (see parseLexicon).
 * Output: the kept blocks in order, and one Removal per dropped block. Rule ids:
 *   select-body:outside-body   before or after the body region
 *   select-body:copyright      a copyright or rights line, wherever it is
 *   select-body:caption        in the body: a photo caption or credit
 *   select-body:notice         in the body: a cookie banner, disclaimer or newsletter pitch
 *   select-body:furniture      in the body: a menu entry, share prompt, teaser link, date line, heading in capitals
 *   select-body:short-run      in the body: a short block not attached to prose (edge of a paragraph run, long list)
 *   select-body:duplicate      a block whose words mostly repeat earlier kept text (second copy, pull quote)
 */
import { parse } from 'yaml';
import type { Block, PassResult, Removal } from './blocks.ts';

/** Optional word lists; every feature has a structural fallback, so an empty lexicon still works. */
export interface BoilerplateLexicon {
  /** Lower-case function words of the languages seen (the, der, le, que, dan ...): prose has many. */
  functionWords: ReadonlySet<string>;
  /** Lower-case word sequences that make a short line page furniture when it starts with them. */
  furniture: ReadonlySet<string>;
  /** Lower-case headings (whole line) that open a comments or related-links section after the body. */
  sectionEnds: ReadonlySet<string>;
  /** Lower-case words of cookie banners and legal notices: a long block dense with them is not the article. */
  noticeWords: ReadonlySet<string>;
  /** Lower-case labels that start a link to another story ("related:", "read more:"), punctuation included. */
  teaserLabels: readonly string[];
  /** Lower-case text found in photo captions and credits ("(image:", "getty images"), punctuation included. */
  captionCues: readonly string[];
}

export const EMPTY_LEXICON: BoilerplateLexicon = {
  functionWords: new Set(), furniture: new Set(), sectionEnds: new Set(), noticeWords: new Set(),
  teaserLabels: [], captionCues: [],
};

/** Parses reference/boilerplate-lexicon.yaml; the caller reads the file (stages do no I/O). */
export function parseLexicon(yamlText: string): BoilerplateLexicon {
  const doc = (parse(yamlText) ?? {}) as Record<string, unknown>;
  const strings = (key: string): string[] => {
    const v = doc[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new Error(`boilerplate lexicon: ${key}: expected a list of strings, got ${JSON.stringify(v)}`);
    }
    return v as string[];
  };
  const list = (key: string) => new Set(strings(key).map(phraseKey));
  return {
    functionWords: list('function_words'),
    furniture: list('furniture'),
    sectionEnds: list('section_ends'),
    noticeWords: list('notice_words'),
    teaserLabels: strings('teaser_labels').map((x) => x.toLowerCase()),
    captionCues: strings('caption_cues').map((x) => x.toLowerCase()),
  };
}

/** Features are computed on at most this many characters of a block: bounds the work on hostile lines. */
const MAX_CHARS = 5000;
/** Cue look-ups only on lines this short: a long line that mentions "subscribe" is prose. */
const CUE_MAX_WORDS = 12;
/** Hard-wrapped text breaks lines at 60-80 characters; a shorter line does not wrap into the next. */
const WRAP_MIN_CHARS = 40;
/** Share of notice words above which a block is a cookie banner, a disclaimer or a newsletter pitch. */
const NOTICE_DENSITY = 0.08;
const NOTICE_MIN_WORDS = 4;
/** Copyright lines often carry the owner's name and address as well. */
const COPYRIGHT_MAX_WORDS = 40;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？…:;؟۔।][\s"'”’»)\]」』]*$/u;
const TRUNCATED = /(?:\.\.\.|…)[\])"'”’»]{0,3}$/u;
const STAMP = /\b(?:[012]?\d:[0-5]\d|(?:19|20)\d\d)\b/u;
const STAMP_MAX_WORDS = 10;
/** In a date line, numbers are a good part of the words ("2 days ago at 07:52 am", "Nov 19, 2019 5:10 pm"). */
const STAMP_MIN_DIGITS = 0.3;
const DIGITS = /^\d+$/u;
const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}]*$/u;
const SHOUTING_MIN_WORDS = 5;
const BULLET = /^(?:[-*•·▪●–—]|\d{1,3}[.)])\s/u;
const PUNCT = /[.,;:!?。、，！？،؛؟۔।]/u;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/iu;

/** Normalises a phrase or a line for look-ups: lower case, words joined by one space. */
function phraseKey(text: string): string {
  return (text.slice(0, 300).toLowerCase().match(WORD) ?? []).join(' ');
}

type Cue = 'copyright' | 'furniture' | 'section' | 'notice' | 'caption' | null;

interface Features {
  /** Words, with runs of CJK characters counted as one word per two characters (they have no spaces). */
  words: number;
  /** Words of the whole paragraph when the block is one line of a hard-wrapped paragraph, else words. */
  paraWords: number;
  sentenceEnd: boolean;
  /** Has a comma or a full stop somewhere: long runs of words without any (glued menus, icon names) are no prose. */
  punctuated: boolean;
  /** Ends in an ellipsis: the cut-off excerpt of a teaser, rarely a paragraph of the article. */
  truncated: boolean;
  /** Starts with a bullet or an item number ("- ", "• ", "3) ", "2. "). */
  bulleted: boolean;
  /** Mostly words in capitals: teaser links and promos; a subhead in capitals is shorter. */
  shouting: boolean;
  /** A short line with a clock time or a year: the date line of a comment or of a teaser. */
  stamp: boolean;
  /** Share of words after the first that start lower-case, among cased words; -1 in uncased scripts. */
  lowerShare: number;
  /** Share of function words; -1 without a lexicon. */
  fnShare: number;
  cue: Cue;
}

function features(text: string, lex: BoilerplateLexicon): Features {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const tokens = head.match(WORD) ?? [];
  let words = 0, cased = 0, lower = 0, fn = 0, numeric = 0, capitals = 0;
  tokens.forEach((t, i) => {
    if (DIGITS.test(t)) numeric++;
    if (t.length > 1 && CAPITALS.test(t)) capitals++;
    words += CJK.test(t) ? Math.ceil(t.length / 2) : 1;
    if (i > 0 && UPPER.test(t)) cased++;
    else if (i > 0 && LOWER.test(t)) { cased++; lower++; }
    if (lex.functionWords.has(t.toLowerCase())) fn++;
  });
  return {
    words,
    paraWords: words,
    sentenceEnd: SENTENCE_END.test(text.slice(-20)),
    punctuated: PUNCT.test(head),
    truncated: TRUNCATED.test(text.slice(-12)),
    bulleted: BULLET.test(head),
    shouting: capitals >= SHOUTING_MIN_WORDS && capitals / tokens.length >= 0.8,
    stamp: words <= STAMP_MAX_WORDS && STAMP.test(head) && numeric / Math.max(1, tokens.length) >= STAMP_MIN_DIGITS,
    lowerShare: cased >= 2 ? lower / cased : -1,
    fnShare: lex.functionWords.size > 0 && tokens.length > 0 ? fn / tokens.length : -1,
    cue: cueOf(head, tokens, lex),
  };
}

/**
 * Hard-wrapped paragraphs (a line that stops mid-sentence, the next one going on in lower case) are measured as
 * one block, so that their lines are not mistaken for a run of short furniture lines.
 */
function paragraphFeatures(blocks: Block[], lex: BoilerplateLexicon): Features[] {
  const feats = blocks.map((b) => features(b.text, lex));
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1, joined = blocks[i]!.text;
    while (j < blocks.length && wrapsInto(blocks[j - 1]!.text, feats[j - 1]!, blocks[j]!.text)) {
      if (joined.length < MAX_CHARS) joined += ' ' + blocks[j]!.text;
      j++;
    }
    if (j - i > 1) {
      const whole = features(joined, lex);
      // Each line keeps its own length and ending; a short-line cue of one line does not hold for the paragraph.
      const { paraWords, lowerShare, fnShare, punctuated } = { ...whole, paraWords: whole.words };
      for (let k = i; k < j; k++) {
        const cue = feats[k]!.cue === 'copyright' ? 'copyright' : whole.cue;
        feats[k] = { ...feats[k]!, paraWords, lowerShare, fnShare, punctuated, cue };
      }
    }
    i = j;
  }
  return feats;
}

/** A line wrapped mid-sentence is long (lower-case menu entries are not) and the next goes on in lower case. */
function wrapsInto(line: string, f: Features, next: string): boolean {
  return line.length >= WRAP_MIN_CHARS && !f.sentenceEnd && LOWER.test(next);
}

/** Cue words of short lines: copyright notes, furniture phrases, headings that open comments or related links. */
function cueOf(text: string, tokens: string[], lex: BoilerplateLexicon): Cue {
  if (tokens.length <= COPYRIGHT_MAX_WORDS && COPYRIGHT.test(text)) return 'copyright';
  if (tokens.length <= COPYRIGHT_MAX_WORDS) {
    const lowerText = text.toLowerCase();
    if (lex.teaserLabels.some((l) => lowerText.startsWith(l))) return 'furniture';
    if (lex.captionCues.some((c) => lowerText.includes(c))) return 'caption';
  }
  if (tokens.length >= NOTICE_MIN_WORDS && noticeDensity(tokens, lex) >= NOTICE_DENSITY) return 'notice';
  if (tokens.length > CUE_MAX_WORDS) return null;
  const lowered = tokens.map((t) => t.toLowerCase()).filter((t) => !/^\d+$/.test(t));
  if (matches(lex.sectionEnds, lowered)) return 'section';
  if (matches(lex.furniture, lowered)) return 'furniture';
  return null;
}

/** A one-word entry must be the whole line ("Share", "12 Comments"); a longer one may start it ("Share this"). */
function matches(entries: ReadonlySet<string>, lowered: string[]): boolean {
  if (lowered.length === 0) return false;
  if (lowered.length === 1) return entries.has(lowered[0]!);
  for (let n = 2; n <= Math.min(lowered.length, 5); n++) if (entries.has(lowered.slice(0, n).join(' '))) return true;
  return false;
}

/** Share of notice words (cookies, privacy, subscribe, newsletter ...), counted from two hits on. */
function noticeDensity(tokens: string[], lex: BoilerplateLexicon): number {
  if (lex.noticeWords.size === 0) return 0;
  let hits = 0;
  for (const t of tokens) if (lex.noticeWords.has(t.toLowerCase())) hits++;
  return hits >= 2 ? hits / tokens.length : 0;
}

type Label = 'good' | 'near' | 'short' | 'bad';

/** Prose thresholds: headlines and menus are Title Case and have few function words. */
const LOWER_PROSE = 0.45;
const HEADLINE_LOWER = 0.2;
const UNPUNCTUATED_MAX_WORDS = 25;
const FN_PROSE = 0.25;

/** Prose: mostly lower-case words or function words, or a sentence in a script without case. */
function proseLike(f: Features): boolean {
  if (f.paraWords >= UNPUNCTUATED_MAX_WORDS && !f.punctuated) return false;
  // Title Case or capitals: a headline, whatever its function words.
  if (f.lowerShare >= 0 && f.lowerShare < HEADLINE_LOWER) return false;
  if (f.fnShare >= FN_PROSE) return true;
  if (f.lowerShare >= 0) return f.lowerShare >= LOWER_PROSE;
  return f.sentenceEnd;
}

function firstLabel(f: Features): Label {
  if (f.cue === 'copyright' || f.cue === 'furniture' || f.cue === 'notice' || f.cue === 'caption') return 'bad';
  if (f.words === 0) return 'bad';
  if (f.cue === 'section' || (f.stamp && !f.sentenceEnd) || f.shouting) return 'bad';
  const prose = proseLike(f);
  if (f.paraWords >= 20) return prose && !f.truncated ? 'good' : f.punctuated ? 'near' : 'bad';
  if (f.paraWords >= SHORT_WORDS && prose && f.sentenceEnd) return 'near';
  return 'short';
}

/** Below this many words a block is short: a heading, a menu entry, a one-line quote. */
const SHORT_WORDS = 8;
/** Consecutive near-good blocks that make prose on their own. */
const NEAR_RUN = 3;

/** Near-good blocks chained to a good block (short blocks in between ignored) are good, in both directions. */
function nearToGood(labels: Label[]): boolean[] {
  const good = labels.map((l) => l === 'good');
  // A chain of sentences is prose even when each is short: articles written in one-line paragraphs.
  for (let i = 0; i < labels.length; ) {
    let j = i;
    while (j < labels.length && labels[j] === 'near') j++;
    if (j - i >= NEAR_RUN) for (let k = i; k < j; k++) good[k] = true;
    i = Math.max(j, i + 1);
  }
  // One furniture line (an ad slot, an app pitch) does not break the chain; two in a row do.
  const sweep = (from: number, to: number, step: number) => {
    let lastGood = false, bad = 0;
    for (let i = from; i !== to; i += step) {
      if (labels[i] === 'short') continue;
      if (labels[i] === 'bad' && ++bad === 1) continue;
      if (labels[i] === 'near' && lastGood) good[i] = true;
      lastGood = good[i]!;
      bad = 0;
    }
  };
  sweep(0, labels.length, 1);
  sweep(labels.length - 1, -1, -1);
  return good;
}

/** A run of more short blocks than this between good blocks is a list: only its sentence-like items stay. */
const MAX_SHORT_RUN = 3;

/**
 * jusText's context rules: a near-good block next to good prose is good; a short block between two good blocks
 * is good (subheads, one-line quotes), otherwise bad (menus, bylines, share prompts at the edges). Long runs of
 * short blocks (menus glued between a paragraph and a footer text) keep only their sentences and bullet items.
 */
function smooth(labels: Label[], feats: Features[]): boolean[] {
  const n = labels.length;
  const prevStrong: (Label | null)[] = new Array(n);
  const nextStrong: (Label | null)[] = new Array(n);
  let last: Label | null = null;
  for (let i = 0; i < n; i++) { prevStrong[i] = last; if (labels[i] !== 'short') last = labels[i]!; }
  last = null;
  for (let i = n - 1; i >= 0; i--) { nextStrong[i] = last; if (labels[i] !== 'short') last = labels[i]!; }
  const ok = (x: Label | null) => x === 'good' || x === 'near';
  const good = nearToGood(labels);
  for (let i = 0; i < n; ) {
    if (labels[i] !== 'short') { i++; continue; }
    let j = i;
    while (j < n && labels[j] === 'short') j++;
    const p = prevStrong[i]!, q = nextStrong[i]!;
    if (ok(p) && ok(q) && (p === 'good' || q === 'good')) {
      for (let k = i; k < j; k++) good[k] = j - i <= MAX_SHORT_RUN || itemLike(feats[k]!);
    } else if (i > 0 && good[i - 1]) {
      // The last line of an article is often a short quote ("That's correct," he said.).
      good[i] = sentenceLike(feats[i]!);
    }
    i = j;
  }
  return good;
}

/** What one furniture block costs the region: a fixed toll plus half its length (long nav lines cost more). */
const BAD_TOLL = 3;
/** Good blocks pay a toll too, so that teaser lists (a title, a one-sentence summary, a time) do not add up. */
const GOOD_TOLL = 8;
/** A copyright line of a few words is where a footer starts: the body never spans one. */
const BARRIER = 1e9;
/** A comments / related-links heading costs as much as a short paragraph: the body spans it if prose follows. */
const SECTION_TOLL = 15;
const ISOLATED_WEIGHT = 0.5;
/** Date lines inside a stretch of prose mark comments and teaser lists. */
const STAMP_TOLL = 10;
const DATED_LIST_WINDOW = 12;
/** A body before a comment thread counts if it scores like one good paragraph. */
const MIN_BODY_SCORE = 25;
/** A block of at least this many words, with this share of its trigrams seen before, is a repeat. */
const REPEAT_MIN_WORDS = 8;
const REPEAT_SHARE = 0.6;
const MAX_GRAMS = 500_000;

/**
 * What each block adds to the body region: good prose its length less a toll, furniture a toll plus half its
 * length. A good block alone between furniture (the summary of a teaser) counts half. A copyright line is a
 * barrier; a comments / related heading costs as much as a short paragraph.
 */
function blockScores(feats: Features[], good: boolean[]): number[] {
  return feats.map((f, i) => {
    if (f.cue === 'copyright' && f.words >= 4) return -BARRIER;
    if (f.cue === 'section') return -SECTION_TOLL;
    if (!good[i]) return -(BAD_TOLL + f.words / 2 + (f.stamp ? STAMP_TOLL : 0));
    // The items of a list in the text neither add nor cost: the prose around them decides.
    if (f.paraWords < SHORT_WORDS && itemLike(f)) return 0;
    // Paragraphs of an article sit within two blocks of each other, even with an ad slot between them.
    const isolated = (!good[i - 2] && !good[i - 1] && !good[i + 1] && !good[i + 2]) || f.truncated;
    // The toll is per paragraph: the lines of a hard-wrapped paragraph share it.
    return (isolated ? f.words * ISOLATED_WEIGHT : f.words) - (GOOD_TOLL * f.words) / Math.max(1, f.paraWords);
  });
}

/** A comments or related heading soon followed by date lines opens a thread or a dated list, never the article. */
function datedListFollows(feats: Features[], i: number): boolean {
  let stamps = 0;
  for (let k = i + 1; k < Math.min(feats.length, i + 1 + DATED_LIST_WINDOW); k++) if (feats[k]!.stamp) stamps++;
  return stamps >= 2;
}

/** The stretch with the highest score sum (Kadane's algorithm) among the first `limit` blocks. */
function bestRegion(scores: number[], limit = scores.length): [number, number, number] {
  let best = -Infinity, bestStart = 0, bestEnd = -1, sum = 0, start = 0;
  for (let i = 0; i < limit; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += scores[i]!;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i; }
  }
  return best > 0 ? [bestStart, bestEnd, best] : [0, -1, 0];
}

/**
 * Comment threads and dated teaser lists can outweigh a short article, so when one opens after a body of some
 * size, the body is looked for before it.
 */
function bodyRegion(feats: Features[], scores: number[]): [number, number] {
  const thread = feats.findIndex((f, i) => f.cue === 'section' && datedListFollows(feats, i));
  if (thread > 0) {
    const [start, end, score] = bestRegion(scores, thread);
    if (score >= MIN_BODY_SCORE) return [start, end];
  }
  const [start, end] = bestRegion(scores);
  return [start, end];
}

/**
 * A kept block whose word trigrams mostly occurred in earlier kept blocks repeats the article: a second copy, a
 * pull quote, the standfirst of a teaser to this same page. Memory is capped for huge inputs.
 */
function repeatChecker(): (text: string, words: number) => boolean {
  const grams = new Set<string>();
  return (text, words) => {
    if (words < REPEAT_MIN_WORDS) return false;
    const t = (text.slice(0, MAX_CHARS).toLowerCase().match(WORD) ?? []);
    const own: string[] = [];
    for (let i = 0; i + 2 < t.length; i++) own.push(`${t[i]} ${t[i + 1]} ${t[i + 2]}`);
    const old = own.filter((g) => grams.has(g)).length;
    if (own.length > 0 && old / own.length >= REPEAT_SHARE) return true;
    if (grams.size < MAX_GRAMS) for (const g of own) grams.add(g);
    return false;
  };
}

/** A short block that reads as a sentence: a one-line quote, the last line of an article. */
function sentenceLike(f: Features): boolean {
  return f.sentenceEnd && proseLike(f);
}

/** An item of a list written in the text: a sentence, or a bullet or a number starts it (menus have neither). */
function itemLike(f: Features): boolean {
  return sentenceLike(f) || (f.bulleted && f.words >= 2);
}

/**
 * Lines that earlier passes removed (a repeated label, a share prompt) leave a gap in the line numbers; a
 * placeholder keeps their place, so that removed furniture still separates the teasers of a list. Gaps of the
 * size that separates most blocks (blank lines between paragraphs) are normal and get no placeholder.
 */
const PLACEHOLDER: Block = { text: '', line: null };
const MAX_PLACEHOLDERS = 3;
const NORMAL_GAP_SHARE = 0.3;

function withPlaceholders(blocks: Block[]): Block[] {
  const gapOf = (i: number) => {
    const a = blocks[i - 1]?.line, b = blocks[i]?.line;
    return a == null || b == null ? 0 : b - a;
  };
  const counts = new Map<number, number>();
  for (let i = 1; i < blocks.length; i++) counts.set(gapOf(i), (counts.get(gapOf(i)) ?? 0) + 1);
  let normal = 1;
  for (const [gap, n] of counts) if (gap > normal && n >= NORMAL_GAP_SHARE * (blocks.length - 1)) normal = gap;
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const missing = Math.min(MAX_PLACEHOLDERS, gapOf(i) - normal);
    for (let k = 0; k < missing; k++) out.push(PLACEHOLDER);
    out.push(b);
  });
  return out;
}

/** Features, first labels and smoothed labels of the blocks, placeholders included. */
function analyse(items: Block[], lex: BoilerplateLexicon) {
  const feats = paragraphFeatures(items, lex);
  let labels = feats.map(firstLabel);
  // A brief of two or three short sentences has no long paragraph: its sentences are the best there is.
  if (!labels.includes('good')) labels = labels.map((l) => (l === 'near' ? 'good' : l));
  const good = smooth(labels, feats);
  return { feats, labels, good };
}

/** Per-block features and labels, for tuning and for debugging a page. */
export function explain(blocks: Block[], lex: BoilerplateLexicon = EMPTY_LEXICON) {
  const items = withPlaceholders(blocks);
  const { feats, labels, good } = analyse(items, lex);
  return items.map((b, i) => ({ line: b.line, label: labels[i], good: good[i], ...feats[i]!, text: b.text }));
}

/** Why a block inside the body region is not kept. */
function dropRule(f: Features): string {
  if (f.cue === 'caption' || f.cue === 'notice') return f.cue;
  if (f.cue !== null || f.stamp || f.shouting || f.words === 0 || f.paraWords >= 20) return 'furniture';
  return 'short-run';
}

export function selectBody(blocks: Block[], lex: BoilerplateLexicon = EMPTY_LEXICON): PassResult {
  const items = withPlaceholders(blocks);
  const { feats, good } = analyse(items, lex);
  const [start, end] = bodyRegion(feats, blockScores(feats, good));
  const kept: Block[] = [];
  const removed: Removal[] = [];
  const repeats = repeatChecker();
  const drop = (b: Block, rule: string) => removed.push({ rule: `select-body:${rule}`, line: b.line, text: b.text });
  items.forEach((b, i) => {
    if (b === PLACEHOLDER) return;
    const f = feats[i]!;
    if (f.cue === 'copyright') return drop(b, 'copyright');
    if (i < start || i > end) return drop(b, 'outside-body');
    if (!good[i]) return drop(b, dropRule(f));
    if (repeats(b.text, f.words)) return drop(b, 'duplicate');
    kept.push(b);
  });
  return { blocks: kept, removed };
}
