/**
 * Status of an event from the cues and tense of its clause: cancelled ("was cancelled", "did not take place"),
 * planned ("planned for", "close to reaching", "draft"), scheduled ("will", "due to be held", "scheduled for",
 * "expected to host" with a fixed date), ongoing ("continuing", "expected to last", "17-year-long", present
 * tense of talks and campaigns), else occurred. A boycott of an event still ahead is planned. Also whether the
 * clause looks forward (for resolving weekdays and year-less dates) and whether the date is a start ("began on
 * Saturday") or an end ("ended in Doha on May 9"). Input: tokens, the trigger, its clause, the reference cues.
 * Output: StatusInfo. Pure; no rule ids.
 */
import type { EventReference } from './reference.ts';
import { findCue, type Token } from './text.ts';
import type { TriggerHit } from './triggers.ts';
import type { DateSpec } from '../language/date-expressions.ts';

export type EventStatus = 'occurred' | 'ongoing' | 'scheduled' | 'planned' | 'cancelled';
export interface StatusInfo {
  status: EventStatus;
  future: boolean;
  startOnly: boolean;
  endOnly: boolean;
}

const DURATIVE = new Set(['talks', 'military-operation', 'visit', 'conference']);
const PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'came',
  'met',
  'held',
  'said',
  'took',
  'began',
  'went',
  'made',
  'saw',
  'told',
  'left',
  'ran',
  'gave',
  'got',
  'sent',
  'brought',
  'spoke',
  'found',
  'led',
  'paid',
  'drew',
  'won',
  'shot',
  'stabbed',
  'freed',
]);
const PRESENT = new Set(['is', 'are', 'has', 'have', 'comes', 'marks', 'remains', 'coincides', 'continues', 'says', 'wants', 'seeks']);

export interface ClauseView {
  tokens: Token[];
  from: number;
  to: number;
  next: Token[];
}

export function statusOf(h: TriggerHit, c: ClauseView, ref: EventReference, date: DateSpec | null, title = false): StatusInfo {
  const { tokens, from, to } = c;
  // Cues inside an announcement describe the measure ("announced that the U.S. will provide"), not the time of
  // the announcement; inside other patterns they are the event's own ("a tariff ... had planned to impose").
  const speech = /^(?:announc|said|says|promis|pledg|vow|decid)/i.test(h.lemma);
  const near = (name: string, before: number, after: number) =>
    speech
      ? (findCue(tokens, ref.cues.get(name), Math.max(from, h.tok - before), h.tok) ??
        findCue(tokens, ref.cues.get(name), h.tokEnd, Math.min(to, h.tokEnd + after)))
      : findCue(tokens, ref.cues.get(name), Math.max(from, h.tok - before), Math.min(to, h.tokEnd + after));
  const all = tokens.slice(from, to).map((t) => t.lower);
  const tenseFuture = isFuture(tokens, h, from, to);
  const starts = [['began'], ['begin'], ['begins'], ['launched'], ['started'], ['start'], ['opened']];
  const startOnly =
    !!findCue(tokens, starts, Math.max(from, h.tok - 4), h.tok) ||
    !!findCue(
      tokens,
      starts.filter((x) => x[0] !== 'launched'),
      h.tokEnd,
      Math.min(to, h.tokEnd + 12),
    );
  const endOnly = !!findCue(tokens, [['ended'], ['concluded']], h.tokEnd, Math.min(to, h.tokEnd + 6)) && !startOnly;
  const info = (status: EventStatus, future = status === 'scheduled' || status === 'planned'): StatusInfo => ({ status, future, startOnly, endOnly });

  const clauseText = all.join(' ');
  const notHeld = clauseText.includes('did not take place') || clauseText.includes('was not held');
  if (findCue(tokens, ref.cues.get('cancelled'), Math.max(from, h.tok - 8), to)) {
    return info('cancelled', !!findCue(tokens, ref.cues.get('scheduled'), from, to) && !notHeld);
  }
  const boycott = h.type === 'boycott';
  const plan = near('planned', 10, 6);
  // "until it reaches a deal" plans a deal; "until his release" plans nothing; a plan with a day is a schedule.
  const day = !!date && ((date.kind === 'abs' && date.d !== undefined) || date.kind === 'weekday');
  if (plan && !(plan[1] === 'until' && h.type !== 'agreement')) return info(day && plan[1] === 'planned' ? 'scheduled' : 'planned', true);
  const fixed =
    !!date && (date.kind === 'abs' ? date.d !== undefined || date.m !== undefined : date.kind === 'weekday' || (date.kind === 'unit' && date.unit !== 'year'));
  const sched = near('scheduled', 10, 6);
  const tense = clauseTense(tokens, h, from, to, ref);
  if (sched || tenseFuture || (date?.possessive && tense !== 'past')) {
    if (boycott) return info('planned', true);
    const expect = sched?.[1] === 'expected to' || h.intent === 'expected';
    return info(expect && !fixed ? 'planned' : 'scheduled', true);
  }
  if (h.intent && /^(?:plan|plans|planned|planning|intends)$/.test(h.intent)) return info('planned');
  if (date?.kind === 'years' && /long$/.test(date.text)) return info('ongoing');
  const continuing = (ts: Token[]) => !!findCue(ts, ref.cues.get('ongoing'), 0, ts.length);
  if (near('ongoing', 6, 6) || (startOnly && (continuing(tokens) || continuing(c.next)))) return info('ongoing');
  if (DURATIVE.has(h.type) && presentNear(tokens, h, from, to, title)) return info('ongoing');
  return info('occurred');
}

