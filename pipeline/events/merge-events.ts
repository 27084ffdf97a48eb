/**
 * Merge event candidates of many articles into events: one record per real event, with every source, every
 * piece of evidence and the union of its participants. Pure: candidates in, events and a merge log out.
 * Rules (the log's `rule`):
 *   same-article   two confident statements in one article of the same kind of event, with dates and places
 *                  that agree and something positive in common (or two undated planned deals of one type:
 *                  an article speaks of one pending deal), are one event; "separate talks",
 *                  "another meeting" keep them apart, and so do votes of different kinds (a caucus, a primary)
 *   support        a supporting mention (below MIN_CONFIDENCE: "the talks", a restated headline) joins the
 *                  event of its kind it most likely refers to: the one that agrees and was mentioned last
 *                  before it (not the one begun last), else the nearest one after it
 *   unattached     a supporting mention with no event to join is dropped
 *   cross-source   events of two articles merge when a score of agreeing evidence reaches MERGE_SCORE: the
 *                  same type (2) or family (1), dates that overlap (2, 3 for one day), places that agree (2,
 *                  1 for a city in a named country), shared participants that at most 40% of the articles name
 *                  (1 each, up to 2), a weekday or month written
 *                  in one that fits the other's date (1), and rare words their evidence sentences share (1 for
 *                  two, 2 for three: words that at most 40% of the articles use), gatherings that each
 *                  article ties to one event both report (3: a parade "followed by a meeting"); disagreeing dates or places
 *                  never merge. The bar is one higher when only one side has a resolved date, two higher
 *                  when neither has: undated reports need shared participants or words to be one event.
 * Event fields: the most specific type of the family (conference > summit > talks > meeting); the most precise
 * date; the most specific place; the status of the latest report; participants by canonical name.
 */
import { createHash } from 'node:crypto';
import { MIN_CONFIDENCE, typeGroup, type EventCandidate } from './model.ts';
import { agreeDates, agreePlaces, partialFit, rareWords, sharedWords, type Cluster, type Item } from './merge-compat.ts';

export interface ArticleEvents {
  source: string;
  published: string | null;
  candidates: EventCandidate[];
  /** Canonical actor name per entity index of the article's mentions (the entity's name if no better is known). */
  actors: (string | null)[];
}

export interface EventEvidence { source: string; start: number; end: number; trigger: string; confidence: number }

export interface MergedEvent {
  id: string;
  type: string;
  label: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: EventCandidate['datePrecision'];
  dateText: string | null;
  status: EventCandidate['status'];
  place: string | null;
  country: string | null;
  participants: { name: string; role: string | null }[];
  sources: string[];
  evidence: EventEvidence[];
  confidence: number;
}

export interface MergeLogEntry { rule: 'same-article' | 'support' | 'unattached' | 'cross-source'; event: string; source: string; evidenceStart: number; detail: string }

export const MERGE_SCORE = 4;
const DEFINITE_REACH = 600;
const SEPARATE = /\b(?:separate|separately|another|different)\s(?:[\w-]{1,20}\s)?(?:[\w-]{1,20})?$/i;

/** "held separate talks", "another meeting": the text says this is not the event before. */
function separateFrom(c: EventCandidate, text: string | null): boolean {
  if (text === null) return false;
  const at = text.indexOf(c.trigger, c.evidenceStart);
  const head = c.trigger.split(' ').pop()!;
  return at >= 0 && SEPARATE.test(text.slice(Math.max(c.evidenceStart, at - 30), at + c.trigger.length - head.length).trimEnd() + ' ');
}

/**
 * `texts` (source -> cleaned text), when given, lets the merge read the evidence sentences: words that two
 * reports share and few articles use ("100th anniversary") count as evidence that they report one event.
 */
