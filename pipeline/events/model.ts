/**
 * Record types shared by the event stages: the per-article EventCandidate (extract-events.ts), the working
 * record the article-level passes read, type groups and the confidence threshold.
 */
import type { DatePrecision } from '../language/date-resolve.ts';
import type { EventStatus } from './status.ts';
import type { TriggerHit } from './triggers.ts';

export interface EventCandidate {
  type: string;
  label: string;
  trigger: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  status: EventStatus;
  place: string | null;
  country: string | null;
  /** entity = index into mentions.entities. */
  participants: { entity: number; role: string | null }[];
  /** UTF-16 offsets of the sentence in text. */
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
  /** The text speaks of it as already known ("the meeting", "Tuesday's event"): merge-events may join it to an earlier event of its kind. Optional: an addition to the interface. */
  definite?: boolean;
}

/** Candidates at or above this confidence state an event; below it they only support one. */
export const MIN_CONFIDENCE = 0.5;

/** What extract-events knows about a candidate beyond the record, for the article-level passes. */
export interface Working {
  c: EventCandidate;
  hit: TriggerHit;
  sentence: number;
  /** The trigger's clause, as offsets in text. */
  clause: [number, number];
  title: boolean;
  placeHow: string | null;
  /** Countries the sentence names (by name, demonym's capital or a city in them), in order. */
  countries: string[];
}

const GROUP: Record<string, string> = { meeting: 'gathering', talks: 'gathering', conference: 'gathering', summit: 'gathering' };

/** Meetings, talks, conferences and summits are one family: texts name one gathering with all four words. */
export const typeGroup = (t: string) => GROUP[t] ?? t;
