/**
 * Evidence that events of two articles are one. Input: two clusters (for an anchor also the clusters so far and
 * the texts; for participants every article). Output: crossScore's score of agreeing evidence (-Infinity when
 * dates or places disagree or undated past reports lie far apart) and whether the two share something that
 * identifies an event (a participant, the day, a place on both sides); sameAnchor's tie to an event both report.
 */
import { MIN_CONFIDENCE, typeGroup } from './model.ts';
import { agreeDates, agreePlaces, partialFit, type Cluster, type Item } from './merge-compat.ts';
import type { ArticleEvents } from './merged-event.ts';

export const hasDate = (k: Cluster) => k.items.some((i) => i.c.dateStart || i.c.dateEnd);

/** Score for two reports tied to one event that both articles report (see sameAnchor). */
export const ANCHOR = 3;

/**
 * "The parade was followed by a meeting of ministers" (one article) and "a parade on Monday" next to "the
 * ministers will hold a conference on Tuesday" (another): when both articles report one event A
 * of a known day (already merged across them) and each ties its gathering to A (the same sentence, or the next),
 * the two gatherings are likely one. Only for gatherings, and only as added evidence: dates and places must
 * still agree, and the bar is unchanged.
 */
export function sameAnchor(g: Cluster, k: Cluster, source: string, global: Cluster[], texts: Map<string, string>): boolean {
  if (typeGroup(k.items[0]!.c.type) !== 'gathering') return false;
  const near = (x: Item, y: Item) => {
    if (x.source !== y.source) return false;
    if (x.c.evidenceStart === y.c.evidenceStart) return true;
    const t = texts.get(x.source);
    if (!t) return false;
    const [first, second] = x.c.evidenceStart < y.c.evidenceStart ? [x.c, y.c] : [y.c, x.c];
    return first.evidenceEnd <= second.evidenceStart && !t.slice(first.evidenceEnd, second.evidenceStart).trim();
  };
  return global.some((anchor) => {
    if (anchor === g || !anchor.items.some((i) => i.source === source)) return false;
    const sure = anchor.items.filter((i) => i.c.confidence >= MIN_CONFIDENCE);
    const tied = (x: Cluster) =>
      x.items.some(
        (i) =>
          i.c.confidence >= MIN_CONFIDENCE &&
          anchor.items.some((j) => (j.c.evidenceStart !== i.c.evidenceStart || j.c.trigger !== i.c.trigger ? near(i, j) : false)),
      );
    // An anchor is an event of a known day (a ceremony on May 28), not a long process many articles mention.
    if (!sure.some((i) => i.c.datePrecision === 'day')) return false;
    const sources = new Set(sure.map((i) => i.source));
    return sources.size >= 2 && g.items.some((i) => sources.has(i.source) && i.source !== source) && tied(g) && tied(k);
  });
}

const DAY = 86_400_000;
const pubTime = (p: string | null) => (p && /^\d{4}-\d{2}-\d{2}/.test(p) ? Date.parse(p.slice(0, 10)) : null);

/**
 * An undated event reported as past is news: it happened in the months before its article was published
 * (RECENT_DAYS). Two such reports published further apart, or one whose window misses the other's resolved
 * date, are different events.
 */
const RECENT_DAYS = 45;

function window(x: Cluster): [number, number] | null {
  if (hasDate(x) || !x.items.every((i) => i.c.status === 'occurred')) return null;
  const ts = x.items.map((i) => pubTime(i.published)).filter((t): t is number => t !== null);
  return ts.length ? [Math.max(...ts) - RECENT_DAYS * DAY, Math.min(...ts)] : null;
}

function resolvedSpan(x: Cluster): [number, number] | null {
  const c = x.items.find((i) => i.c.dateStart && i.c.datePrecision !== 'year')?.c;
  if (!c?.dateStart) return null;
  const start = Date.parse(c.dateStart.length === 7 ? `${c.dateStart}-01` : c.dateStart);
  const endIso = c.dateEnd ?? c.dateStart;
  const end = endIso.length === 7 ? Date.parse(`${endIso}-01`) + 31 * DAY : Date.parse(endIso);
  return [start, end];
}

function farApart(g: Cluster, k: Cluster): boolean {
  const wg = window(g);
  const wk = window(k);
  if (wg && wk) return wg[1] < wk[0] || wk[1] < wg[0];
  const [w, other] = wg ? [wg, k] : wk ? [wk, g] : [null, null];
  const span = other ? resolvedSpan(other) : null;
  return !!w && !!span && (span[1] < w[0] || span[0] > w[1]);
}

export function crossScore(g: Cluster, k: Cluster, rareActors: Set<string>): [number, boolean] {
  if (farApart(g, k)) return [-Infinity, false];
  const gt = new Set(g.items.map((i) => i.c.type));
  const kt = new Set(k.items.map((i) => i.c.type));
  let score = [...kt].some((t) => gt.has(t)) ? 2 : typeGroup([...gt][0]!) === typeGroup([...kt][0]!) ? 1 : -Infinity;
  for (const c of k.items.map((i) => i.c)) {
    if (!agreeDates(g, c) || !agreePlaces(g, c)) return [-Infinity, false];
  }
  // Supporting mentions (a headline, "the talks") add evidence, not the date or place a merge is judged on.
  const sure = (x: Cluster) => x.items.filter((i) => i.c.confidence >= MIN_CONFIDENCE);
  const dg = sure(g).find((i) => i.c.dateStart || i.c.dateEnd)?.c;
  const dk = sure(k).find((i) => i.c.dateStart || i.c.dateEnd)?.c;
  const sameDay = !!dg && !!dk && dg.datePrecision === 'day' && dk.datePrecision === 'day' && dg.dateStart === dk.dateStart;
  if (dg && dk) score += sameDay ? 3 : 2;
  else if (partialFit(g, k)) score += 1;
  const pg = sure(g).find((i) => i.c.place)?.c;
  const pk = sure(k).find((i) => i.c.place)?.c;
  if (pg && pk) score += pg.place === pk.place ? 2 : 1;
  const ng = new Set(g.items.flatMap((i) => i.actors.map((p) => p.name)).filter(Boolean));
  // Shared participants that few articles name: an actor in every article of a story says little.
  const shared = new Set(k.items.flatMap((i) => i.actors.map((p) => p.name)).filter((n): n is string => !!n && ng.has(n) && rareActors.has(n)));
  // Both placed (and the places agree: checked above) is evidence; one place or none is not.
  const placed = !!pg && !!pk;
  const anyShared = k.items.some((i) => i.actors.some((p) => !!p.name && ng.has(p.name)));
  return [score + Math.min(shared.size, 2), anyShared || placed || sameDay];
}

/** Actors named as participants by at most 40% of the articles (and at least two). */
export function rareActors(articles: ArticleEvents[]): Set<string> {
  const df = new Map<string, number>();
  for (const a of articles) {
    const names = new Set(a.candidates.flatMap((c) => c.participants.map((p) => a.actors[p.entity])).filter((n): n is string => !!n));
    for (const n of names) df.set(n, (df.get(n) ?? 0) + 1);
  }
  const limit = Math.max(2, Math.floor(articles.length * 0.4));
  return new Set([...df].filter(([, n]) => n <= limit).map(([name]) => name));
}
