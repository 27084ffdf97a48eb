/**
 * The one date resolver's entry points for the stages: every date expression in a text (date-expressions.ts),
 * resolved against the publication date (date-resolve.ts) at the precision written. Publication dates read from
 * a date line are absolute and go through date-line.ts (chrono's public API); nothing else parses dates.
 * Input: a text and the publication date. Output: resolved dates with their text. Pure.
 */
import { findDates, type DateSpec } from './date-expressions.ts';
import { parsePub, resolveDate, type ResolvedDate } from './date-resolve.ts';

export { findDates, parsePub, resolveDate };
export type { DateSpec, ResolvedDate };

export type StatedPrecision = 'year' | 'month' | 'week' | 'day';

/** One date as a single ISO 8601 value: 2019, 2019-05, 2019-W05 (an ISO week) or 2019-05-28. */
export interface StatedDate {
  value: string;
  precision: StatedPrecision;
  text: string;
}

const DAY = 86_400_000;

/** ISO 8601 week of a day ("2019-01-30" -> "2019-W05"): the week-numbering year is the year of its Thursday. */
export function isoWeek(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const thursday = new Date(t + (3 - ((new Date(t).getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A resolved date as one value; a span of days is its ISO week when it lies within one, else null. */
export function asSingleValue(r: ResolvedDate): Omit<StatedDate, 'text'> | null {
  if (!r.start) return null;
  if (r.precision !== 'week') return { value: r.start, precision: r.precision };
  const week = isoWeek(r.start);
  return !r.end || isoWeek(r.end) === week ? { value: week, precision: 'week' } : null;
}

/**
 * The first date the text states for something already said or done: resolved as a past date ("on Tuesday" is
 * the Tuesday on or before publication), never after the publication date. Counts from another date ("18 years
 * after", "the following day") need that date and are skipped.
 */
export function firstPastDate(text: string, published: string | null): StatedDate | null {
  const pub = parsePub(published);
  for (const spec of findDates(text)) {
    if (spec.kind === 'shift' || (spec.kind === 'years' && spec.forward)) continue;
    const r = resolveDate(spec, pub, false);
    const single = r ? asSingleValue(r) : null;
    if (!single || (published && r!.start!.slice(0, 10) > published.slice(0, 10))) continue;
    return { ...single, text: spec.text };
  }
  return null;
}