/** "will", "'ll", "shall", "going to", "due to" around the trigger (not inside it: "announced it would withdraw" is past). */
function isFuture(tokens: Token[], h: TriggerHit, from: number, to: number): boolean {
  for (let i = Math.max(from, h.tok - 6); i < Math.min(to, h.tokEnd + 4); i++) {
    if (i >= h.tok && i < h.tokEnd) continue;
    const w = tokens[i]!.lower;
    if (w === 'will' || w === 'shall' || w.endsWith("'ll")) return true;
    if (w === 'would' && i > h.tok && h.kind !== 'verb') return true;
    if ((w === 'going' || w === 'due') && tokens[i + 1]?.lower === 'to') return true;
  }
  return false;
}

/** The tense of the clause's verbs, reporting verbs aside: future (will, would), past, or present. */
function clauseTense(tokens: Token[], h: TriggerHit, from: number, to: number, ref: EventReference): 'future' | 'past' | 'present' | null {
  let out: 'future' | 'past' | 'present' | null = null;
  for (let i = from; i < to; i++) {
    if (i >= h.tok && i < h.tokEnd) continue;
    const w = tokens[i]!.lower;
    if (ref.cues.get('reporting')?.some((r) => r.length === 1 && r[0] === w)) continue;
    if (w === 'will' || w === 'would' || w.endsWith("'ll")) return 'future';
    if (PAST.has(w) || (/ed$/.test(w) && w.length > 4 && i !== h.tok - 1)) out = 'past';
    else if (!out && (PRESENT.has(w) || (/ing$/.test(w) && /^(?:is|are)$/.test(tokens[i - 1]?.lower ?? '')))) out = 'present';
  }
  return out;
}

/** A present-tense verb or auxiliary right around the trigger ("the talks are at an early stage", "is taking part"). */
function presentNear(tokens: Token[], h: TriggerHit, from: number, to: number, title: boolean): boolean {
  // Headlines speak in the present ("On Visit to Russia, Taliban Says ..."): their verb may come later.
  for (let i = Math.max(from, h.tok - 4); i < Math.min(to, h.tokEnd + (title ? 6 : 3)); i++) {
    const w = tokens[i]!.lower;
    if (PAST.has(w) || (i < h.tok && /ed$/.test(w) && w.length > 4)) return false;
    if (PRESENT.has(w) && !(tokens[i + 1]?.lower === 'been' || /ed$/.test(tokens[i + 1]?.lower ?? ''))) return true;
    if (/ing$/.test(w) && (tokens[i - 1]?.lower === 'is' || tokens[i - 1]?.lower === 'are')) return true;
  }
  return false;
}
