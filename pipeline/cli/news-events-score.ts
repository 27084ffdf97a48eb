/**
 * The events gold of the news corpus (test/eval/news/events/, README there) in the form eval-events-score.ts scores,
 * and what that scorer does not measure: participants of matched events and recall per gold type. Pure.
 * Input: a gold file's events and not_events; predicted and gold participants of a matched event.
 * Output: GoldRecords (evidence[0] primary, the rest more evidence; `date` YYYY / YYYY-MM / YYYY-Www / YYYY-MM-DD
 * gives the precision; a single date ends where it starts, as the pipeline's do; a week is its Monday to Sunday,
 * so any day inside it is right; `date` null with `date_end` set is an end-only date; status happened is the
 * pipeline's occurred; the record's id is its world_id, so merges score against it), must-not phrases (the part of
 * "<phrase> — <reason>" before the dash), participant pairs and a participant tally.
 * Participants match when their names are equal once folded (case, marks, punctuation, a leading "the") or one's
 * words are contained in the other's as whole words ("Lund" in "Maria Lund"); one to one, equal names first.
 * A role is right when equal, or when the pipeline's `actor` (the agent of an attack or a measure) meets the
 * gold's attacker or announcer.
 */
import type { DatePrecision } from '../language/date-resolve.ts';
import { ratio, type GoldRecord } from './eval-events-score.ts';
import { fold } from './statement-scoring.ts';

export interface NewsGoldEvent {
  type: string;
  label: string;
  trigger: string;
  date: string | null;
  date_end: string | null;
  date_text: string | null;
  place: string | null;
  country: string | null;
  participants: Named[];
  status: string;
  evidence: string[];
  world_id: string;
  note: string | null;
}

export interface NewsEventsFile {
  id: string;
  published: string | null;
  events: NewsGoldEvent[];
  not_events: string[];
}

export interface Named {
  name: string;
  role: string | null;
}

/** A news gold record: the scorer's record with its participants. */
export type NewsGoldRecord = GoldRecord & { participants: Named[] };

const dayIso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Monday and Sunday of an ISO week (week 1 holds 4 January). */
export function isoWeek(year: number, week: number): [string, string] {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY;
  return [dayIso(monday), dayIso(monday + 6 * DAY)];
}

/** One gold date value: its precision and the first and last value it stands for (a week: its Monday and Sunday). */
function dateValue(v: string): { precision: DatePrecision; first: string; last: string } {
  const w = /^(\d{4})-W(\d{2})$/.exec(v);
  if (w) {
    const [first, last] = isoWeek(Number(w[1]), Number(w[2]));
    return { precision: 'week', first, last };
  }
  if (/^\d{4}$/.test(v)) return { precision: 'year', first: v, last: v };
  if (/^\d{4}-\d{2}$/.test(v)) return { precision: 'month', first: v, last: v };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { precision: 'day', first: v, last: v };
  throw new Error(`events gold: a date is YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD, got "${v}"`);
}

/** The gold `date` and `date_end` as the scorer's start, end and precision. */
export function goldDate(date: string | null, dateEnd: string | null): Pick<GoldRecord, 'date_start' | 'date_end' | 'date_precision'> {
  if (date === null && dateEnd === null) return { date_start: null, date_end: null, date_precision: null };
  if (date === null) {
    const end = dateValue(dateEnd!);
    // An end-only week cannot say which day it ended on: any day of it is right, as for any week.
    return end.precision === 'week'
      ? { date_start: end.first, date_end: end.last, date_precision: 'week' }
      : { date_start: null, date_end: end.last, date_precision: end.precision };
  }
  const start = dateValue(date);
  return { date_start: start.first, date_end: dateEnd === null ? start.last : dateValue(dateEnd).last, date_precision: start.precision };
}

const STATUS: Record<string, string> = { happened: 'occurred' };

