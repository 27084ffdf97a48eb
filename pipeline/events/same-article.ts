/**
 * Events of one article. Input: its candidates and cleaned text (or null). Output: its clusters, one per event,
 * and entries of the merge log (rules):
 *   same-article   two confident statements in one article of the same kind of event, with dates and places
 *                  that agree and something positive in common (or two undated planned deals of one type:
 *                  an article speaks of one pending deal), are one event; "separate talks",
 *                  "another meeting" keep them apart, and so do votes of different kinds (a caucus, a primary)
 *   support        a supporting mention (below MIN_CONFIDENCE: "the talks", a restated headline) joins the
 *                  event of its kind it most likely refers to: the one that agrees and was mentioned last
 *                  before it (not the one begun last), else the nearest one after it
 *   unattached     a supporting mention with no event to join is dropped
 */
import { MIN_CONFIDENCE, typeGroup, type EventCandidate } from './model.ts';
import { agreeDates, agreePlaces, type Cluster } from './merge-compat.ts';
import type { ArticleEvents, MergeLogEntry } from './merged-event.ts';

const DEFINITE_REACH = 600;
const SEPARATE = /\b(?:separate|separately|another|different)\s(?:[\w-]{1,20}\s)?(?:[\w-]{1,20})?$/i;

/** "held separate talks", "another meeting": the text says this is not the event before. */
function separateFrom(c: EventCandidate, text: string | null): boolean {
  if (text === null) return false;
  const at = text.indexOf(c.trigger, c.evidenceStart);
  const head = c.trigger.split(' ').pop()!;
  return at >= 0 && SEPARATE.test(text.slice(Math.max(c.evidenceStart, at - 30), at + c.trigger.length - head.length).trimEnd() + ' ');
}

export function articleClusters(
  a: ArticleEvents,
  text: string | null,
  log: { rule: MergeLogEntry['rule']; cluster: Cluster; source: string; start: number; detail: string }[],
): Cluster[] {
  const clusters: Cluster[] = [];
  const item = (c: EventCandidate) => ({
    c,
    source: a.source,
    published: a.published,
    actors: c.participants.map((p) => ({ name: a.actors[p.entity] ?? null, role: p.role })),
  });
  const confident = a.candidates.filter((c) => c.confidence >= MIN_CONFIDENCE);
  for (const c of confident) {
    // The event mentioned last comes first: "the meeting" refers to the latest gathering the text spoke of.
    const last = (k: Cluster) => Math.max(...k.items.map((i) => i.c.evidenceStart));
    const latest = [...clusters].sort((x, y) => last(y) - last(x));
    // A definite mention refers back a few sentences at most (DEFINITE_REACH characters).
    const recent = latest.filter((k) => c.evidenceStart - last(k) <= DEFINITE_REACH);
    const k = separateFrom(c, text)
      ? undefined
      : (latest.find((k) => sameArticle(k, c, false)) ?? (c.definite ? recent.find((k) => sameArticle(k, c, true)) : undefined));
    if (k) {
      k.items.push(item(c));
      log.push({ rule: 'same-article', cluster: k, source: a.source, start: c.evidenceStart, detail: `${c.type} "${c.trigger}"` });
    } else clusters.push({ items: [item(c)] });
  }
  for (const c of a.candidates.filter((x) => x.confidence < MIN_CONFIDENCE)) {
    const fits = clusters.filter((k) => typeGroup(k.items[0]!.c.type) === typeGroup(c.type) && agreeDates(k, c) && agreePlaces(k, c));
    // The nearest before it: the cluster mentioned last before the supporting mention, not the one begun last.
    const lastBefore = (k: Cluster) => Math.max(...k.items.map((i) => i.c.evidenceStart).filter((x) => x <= c.evidenceStart));
    const before = fits.filter((k) => k.items[0]!.c.evidenceStart <= c.evidenceStart).sort((x, y) => lastBefore(y) - lastBefore(x))[0];
    const k = before ?? fits[0];
    if (k) k.items.push(item(c));
    log.push({
      rule: k ? 'support' : 'unattached',
      cluster: k ?? { items: [item(c)] },
      source: a.source,
      start: c.evidenceStart,
      detail: `${c.type} "${c.trigger}"`,
    });
  }
  return clusters;
}

/**
 * Two confident statements in one article are one event only on positive evidence: overlapping dates, the same
 * city, the same trigger word with neither giving a date or place ("the merger" ... "the merger"), or a
 * definite mention ("the meeting on Friday") of the latest event of its kind that agrees with it.
 */
function sameArticle(k: Cluster, c: EventCandidate, definite: boolean): boolean {
  const first = k.items[0]!.c;
  if (typeGroup(first.type) !== typeGroup(c.type) || !agreeDates(k, c) || !agreePlaces(k, c)) return false;
  if ((first.status === 'cancelled') !== (c.status === 'cancelled')) return false;
  // One report does not date one event twice with opposite orientation ("the first interaction in February" vs
  // "Wednesday's meeting" ahead): written dates on both sides and past against future are two events.
  const ahead = (x: EventCandidate) => x.status === 'scheduled' || x.status === 'planned';
  if (c.dateText && k.items.some(({ c: o }) => o.dateText && ahead(o) !== ahead(c))) return false;
  const dated = (x: EventCandidate) => !!(x.dateStart || x.dateEnd);
  const bare = (x: EventCandidate) => !dated(x) && !x.place;
  // Votes of different kinds are different contests: "the state caucus" ... "the first primary of the year".
  const head = (x: EventCandidate) => x.trigger.toLowerCase().split(' ').pop()!.slice(0, 5); // "primaries" = "primary"
  if (c.type === 'election' && k.items.some(({ c: o }) => o.type === 'election' && head(o) !== head(c))) return false;
  if (definite) return true;
  // The same city is evidence, and for gatherings a city in the host country ("talks in Moscow", "the
  // Russian-hosted initiative"); the same country alone is not ("Afghanistan" holds too many events).
  const gathering = typeGroup(c.type) === 'gathering';
  const city = (o: EventCandidate) =>
    !!o.place && !!c.place && (o.place === c.place ? o.place !== o.country : gathering && (o.place === c.country || c.place === o.country));
  // One report speaks of one pending deal of a kind: "near an accord on fishing rights" ... "once a final
  // deal is reached" (both planned, neither dated nor placed, the same type).
  const pending = (o: EventCandidate) => o.status === 'planned' && c.status === 'planned' && o.type === c.type && bare(o) && bare(c);
  return k.items.some(
    ({ c: o }) => (dated(o) && dated(c)) || city(o) || (bare(o) && bare(c) && o.trigger.toLowerCase() === c.trigger.toLowerCase()) || pending(o),
  );
}
