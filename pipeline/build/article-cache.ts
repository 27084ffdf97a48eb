/**
 * Per-article results cached under a hash of the article's bytes, its sidecar, its path and the code and
 * reference data that made them (code-version.ts), so a rebuild redoes only what changed. Entries are
 * written atomically; a corrupt entry is a cache miss, never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, resolveRaw } from './corpus.ts';
import { writeFileAtomic } from './atomic.ts';
import type { ArticleResult } from './process-article.ts';

export const CACHE_DIR = join(ROOT, 'build/cache/articles');

export interface Job { rawDir: string; file: string; sidecar: string | null; key: string; cacheDir: string }

export function cacheKey(version: string, rawDir: string, file: string, sidecar: string | null): string {
  const h = createHash('sha256').update(version).update('\0').update(file).update('\0').update(readFileSync(resolveRaw(rawDir, file)));
  if (sidecar) h.update('\0sidecar\0').update(readFileSync(resolveRaw(rawDir, sidecar)));
  return h.digest('hex');
}

const pathOf = (cacheDir: string, key: string) => join(cacheDir, key.slice(0, 2), `${key}.json`);

export const isCached = (cacheDir: string, key: string) => existsSync(pathOf(cacheDir, key));

export function readCached(cacheDir: string, key: string): ArticleResult | null {
  const p = pathOf(cacheDir, key);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as ArticleResult;
  } catch {
    return null;
  }
}

export function writeCached(cacheDir: string, key: string, result: ArticleResult): void {
  writeFileAtomic(pathOf(cacheDir, key), JSON.stringify(result));
}