export function mergeEvents(articles: ArticleEvents[], texts: Map<string, string> = new Map()): { events: MergedEvent[]; log: MergeLogEntry[] } {
  const log: { rule: MergeLogEntry['rule']; cluster: Cluster; source: string; start: number; detail: string }[] = [];
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
      const family = typeGroup(k.items[0]!.c.type);
      for (const g of byGroup.get(family) ?? []) {
        if (g.items.some((i) => i.source === a.source)) continue;
        const [base, identity] = crossScore(g, k, actorsRare);
        if (base === -Infinity) continue;
        const words = sharedWords(g, k, texts, lexicon);
        const anchor = sameAnchor(g, k, a.source, global, texts);
        // A type and a month or year that agree are not enough across sources: two reports are one event only if
        // they also share the day, a participant, a place for both, rare words or an anchor event.
        if (!identity && words === 0 && !anchor) continue;
        const s = base + words + (anchor ? ANCHOR : 0);
        if (s > bestScore) [best, bestScore] = [g, s];
      }
      const bar = !best ? Infinity : hasDate(k) && hasDate(best) ? MERGE_SCORE : hasDate(k) || hasDate(best) ? MERGE_SCORE + 1 : MERGE_SCORE + 2;
      if (best && bestScore >= bar) {
        best.items.push(...k.items);
        log.push({ rule: 'cross-source', cluster: best, source: a.source, start: k.items[0]!.c.evidenceStart, detail: `score ${bestScore}` });
      } else {
        global.push(k);
        byGroup.set(family, [...(byGroup.get(family) ?? []), k]);
      }
    }
  }
  const made = new Map(global.map((g) => [g, toEvent(g)]));
  const events = [...made.values()].sort((x, y) => (x.sources[0]! < y.sources[0]! ? -1 : x.sources[0]! > y.sources[0]! ? 1 : x.evidence[0]!.start - y.evidence[0]!.start));
  return { events, log: log.map((l) => ({ rule: l.rule, event: made.get(l.cluster)?.id ?? '', source: l.source, evidenceStart: l.start, detail: l.detail })) };
}

