/**
 * Score the statement extractor against the hand-annotated gold sets in test/eval/statements/ (README there):
 * seeds (the raw/ articles, cleaned by the real per-article stage), benchmark (bodies of the article-extraction
 * benchmark: no title, no date) and hard cases (texts in the records; a first paragraph without a final stop is
 * their headline). Each text is split into sentences and read by find-mentions as the pipeline does.
 * Matching, within a document (statement-scoring.ts): direct and partial by equal quote strings once folded (quote
 * marks, case, spaces); indirect also when one contains the other (3+ words) or their words overlap by 80% both ways.
 * Figures: direct+partial P/R/F1 (kind-blind); indirect with a named speaker: P over predictions with an entity,
 * R over gold records with a speaker; speaker right/wrong/unknown over matched gold records that have a speaker
 * (right: the entity's name, a surface or role + name equals the gold name once folded, or shares its last word
 * with a compatible given name), also for pronoun and surname-only gold speakers; named predictions where gold
 * has none; kind accuracy; must-not strings output. --verbose lists every miss. Usage:
 * The news corpus (test/eval/news) adds news-dev and news-test, with title and publication-date accuracy; the
 * misses of news-test are never printed, even with --verbose.
 *   npx tsx pipeline/cli/eval-statements.ts [--verbose] [--set=seeds|benchmark|hard|news-dev|news-test]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ROOT } from '../build/corpus.ts';
import { runArticle } from '../build/article-runner.ts';
import { languageContext } from '../build/load-name-context.ts';
import { readDocument } from '../language/document.ts';
import { extractStatements, type SpeechVerbs } from '../statements/extract-statements.ts';
import { breaches, reportBreaches } from './eval-floors.ts';
import { newTally, report, score, type Doc, type Gold, type Tally } from './statement-tally.ts';
import { byPieces } from './statement-scoring.ts';
import { loadNews, metaFigures, newMetaTally, scoreMeta, type MetaTally } from './news-corpus.ts';

/** The news corpus's test split: scored, never read (test/eval/news/README.md). */
const HELD_OUT = 'news-test';

const EVAL = join(ROOT, 'test/eval/statements');
const readJsonl = <T>(f: string): T[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  const byDoc = (gold: Gold[]) => {
    const m = new Map<string, Gold[]>();
    for (const g of gold) m.set(g.doc, [...(m.get(g.doc) ?? []), g]);
    return m;
  };
  for (const [doc, gold] of byDoc(readJsonl<Gold>(join(EVAL, 'seeds.gold.jsonl')))) {
    const source = runArticle(join(ROOT, 'raw'), doc, null).source!;
    docs.push({ id: doc, set: 'seeds', text: source.text, bodyOffset: source.body_offset, published: source.published, gold, mustNot: [] });
  }
  const truth = JSON.parse(readFileSync(join(ROOT, '../shared/benchmarks/article-extraction/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  for (const [doc, gold] of byDoc(readJsonl<Gold>(join(EVAL, 'benchmark.gold.jsonl')))) {
    docs.push({ id: doc, set: 'benchmark', text: truth[doc.replace(/^benchmark:/, '')]!.articleBody, bodyOffset: 0, published: null, gold, mustNot: [] });
  }
  for (const hc of readJsonl<{ id: string; text: string; statements: Gold[]; must_not?: string[] }>(join(EVAL, 'hard-cases.jsonl'))) {
    // A hard case has no title field: a first paragraph without a sentence-final mark is its headline.
    const first = hc.text.split('\n\n')[0]!;
    const titled = hc.text.includes('\n\n') && !/[.!?]["”’]?$/.test(first);
    docs.push({
      id: hc.id,
      set: 'hard',
      text: hc.text,
      bodyOffset: titled ? first.length + 2 : 0,
      published: null,
      gold: hc.statements.map((s) => ({ ...s, doc: hc.id })),
      mustNot: hc.must_not ?? [],
    });
  }
  // The news corpus (test/eval/news): each text through the real per-article stage, as an article in raw/.
  for (const n of loadNews()) {
    const s = n.source;
    docs.push({
      id: `news:${n.id}`,
      set: `news-${n.split}`,
      text: s.text,
      bodyOffset: s.body_offset,
      published: s.published,
      goldPublished: n.gold.published,
      gold: n.gold.statements.map((g) => ({ ...g, doc: n.id })),
      mustNot: n.gold.must_not ?? [],
    });
    if (!meta.has(n.split)) meta.set(n.split, newMetaTally());
    scoreMeta(n, meta.get(n.split)!);
  }
  return docs;
}

/** Title and publication date of the news corpus, per split. */
const meta = new Map<string, MetaTally>();

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, set: { type: 'string' } } });
  const lc = languageContext();
  const verbs = parse(readFileSync(join(ROOT, 'reference/speech-verbs.yaml'), 'utf8')) as SpeechVerbs;
  const tallies = new Map<string, Tally>();
  const total = newTally();
  for (const doc of loadDocs().filter((d) => !values.set || d.set === values.set)) {
    const held = doc.set === HELD_OUT;
    const read = readDocument({ text: doc.text, bodyOffset: doc.bodyOffset, published: doc.published }, lc);
    const { mentions } = read;
    const preds = byPieces(extractStatements(read, verbs));
    const names = (i: number | null) => (i === null ? null : (mentions.entities[i]?.name ?? null));
    const forms = (i: number) => {
      const e = mentions.entities[i];
      return e ? [e.name, ...e.surfaces, ...e.roles.map((r) => `${r} ${e.name}`)] : [];
    };
    const misses: string[] = [];
    if (!tallies.has(doc.set)) tallies.set(doc.set, newTally());
    score(doc, preds, names, forms, tallies.get(doc.set)!, misses);
    // The total is over the sets the rules were written against, as before the news corpus existed.
    if (!doc.set.startsWith('news-')) score(doc, preds, names, forms, total, []);
    // The held-out split is only ever scored: its misses are never printed.
    if (values.verbose && misses.length && !held) console.log(`\n${doc.id}\n${misses.join('\n')}`);
  }
  const failed: string[] = [];
  for (const [name, t] of tallies) failed.push(...breaches('statements', name, report(name, t)));
  failed.push(...breaches('statements', 'total', report('total (seeds, benchmark, hard)', total)));
  for (const [split, m] of meta) failed.push(...breaches('metadata', `news-${split}`, metaFigures(`news-${split}`, m)));
  return values.set ? 0 : reportBreaches(failed);
}

process.exitCode = await main();
