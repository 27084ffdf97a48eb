/**
 * body-labels: labels each block of a plain-text dump from its features, after jusText: a first label (good
 * prose, near-good, short, bad furniture), then context rules: near-good blocks chained to prose and short
 * blocks between paragraphs are good, short runs at the edges and long lists of them are not.
 * Input: the blocks and a BoilerplateLexicon. Output: the features, first labels and smoothed (good or not)
 * label of each block. Reports no rule ids.
 */
import type { Block } from './blocks.ts';
import type { BoilerplateLexicon } from './boilerplate-lexicon.ts';
import { paragraphFeatures, type Features } from './body-features.ts';

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
export const SHORT_WORDS = 8;
/** Consecutive near-good blocks that make prose on their own. */
const NEAR_RUN = 3;

/** Near-good blocks chained to a good block (short blocks in between ignored) are good, in both directions. */
function nearToGood(labels: Label[]): boolean[] {
  const good = labels.map((l) => l === 'good');
  // A chain of sentences is prose even when each is short: articles written in one-line paragraphs.
  for (let i = 0; i < labels.length;) {
    let j = i;
    while (j < labels.length && labels[j] === 'near') j++;
    if (j - i >= NEAR_RUN) for (let k = i; k < j; k++) good[k] = true;
    i = Math.max(j, i + 1);
  }
  // One furniture line (an ad slot, an app pitch) does not break the chain; two in a row do.
  const sweep = (from: number, to: number, step: number) => {
    let lastGood = false,
      bad = 0;
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
  for (let i = 0; i < n; i++) {
    prevStrong[i] = last;
    if (labels[i] !== 'short') last = labels[i]!;
  }
  last = null;
  for (let i = n - 1; i >= 0; i--) {
    nextStrong[i] = last;
    if (labels[i] !== 'short') last = labels[i]!;
  }
  const ok = (x: Label | null) => x === 'good' || x === 'near';
  const good = nearToGood(labels);
  for (let i = 0; i < n;) {
    if (labels[i] !== 'short') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && labels[j] === 'short') j++;
    const p = prevStrong[i]!,
      q = nextStrong[i]!;
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

/** A short block that reads as a sentence: a one-line quote, the last line of an article. */
function sentenceLike(f: Features): boolean {
  return f.sentenceEnd && proseLike(f);
}

/** An item of a list written in the text: a sentence, or a bullet or a number starts it (menus have neither). */
export function itemLike(f: Features): boolean {
  return sentenceLike(f) || (f.bulleted && f.words >= 2);
}

/** Features, first labels and smoothed labels of the blocks, placeholders included. */
export function analyse(items: Block[], lex: BoilerplateLexicon) {
  const feats = paragraphFeatures(items, lex);
  let labels = feats.map(firstLabel);
  // A brief of two or three short sentences has no long paragraph: its sentences are the best there is.
  if (!labels.includes('good')) labels = labels.map((l) => (l === 'near' ? 'good' : l));
  const good = smooth(labels, feats);
  return { feats, labels, good };
}
