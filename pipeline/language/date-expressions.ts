/**
 * Date expressions in one sentence, as written, before resolution: "Feb. 5-6", "Feb. 28-March 2", "from April
 * 25 to 27", "May 28", "in June 2018", "mid-April", "in 2017", "late 2001", "last month", "earlier this week",
 * "on Tuesday", "Wednesday's", "17-year-long", "18 years after", "30th anniversary of", "the following day".
 * Input: the sentence text. Output: DateSpec records with offsets into the sentence; event-date-resolve.ts
 * turns them into ISO dates against the publication date. Chrono (chrono-node) is not used here: it guesses
 * years and weekdays forward or backward by nearness, reads "28-March" out of "Feb. 28-March 2" and misses bare
 * years, while news text needs the tense of the clause to decide, so the grammar below is our own.
 */
import { MONTHS, WEEKDAYS, monthNumber, weekdayNumber } from './grammar.ts';

export type DateKind = 'abs' | 'unit' | 'weekday' | 'day' | 'years' | 'shift';

export interface DateSpec {
  kind: DateKind;
  start: number;
  end: number;
  text: string;
  /** abs: year, month, day of the start and (ranges) of the end; any may be missing. */
  y?: number;
  m?: number;
  d?: number;
  y2?: number;
  m2?: number;
  d2?: number;
  /** abs with a qualifier: "mid-April", "late 2001", "the end of the month". */
  qualifier?: string;
  /** abs: "in October last year" (-1); "last February" (rel -1: the one before publication). */
  yearOffset?: number;
  rel?: number;
  /** unit: week | weekend | month | year; offset -1 (last), 0 (this), 1 (next); part: early | late. */
  unit?: 'week' | 'weekend' | 'month' | 'year';
  offset?: number;
  part?: 'early' | 'late' | null;
  /** weekday 0 (Sunday) .. 6, with rel as written ("last"/"next"/"this"). */
  weekday?: number;
  /** years: N years before the publication (or after a later date in the sentence, see `after`). */
  years?: number;
  /** shift: days added to the previous date in the sentence ("the following day" = 1). */
  days?: number;
  /** The date belongs to a trigger after it ("18 years after <event>", "anniversary of <event>", "the day before <event>"). */
  forward?: boolean;
  /** Written as a weekday possessive ("Wednesday's meeting"). */
  possessive?: boolean;
}

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

export const monthOf = monthNumber;
const relOffset = (w: string | undefined) => (w === 'last' ? -1 : w === 'next' || w === 'coming' ? 1 : w === 'this' ? 0 : undefined);
const num = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : NUMBERS[s.toLowerCase()]);

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// "Jan(?:uary)?", "Sep(?:tember|t)?": a month written out or cut to three letters (or "Sept").
const SHORT_OR_LONG = MONTHS.map((m) => `${cap(m.slice(0, 3))}${m.length > 3 ? `(?:${m.slice(3)}${m === 'september' ? '|t' : ''})?` : ''}`).join('|');
const LONG = MONTHS.map(cap).join('|');
// AP style cuts the long months only: "Jan.", "Sept.", not "Mar." or "Apr.".
const DOTTED = MONTHS.filter((m) => m.length > 5)
  .map((m) => `${cap(m.slice(0, m === 'september' ? 4 : 3))}\\.`)
  .join('|');
// Month day, with an optional range to a day or a month and day, and an optional year.
const MONTH_DAY = new RegExp(
  `\\b(${SHORT_OR_LONG})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:(?: ?[-–] ?| to | and | through | until )(?:(${SHORT_OR_LONG})\\.? )?(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,? (\\d{4})\\b)?`,
  'g',
);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${LONG})(?:,? (\\d{4}))?\\b`, 'g');
const MONTH_ONLY = new RegExp(`\\b(?:(mid|early|late)-?\\s?)?(${LONG}|${DOTTED})(?:,? (\\d{4})\\b| (last|this|next) year\\b)?`, 'gi');
const YEAR = /\b(?:(mid|early|late|the end of)[- ])?((?:1[89]|20)\d\d)(?![\d%,.-]\d|s\b)\b/gi;
const UNIT =
  /\b(last|next|this|earlier this|later this|late last|early last|earlier last|early this|late this|early next|later next|the past|the previous|the coming|the end of the|the end of this|the end of last)\s(week|weekend|month|year)\b/gi;
const WEEKDAY = new RegExp(`\\b(?:(last|next|this|coming)\\s)?(${WEEKDAYS.map(cap).join('|')})(['’]s)?(?:\\s(?:morning|afternoon|evening|night))?\\b`, 'g');
const DAYWORD = /\b(yesterday|today|tonight|last night)\b/gi;
const YEARS = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)(?:-year-long| years? (after|ago|later|on))\b/gi;
const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th) anniversary of\b/gi;
const SHIFT = /\b(the following day|the next day|a day later|the day before|the day after)\b/gi;
const STREET = /^ \p{Lu}\p{L}{1,20} (?:Drive|Street|St|Avenue|Ave|Road|Rd|Place|Lane|Court|Boulevard|Blvd|Way)\b/u;

