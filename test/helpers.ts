/** Shared by tests: run one article through the real stage with the real reference data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleContext } from '../pipeline/build/article-runner.ts';
import { ROOT } from '../pipeline/build/corpus.ts';
import { processArticle, type ArticleResult } from '../pipeline/build/process-article.ts';
import type { CuratorMeta } from '../pipeline/types/generated.ts';

export function runBytes(file: string, bytes: Uint8Array | string, curator: CuratorMeta | null = null): ArticleResult {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return processArticle({ file, bytes: b, curator }, articleContext());
}

export function runRepoFile(file: string): ArticleResult {
  return runBytes(file, readFileSync(join(ROOT, file)));
}
