/**
 * The corpus build end to end on a corpus made in a temporary folder: bad files are refused with a message that
 * names them and the rest still builds; every raw file is accounted for; reruns give the same bytes; outputs
 * are validated; the worker-thread path gives the same result as the in-process path.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { build } from '../pipeline/cli/build.ts';
import { ROOT } from '../pipeline/build/corpus.ts';
import { formatMessage } from '../pipeline/core/message.ts';
import { validateFile } from '../pipeline/cli/validate.ts';
import { validator } from '../pipeline/core/schemas.ts';

mkdirSync(join(ROOT, 'build'), { recursive: true });
const tmp = mkdtempSync(join(ROOT, 'build', 'test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const para = (n: number) =>
  `Paragraph ${n} says the delegations met in Doha on Tuesday and agreed to meet again, officials from both sides told reporters after the talks.`;
// Titles share words with the paragraphs (delegations, Doha), as a headline shares its lede's subject.
const article = (title: string, n = 3) => `${title}\n\n${Array.from({ length: n }, (_, i) => para(i)).join('\n\n')}\n`;

function corpus(name: string, files: Record<string, string | Uint8Array>): string {
  const raw = join(tmp, name, 'raw');
  mkdirSync(raw, { recursive: true });
  for (const [f, data] of Object.entries(files)) {
    mkdirSync(join(raw, f, '..'), { recursive: true });
    writeFileSync(join(raw, f), data);
  }
  return raw;
}

const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('build on a mixed corpus', () => {
  const raw = corpus('mixed', {
    'a-good.txt': article('Good Delegations Doha Title'),
    'b-empty.txt': '',
    'c-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    'd-cp1252.txt': iconv.encode(article('“Quoted” Delegations in Doha – Here'), 'windows-1252'),
    'e-copy.txt': article('Good Delegations Doha Title'),
    'f-page.pdf': '%PDF-1.4',
    'g-sidecar.txt': article('Another Delegations Doha Title'),
    'g-sidecar.txt.meta.yaml': 'publisher: Example Wire\npublished: 2019-05-28\nreason: test\n',
    'h-broken-sidecar.txt': article('Third Delegations Doha Title'),
    'h-broken-sidecar.txt.meta.yaml': 'published: yesterday\n',
    'orphan.txt.meta.yaml': 'publisher: Nobody\n',
    'sub/i-nested.md': article('# Nested Markdown Title'),
  });
  const out = join(tmp, 'mixed', 'output');
  const cacheDir = join(tmp, 'mixed', 'cache');

  it('builds the good files, refuses the bad ones by name, and accounts for every file', async () => {
    const report = await build({ raw, out, jobs: 1, quiet: true, cacheDir });
    expect(report.files).toEqual([
      { file: 'raw/a-good.txt', status: 'source', source_id: expect.stringMatching(/^src-/) },
      { file: 'raw/b-empty.txt', status: 'refused', source_id: null },
      { file: 'raw/c-binary.txt', status: 'refused', source_id: null },
      { file: 'raw/d-cp1252.txt', status: 'source', source_id: expect.stringMatching(/^src-/) },
      { file: 'raw/e-copy.txt', status: 'duplicate', source_id: report.files[0]!.source_id },
      { file: 'raw/f-page.pdf', status: 'refused', source_id: null },
      { file: 'raw/g-sidecar.txt', status: 'source', source_id: expect.stringMatching(/^src-/) },
      { file: 'raw/h-broken-sidecar.txt', status: 'source', source_id: expect.stringMatching(/^src-/) },
      { file: 'raw/sub/i-nested.md', status: 'source', source_id: expect.stringMatching(/^src-/) },
    ]);
    const lines = report.messages.filter((m) => m.severity === 'error').map(formatMessage);
    expect(lines).toEqual([
      'raw/b-empty.txt:1: error: Empty file, expected the text of an article [ingest:empty-file]',
      'raw/c-binary.txt:1: error: Binary content (a NUL byte at offset 4), expected text or HTML [ingest:binary-file]',
      'raw/f-page.pdf: error: Unsupported file type, expected .txt, .md, .html or .htm [ingest:unsupported-type]',
      expect.stringMatching(/^raw\/h-broken-sidecar\.txt\.meta\.yaml:1:\d+: error: Sidecar ignored: \/published: expected an ISO 8601 date/),
    ]);
    expect(report.messages.map((m) => `${m.file} ${m.ruleId}`)).toContain('raw/orphan.txt.meta.yaml orphan-sidecar');
    expect(report.messages.map((m) => `${m.file} ${m.ruleId}`)).toContain('raw/e-copy.txt duplicate-file');
    expect(report.counts).toMatchObject({ raw_files: 9, sources: 5, refused: 3, duplicates: 1, errors: 4 });
    expect(report.message_counts.filter((c) => c.source === 'ingest' || c.source === 'curator')).toEqual([
      { source: 'curator', ruleId: 'bad-field', severity: 'error', count: 1 },
      { source: 'ingest', ruleId: 'binary-file', severity: 'error', count: 1 },
      { source: 'ingest', ruleId: 'duplicate-file', severity: 'warning', count: 1 },
      { source: 'ingest', ruleId: 'empty-file', severity: 'error', count: 1 },
      { source: 'ingest', ruleId: 'orphan-sidecar', severity: 'warning', count: 1 },
      { source: 'ingest', ruleId: 'unsupported-type', severity: 'error', count: 1 },
    ]);
    // Every message is counted once, under its own rule.
    expect(report.message_counts.reduce((n, c) => n + c.count, 0)).toBe(report.messages.length);
  });

  it('writes records that pass the schemas, in path order', () => {
    for (const f of ['sources.jsonl', 'sources.csv', 'cleaning-log.jsonl', 'cleaning-log.csv', 'event-merges.jsonl', 'event-merges.csv'])
      expect(validateFile(join(out, f), f.replace(/\.(jsonl|csv)$/, ''))).toEqual([]);
    const usage = JSON.parse(readFileSync(join(out, 'reference-usage.json'), 'utf8'));
    expect(validator('reference-usage')(usage)).toBe(true);
    expect(usage.sources).toBe(5);
    const sources = readFileSync(join(out, 'sources.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sources.map((s) => s.file)).toEqual(['raw/a-good.txt', 'raw/d-cp1252.txt', 'raw/g-sidecar.txt', 'raw/h-broken-sidecar.txt', 'raw/sub/i-nested.md']);
    expect(sources[1]).toMatchObject({ title: '“Quoted” Delegations in Doha – Here', encoding: 'windows-1252' });
    expect(sources[2]).toMatchObject({ publisher: 'Example Wire', publisher_origin: 'curator', published: '2019-05-28' });
    expect(sources[3]).toMatchObject({ published: null, published_origin: null });
    expect(sources[4]).toMatchObject({ title: 'Nested Markdown Title' });
  });

  it('gives the same bytes on a rerun, from the cache and from scratch', async () => {
    const first = read(out);
    await build({ raw, out, jobs: 1, quiet: true, cacheDir });
    expect(read(out)).toEqual(first);
    await build({ raw, out, jobs: 1, quiet: true, cacheDir: join(tmp, 'mixed', 'cache-2') });
    expect(read(out)).toEqual(first);
  });
});

describe('worker threads', () => {
  it('process a larger corpus to the same output as the main thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`w${String(i).padStart(2, '0')}.txt`] = article(`Worker Delegations Doha Number ${i}`, 2 + (i % 3));
    const rawA = corpus('workers-a', files);
    const rawB = corpus('workers-b', files);
    // Separate caches, so each build really runs every article: one in two workers, one in the main thread.
    const a = await build({ raw: rawA, out: join(tmp, 'workers-a', 'output'), jobs: 2, quiet: true, cacheDir: join(tmp, 'workers-a', 'cache') });
    await build({ raw: rawB, out: join(tmp, 'workers-b', 'output'), jobs: 1, quiet: true, cacheDir: join(tmp, 'workers-b', 'cache') });
    expect(a.counts.sources).toBe(40);
    expect(read(join(tmp, 'workers-a', 'output'))).toEqual(read(join(tmp, 'workers-b', 'output')));
  });
});
