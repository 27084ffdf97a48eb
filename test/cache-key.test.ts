/**
 * The per-article cache key is the hash of what the per-article path imports and reads, followed from its entry
 * modules: a change to any file it runs changes the key; a change to a file it never runs does not. Files are
 * changed through an injected reader, never on disk.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/build/corpus.ts';
import { articleInputs, codeVersion, diskReader } from '../pipeline/build/code-version.ts';
import { importGraph, relativeImports, type ReadFile } from '../pipeline/build/import-graph.ts';

const real = diskReader(ROOT);
/** The repository as it is, except `target`, whose text gets `edit` appended. */
const withEdit =
  (target: string, edit = '\n// changed\n'): ReadFile =>
  (f) => {
    const text = real(f);
    return f === target && text !== null ? text + edit : text;
  };
const base = codeVersion(ROOT, real);
const inputs = articleInputs(ROOT, real);
const folderOf = (f: string) => f.split('/')[1]!;
const code = inputs.filter((f) => f.startsWith('pipeline/'));
const folders = [...new Set(code.map(folderOf))].sort();

describe('relativeImports', () => {
  it.each([
    ['an import', `import { a } from './a.ts';`, ['./a.ts']],
    ['a type-only import', `import type { A } from '../x/a.ts';`, ['../x/a.ts']],
    ['a side-effect import', `import './setup.ts';`, ['./setup.ts']],
    ['a re-export', `export { a } from './a.ts';\nexport * from './b.ts';`, ['./a.ts', './b.ts']],
    ['a dynamic import with a literal', `const m = await import('./lazy.ts');`, ['./lazy.ts']],
    ['an import over several lines', `import {\n  a,\n  b,\n} from './ab.ts';`, ['./ab.ts']],
  ])('finds %s', (_label, text, expected) => {
    expect(relativeImports(text)).toEqual(expected);
  });

  it.each([
    ['packages and node built-ins', `import { parse } from 'yaml';\nimport { join } from 'node:path';`],
    ['an import in a comment', `// import { a } from './a.ts';\n/* export * from './b.ts'; */`],
    ['an import in a string', `const s = "import { a } from './a.ts'";`],
    ['a dynamic import of a computed name', `await import(workerData.entry);`],
  ])('must not find %s', (_label, text) => {
    expect(relativeImports(text)).toEqual([]);
  });
});

describe('importGraph', () => {
  const files: Record<string, string> = {
    'p/entry.ts': `import { b } from './b.ts';\nexport * from '../q/c.ts';`,
    'p/b.ts': `import type { C } from '../q/c.ts';\nimport 'yaml';`,
    'q/c.ts': `export const c = await import('./d.ts');`,
    'q/d.ts': `export const d = 1;`,
    'q/unused.ts': `export const u = 1;`,
  };
  const read: ReadFile = (f) => files[f] ?? null;

  it('follows imports, re-exports and dynamic imports transitively, once each, sorted', () => {
    expect(importGraph(['p/entry.ts'], read)).toEqual(['p/b.ts', 'p/entry.ts', 'q/c.ts', 'q/d.ts']);
  });

  it('fails on a relative import that names no file, naming the importer', () => {
    const broken: ReadFile = (f) => (f === 'p/b.ts' ? `import { x } from './missing.ts';` : read(f));
    expect(() => importGraph(['p/entry.ts'], broken)).toThrow('p/b.ts: imports p/missing.ts, found no such file');
  });
});

describe('the per-article cache key', () => {
  it('follows the per-article path into every stage folder it runs, and not into corpus stages or tools', () => {
    expect(folders).toEqual(expect.arrayContaining(['build', 'clean', 'core', 'events', 'ingest', 'language', 'metadata', 'statements']));
    for (const f of ['pipeline/build/article-runner.ts', 'pipeline/build/process-article.ts', 'pipeline/cli/article-worker.ts', 'pipeline/types/generated.ts'])
      expect(code).toContain(f);
    for (const f of [
      'pipeline/build/code-version.ts',
      'pipeline/build/import-graph.ts',
      'pipeline/cli/gen-docs.ts',
      'pipeline/cli/build.ts',
      'pipeline/cli/eval-events.ts',
      'pipeline/events/merge-events.ts',
      'pipeline/statements/merge-statements.ts',
      'pipeline/actors/build-actors.ts',
    ])
      expect(code).not.toContain(f);
  });

  it('is stable: the same files give the same key', () => {
    expect(codeVersion(ROOT, real)).toBe(base);
  });

  it.each(folders)('changes when a file the per-article path imports from pipeline/%s changes', (folder) => {
    for (const f of code.filter((x) => folderOf(x) === folder)) expect(codeVersion(ROOT, withEdit(f)), f).not.toBe(base);
  });

  it.each([
    'reference/speech-verbs.yaml',
    'reference/event-types.yaml',
    'reference/boilerplate-lexicon.yaml',
    'reference/actors.yaml',
    'schemas/reference/speech-verbs.schema.json',
    'schemas/source-meta.schema.json',
    'package-lock.json',
  ])('changes when %s changes', (f) => {
    expect(inputs).toContain(f);
    expect(codeVersion(ROOT, withEdit(f, '\n'))).not.toBe(base);
  });

  it.each(['pipeline/cli/gen-docs.ts', 'pipeline/cli/build.ts', 'pipeline/events/merge-events.ts', 'schemas/events.schema.json', 'README.md'])(
    'does not change when %s, which the per-article path never reads, changes',
    (f) => {
      expect(real(f)).not.toBeNull();
      expect(codeVersion(ROOT, withEdit(f))).toBe(base);
    },
  );

  it('takes in a module as soon as the per-article path imports it', () => {
    const read = withEdit('pipeline/build/process-article.ts', `\nimport '../cli/gen-docs.ts';\n`);
    expect(articleInputs(ROOT, read)).toContain('pipeline/cli/gen-docs.ts');
    const both: ReadFile = (f) => (f === 'pipeline/cli/gen-docs.ts' ? real(f) + '\n// changed\n' : read(f));
    expect(codeVersion(ROOT, both)).not.toBe(codeVersion(ROOT, read));
  });
});
