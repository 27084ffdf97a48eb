/**
 * The schemas in schemas/ are the single source of truth for every record type. One Ajv instance, every schema
 * compiled once; errors point into the data (instancePath).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url).pathname;

/** Record types emitted as tables, in the order they are documented. */
export const TABLES = ['sources', 'cleaning-log', 'actors', 'mentions', 'actor-merges', 'statements', 'events'] as const;
export type TableName = (typeof TABLES)[number];

export interface JsonSchema {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema & { 'x-csv'?: boolean; 'x-hint'?: string }>;
  required?: string[];
  enum?: unknown[];
  items?: JsonSchema;
  pattern?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  [k: string]: unknown;
}

let ajv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

export function schemaNames(): string[] {
  return readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', '')).sort();
}

export function loadSchema(name: string): JsonSchema {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as JsonSchema;
}

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    (formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
    ajv.addKeyword({ keyword: 'x-csv', schemaType: 'boolean' });
    // A reader's description of what a pattern accepts, used in error messages instead of the raw pattern.
    ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
  }
  return ajv;
}

export function validator(name: string): ValidateFunction {
  const cached = compiled.get(name);
  if (cached) return cached;
  const v = instance().compile(loadSchema(name));
  compiled.set(name, v);
  return v;
}

/** Fields of a table in schema order; `csv` leaves out those marked `"x-csv": false` (long text). */
export function columns(name: string, csv = false): string[] {
  const props = loadSchema(name).properties ?? {};
  return Object.keys(props).filter((k) => !csv || props[k]!['x-csv'] !== false);
}

/** What a pattern accepts, in words where the schema gives them (`x-hint`). */
export function patternHint(e: ErrorObject): string {
  return String((e.parentSchema as JsonSchema | undefined)?.['x-hint'] ?? `text matching ${(e.params as { pattern: string }).pattern}`);
}

export function describeError(e: ErrorObject): string {
  const where = e.instancePath || '(record)';
  switch (e.keyword) {
    case 'required': return `${where}: missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties': return `${where}: unexpected field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum': return `${where}: expected one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    case 'type': return `${where}: expected ${(e.params as { type: string }).type}`;
    case 'pattern': return `${where}: expected ${patternHint(e)}`;
    default: return `${where}: ${e.message ?? e.keyword}`;
  }
}

/** Throw if a record breaks its schema: the build stops before anything is written. */
export function assertValid(name: string, record: unknown, where: string): void {
  const v = validator(name);
  if (!v(record)) {
    const detail = (v.errors ?? []).map(describeError).join('; ');
    throw new Error(`${where}: record breaks schemas/${name}.schema.json: ${detail}`);
  }
}
