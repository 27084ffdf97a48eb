/**
 * Merge event candidates of many articles into events: one record per real event, with every source, every
 * piece of evidence and the union of its participants. Pure: candidates in, events and a merge log out.
 * Rules (the log's `rule`): same-article, support and unattached within one article (same-article.ts), and
 *   cross-source   events of two articles merge when a score of agreeing evidence reaches MERGE_SCORE: the
 *                  same type (2) or family (1), dates that overlap (2, 3 for one day), places that agree (2,
 *                  1 for a city in a named country), shared participants that at most 40% of the articles name
 *                  (1 each, up to 2), a weekday or month written
 *                  in one that fits the other's date (1), and rare words their evidence sentences share (1 for
 *                  two, 2 for three: words that at most 40% of the articles use), gatherings that each
 *                  article ties to one event both report (3: a parade "followed by a meeting"); disagreeing dates or places
 *                  never merge. The bar is one higher when only one side has a resolved date, two higher
 *                  when neither has: undated reports need shared participants or words to be one event.
 *   cross-source-refused  the closest event of another source an article's event did not join: its score fell
 *                  below the bar, or an identity rule (no shared day, participant, place, words or anchor) kept
 *                  a score that reached it apart.
 * Event fields: see merged-event.ts.
 */
import { typeGroup } from './model.ts';
import { rareWords, sharedWords, type Cluster } from './merge-compat.ts';
import { toEvent, type ArticleEvents, type MergedEvent, type MergeLogEntry } from './merged-event.ts';
import { articleClusters } from './same-article.ts';
import { ANCHOR, crossScore, hasDate, rareActors, sameAnchor } from './cross-source-score.ts';

export type { ArticleEvents, EventEvidence, MergedEvent, MergeLogEntry } from './merged-event.ts';

export const MERGE_SCORE = 4;

/**
 * `texts` (source -> cleaned text), when given, lets the merge read the evidence sentences: words that two
 * reports share and few articles use ("100th anniversary") count as evidence that they report one event.
 */
export function mergeEvents(articles: ArticleEvents[], texts: Map<string, string> = new Map()): { events: MergedEvent[]; log: MergeLogEntry[] } {
  const log: { rule: MergeLogEntry['rule']; cluster: Cluster; source: string; start: number; detail: string; other?: Cluster }[] = [];
  const global: Cluster[] = [];
  // Only events of one family can merge: compare within it.
  const byGroup = new Map<string, Cluster[]>();
  const lexicon = rareWords(texts);
  const actorsRare = rareActors(articles);
  // Articles in source order, so the result does not depend on the order the caller lists them in.
  const ordered = [...articles].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
  for (const a of ordered) {
    const local = articleClusters(a, texts.get(a.source) ?? null, log);
    for (const k of local) {
      let best: Cluster | null = null;
      let bestScore = -Infinity;
      // The closest event an identity rule kept it from: a refusal worth logging when its score alone would merge.
      let kept: [Cluster, number] | null = null;
      const family = typeGroup(k.items[0]!.c.type);
      for (const g of byGroup.get(family) ?? []) {
        if (g.items.some((i) => i.source === a.source)) continue;
        const [base, identity] = crossScore(g, k, actorsRare);
        if (base === -Infinity) continue;
        const words = sharedWords(g, k, texts, lexicon);
        const anchor = sameAnchor(g, k, a.source, global, texts);
        // A type and a month or year that agree are not enough across sources: two reports are one event only if
        // they also share the day, a participant, a place for both, rare words or an anchor event.
        const s = base + words + (anchor ? ANCHOR : 0);
        if (!identity && words === 0 && !anchor) {
          if (s > (kept?.[1] ?? -Infinity)) kept = [g, s];
          continue;
        }
        if (s > bestScore) [best, bestScore] = [g, s];
      }
      const bar = !best ? Infinity : hasDate(k) && hasDate(best) ? MERGE_SCORE : hasDate(k) || hasDate(best) ? MERGE_SCORE + 1 : MERGE_SCORE + 2;
      if (best && bestScore >= bar) {
        best.items.push(...k.items);
        log.push({ rule: 'cross-source', cluster: best, source: a.source, start: k.items[0]!.c.evidenceStart, detail: `score ${bestScore}` });
      } else {
        const start = k.items[0]!.c.evidenceStart;
        if (best)
          log.push({ rule: 'cross-source-refused', cluster: k, source: a.source, start, detail: `score ${bestScore} below the bar ${bar}`, other: best });
        else if (kept && kept[1] >= MERGE_SCORE)
          log.push({
            rule: 'cross-source-refused',
            cluster: k,
            source: a.source,
            start,
            detail: `score ${kept[1]}, but no shared day, participant, place, rare words or anchor event`,
            other: kept[0],
          });
        global.push(k);
        byGroup.set(family, [...(byGroup.get(family) ?? []), k]);
      }
    }
  }
  const made = new Map(global.map((g) => [g, toEvent(g)]));
  const events = [...made.values()].sort((x, y) =>
    x.sources[0]! < y.sources[0]! ? -1 : x.sources[0]! > y.sources[0]! ? 1 : x.evidence[0]!.start - y.evidence[0]!.start,
  );
  const entry = (l: (typeof log)[number]): MergeLogEntry => ({
    rule: l.rule,
    event: made.get(l.cluster)?.id ?? '',
    source: l.source,
    evidenceStart: l.start,
    detail: l.detail,
    ...(l.other ? { other: made.get(l.other)?.id ?? '' } : {}),
  });
  return { events, log: log.map(entry) };
}
