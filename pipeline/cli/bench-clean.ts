/**
 * Score the two cleaners on the article-extraction benchmark (../shared/benchmarks/article-extraction): the
 * saved HTML pages through the HTML path, the flattened text dumps through the plain-text path, each page run
 * through the whole per-article stage exactly as `make` runs it. Prints precision, recall and F1 (the
 * benchmark's own metric: 4-token shingles, per-page means) and pages per second.
 * The title is not part of the benchmark's truth, so the body (text from body_offset) is what is scored.
 * Usage: tsx pipeline/cli/bench-clean.ts [--dir DIR] [--worst N]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../build/corpus.ts';
import { articleContext } from '../build/article-runner.ts';
import { scorePage, summarise, type PageScore } from '../clean/shingle-score.ts';
import { processArticle } from '../build/process-article.ts';

type Kind = 'html' | 'text';

export function bodyOf(file: string, bytes: Uint8Array): string {
  const r = processArticle({ file, bytes, curator: null }, articleContext());
  return r.source ? [...r.source.text].slice(r.source.body_offset).join('') : '';
}

export function benchmark(dir: string, kind: Kind): { scores: (PageScore & { id: string })[]; seconds: number } {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ext = kind === 'html' ? '.html.gz' : '.txt.gz';
  const files = readdirSync(join(dir, kind))
    .filter((f) => f.endsWith(ext))
    .sort();
  const pages = files.map((f) => ({ id: f.slice(0, -ext.length), bytes: gunzipSync(readFileSync(join(dir, kind, f))) }));
  articleContext();
  const t0 = process.hrtime.bigint();
  const bodies = pages.map((p) => bodyOf(`raw/${p.id}${kind === 'html' ? '.html' : '.txt'}`, p.bytes));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const scores = pages.map((p, i) => ({ id: p.id, ...scorePage(bodies[i]!, truth[p.id]?.articleBody ?? '') }));
  return { scores, seconds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: join(ROOT, '../shared/benchmarks/article-extraction') }, worst: { type: 'string', default: '0' } },
  });
  const dir = values.dir!;
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    console.error(`${dir}: no ground-truth.json; pass --dir to the article-extraction benchmark`);
    process.exit(2);
  }
  for (const kind of ['html', 'text'] as Kind[]) {
    const { scores, seconds } = benchmark(dir, kind);
    const s = summarise(scores);
    console.log(
      `${kind.padEnd(4)}  pages ${s.pages}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${(s.pages / seconds).toFixed(1)} pages/s on one thread)`,
    );
    const worst = Number(values.worst);
    if (worst > 0) {
      for (const p of [...scores].sort((a, b) => a.precision + a.recall - b.precision - b.recall).slice(0, worst)) {
        console.log(`  ${p.id.slice(0, 12)}  P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}`);
      }
    }
  }
}
