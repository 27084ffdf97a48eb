/**
 * Dates as the text states them: ISO 8601 at the precision the text supports, never more.
 * "28 May 2019 - 22:05" -> 2019-05-28T22:05 (minute); "February 06, 2019" -> 2019-02-06 (day); "May 2019" ->
 * 2019-05 (month). A time with no zone stays a local time (no offset is invented); a stated zone is kept.
 * A numeric date is read only when its order is certain: "26/05/2019" (26 can be no month), "2019/05/04" (year
 * first), "05/05/2019"; "05/04/2019" may be the 5th of April or the 4th of May, and is no date (ambiguous).
 * Also the wire dateline opening a story: "WASHINGTON, Feb. 16, 2017 (Reuters) - " (a dateline without a year
 * gives no date). Input: a short text. Output: the date, or null.
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

/** "05/04/2019", "04.05.2019", "05-04-2019": day and month in an order the text does not settle. */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2\d{4}(?!\d)/;

function ambiguousOrder(text: string): boolean {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[3])];
  return a <= 12 && b <= 12 && a !== b;
}

/** A date line's reading: the date, or `ambiguous` (a date whose day and month cannot be told apart), or null. */
export type DateLineReading = (IsoDate & { text: string }) | { ambiguous: string } | null;

/** Read the whole of a short text as one date; null unless a date covers most of it and states a year. */
export function readDateLine(text: string, reference: Date = new Date(Date.UTC(2000, 0, 1))): DateLineReading {
  // A publication date states its year, so text without four digits in a row needs no parser.
  if (text.length > 120 || !/\d{4}/.test(text)) return null;
  // "28 May 2019 | 10:32 GMT": a bar or a bullet between the date and its time separates nothing.
  const line = text.replace(/ [|•·] /g, ' ');
  const results = chrono.parse(line, reference);
  const r = results[0];
  if (!r || results.length > 2) return null;
  // A publication date must state its year: "3 hours ago" is relative to a moment we do not know.
  if (!/\b\d{4}\b|\d{4}-\d{2}/.test(r.text)) return null;
  const rest = (line.slice(0, r.index) + line.slice(r.index + r.text.length)).replace(/[^\p{L}\p{N}]/gu, '');
  if (rest.length > 2) return null;
  // "May 26-27, 2019": a span dates an event (a conference, talks); a publication is a moment.
  if (r.end) return null;
  if (ambiguousOrder(r.text)) return { ambiguous: r.text };
  const known: Known = {};
  for (const c of ['year', 'month', 'day', 'hour', 'minute', 'second'] as const) {
    if (r.start.isCertain(c)) known[c] = r.start.get(c) ?? undefined;
  }
  if (r.start.isCertain('timezoneOffset')) known.timezoneOffset = r.start.get('timezoneOffset');
  const iso = isoFromKnown(known);
  return iso ? { ...iso, text: r.text } : null;
}

/** The date a short text states, as `readDateLine`, and null when it is ambiguous. */
export function parseDateLine(text: string, reference?: Date): (IsoDate & { text: string }) | null {
  const r = readDateLine(text, reference);
  return r && 'value' in r ? r : null;
}

/** The dash that ends a dateline: " - ", " -- ", an en or em dash (spaced or not). Not the hyphen of "Port-au-Prince". */
const DATELINE_DASH = / ?(?:--|[–—]|-(?= |$))/;
const AGENCY = / ?\([^()]{1,40}\)$/;
const DATELINE_SCAN = 100;

/** A place of a dateline: one to four words, the first capitalised, no digit ("WASHINGTON", "Port Ellen"). */
const isPlace = (s: string) => /^\p{Lu}/u.test(s) && !/\d/.test(s) && s.split(' ').length <= 4;

/**
 * The date of the dateline opening a story: "[PLACE, [REGION,]] DATE [(AGENCY)] -" then the story. The date must
 * be all that stands between the places and the agency or dash, and state its year.
 */
export function parseStoryDateline(text: string): (IsoDate & { text: string }) | null {
  const dash = DATELINE_DASH.exec(text.slice(0, DATELINE_SCAN));
  if (!dash) return null;
  const head = text.slice(0, dash.index).trim().replace(AGENCY, '');
  const parts = head.split(',').map((p) => p.trim());
  for (let k = 0; k < parts.length && k <= 3; k++) {
    if (k > 0 && !isPlace(parts[k - 1]!)) return null;
    const date = parts.slice(k).join(', ');
    const parsed = parseDateLine(date);
    if (parsed && parsed.text === date) return { ...parsed, text: text.slice(0, dash.index + dash[0].length) };
  }
  return null;
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
