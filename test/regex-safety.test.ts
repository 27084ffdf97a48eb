/**
 * Every regular expression in the pipeline, literal or built from reference data, is checked by recheck for
 * catastrophic (exponential or polynomial) backtracking: the pipeline runs them on hostile text.
 */
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { join } from 'node:path';
import { listFiles, ROOT } from '../pipeline/build/corpus.ts';
import { regexLiterals } from '../pipeline/core/regex-audit.ts';
import { articleContext } from '../pipeline/build/article-runner.ts';
import { BUILT_PATTERNS } from '../pipeline/language/date-expressions.ts';

async function verdict(source: string, flags: string): Promise<string> {
  const r = await check(source, flags.replace(/[gy]/g, ''), { timeout: 20_000 });
  return r.status === 'vulnerable' ? `vulnerable (${r.complexity.type}), attack ${r.attack.pattern.slice(0, 60)}` : r.status;
}

describe('regular expressions', () => {
  it('finds the literals it audits (the scanner works)', () => {
    const found = regexLiterals(join(ROOT, 'pipeline/clean/clean-markup.ts'));
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((l) => l.source.length > 0)).toBe(true);
  });

  it('has no literal vulnerable to catastrophic backtracking', async () => {
    const files = listFiles(join(ROOT, 'pipeline')).filter((f) => f.endsWith('.ts'));
    const bad: string[] = [];
    for (const f of files) {
      for (const l of regexLiterals(join(ROOT, f))) {
        const v = await verdict(l.source, l.flags);
        if (v !== 'safe') bad.push(`${f}:${l.line}: /${l.source}/${l.flags}: ${v}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('has no vulnerable pattern built from reference data', async () => {
    const bp = articleContext().boilerplate;
    const bad: string[] = [];
    for (const [group, re] of [...bp.groups, ['teaser', bp.teaser] as [string, RegExp]]) {
      const v = await verdict(re.source, re.flags);
      if (v !== 'safe') bad.push(`${group}: ${v}`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('has no vulnerable pattern built from the grammar words', async () => {
    const bad: string[] = [];
    for (const re of BUILT_PATTERNS) {
      const v = await verdict(re.source, re.flags);
      if (v !== 'safe') bad.push(`/${re.source.slice(0, 60)}/: ${v}`);
    }
    expect(BUILT_PATTERNS.length).toBe(4);
    expect(bad).toEqual([]);
  }, 300_000);

  it('recheck does flag a known-bad pattern (the check can fail)', async () => {
    expect(await verdict('^(a+)+$', '')).toMatch(/^vulnerable/);
  });
});