export function toGoldRecord(doc: string, e: NewsGoldEvent): NewsGoldRecord {
  return {
    doc,
    event: e.world_id,
    type: e.type,
    label: e.label,
    evidence: e.evidence[0] ?? '',
    more_evidence: e.evidence.slice(1),
    ...goldDate(e.date, e.date_end),
    date_text: e.date_text,
    status: STATUS[e.status] ?? e.status,
    place: e.place,
    country: e.country,
    dated: e.date !== null || e.date_end !== null,
    placed: e.place !== null,
    participants: e.participants,
  };
}

/** The phrase of a not_events entry "<phrase> — <reason>" (the whole entry when it has no dash). */
export const mustNotPhrase = (entry: string): string => {
  const i = entry.indexOf(' — ');
  return (i >= 0 ? entry.slice(0, i) : entry).trim();
};

const foldName = (s: string) => fold(s).replace(/^the /, '');

/** Equal once folded, or one's words a whole-word run of the other's. */
export function sameParticipant(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/** One-to-one pairs [predicted index, gold index]: equal folded names first, then containment, each in order. */
export function matchParticipants(predicted: Named[], gold: Named[]): [number, number][] {
  const pairs: [number, number][] = [];
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pass = (ok: (p: string, g: string) => boolean) => {
    predicted.forEach((p, i) => {
      if (usedP.has(i)) return;
      const j = gold.findIndex((g, k) => !usedG.has(k) && ok(p.name, g.name));
      if (j < 0) return;
      usedP.add(i);
      usedG.add(j);
      pairs.push([i, j]);
    });
  };
  pass((p, g) => foldName(p) === foldName(g));
  pass(sameParticipant);
  return pairs.sort((a, b) => a[0] - b[0]);
}

const AGENT = new Set(['attacker', 'announcer']);
export const sameRole = (predicted: string | null, gold: string | null) => predicted === gold || (predicted === 'actor' && AGENT.has(gold ?? ''));

export interface ParticipantTally {
  predicted: number;
  gold: number;
  matched: number;
  roleOk: number;
}
export const emptyParticipants = (): ParticipantTally => ({ predicted: 0, gold: 0, matched: 0, roleOk: 0 });

/** Add one matched event's participants to the tally; a miss, an extra or a wrong role becomes a line when lines are kept. */
export function scoreParticipants(t: ParticipantTally, predicted: Named[], gold: Named[], where: string, lines: string[] | null): void {
  const pairs = matchParticipants(predicted, gold);
  t.predicted += predicted.length;
  t.gold += gold.length;
  t.matched += pairs.length;
  for (const [i, j] of pairs) {
    if (sameRole(predicted[i]!.role, gold[j]!.role)) t.roleOk++;
    else lines?.push(`ROLE ${where}: ${gold[j]!.name} gold ${gold[j]!.role}, got ${predicted[i]!.role} (as ${predicted[i]!.name})`);
  }
  const missed = gold.filter((_, j) => !pairs.some((p) => p[1] === j)).map((g) => g.name);
  const extra = predicted.filter((_, i) => !pairs.some((p) => p[0] === i)).map((p) => p.name);
  if (missed.length || extra.length) lines?.push(`PARTICIPANTS ${where}: missed [${missed.join('; ')}] extra [${extra.join('; ')}]`);
}

/** Recall per gold type: type -> [found, total]. */
export type TypeRecall = Map<string, [number, number]>;

export function countType(r: TypeRecall, type: string, found: boolean): void {
  const v = r.get(type) ?? [0, 0];
  r.set(type, [v[0] + (found ? 1 : 0), v[1] + 1]);
}

/** The participant and per-type lines printed under a split's tally. */
export function formatExtras(p: ParticipantTally, types: TypeRecall): string {
  const byType = [...types].sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1)).map(([k, [f, n]]) => `${k} ${f}/${n}`);
  return [
    `  participants (over matched events): P ${ratio(p.matched, p.predicted)} (${p.matched}/${p.predicted})  R ${ratio(p.matched, p.gold)} (${p.matched}/${p.gold})  role ${ratio(p.roleOk, p.matched)} (${p.roleOk}/${p.matched})`,
    `  recall per gold type: ${byType.join(', ')}`,
  ].join('\n');
}
