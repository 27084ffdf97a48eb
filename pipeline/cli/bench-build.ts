/**
 * Throughput and memory of the sources build, measured, never asserted in tests: makes a corpus of N distinct
 * articles from the benchmark pages (HTML and text dumps, each copy made distinct by a marker paragraph), builds
 * it from an empty cache with W worker threads, then again from the warm cache, and prints articles per second
 * and the peak resident memory of the process (workers included: they are threads of it).
 * Usage: tsx pipeline/cli/bench-build.ts [--articles N] [--jobs W]
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../build/corpus.ts';
import { build } from './build.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    dir: { type: 'string', default: join(ROOT, '../shared/benchmarks/article-extraction') },
  },
});
const n = Number(values.articles);
const jobs = Number(values.jobs);
const work = join(ROOT, 'build/bench');
rmSync(work, { recursive: true, force: true });
const raw = join(work, 'raw');
mkdirSync(raw, { recursive: true });

const pages: { ext: string; text: string }[] = [];
for (const kind of ['html', 'text']) {
  for (const f of readdirSync(join(values.dir!, kind)).sort())
    pages.push({ ext: kind === 'html' ? 'html' : 'txt', text: gunzipSync(readFileSync(join(values.dir!, kind, f))).toString('utf8') });
}
for (let i = 0; i < n; i++) {
  const p = pages[i % pages.length]!;
  const marker = p.ext === 'html' ? `<!-- copy ${i} -->` : `\ncopy ${i}\n`;
  writeFileSync(join(raw, `a${String(i).padStart(6, '0')}.${p.ext}`), p.text + marker);
}
const bytes = readdirSync(raw).reduce((s, f) => s + readFileSync(join(raw, f)).length, 0);
console.log(
  `corpus: ${n} articles (${pages.length} distinct pages, half HTML), ${(bytes / 1e6).toFixed(1)} MB; ${jobs} worker threads; ${availableParallelism()} cores`,
);

for (const label of ['cold cache', 'warm cache']) {
  const t0 = process.hrtime.bigint();
  const report = await build({ raw, out: join(work, 'output'), jobs, quiet: true, cacheDir: join(work, 'cache') });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${label}: ${report.counts.sources} sources in ${s.toFixed(1)} s = ${(n / s).toFixed(0)} articles/s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
