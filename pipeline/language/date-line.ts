/**
 * Dates as the text states them: ISO 8601 at the precision the text supports, never more.
 * "28 May 2019 - 22:05" -> 2019-05-28T22:05 (minute); "February 06, 2019" -> 2019-02-06 (day); "May 2019" ->
 * 2019-05 (month). A time with no zone stays a local time (no offset is invented); a stated zone is kept.
 */
import * as chrono from 'chrono-node';

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface IsoDate {
  value: string;
  precision: Precision;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

interface Known {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  timezoneOffset?: number | null;
}

export function isoFromKnown(k: Known): IsoDate | null {
  if (k.year === undefined) return null;
  let value = pad(k.year, 4);
  if (k.month === undefined) return { value, precision: 'year' };
  value += `-${pad(k.month)}`;
  if (k.day === undefined) return { value, precision: 'month' };
  value += `-${pad(k.day)}`;
  if (k.hour === undefined) return { value, precision: 'day' };
  value += `T${pad(k.hour)}:${pad(k.minute ?? 0)}`;
  let precision: Precision = 'minute';
  if (k.second !== undefined) {
    value += `:${pad(k.second)}`;
    precision = 'second';
  }
  if (k.timezoneOffset !== undefined && k.timezoneOffset !== null) {
    const off = k.timezoneOffset;
    value += off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  }
  return { value, precision };
}

/** Parse the whole of a short text as one date; null unless a date covers most of it and states a year. */
export function parseDateLine(text: string, reference: Date = new Date(Date.UTC(2000, 0, 1))): (IsoDate & { text: string }) | null {
  // A publication date states its year, so text without four digits in a row needs no parser.
  if (text.length > 120 || !/\d{4}/.test(text)) return null;
  const results = chrono.parse(text, reference);
  const r = results[0];
  if (!r || results.length > 2) return null;
  // A publication date must state its year: "3 hours ago" is relative to a moment we do not know.
  if (!/\b\d{4}\b|\d{4}-\d{2}/.test(r.text)) return null;
  const rest = (text.slice(0, r.index) + text.slice(r.index + r.text.length)).replace(/[^\p{L}\p{N}]/gu, '');
  if (rest.length > 2) return null;
  const known: Known = {};
  for (const c of ['year', 'month', 'day', 'hour', 'minute', 'second'] as const) {
    if (r.start.isCertain(c)) known[c] = r.start.get(c) ?? undefined;
  }
  if (r.start.isCertain('timezoneOffset')) known.timezoneOffset = r.start.get('timezoneOffset');
  const iso = isoFromKnown(known);
  return iso ? { ...iso, text: r.text } : null;
}

/** Precision of an ISO value a curator wrote by hand. */
export function precisionOf(value: string): Precision | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(value)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/.test(value)) return 'second';
  return null;
}