function articleClusters(a: ArticleEvents, text: string | null, log: { rule: MergeLogEntry['rule']; cluster: Cluster; source: string; start: number; detail: string }[]): Cluster[] {
  const clusters: Cluster[] = [];
  const item = (c: EventCandidate) => ({ c, source: a.source, published: a.published, actors: c.participants.map((p) => ({ name: a.actors[p.entity] ?? null, role: p.role })) });
  const confident = a.candidates.filter((c) => c.confidence >= MIN_CONFIDENCE);
  for (const c of confident) {
    // The event mentioned last comes first: "the meeting" refers to the latest gathering the text spoke of.
    const last = (k: Cluster) => Math.max(...k.items.map((i) => i.c.evidenceStart));
    const latest = [...clusters].sort((x, y) => last(y) - last(x));
    // A definite mention refers back a few sentences at most (DEFINITE_REACH characters).
    const recent = latest.filter((k) => c.evidenceStart - last(k) <= DEFINITE_REACH);
    const k = separateFrom(c, text) ? undefined : latest.find((k) => sameArticle(k, c, false)) ?? (c.definite ? recent.find((k) => sameArticle(k, c, true)) : undefined);
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
    log.push({ rule: k ? 'support' : 'unattached', cluster: k ?? { items: [item(c)] }, source: a.source, start: c.evidenceStart, detail: `${c.type} "${c.trigger}"` });
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
  const city = (o: EventCandidate) => !!o.place && !!c.place && (o.place === c.place ? o.place !== o.country : gathering && (o.place === c.country || c.place === o.country));
  // One report speaks of one pending deal of a kind: "near an accord on fishing rights" ... "once a final
  // deal is reached" (both planned, neither dated nor placed, the same type).
  const pending = (o: EventCandidate) => o.status === 'planned' && c.status === 'planned' && o.type === c.type && bare(o) && bare(c);
  return k.items.some(({ c: o }) => (dated(o) && dated(c)) || city(o) || (bare(o) && bare(c) && o.trigger.toLowerCase() === c.trigger.toLowerCase()) || pending(o));
}

const hasDate = (k: Cluster) => k.items.some((i) => i.c.dateStart || i.c.dateEnd);

/** Score for two reports tied to one event that both articles report (see sameAnchor). */
const ANCHOR = 3;

/**
 * "The parade was followed by a meeting of ministers" (one article) and "a parade on Monday" next to "the
 * ministers will hold a conference on Tuesday" (another): when both articles report one event A
 * of a known day (already merged across them) and each ties its gathering to A (the same sentence, or the next),
 * the two gatherings are likely one. Only for gatherings, and only as added evidence: dates and places must
 * still agree, and the bar is unchanged.
 */
function sameAnchor(g: Cluster, k: Cluster, source: string, global: Cluster[], texts: Map<string, string>): boolean {
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
    const tied = (x: Cluster) => x.items.some((i) => i.c.confidence >= MIN_CONFIDENCE && anchor.items.some((j) => j.c.evidenceStart !== i.c.evidenceStart || j.c.trigger !== i.c.trigger ? near(i, j) : false));
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

function crossScore(g: Cluster, k: Cluster, rareActors: Set<string>): [number, boolean] {
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
function rareActors(articles: ArticleEvents[]): Set<string> {
  const df = new Map<string, number>();
  for (const a of articles) {
    const names = new Set(a.candidates.flatMap((c) => c.participants.map((p) => a.actors[p.entity])).filter((n): n is string => !!n));
    for (const n of names) df.set(n, (df.get(n) ?? 0) + 1);
  }
  const limit = Math.max(2, Math.floor(articles.length * 0.4));
  return new Set([...df].filter(([, n]) => n <= limit).map(([name]) => name));
}

const TYPE_ORDER = ['conference', 'summit', 'ceremony', 'talks', 'meeting'];

function toEvent(k: Cluster): MergedEvent {
  const cs = k.items.map((i) => i.c);
  const confident = cs.filter((c) => c.confidence >= MIN_CONFIDENCE);
  const types = confident.map((c) => c.type);
  const type = TYPE_ORDER.find((t) => types.includes(t)) ?? types[0]!;
  const rank = { day: 4, week: 3, month: 2, year: 1 } as const;
  const dated = [...confident, ...cs.filter((c) => !confident.includes(c))].filter((c) => c.datePrecision).sort((a, b) => Number(b.confidence >= MIN_CONFIDENCE) - Number(a.confidence >= MIN_CONFIDENCE) || rank[b.datePrecision!] - rank[a.datePrecision!] || b.confidence - a.confidence)[0];
  const placed = [...confident, ...cs.filter((c) => !confident.includes(c))].filter((c) => c.place).sort((a, b) => Number(b.confidence >= MIN_CONFIDENCE) - Number(a.confidence >= MIN_CONFIDENCE) || Number(b.place !== b.country) - Number(a.place !== a.country) || b.confidence - a.confidence)[0];
  const latest = [...k.items].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))[0]!;
  const head = confident.find((c) => c.type === type) ?? cs[0]!;
  const participants = new Map<string, string | null>();
  for (const i of k.items) for (const p of i.actors) if (p.name && !participants.get(p.name)) participants.set(p.name, p.role);
  const evidence = k.items.map((i) => ({ source: i.source, start: i.c.evidenceStart, end: i.c.evidenceEnd, trigger: i.c.trigger, confidence: i.c.confidence }));
  evidence.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
  const key = `${type}|${evidence.map((e) => `${e.source}:${e.start}:${e.trigger}`).join('|')}`;
  return {
    id: `ev-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`,
    type,
    label: head.label,
    dateStart: dated?.dateStart ?? null,
    dateEnd: dated?.dateEnd ?? null,
    datePrecision: dated?.datePrecision ?? null,
    dateText: dated?.dateText ?? head.dateText,
    status: (latest.c.confidence >= MIN_CONFIDENCE ? latest.c : head).status,
    place: placed?.place ?? null,
    country: placed?.country ?? null,
    participants: [...participants].map(([name, role]) => ({ name, role })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    sources: [...new Set(evidence.map((e) => e.source))].sort(),
    evidence,
    confidence: Math.max(...cs.map((c) => c.confidence)),
  };
}
