/**
 * Serialise records as JSON Lines and CSV, deterministically: keys in schema order, one record a line,
 * a trailing newline. CSV leaves out long-text columns (`"x-csv": false`), writes null as an empty cell,
 * booleans as true/false, and arrays or objects as JSON text.
 */
import { stringify } from 'csv-stringify/sync';
import { columns } from '../core/schemas.ts';

function ordered(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in record) out[k] = record[k];
  return out;
}

export function toJsonl(table: string, records: object[]): string {
  const keys = columns(table);
  return records.map((r) => JSON.stringify(ordered(r as Record<string, unknown>, keys))).join('\n') + (records.length ? '\n' : '');
}

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function toCsv(table: string, records: object[]): string {
  const keys = columns(table, true);
  const rows = records.map((r) => keys.map((k) => csvCell((r as Record<string, unknown>)[k])));
  return stringify([keys, ...rows], { record_delimiter: '\n' });
}
