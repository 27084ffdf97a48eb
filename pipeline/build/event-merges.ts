/**
 * The event merge log as a table (event-merges): every report joined to an event, in its own article or across
 * sources, and every supporting mention dropped because no event agreed with it, with its rule and detail.
 * Input: mergeEvents' log and events, the id each event has in the events table, the texts by source id.
 * Output: event-merges records in the log's order (sources in order, each source's merges in the order made).
 * Pure. A log entry of an article's event that later joined another source's names no event (the article's
 * own cluster was dissolved into the other); its event is the one whose evidence holds the report (null in the
 * rare case that two events hold that sentence with the same trigger).
 */
import { codePointOffset } from '../language/sentences.ts';
import type { MergedEvent, MergeLogEntry } from '../events/merge-events.ts';
import type { EventMergeRecord } from '../types/generated.ts';

export function eventMergeRecords(log: MergeLogEntry[], events: MergedEvent[], eventIdOf: (e: MergedEvent) => string, texts: Map<string, string>): EventMergeRecord[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const holding = new Map<string, MergedEvent[]>();
  for (const e of events) {
    for (const ev of e.evidence) {
      const key = `${ev.source}\0${ev.start}`;
      if (!holding.get(key)?.includes(e)) holding.set(key, [...(holding.get(key) ?? []), e]);
    }
  }
  return log.map((entry) => {
    const dropped = entry.rule === 'unattached';
    const refused = entry.rule === 'cross-source-refused';
    const other = entry.other ? byId.get(entry.other) : undefined;
    const event = dropped ? null : byId.get(entry.event) ?? holderOf(entry, holding.get(`${entry.source}\0${entry.evidenceStart}`) ?? []);
    const text = texts.get(entry.source);
    return {
      event_id: event ? eventIdOf(event) : null,
      rule: entry.rule,
      outcome: dropped ? 'dropped' : refused ? 'refused' : 'merged',
      source_id: entry.source,
      start: text === undefined ? entry.evidenceStart : codePointOffset(text, entry.evidenceStart),
      detail: entry.detail,
      other_event_id: other ? eventIdOf(other) : null,
    };
  });
}

/** Of the events whose evidence starts where the report does (two events may share a sentence), the one of the
 * report's trigger: the detail reads `type "trigger"`. */
function holderOf(entry: MergeLogEntry, candidates: MergedEvent[]): MergedEvent | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const open = entry.detail.indexOf('"');
  const trigger = open >= 0 && entry.detail.endsWith('"') ? entry.detail.slice(open + 1, -1) : undefined;
  const fits = candidates.filter((e) => e.evidence.some((ev) => ev.source === entry.source && ev.start === entry.evidenceStart && ev.trigger === trigger));
  return fits.length === 1 ? fits[0]! : null;
}
