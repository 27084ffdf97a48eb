/** Shared by tests: run one article through the real stage with the real reference data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleContext } from '../pipeline/build/article-runner.ts';
import { ROOT } from '../pipeline/build/corpus.ts';
import { processArticle, type ArticleResult } from '../pipeline/build/process-article.ts';
import type { CuratorMeta } from '../pipeline/types/generated.ts';
import type { EventCandidate } from '../pipeline/events/model.ts';

export function runBytes(file: string, bytes: Uint8Array | string, curator: CuratorMeta | null = null): ArticleResult {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return processArticle({ file, bytes: b, curator }, articleContext());
}

export function runRepoFile(file: string): ArticleResult {
  return runBytes(file, readFileSync(join(ROOT, file)));
}

/** An event candidate for merge tests: a confident undated, unplaced meeting unless `over` says otherwise. */
export function eventCandidate(over: Partial<EventCandidate>): EventCandidate {
  return {
    type: 'meeting',
    label: 'a meeting',
    trigger: 'meeting',
    dateStart: null,
    dateEnd: null,
    datePrecision: null,
    dateText: null,
    status: 'occurred',
    place: null,
    country: null,
    participants: [],
    evidenceStart: 0,
    evidenceEnd: 10,
    confidence: 0.8,
    ...over,
  };
}
