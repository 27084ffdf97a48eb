/**
 * The code and data a per-article result depends on, hashed into every cache key (article-cache.ts): the modules
 * the per-article path imports, followed from its entry modules (import-graph.ts), the reference data and schemas
 * it reads, and the lockfile. Not every file in pipeline/: changing a corpus stage or a command-line tool redoes
 * no article. Kept apart from corpus.ts so that workers, which import corpus.ts, never load the TypeScript parser.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, ROOT } from './corpus.ts';
import { importGraph, type ReadFile } from './import-graph.ts';

/** The modules the per-article path runs: article-runner in the main thread, article-worker in a worker thread. */
export const ARTICLE_ENTRIES = ['pipeline/build/article-runner.ts', 'pipeline/cli/article-worker.ts'];

/** The data the per-article path reads besides code: every reference file, the schemas it validates reference files
 * and sidecars with, and the lockfile, which stands for every package the code imports. */
export const ARTICLE_DATA = { dirs: ['reference', 'schemas/reference'], files: ['schemas/source-meta.schema.json', 'package-lock.json'] };

/** Reads repo-relative files under `root` from disk. */
export const diskReader = (root = ROOT): ReadFile => (file) => {
  const p = join(root, file);
  return statSync(p, { throwIfNoEntry: false })?.isFile() ? readFileSync(p, 'utf8') : null;
};

/** The files a per-article result depends on besides the article itself: the per-article import graph and its data. */
export function articleInputs(root = ROOT, read: ReadFile = diskReader(root)): string[] {
  const data = ARTICLE_DATA.dirs.flatMap((d) => (existsSync(join(root, d)) ? listFiles(join(root, d), root) : []));
  return [...importGraph(ARTICLE_ENTRIES, read), ...data, ...ARTICLE_DATA.files];
}

/** Hash of everything a per-article result depends on besides the article itself (part of every cache key). */
export function codeVersion(root = ROOT, read: ReadFile = diskReader(root)): string {
  const h = createHash('sha256');
  for (const f of articleInputs(root, read)) {
    const text = read(f);
    if (text !== null) h.update(f).update('\0').update(text).update('\0');
  }
  return h.digest('hex');
}
