/**
 * Golden test of the sources stage on the seed articles: the cleaned text must equal the text put together by
 * hand from the raw lines listed in test/golden/seeds.yaml (every sentence once, no furniture), and the
 * metadata must be what each article states. Every line left out must be accounted for in the cleaning log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/build/corpus.ts';
import { runRepoFile } from './helpers.ts';

interface Golden {
  file: string;
  title: string;
  body: (number | number[])[];
  replace?: Record<string, string>;
  publisher: string | null;
  url: string | null;
  published: string | null;
  published_precision: string | null;
  author: string | null;
}

const goldens = parse(readFileSync(join(ROOT, 'test/golden/seeds.yaml'), 'utf8')) as Golden[];

function expectedText(g: Golden): string {
  const lines = readFileSync(join(ROOT, g.file), 'utf8').split('\n');
  const para = (n: number | number[]) => (Array.isArray(n) ? n : [n]).map((i) => lines[i - 1]!.trim()).join(' ');
  let text = [g.title, ...g.body.map(para)].join('\n\n');
  for (const [from, to] of Object.entries(g.replace ?? {})) text = text.split(from).join(to);
  return text;
}

describe.each(goldens)('seed $file', (g) => {
  const result = runRepoFile(g.file);
  const s = result.source!;

  it('keeps every paragraph of the article exactly once and nothing else', () => {
    expect(s.text).toBe(expectedText(g));
  });

  it('reads the metadata the text states, and leaves the rest null', () => {
    expect({
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      published: s.published,
      published_precision: s.published_precision,
      author: s.author,
      language: s.language,
    }).toEqual({
      title: g.title,
      publisher: g.publisher,
      url: g.url,
      published: g.published,
      published_precision: g.published_precision,
      author: g.author,
      language: 'en',
    });
  });

  it('logs every furniture line it dropped', () => {
    const lines = readFileSync(join(ROOT, g.file), 'utf8').split('\n');
    const kept = new Set(g.body.flat());
    const dropped = result.log.filter((r) => r.action === 'drop').map((r) => r.line);
    lines.forEach((line, i) => {
      const n = i + 1;
      if (!line.trim() || kept.has(n) || line.trim().replace(/^#\s*/, '') === g.title) return;
      expect(dropped, `line ${n} "${line.slice(0, 40)}" is neither kept nor logged`).toContain(n);
    });
  });

  it('points the body offset at the first paragraph', () => {
    expect([...s.text].slice(s.body_offset).join('')).toBe(expectedText(g).slice(g.title.length + 2));
  });
});
