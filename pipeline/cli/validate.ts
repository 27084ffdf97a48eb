/**
 * Check contributed records against the schemas: JSON Lines (.jsonl/.ndjson) or CSV (.csv); and reference files
 * (reference/*.yaml) against theirs in schemas/reference/.
 * Every problem is printed as `file:line: field: expected ..., found ...` with the JSON path; exit 1 on any.
 * Usage: tsx pipeline/cli/validate.ts FILE [--schema NAME]   (NAME: a file in schemas/ without .schema.json;
 * by default the table whose name the file's name contains, e.g. my-sources.csv -> sources; for a .yaml file, the
 * reference schema of its name, e.g. speech-verbs.yaml -> reference/speech-verbs).
 * CSV cells are typed by the schema, never coerced loosely: an empty cell is null where null is allowed,
 * integers must look like integers, arrays and objects are JSON text.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { columns, loadSchema, problemsOf, referenceSchemaNames, schemaNames, validator, type JsonSchema, type Problem } from '../core/schemas.ts';
import { referenceSchemaOf } from '../core/reference.ts';
import { checkYaml } from '../core/yaml-check.ts';

export { problemsOf, type Problem };

export const MAX_BYTES = 64 * 1024 * 1024;
const MAX_REPORTED = 500;

function typesOf(prop: JsonSchema | undefined): string[] {
  if (!prop) return [];
  if (prop.$ref) return ['string', 'null'];
  return Array.isArray(prop.type) ? prop.type : prop.type ? [prop.type] : [];
}

/** Type one CSV cell by its schema property; a cell that does not fit stays a string so the schema reports it. */
export function typeCell(cell: string, prop: JsonSchema | undefined): unknown {
  const types = typesOf(prop);
  if (cell === '' && types.includes('null')) return null;
  if ((types.includes('integer') && /^-?\d{1,15}$/.test(cell)) || (types.includes('number') && /^-?\d{1,15}(\.\d{1,15})?([eE][+-]?\d{1,3})?$/.test(cell)))
    return Number(cell);
  if (types.includes('boolean') && (cell === 'true' || cell === 'false')) return cell === 'true';
  if ((types.includes('array') && cell.startsWith('[')) || (types.includes('object') && cell.startsWith('{'))) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell;
    }
  }
  return cell;
}

export function validateJsonl(text: string, schema: string): Problem[] {
  const v = validator(schema);
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (e) {
      problems.push({ line: i + 1, field: '(line)', path: '', expected: 'one JSON object per line', found: `invalid JSON (${(e as Error).message})` });
      return;
    }
    if (!v(record)) problems.push(...problemsOf(v.errors ?? [], record, i + 1));
  });
  return problems;
}

export function validateCsv(text: string, schema: string): Problem[] {
  const props = loadSchema(schema).properties ?? {};
  const expectedCols = columns(schema, true);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { info: true, bom: true, relax_column_count: true }) as never;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return [{ line: err.lines ?? 1, field: '(file)', path: '', expected: 'well-formed CSV', found: err.message }];
  }
  if (rows.length === 0) return [{ line: 1, field: '(file)', path: '', expected: `a header row: ${expectedCols.join(',')}`, found: 'an empty file' }];
  const header = rows[0]!.record;
  const problems: Problem[] = [];
  for (const c of header)
    if (!(c in props)) problems.push({ line: 1, field: c, path: '', expected: `a column of ${schema}: ${expectedCols.join(',')}`, found: JSON.stringify(c) });
  for (const c of expectedCols)
    if (!header.includes(c)) problems.push({ line: 1, field: c, path: '', expected: 'this column in the header', found: 'nothing' });
  if (problems.length) return problems;
  const v = validator(schema);
  const csvOnly = new Set(Object.keys(props).filter((k) => props[k]!['x-csv'] === false));
  for (const { record: cells, info } of rows.slice(1)) {
    if (cells.length !== header.length) {
      problems.push({ line: info.lines, field: '(row)', path: '', expected: `${header.length} cells`, found: `${cells.length} cells` });
      continue;
    }
    const record: Record<string, unknown> = {};
    header.forEach((c, i) => (record[c] = typeCell(cells[i]!, props[c])));
    if (!v(record)) {
      const errs = (v.errors ?? []).filter(
        (e) => !(e.keyword === 'required' && csvOnly.has(String((e.params as { missingProperty: string }).missingProperty))),
      );
      problems.push(...problemsOf(errs, record, info.lines));
    }
  }
  return problems;
}

/** A reference file (YAML) against its schema: every problem at the line where it is written. */
export function validateYaml(text: string, schema: string): Problem[] {
  return checkYaml(text, validator(schema)).problems.map((p) =>
    p.kind === 'syntax'
      ? { line: p.line, field: '(file)', path: '', expected: 'well-formed YAML', found: `${p.detail} (${p.code})` }
      : { ...p.problem, line: p.line },
  );
}

export function guessSchema(file: string): string | null {
  if (/\.ya?ml$/i.test(file)) return referenceSchemaNames().includes(referenceSchemaOf(file)) ? referenceSchemaOf(file) : null;
  const name = basename(file).toLowerCase();
  const hits = schemaNames()
    .filter((s) => name.includes(s))
    .sort((a, b) => b.length - a.length);
  return hits[0] ?? null;
}

export function validateFile(file: string, schema: string): Problem[] {
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    return [{ line: 1, field: '(file)', path: '', expected: `at most ${MAX_BYTES} bytes (split larger contributions)`, found: `${size} bytes` }];
  const text = readFileSync(file, 'utf8');
  if (/\.csv$/i.test(file)) return validateCsv(text, schema);
  if (/\.(jsonl|ndjson)$/i.test(file)) return validateJsonl(text, schema);
  if (/\.ya?ml$/i.test(file) && schema.startsWith('reference/')) return validateYaml(text, schema);
  return [{ line: 1, field: '(file)', path: '', expected: 'a .jsonl, .ndjson or .csv file', found: basename(file) }];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { schema: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    console.error('usage: validate FILE [--schema NAME]');
    process.exit(2);
  }
  const schema = values.schema ?? guessSchema(file);
  const known = [...schemaNames(), ...referenceSchemaNames()];
  if (!schema || !known.includes(schema)) {
    console.error(`${file}: cannot tell which schema to use; pass SCHEMA=<name>, one of: ${known.join(', ')}`);
    process.exit(2);
  }
  let problems: Problem[];
  try {
    problems = validateFile(file, schema);
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exit(2);
  }
  for (const p of problems.slice(0, MAX_REPORTED)) {
    console.error(`${file}:${p.line}: ${p.field}${p.path && p.path !== '/' ? ` (${p.path})` : ''}: expected ${p.expected}, found ${p.found}`);
  }
  if (problems.length > MAX_REPORTED) console.error(`... and ${problems.length - MAX_REPORTED} more`);
  console.error(
    problems.length ? `${file}: ${problems.length} problem(s) against schemas/${schema}.schema.json` : `${file}: valid against schemas/${schema}.schema.json`,
  );
  process.exit(problems.length ? 1 : 0);
}
