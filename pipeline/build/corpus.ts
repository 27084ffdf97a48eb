/**
 * The corpus on disk: which files in raw/ are articles and which are curators' sidecars.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
export const SIDECAR_SUFFIX = '.meta.yaml';

/** Every file under dir, relative to `base` (the repo by default), sorted by code unit, not by locale. */
export function listFiles(dir: string, base = ROOT): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else if (entry.isFile()) out.push(relative(base, p));
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Articles and sidecars are named `raw/...` in records, whatever folder holds the corpus. */
export interface CorpusFiles { rawDir: string; articles: string[]; sidecars: Map<string, string>; orphans: string[] }

/** The file on disk behind a `raw/...` name. */
export const resolveRaw = (rawDir: string, file: string) => join(rawDir, file.replace(/^raw\//, ''));

export function corpusFiles(rawDir = join(ROOT, 'raw')): CorpusFiles {
  const all = listFiles(rawDir, rawDir).map((f) => `raw/${f}`);
  const sidecarSet = new Set(all.filter((f) => f.endsWith(SIDECAR_SUFFIX)));
  const articles = all.filter((f) => !sidecarSet.has(f));
  const sidecars = new Map<string, string>();
  const orphans: string[] = [];
  for (const s of sidecarSet) {
    const article = s.slice(0, -SIDECAR_SUFFIX.length);
    if (articles.includes(article)) sidecars.set(article, s);
    else orphans.push(s);
  }
  return { rawDir, articles, sidecars, orphans };
}
