/** Outputs are written atomically: a failure while writing leaves every previous output as it was. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAllAtomic, writeFileAtomic } from '../pipeline/build/atomic.ts';
import { ROOT } from '../pipeline/build/corpus.ts';

mkdirSync(join(ROOT, 'build'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'build', 'atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic writes', () => {
  it('replaces a file whole', () => {
    const f = join(dir, 'a.txt');
    writeFileAtomic(f, 'old');
    writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(readdirSync(dir).filter((x) => x.endsWith('.tmp'))).toEqual([]);
  });

  it('renames nothing when one file of the set cannot be written, and leaves no temporary files', () => {
    const a = join(dir, 'one.jsonl');
    writeFileSync(a, 'previous one\n');
    writeFileSync(join(dir, 'blocker'), 'a file where a folder is needed');
    const b = join(dir, 'blocker', 'two.jsonl');
    expect(() =>
      writeAllAtomic(
        new Map([
          [a, 'new one\n'],
          [b, 'new two\n'],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(a, 'utf8')).toBe('previous one\n');
    expect(readdirSync(dir).filter((x) => x.endsWith('.tmp'))).toEqual([]);
  });
});
