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
 * The steps: body-features measures each block, body-labels labels it, body-region finds the body; this module
 * drops what lies outside the body, what inside is not good, and repeats of kept text.
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
import type { Block, PassResult, Removal } from './blocks.ts';
import { EMPTY_LEXICON, WORD, type BoilerplateLexicon } from './boilerplate-lexicon.ts';
import { MAX_CHARS, type Features } from './body-features.ts';
import { analyse } from './body-labels.ts';
import { blockScores, bodyRegion } from './body-region.ts';

export { EMPTY_LEXICON, parseLexicon, type BoilerplateLexicon } from './boilerplate-lexicon.ts';

/** A block of at least this many words, with this share of its trigrams seen before, is a repeat. */
const REPEAT_MIN_WORDS = 8;
const REPEAT_SHARE = 0.6;
const MAX_GRAMS = 500_000;

/**
 * A kept block whose word trigrams mostly occurred in earlier kept blocks repeats the article: a second copy, a
 * pull quote, the standfirst of a teaser to this same page. Memory is capped for huge inputs.
 */
function repeatChecker(): (text: string, words: number) => boolean {
  const grams = new Set<string>();
  return (text, words) => {
    if (words < REPEAT_MIN_WORDS) return false;
    const t = text.slice(0, MAX_CHARS).toLowerCase().match(WORD) ?? [];
    const own: string[] = [];
    for (let i = 0; i + 2 < t.length; i++) own.push(`${t[i]} ${t[i + 1]} ${t[i + 2]}`);
    const old = own.filter((g) => grams.has(g)).length;
    if (own.length > 0 && old / own.length >= REPEAT_SHARE) return true;
    if (grams.size < MAX_GRAMS) for (const g of own) grams.add(g);
    return false;
  };
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
    const a = blocks[i - 1]?.line,
      b = blocks[i]?.line;
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
