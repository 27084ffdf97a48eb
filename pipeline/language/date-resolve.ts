/**
 * Resolve a date expression (event-dates.ts) against the publication date, never more precisely than written.
 * Precisions: year (YYYY), month (YYYY-MM), week (a span of days within one week, "last week", "earlier this
 * week", "last weekend": start and end are days), day (YYYY-MM-DD). A single year, month or day has end = start.
 * Rules: a year-less date or a bare weekday is the most recent one on or before publication in a past clause,
 * the next one after it in a future clause; "last February" is the one before the publication month; "last
 * week" is the Monday-Sunday week before the publication week; qualifiers ("mid-April", "late 2001") keep the
 * precision of what they qualify. Without a publication date, relative and year-less dates are null.
 * Input: a DateSpec, the publication date, the clause's orientation. Output: ResolvedDate or null. Pure.
 */
import type { DateSpec } from './date-expressions.ts';

export type DatePrecision = 'year' | 'month' | 'week' | 'day';
export interface ResolvedDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}
export interface Pub {
  y: number;
  m: number | null;
  d: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayIso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

export function parsePub(published: string | null): Pub | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

const single = (start: string, precision: DatePrecision): ResolvedDate => ({ start, end: start, precision });
const span = (a: number, b: number): ResolvedDate => ({ start: dayIso(a), end: dayIso(b), precision: 'week' });

/** The year of a year-less month (and day): the last one on or before publication, or the next one after it. */
function inferYear(pub: Pub | null, m: number, d: number | undefined, future: boolean, rel: number | undefined): number | null {
  if (!pub || pub.m === null) return null;
  if (d !== undefined && pub.d === null && m === pub.m) return null;
  const key = m * 100 + (d ?? 0);
  const pubKey = pub.m * 100 + (d !== undefined ? (pub.d ?? 0) : 0);
  if (rel === -1) return key < pubKey ? pub.y : pub.y - 1;
  if (rel === 1) return key > pubKey ? pub.y : pub.y + 1;
  if (rel === 0) return pub.y;
  if (future) return key >= pubKey ? pub.y : pub.y + 1;
  return key <= pubKey ? pub.y : pub.y - 1;
}

function resolveAbs(s: DateSpec, pub: Pub | null, future: boolean): ResolvedDate | null {
  if (s.m === undefined) return s.y === undefined ? null : single(String(s.y), 'year');
  let y: number | null | undefined = s.y;
  if (y === undefined) y = s.yearOffset !== undefined ? (pub ? pub.y + s.yearOffset : null) : inferYear(pub, s.m, s.d, future, s.rel);
  if (y === null || y === undefined) return null;
  if (s.d === undefined) return single(`${y}-${pad(s.m)}`, 'month');
  const start = `${y}-${pad(s.m)}-${pad(s.d)}`;
  if (s.d2 === undefined) return single(start, 'day');
  const m2 = s.m2 ?? s.m;
  const y2 = m2 < s.m ? y + 1 : y;
  return { start, end: `${y2}-${pad(m2)}-${pad(s.d2)}`, precision: 'day' };
}

function resolveUnit(s: DateSpec, pub: Pub | null): ResolvedDate | null {
  if (!pub) return null;
  const off = s.offset ?? 0;
  if (s.unit === 'year') return single(String(pub.y + off), 'year');
  if (pub.m === null) return null;
  if (s.unit === 'month') {
    const t = new Date(utc(pub.y, pub.m + off, 1));
    return single(`${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`, 'month');
  }
  if (pub.d === null) return null;
  const today = utc(pub.y, pub.m, pub.d);
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
  if (s.unit === 'weekend') {
    const sat = monday + (off === -1 ? -2 : off === 1 ? 12 : 5) * DAY;
    return span(sat, sat + DAY);
  }
  const first = monday + off * 7 * DAY;
  // "earlier this week": Monday to the day before publication; "later this week": the day after to Sunday.
  if (off === 0 && s.part === 'early') return today > monday ? span(monday, today - DAY) : null;
  if (off === 0 && s.part === 'late') return span(today + DAY, monday + 6 * DAY);
  return span(first, first + 6 * DAY);
}

function resolveWeekday(s: DateSpec, pub: Pub | null, future: boolean): ResolvedDate | null {
  if (!pub || pub.m === null || pub.d === null || s.weekday === undefined) return null;
  const today = utc(pub.y, pub.m, pub.d);
  const dow = new Date(today).getUTCDay();
  let delta: number;
  if (s.rel === 0)
    delta = ((s.weekday + 6) % 7) - ((dow + 6) % 7); // within the Monday-Sunday week
  else if (s.rel === 1 || (s.rel === undefined && future)) delta = (s.weekday - dow + 7) % 7 || 7;
  else delta = -((dow - s.weekday + 7) % 7) - (s.rel === -1 && dow === s.weekday ? 7 : 0);
  return single(dayIso(today + delta * DAY), 'day');
}

/**
 * Resolve one expression. `future`: the clause speaks of a time after publication. `base`: the date of the
 * expression that "18 years after" or "the following day" counts from, when the sentence gives one.
 */
export function resolveDate(s: DateSpec, pub: Pub | null, future: boolean, base: ResolvedDate | null = null): ResolvedDate | null {
  switch (s.kind) {
    case 'abs':
      return resolveAbs(s, pub, future);
    case 'unit':
      return resolveUnit(s, pub);
    case 'weekday':
      return resolveWeekday(s, pub, future);
    case 'day':
      return pub?.m && pub.d ? single(dayIso(utc(pub.y, pub.m, pub.d) + (s.days ?? 0) * DAY), 'day') : null;
    case 'years':
      return shiftYears(s, pub, base);
    case 'shift': {
      if (!base?.start || base.precision !== 'day') return null;
      const [y, m, d] = base.start.split('-').map(Number) as [number, number, number];
      return single(dayIso(utc(y, m, d) + (s.days ?? 1) * (s.offset ?? 1) * DAY), 'day');
    }
  }
}

function shiftYears(s: DateSpec, pub: Pub | null, base: ResolvedDate | null): ResolvedDate | null {
  const n = s.years ?? 0;
  if (base?.start) {
    const y = Number(base.start.slice(0, 4)) + n;
    const rest = base.precision === 'month' ? base.start.slice(4, 7) : '';
    return single(`${y}${rest}`, rest ? 'month' : 'year');
  }
  return pub ? single(String(pub.y - n), 'year') : null;
}