/** Every date expression of the sentence, longest first where two overlap, in text order. */
export function findDates(text: string): DateSpec[] {
  const found: DateSpec[] = [];
  const add = (m: RegExpMatchArray, spec: Omit<DateSpec, 'start' | 'end' | 'text'>) =>
    found.push({ ...spec, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  for (const m of text.matchAll(MONTH_DAY)) {
    add(m, {
      kind: 'abs',
      m: monthOf(m[1]),
      d: num(m[2]),
      m2: m[4] ? (monthOf(m[3]) ?? monthOf(m[1])) : undefined,
      d2: num(m[4]),
      y: num(m[5]),
      y2: m[4] ? num(m[5]) : undefined,
    });
  }
  for (const m of text.matchAll(DAY_MONTH)) add(m, { kind: 'abs', d: num(m[1]), m: monthOf(m[2]), y: num(m[3]) });
  for (const m of text.matchAll(MONTH_ONLY)) {
    if (!/^\p{Lu}/u.test(m[2]!)) continue;
    // "May" is a verb as often as a month: only "in May", "since May", "May 2019" are months.
    if (
      m[2] === 'May' &&
      !m[3] &&
      !m[4] &&
      !m[1] &&
      !/\b(?:in|since|last|next|this|until|by|of|from|early|late|mid|before|after)\s$/i.test(text.slice(Math.max(0, m.index! - 8), m.index))
    )
      continue;
    const suffix = m[4]?.toLowerCase();
    const prefix = /\b(last|next|this|coming)\s$/i.exec(text.slice(Math.max(0, m.index! - 8), m.index))?.[1]?.toLowerCase();
    add(m, { kind: 'abs', m: monthOf(m[2]), y: num(m[3]), qualifier: m[1]?.toLowerCase(), yearOffset: relOffset(suffix), rel: relOffset(prefix) });
  }
  for (const m of text.matchAll(YEAR)) {
    if (text[m.index! - 1] === '$' || STREET.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
    add(m, { kind: 'abs', y: num(m[2]), qualifier: m[1]?.toLowerCase() });
  }
  for (const m of text.matchAll(UNIT)) {
    const q = m[1]!.toLowerCase();
    const offset = /last|past|previous/.test(q) ? -1 : /next|coming/.test(q) ? 1 : 0;
    const part = /earl/.test(q) ? 'early' : /lat|end/.test(q) ? 'late' : null;
    add(m, { kind: 'unit', unit: m[2]!.toLowerCase() as DateSpec['unit'], offset, part });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    add(m, { kind: 'weekday', weekday: weekdayNumber(m[2]!), rel: relOffset(m[1]?.toLowerCase()), possessive: !!m[3] });
  }
  for (const m of text.matchAll(DAYWORD)) {
    const w = m[1]!.toLowerCase();
    add(m, { kind: 'day', days: w === 'yesterday' || w === 'last night' ? -1 : 0 });
  }
  for (const m of text.matchAll(YEARS)) {
    const n = num(m[1]);
    if (n === undefined) continue;
    add(m, { kind: 'years', years: n, forward: m[2]?.toLowerCase() === 'after' || !m[2], offset: m[2]?.toLowerCase() === 'later' ? 1 : undefined });
  }
  for (const m of text.matchAll(ANNIVERSARY)) add(m, { kind: 'years', years: num(m[1]), forward: true });
  for (const m of text.matchAll(SHIFT)) {
    const w = m[1]!.toLowerCase();
    add(m, {
      kind: 'shift',
      days: 1,
      forward: w === 'the day before' || w === 'the day after' ? true : undefined,
      offset: w === 'the day after' ? -1 : undefined,
    });
  }
  return dropOverlaps(found);
}

function dropOverlaps(found: DateSpec[]): DateSpec[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateSpec[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** The patterns built from the grammar's month and weekday names, for the regex audit (test/regex-safety). */
export const BUILT_PATTERNS: readonly RegExp[] = [MONTH_DAY, DAY_MONTH, MONTH_ONLY, WEEKDAY];
