/**
 * Score the event extractor on the hand-annotated gold sets in test/eval/events/ (see its README):
 * seeds (the raw/ articles through the real per-article stage), benchmark (article bodies of
 * ../shared/benchmarks/article-extraction, publication date from the URL where it has one) and hard cases.
 * Usage: npx tsx pipeline/cli/eval-events.ts [--verbose] [--set seeds|benchmark|hard]
 * A predicted candidate (at or above MIN_CONFIDENCE) matches a gold record of its document when its sentence
 * overlaps the record's evidence or more_evidence and the types are compatible (equal, or both of the family
 * meeting / talks / conference / summit, as the gold README allows). Prints, per set and in total: recall over
 * gold records that are dated and placed, overall recall, precision, date accuracy (start and end exact at the
 * gold precision; a week-precision gold date accepts any date inside it) over matched records with a gold date,
 * status, place and country accuracy over matched records, invented dates, must-not violations, and pairwise
 * merge precision/recall (merge-events over every seed's candidates, against the gold event ids).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../build/corpus.ts';
import { runArticle } from '../build/article-runner.ts';
import { loadEventReference } from '../build/load-event-reference.ts';
import { readDocument } from '../language/document.ts';
import { languageContext } from '../build/load-name-context.ts';
import { extractEvents, MIN_CONFIDENCE, type EventCandidate } from '../events/extract-events.ts';
import { mergeEvents } from '../events/merge-events.ts';
import { scoreDoc, mergeScore, emptyTally, addTally, formatTally, type Doc, type GoldRecord, type Tally } from './eval-events-score.ts';

const EVAL = join(ROOT, 'test/eval/events');
const readJsonl = <T>(f: string): T[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Publication date from a URL: /2019/11/19/, /2019-11-19/, or Al Jazeera's -YYMMDD... article code. */
export function urlDate(url: string): string | null {
  const full = /\/(20\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/.exec(url);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const code = /-(\d\d)(\d\d)(\d\d)\d{9}\.html$/.exec(url);
  return code ? `20${code[1]}-${code[2]}-${code[3]}` : null;
}

function loadDocs(): Map<string, Doc[]> {
  const sets = new Map<string, Doc[]>();
  const seeds = readJsonl<GoldRecord>(join(EVAL, 'seeds.gold.jsonl'));
  const bySeed = new Map<string, GoldRecord[]>();
  for (const r of seeds) bySeed.set(r.doc!, [...(bySeed.get(r.doc!) ?? []), r]);
  sets.set(
    'seeds',
    [...bySeed].map(([doc, gold]) => {
      const s = runArticle(join(ROOT, 'raw'), doc, null).source!;
      return { id: doc, text: s.text, published: s.published, bodyOffset: bodyOffsetUtf16(s.text, s.body_offset), gold, mustNot: [] };
    }),
  );
  const truth = JSON.parse(readFileSync(join(ROOT, '../shared/benchmarks/article-extraction/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const bench = new Map<string, GoldRecord[]>();
  for (const r of readJsonl<GoldRecord>(join(EVAL, 'benchmark.gold.jsonl'))) bench.set(r.doc!, [...(bench.get(r.doc!) ?? []), r]);
  sets.set(
    'benchmark',
    [...bench].map(([doc, gold]) => {
      const t = truth[doc.slice('benchmark:'.length)]!;
      return { id: doc, text: t.articleBody, published: urlDate(t.url), bodyOffset: 0, gold, mustNot: [] };
    }),
  );
  const hard = readJsonl<{ id: string; pub_date: string | null; text: string; events: GoldRecord[]; must_not: string[] }>(join(EVAL, 'hard-cases.jsonl'));
  sets.set(
    'hard',
    hard.map((h) => ({ id: h.id, text: h.text, published: h.pub_date, bodyOffset: 0, gold: h.events, mustNot: h.must_not })),
  );
  return sets;
}

/** body_offset counts code points; the stages index UTF-16. */
export function bodyOffsetUtf16(text: string, cp: number): number {
  return [...text].slice(0, cp).join('').length;
}

async function main() {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, set: { type: 'string' } } });
  const ref = loadEventReference();
  const lc = languageContext();
  const total = emptyTally();
  const lines: string[] = [];
  const seedArticles: { doc: Doc; candidates: EventCandidate[]; actors: (string | null)[] }[] = [];
  for (const [name, docs] of loadDocs()) {
    if (values.set && values.set !== name) continue;
    const tally = emptyTally();
    for (const doc of docs) {
      const read = readDocument({ text: doc.text, bodyOffset: doc.bodyOffset, published: doc.published }, lc);
      const mentions = read.mentions;
      const candidates = extractEvents(read, ref);
      const merged = mergeEvents(
        [{ source: doc.id, published: doc.published, candidates, actors: mentions.entities.map((e) => e.name) }],
        new Map([[doc.id, doc.text]]),
      );
      addTally(tally, scoreDoc(doc, candidates, merged.events, values.verbose ? lines : null));
      if (name === 'seeds') seedArticles.push({ doc, candidates, actors: mentions.entities.map((e) => e.name) });
    }
    if (name === 'seeds') {
      const merged = mergeEvents(
        seedArticles.map(({ doc, candidates, actors }) => ({ source: doc.id, published: doc.published, candidates, actors })),
        new Map(seedArticles.map(({ doc }) => [doc.id, doc.text])),
      );
      tally.merge = mergeScore(seedArticles, merged.events, values.verbose ? lines : null);
    }
    addTally(total, tally);
    process.stdout.write(`${formatTally(name, tally)}\n`);
  }
  process.stdout.write(
    `${formatTally('total', total as Tally)}\n(candidates at confidence >= ${MIN_CONFIDENCE}; ${values.verbose ? 'details follow' : 'run with --verbose for misses'})\n`,
  );
  if (values.verbose) process.stdout.write(`\n${lines.join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
