/**
 * Reference data: loaded once by the command-line layer and passed to stages in their context, so stages stay
 * pure. Each file in reference/ is YAML with a schema in schemas/reference/ (the file's name with .schema.json),
 * checked when it is loaded: a broken file stops the run with every problem at its line, in the shape of a
 * sidecar's (file:line:column, the field path, what was expected, what was found).
 * Rule ids: reference:bad-yaml (unreadable YAML), reference:bad-field (a value its schema refuses), reference:no-schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { formatMessage, message, type Message } from './message.ts';
import { SCHEMA_DIR, validator } from './schemas.ts';
import { checkYaml } from './yaml-check.ts';

export interface BoilerplateData {
  max_words: number;
  groups: Record<string, string[]>;
  teasers: { labels: string[] };
}

export interface PublisherEntry {
  domain: string;
  name: string;
}

export interface Reference {
  boilerplate: BoilerplateData;
  publishers: PublisherEntry[];
  languages: Record<string, string[]>;
}

export const REFERENCE_DIR = new URL('../../reference/', import.meta.url).pathname;

const REPO = new URL('../../', import.meta.url).pathname;

/** The schema of a reference file: `reference/<its name without .yaml>`. */
export const referenceSchemaOf = (file: string) => `reference/${basename(file).replace(/\.ya?ml$/, '')}`;

/** A reference file its schema refuses; `messages` holds every problem, the message lists them one a line. */
export class ReferenceFileError extends Error {
  constructor(public readonly messages: Message[]) {
    super(messages.map(formatMessage).join('\n'));
    this.name = 'ReferenceFileError';
  }
}

/** Every problem of a reference file's text against its schema, as messages (none when it is valid). */
export function checkReference(file: string, text: string): { data: unknown; messages: Message[] } {
  const schema = referenceSchemaOf(file);
  const shown = relative(REPO, file).startsWith('..') ? file : relative(REPO, file);
  if (!existsSync(join(SCHEMA_DIR, `${schema}.schema.json`))) {
    return {
      data: null,
      messages: [
        message('error', 'reference', 'no-schema', shown, `No schema for this reference file, expected schemas/${schema}.schema.json`, { line: null }),
      ],
    };
  }
  const { data, problems } = checkYaml(text, validator(schema));
  const messages = problems.map((p) =>
    p.kind === 'syntax'
      ? message('error', 'reference', 'bad-yaml', shown, `Unreadable YAML (${p.code}): ${p.detail}`, { line: p.line, column: p.column })
      : message(
          'error',
          'reference',
          'bad-field',
          shown,
          `${p.problem.field}${p.problem.path !== '/' ? ` (${p.problem.path})` : ''}: expected ${p.problem.expected}, found ${p.problem.found}`,
          { line: p.line, column: p.column, expected: p.problem.expected, actual: p.problem.found },
        ),
  );
  return { data, messages };
}

/** A reference file's text, once its schema accepts it (for readers that parse the text themselves). */
export function readReferenceText(file: string): string {
  const text = readFileSync(file, 'utf8');
  const { messages } = checkReference(file, text);
  if (messages.length) throw new ReferenceFileError(messages);
  return text;
}

/** A reference file, parsed and checked against its schema (derived from the file's name); throws ReferenceFileError. */
export function readYaml<T>(file: string): T {
  const { data, messages } = checkReference(file, readFileSync(file, 'utf8'));
  if (messages.length) throw new ReferenceFileError(messages);
  return data as T;
}

/** Check every file in reference/ (before a build starts work, so a broken file stops it at once). */
export function checkReferenceDir(dir = REFERENCE_DIR): Message[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => checkReference(join(dir, f), readFileSync(join(dir, f), 'utf8')).messages);
}

export function loadReference(dir = REFERENCE_DIR): Reference {
  return {
    boilerplate: readYaml<BoilerplateData>(join(dir, 'boilerplate.yaml')),
    publishers: readYaml<{ publishers: PublisherEntry[] }>(join(dir, 'publishers.yaml')).publishers,
    languages: readYaml<{ languages: Record<string, string[]> }>(join(dir, 'languages.yaml')).languages,
  };
}
