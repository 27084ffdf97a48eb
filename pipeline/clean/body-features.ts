/**
 * body-features: measures the blocks of a plain-text dump for select-body: length in words (CJK counted by
 * characters), terminal punctuation, share of lower-case and of function words, bullets, capitals, date stamps,
 * and the furniture cue of a short line (copyright, furniture phrase, section-end heading, notice, caption).
 * Lines of a hard-wrapped paragraph are measured as one paragraph. Work is bounded: MAX_CHARS per block.
 * Input: the blocks and a BoilerplateLexicon. Output: one Features per block. Reports no rule ids.
 */
import type { Block } from './blocks.ts';
import { WORD, type BoilerplateLexicon } from './boilerplate-lexicon.ts';

/** Features are computed on at most this many characters of a block: bounds the work on hostile lines. */
export const MAX_CHARS = 5000;
/** Cue look-ups only on lines this short: a long line that mentions "subscribe" is prose. */
const CUE_MAX_WORDS = 12;
/** Hard-wrapped text breaks lines at 60-80 characters; a shorter line does not wrap into the next. */
const WRAP_MIN_CHARS = 40;
/** Share of notice words above which a block is a cookie banner, a disclaimer or a newsletter pitch. */
const NOTICE_DENSITY = 0.08;
const NOTICE_MIN_WORDS = 4;
/** Copyright lines often carry the owner's name and address as well. */
const COPYRIGHT_MAX_WORDS = 40;
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

type Cue = 'copyright' | 'furniture' | 'section' | 'notice' | 'caption' | null;

export interface Features {
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
  let words = 0,
    cased = 0,
    lower = 0,
    fn = 0,
    numeric = 0,
    capitals = 0;
  tokens.forEach((t, i) => {
    if (DIGITS.test(t)) numeric++;
    if (t.length > 1 && CAPITALS.test(t)) capitals++;
    words += CJK.test(t) ? Math.ceil(t.length / 2) : 1;
    if (i > 0 && UPPER.test(t)) cased++;
    else if (i > 0 && LOWER.test(t)) {
      cased++;
      lower++;
    }
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
export function paragraphFeatures(blocks: Block[], lex: BoilerplateLexicon): Features[] {
  const feats = blocks.map((b) => features(b.text, lex));
  for (let i = 0; i < blocks.length;) {
    let j = i + 1,
      joined = blocks[i]!.text;
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
    if (lex.teaserLabels.some((l) => lowerText.startsWith(l) && lowerText[l.length] === ':')) return 'furniture';
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
