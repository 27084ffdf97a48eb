/**
 * body-region: finds the body of a plain-text dump, the stretch of blocks with the highest sum of scores
 * (Kadane): good prose counts for its length less a toll, furniture and date lines against it, a comments or
 * related-links heading as much as a short paragraph, a copyright line is a barrier. A comment thread or dated
 * teaser list that opens after a body of some size is not let to outweigh it.
 * Input: the blocks' features and smoothed labels. Output: the first and last index of the body (end < start
 * when there is none). Reports no rule ids: select-body logs what lies outside as select-body:outside-body.
 */
import type { Features } from './body-features.ts';
import { itemLike, SHORT_WORDS } from './body-labels.ts';

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

/**
 * What each block adds to the body region: good prose its length less a toll, furniture a toll plus half its
 * length. A good block alone between furniture (the summary of a teaser) counts half. A copyright line is a
 * barrier; a comments / related heading costs as much as a short paragraph.
 */
export function blockScores(feats: Features[], good: boolean[]): number[] {
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
  let best = -Infinity,
    bestStart = 0,
    bestEnd = -1,
    sum = 0,
    start = 0;
  for (let i = 0; i < limit; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return best > 0 ? [bestStart, bestEnd, best] : [0, -1, 0];
}

/**
 * Comment threads and dated teaser lists can outweigh a short article, so when one opens after a body of some
 * size, the body is looked for before it.
 */
export function bodyRegion(feats: Features[], scores: number[]): [number, number] {
  const thread = feats.findIndex((f, i) => f.cue === 'section' && datedListFollows(feats, i));
  if (thread > 0) {
    const [start, end, score] = bestRegion(scores, thread);
    if (score >= MIN_BODY_SCORE) return [start, end];
  }
  const [start, end] = bestRegion(scores);
  return [start, end];
}
