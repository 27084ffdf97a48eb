/**
 * When two statements of events can be the same event, for merge-events.ts: dates that overlap (at the
 * coarser precision: "2019-02" holds "2019-02-05"), places that agree ("Moscow" in "Russia"), and dates that
 * are written but not resolved ("on Tuesday" with no publication date) checked against resolved ones by
 * weekday, month and year. Pure; no rule ids.
 */
import { MONTHS, STOPWORDS, WEEKDAYS } from '../language/grammar.ts';
import type { EventCandidate } from './model.ts';

export interface Item {
  c: EventCandidate;
  source: string;
  published: string | null;
  actors: { name: string | null; role: string | null }[];
}
export interface Cluster {
  items: Item[];
}

const MONTH_HEADS = MONTHS.map((m) => m.slice(0, 3));

/** The days an ISO value at its precision covers, as [first, last] in YYYY-MM-DD (open ends stay null). */
function range(c: EventCandidate): [string | null, string | null] | null {
  if (!c.dateStart && !c.dateEnd) return null;
  const lo = (v: string | null) => (v === null ? null : v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const hi = (v: string | null) => (v === null ? null : v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);
  return [lo(c.dateStart), hi(c.dateEnd)];
}

function overlap(a: EventCandidate, b: EventCandidate): boolean {
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return true;
  const [a0, a1] = ra;
  const [b0, b1] = rb;
  return !((a1 !== null && b0 !== null && a1 < b0) || (b1 !== null && a0 !== null && b1 < a0));
}

interface Partial {
  month: number | null;
  day: number | null;
  weekday: number | null;
  year: number | null;
}

/** What a written date says even when it is not resolved: "on Tuesday", "mid-April", "in 2017". */
export function partialOf(text: string | null): Partial | null {
  if (!text) return null;
  const t = text.toLowerCase();
  const month = MONTH_HEADS.findIndex((m) => new RegExp(`\\b${m}`).test(t));
  const weekday = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(t));
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(t)?.[1];
  const day = month >= 0 ? /\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)/.exec(t.replace(/\b(?:1[89]|20)\d\d\b/, ''))?.[1] : undefined;
  if (month < 0 && weekday < 0 && !year) return null;
  return { month: month < 0 ? null : month + 1, day: day ? Number(day) : null, weekday: weekday < 0 ? null : weekday, year: year ? Number(year) : null };
}

function fitsResolved(p: Partial, c: EventCandidate): boolean {
  const v = c.dateStart ?? c.dateEnd;
  if (!v) return true;
  if (p.year !== null && Number(v.slice(0, 4)) !== p.year) return false;
  if (p.month !== null && v.length >= 7 && Number(v.slice(5, 7)) !== p.month && c.datePrecision !== 'week') return false;
  if (p.weekday !== null && c.datePrecision === 'day' && v.length === 10) return new Date(`${v}T00:00:00Z`).getUTCDay() === p.weekday;
  return true;
}

function fitsPartial(a: Partial, b: Partial): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return false;
  if (a.month !== null && b.month !== null && a.month !== b.month) return false;
  if (a.day !== null && b.day !== null && a.day !== b.day) return false;
  return !(a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday);
}

function agreeDate(a: EventCandidate, b: EventCandidate): boolean {
  if (!overlap(a, b)) return false;
  const pa = a.dateStart || a.dateEnd ? null : partialOf(a.dateText);
  const pb = b.dateStart || b.dateEnd ? null : partialOf(b.dateText);
  if (pa && pb) return fitsPartial(pa, pb);
  if (pa) return fitsResolved(pa, b);
  if (pb) return fitsResolved(pb, a);
  return true;
}

export const agreeDates = (k: Cluster, c: EventCandidate) => k.items.every((i) => agreeDate(i.c, c));

/** A weekday or month written in one side fits a resolved date (or a written one) of the other. */
export function partialFit(g: Cluster, k: Cluster): boolean {
  return g.items.some((i) =>
    k.items.some((j) => {
      const pa = partialOf(i.c.dateText);
      const pb = partialOf(j.c.dateText);
      if (!pa || !pb || !agreeDate(i.c, j.c)) return false;
      // Something must be compared: the same weekday, month or year written on both sides, or a weekday written
      // on one side and a day on the other.
      const dayOf = (c: EventCandidate) => (c.datePrecision === 'day' && c.dateStart ? new Date(`${c.dateStart}T00:00:00Z`).getUTCDay() : null);
      return (
        (pa.weekday !== null && (pa.weekday === pb.weekday || pa.weekday === dayOf(j.c))) ||
        (pb.weekday !== null && pb.weekday === dayOf(i.c)) ||
        (pa.month !== null && pa.month === pb.month) ||
        (pa.year !== null && pa.year === pb.year)
      );
    }),
  );
}

function agreePlace(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.place || !b.place) return true;
  if (a.place === b.place) return true;
  return (a.place === b.country || b.place === a.country) && a.country === b.country;
}

export const agreePlaces = (k: Cluster, c: EventCandidate) => k.items.every((i) => agreePlace(i.c, c));

const STOP = new Set(STOPWORDS);
const contentWords = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]{3,}/gu) ?? []).filter((w) => !STOP.has(w) && !/^\d+$/.test(w)));

/** Words that few articles use: at most 40% of them (and at least two, so that two reports can share one). */
export function rareWords(texts: Map<string, string>): Set<string> {
  const df = new Map<string, number>();
  for (const t of texts.values()) for (const w of contentWords(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(2, Math.floor(texts.size * 0.4));
  return new Set([...df].filter(([, n]) => n <= limit).map(([w]) => w));
}

/** Rare words of a cluster's evidence, cached per cluster and recomputed when it grows. */
const wordCache = new WeakMap<Cluster, { size: number; words: Set<string> }>();

function clusterWords(k: Cluster, texts: Map<string, string>, rare: Set<string>): Set<string> {
  const hit = wordCache.get(k);
  if (hit && hit.size === k.items.length) return hit.words;
  const out = new Set<string>();
  for (const i of k.items) {
    const t = texts.get(i.source);
    if (t) for (const w of contentWords(t.slice(i.c.evidenceStart, i.c.evidenceEnd))) if (rare.has(w)) out.add(w);
  }
  wordCache.set(k, { size: k.items.length, words: out });
  return out;
}

/** 1 for two shared rare words of the evidence sentences, 2 for three or more. */
export function sharedWords(g: Cluster, k: Cluster, texts: Map<string, string>, rare: Set<string>): number {
  if (!texts.size) return 0;
  const a = clusterWords(g, texts, rare);
  let n = 0;
  for (const w of clusterWords(k, texts, rare)) if (a.has(w)) n++;
  return n >= 3 ? 2 : n >= 2 ? 1 : 0;
}
