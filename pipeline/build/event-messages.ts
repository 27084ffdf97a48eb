/**
 * What the event stages left open, as messages the build report counts, raised on the final events (after the
 * merge, so an event one source dates is not reported undated because another mention of it was): an event
 * without a date (events:no-date) or a place (events:no-place), and a cross-source merge refused
 * (events:merge-refused). Info: each is a fact about the data, and the records are written.
 * Input: the events and event-merges tables and the file of each source. Output: messages in table order. Pure.
 */
import { message, type Message } from '../core/message.ts';
import type { EventMergeRecord, EventRecord } from '../types/generated.ts';

const excerpt = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

export function eventMessages(events: EventRecord[], merges: EventMergeRecord[], fileOf: Map<string, string>): Message[] {
  const out: Message[] = [];
  const file = (sourceId: string) => fileOf.get(sourceId) ?? sourceId;
  for (const e of events) {
    const where = `${e.event_id} ("${excerpt(e.label)}")`;
    if (e.date_start === null && e.date_end === null) {
      const actual = e.date_text ? `"${e.date_text}", which could not be resolved` : 'no date expression for it';
      out.push(message('info', 'events', 'no-date', file(e.source_ids[0]!), `Event ${where} has no date`, { expected: 'a date the text states or implies', actual }));
    }
    if (e.place === null) out.push(message('info', 'events', 'no-place', file(e.source_ids[0]!), `Event ${where} has no place`, { expected: 'a place the text states or implies', actual: 'none found' }));
  }
  for (const m of merges) {
    if (m.outcome !== 'refused') continue;
    out.push(message('info', 'events', 'merge-refused', file(m.source_id), `Event ${m.event_id} stayed apart from ${m.other_event_id}: ${m.detail}`, { expected: `score of agreeing evidence at the bar, with something shared`, actual: m.detail }));
  }
  return out;
}
