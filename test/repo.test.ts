/** The repository keeps its promises: generated files are current, reference data is canonical, stages are pure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT } from '../pipeline/build/corpus.ts';
import { generateTypes } from '../pipeline/cli/gen-types.ts';
import { withDictionary } from '../pipeline/cli/gen-docs.ts';
import { referenceSchemaNames, schemaNames, TABLES, validator } from '../pipeline/core/schemas.ts';
import { validateFile } from '../pipeline/cli/validate.ts';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('generated files', () => {
  it('pipeline/types/generated.ts matches schemas/ (run make types)', async () => {
    expect(read('pipeline/types/generated.ts')).toBe(await generateTypes());
  });

  it('the README data dictionary matches schemas/ (run make docs)', () => {
    const readme = read('README.md');
    expect(readme).toBe(withDictionary(readme));
  });

  it('every committed table in output/ passes the contributor validator, as CSV and as JSON Lines', () => {
    for (const table of TABLES) {
      for (const ext of ['csv', 'jsonl']) expect(validateFile(join(ROOT, 'output', `${table}.${ext}`), table), `${table}.${ext}`).toEqual([]);
    }
  });

  it('every schema compiles in strict mode, reference schemas too', () => {
    for (const name of [...schemaNames(), ...referenceSchemaNames()]) expect(() => validator(name), name).not.toThrow();
  });
});

describe('reference data is canonical', () => {
  it('boilerplate groups and patterns are sorted, unique and compile', () => {
    const bp = parse(read('reference/boilerplate.yaml')) as { groups: Record<string, string[]>; teasers: { labels: string[] } };
    expect(Object.keys(bp.groups)).toEqual(sorted(Object.keys(bp.groups)));
    for (const [group, patterns] of Object.entries(bp.groups)) {
      expect(new Set(patterns).size, group).toBe(patterns.length);
      for (const p of patterns) expect(() => new RegExp(p, 'iu'), p).not.toThrow();
    }
    expect(bp.teasers.labels).toEqual(sorted([...new Set(bp.teasers.labels)]));
  });

  it('publishers are sorted by domain, with no domain twice', () => {
    const { publishers } = parse(read('reference/publishers.yaml')) as { publishers: { domain: string; name: string }[] };
    const domains = publishers.map((p) => p.domain);
    expect(domains).toEqual(sorted([...new Set(domains)]));
    for (const p of publishers) expect(p.domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('the actor registry passes its schema, is sorted by name, and no alias belongs to two entries', () => {
    const data = parse(read('reference/actors.yaml')) as { actors: { name: string; aliases: string[] }[] };
    const v = validator('reference/actors');
    expect(v(data), JSON.stringify(v.errors)).toBe(true);
    const names = data.actors.map((a) => a.name);
    expect(names).toEqual(sorted(names));
    const owner = new Map<string, string>();
    for (const a of data.actors) {
      expect(a.aliases, a.name).toEqual(sorted(a.aliases));
      for (const alias of a.aliases) {
        expect(owner.get(alias), `alias "${alias}" of ${a.name}`).toBeUndefined();
        owner.set(alias, a.name);
      }
    }
  });

  it('name cues and abbreviations are sorted lists without duplicates', () => {
    for (const f of ['reference/name-cues.yaml', 'reference/abbreviations.yaml']) {
      const data = parse(read(f)) as Record<string, unknown>;
      for (const [key, value] of Object.entries(data)) {
        if (!Array.isArray(value)) continue;
        expect(value, `${f} ${key}`).toEqual(sorted([...new Set(value as string[])]));
      }
    }
  });

  it('language profiles have unique words', () => {
    const { languages } = parse(read('reference/languages.yaml')) as { languages: Record<string, string[]> };
    for (const [lang, words] of Object.entries(languages)) expect(new Set(words).size, lang).toBe(words.length);
  });
});

describe('stages are pure', () => {
  const forbidden = [
    /from 'node:fs'/,
    /from 'fs'/,
    /node:child_process/,
    /node:net/,
    /node:http/,
    /process\.env/,
    /Date\.now\(/,
    /new Date\(\)/,
    /Math\.random\(/,
    /\bfetch\(/,
  ];
  const stages = ['ingest', 'clean', 'metadata', 'language', 'actors', 'statements', 'events'].flatMap((d) => listFiles(join(ROOT, 'pipeline', d)));
  it.each(stages)('%s does no I/O and reads no clock, randomness or environment', (f) => {
    const text = read(f);
    for (const re of forbidden) expect(re.test(text), `${f} matches ${re}`).toBe(false);
  });
});
