/**
 * Corpus stage: turn merged events into event records: the CAMEO code of the type, participants with their
 * actor ids, evidence with its sentence and code-point offsets, ids in the dataset's form.
 * Input: merged events, the texts by source id, the type vocabulary, actor ids by canonical name.
 * Output: event records in a stable order (date, then id).
 */
import { codePointOffset } from '../language/sentences.ts';
import type { MergedEvent } from './merge-events.ts';
import type { EventRecord } from '../types/generated.ts';

/** The id an event has in the events table. */
export const eventId = (e: MergedEvent): string => `evt-${e.id.replace(/^ev-/, '').slice(0, 12)}`;

export function emitEvents(events: MergedEvent[], texts: Map<string, string>, cameo: Map<string, string | null>, actorIds: Map<string, string>): EventRecord[] {
  const records = events.map((e): EventRecord => ({
    event_id: eventId(e),
    type: e.type,
    cameo: cameo.get(e.type) ?? null,
    label: e.label,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    date_precision: e.datePrecision,
    date_text: e.dateText,
    status: e.status,
    place: e.place,
    country: e.country,
    participants: e.participants.map((p) => ({ name: p.name, actor_id: actorIds.get(p.name) ?? null, role: p.role })),
    confidence: Math.round(e.confidence * 1000) / 1000,
    source_ids: e.sources as EventRecord['source_ids'],
    evidence: e.evidence.map((ev) => {
      const text = texts.get(ev.source)!;
      return { source_id: ev.source, sentence: text.slice(ev.start, ev.end), start: codePointOffset(text, ev.start), end: codePointOffset(text, ev.end) };
    }) as EventRecord['evidence'],
  }));
  return records.sort((a, b) => (a.date_start ?? '9999').localeCompare(b.date_start ?? '9999') || (a.event_id < b.event_id ? -1 : 1));
}
