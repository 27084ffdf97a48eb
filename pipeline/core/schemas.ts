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
export const TABLES = ['sources', 'cleaning-log', 'actors', 'mentions', 'actor-merges', 'statements', 'events', 'event-merges'] as const;
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

/** The record types: schemas at the top of schemas/ (tables, sidecars, the build report). Reference-file schemas
 * (schemas/reference/) are not among them. */
export function schemaNames(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => f.replace('.schema.json', ''))
    .sort();
}

/** Schemas of the files in reference/, one per file, named `reference/<file name without .yaml>`. */
export function referenceSchemaNames(): string[] {
  return readdirSync(join(SCHEMA_DIR, 'reference'))
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => `reference/${f.replace('.schema.json', '')}`)
    .sort();
}

/** `name` is a record type (sources) or a reference schema (reference/speech-verbs). */
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
    case 'required':
      return `${where}: missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties':
      return `${where}: unexpected field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `${where}: expected one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    case 'type':
      return `${where}: expected ${(e.params as { type: string }).type}`;
    case 'pattern':
      return `${where}: expected ${patternHint(e)}`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

export interface Problem {
  line: number;
  field: string;
  path: string;
  expected: string;
  found: string;
}

const show = (v: unknown) => (v === undefined ? 'nothing' : (JSON.stringify(v)?.slice(0, 80) ?? String(v)));

function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const key of path.split('/').filter(Boolean))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return v;
}

/** Each schema error of one record as a contributor reads it: the field, its JSON path, what was expected, what was found. */
export function problemsOf(errors: ErrorObject[], record: unknown, line: number): Problem[] {
  // A bad key is reported once, by the rule it breaks, not again as "property name must be valid".
  return errors
    .filter((e) => e.keyword !== 'propertyNames')
    .map((e) => {
      const p = e.params as Record<string, unknown>;
      const base = { line, path: e.instancePath || '/' };
      const field = e.instancePath.split('/').filter(Boolean).join('.') || '(record)';
      if (e.propertyName !== undefined)
        return {
          ...base,
          field: field === '(record)' ? e.propertyName : `${field}.${e.propertyName}`,
          expected: `a key: ${e.keyword === 'pattern' ? patternHint(e) : (e.message ?? e.keyword)}`,
          found: show(e.propertyName),
        };
      switch (e.keyword) {
        case 'required':
          return { ...base, field: String(p.missingProperty), expected: 'a value (required field)', found: 'nothing' };
        case 'additionalProperties':
          return {
            ...base,
            field: String(p.additionalProperty),
            expected: 'no such field (not in the schema)',
            found: show(valueAt(record, `${e.instancePath}/${p.additionalProperty}`)),
          };
        case 'enum':
          return {
            ...base,
            field,
            expected: `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
            found: show(valueAt(record, e.instancePath)),
          };
        case 'type':
          return { ...base, field, expected: `type ${String(p.type).replace(/,/g, ' or ')}`, found: show(valueAt(record, e.instancePath)) };
        case 'pattern':
          return { ...base, field, expected: patternHint(e), found: show(valueAt(record, e.instancePath)) };
        case 'format':
          return {
            ...base,
            field,
            expected: p.format === 'regex' ? 'a valid regular expression' : `a value in format ${p.format}`,
            found: show(valueAt(record, e.instancePath)),
          };
        case 'uniqueItems':
          return { ...base, field, expected: 'no item twice', found: `${show(valueAt(record, `${e.instancePath}/${p.j}`))} as items ${p.i} and ${p.j}` };
        case 'minLength':
          return { ...base, field, expected: `at least ${p.limit} character(s)`, found: show(valueAt(record, e.instancePath)) };
        case 'minItems':
          return { ...base, field, expected: `at least ${p.limit} item(s)`, found: show(valueAt(record, e.instancePath)) };
        default:
          return { ...base, field, expected: e.message ?? e.keyword, found: show(valueAt(record, e.instancePath)) };
      }
    });
}

/** Throw if a record breaks its schema: the build stops before anything is written. */
export function assertValid(name: string, record: unknown, where: string): void {
  const v = validator(name);
  if (!v(record)) {
    const detail = (v.errors ?? []).map(describeError).join('; ');
    throw new Error(`${where}: record breaks schemas/${name}.schema.json: ${detail}`);
  }
}
