/**
 * One message type for every stage (after vfile-message): where, why, which rule, which stage.
 * Its one-line form `file:line:col: reason [stage:rule]` is what tests compare and what users read.
 */
import type { BuildReport } from '../types/generated.ts';

/** The message shape is the build report's (schemas/build-report.schema.json): `source` is the stage that
 * raised it (ingest, metadata ...), `ruleId` its stable rule id within the stage (empty-file ...). */
export type Message = BuildReport['messages'][number];
export type Severity = Message['severity'];

export function message(
  severity: Severity,
  source: string,
  ruleId: string,
  file: string,
  reason: string,
  place: { line?: number | null; column?: number | null; expected?: string; actual?: string } = {},
): Message {
  const m: Message = { file, line: place.line ?? null, column: place.column ?? null, reason, source, ruleId, severity };
  if (place.expected !== undefined) m.expected = place.expected;
  if (place.actual !== undefined) m.actual = place.actual;
  return m;
}

export function formatMessage(m: Message): string {
  const place = m.line == null ? m.file : m.column == null ? `${m.file}:${m.line}` : `${m.file}:${m.line}:${m.column}`;
  return `${place}: ${m.severity}: ${m.reason} [${m.source}:${m.ruleId}]`;
}

/** How many messages of each stage, rule and severity: rule ids are counted as they come, never listed here. */
export function countMessages(messages: Message[]): BuildReport['message_counts'] {
  const counts = new Map<string, BuildReport['message_counts'][number]>();
  for (const m of messages) {
    const key = `${m.source}\0${m.ruleId}\0${m.severity}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { source: m.source, ruleId: m.ruleId, severity: m.severity, count: 1 });
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}

/** Thrown by a stage for input it must refuse; the CLI turns it into a report entry, never a crash. */
export class StageError extends Error {
  constructor(public readonly detail: Message) {
    super(formatMessage(detail));
    this.name = 'StageError';
  }
}
