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
import { extractStatements, type SpeechVerbs, type StatementCandidate } from '../statements/extract-statements.ts';
import { fold, matchStatements, sameSpeaker, tokens } from './statement-scoring.ts';
import { loadNews, newMetaTally, scoreMeta, type MetaTally } from './news-corpus.ts';

/** The news corpus's test split: scored, never read (test/eval/news/README.md). */
const HELD_OUT = 'news-test';

interface Gold {
  doc: string;
  kind: StatementCandidate['kind'];
  quote: string;
  speaker: string | null;
  speaker_surface: string | null;
  attribution: string;
  note: string | null;
}
interface Doc {
  id: string;
  set: string;
  text: string;
  bodyOffset: number;
  published: string | null;
  gold: Gold[];
  mustNot: string[];
}

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

interface Tally {
  predQ: number;
  goldQ: number;
  hitQ: number;
  predI: number;
  hitPredI: number;
  goldI: number;
  hitGoldI: number;
  kindOk: number;
  kindAll: number;
  mustNot: number;
  spk: Record<string, Record<'right' | 'wrong' | 'unknown', number>>;
  nullNamed: number;
  nullAll: number;
}
const newTally = (): Tally => ({
  predQ: 0,
  goldQ: 0,
  hitQ: 0,
  predI: 0,
  hitPredI: 0,
  goldI: 0,
  hitGoldI: 0,
  kindOk: 0,
  kindAll: 0,
  mustNot: 0,
  spk: { all: { right: 0, wrong: 0, unknown: 0 }, pronoun: { right: 0, wrong: 0, unknown: 0 }, surname: { right: 0, wrong: 0, unknown: 0 } },
  nullNamed: 0,
  nullAll: 0,
});
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who']);

/** names: the entity's name; forms: every way the article writes it (surfaces, role + name), for matching. */
function score(
  doc: Doc,
  preds: StatementCandidate[],
  names: (i: number | null) => string | null,
  forms: (i: number) => string[],
  t: Tally,
  misses: string[],
): void {
  const isQ = (k: string) => k !== 'indirect';
  const { pairs, missed, used } = matchStatements(doc.gold, preds);
  for (const g of missed) misses.push(`  miss ${g.kind} [${g.speaker ?? '-'}] ${g.quote.slice(0, 110)}`);
  preds.forEach((p, k) => used.has(k) || misses.push(`  extra ${p.kind} [${names(p.speakerEntity) ?? p.speakerSurface ?? '-'}] ${p.quote.slice(0, 110)}`));
  t.predQ += preds.filter((p) => isQ(p.kind)).length;
  t.goldQ += doc.gold.filter((g) => isQ(g.kind)).length;
  t.hitQ += pairs.filter(([g]) => isQ(g.kind)).length;
  const namedPred = preds.filter((p) => p.kind === 'indirect' && p.speakerEntity !== null);
  t.predI += namedPred.length;
  t.hitPredI += namedPred.filter((p) => pairs.some(([, q]) => q === p)).length;
  t.goldI += doc.gold.filter((g) => g.kind === 'indirect' && g.speaker).length;
  t.hitGoldI += pairs.filter(([g]) => g.kind === 'indirect' && g.speaker).length;
  t.mustNot += preds.filter((p) => doc.mustNot.some((m) => fold(m) === fold(p.quote))).length;
  for (const [g, p] of pairs) {
    t.kindAll++;
    if (g.kind === p.kind) t.kindOk++;
    else if (isQ(g.kind)) misses.push(`  kind ${p.kind} for ${g.kind}: ${g.quote.slice(0, 80)}`);
    const name = names(p.speakerEntity);
    if (!g.speaker) {
      t.nullAll++;
      if (name) {
        t.nullNamed++;
        misses.push(`  named [${name}] where gold has none: ${g.quote.slice(0, 80)}`);
      }
      continue;
    }
    const written = [...forms(p.speakerEntity!), ...(p.speakerRole ? [`${p.speakerRole} ${name}`] : [])];
    const verdict = name === null ? 'unknown' : written.some((f) => sameSpeaker(f, g.speaker!)) ? 'right' : 'wrong';
    const surface = g.speaker_surface ?? '';
    const subsets = [
      'all',
      ...(g.attribution === 'pronoun' || PRONOUNS.has(surface.toLowerCase()) ? ['pronoun'] : []),
      ...(/^\S+$/.test(surface) && !PRONOUNS.has(surface.toLowerCase()) && tokens(g.speaker).length > 1 ? ['surname'] : []),
    ];
    for (const s of subsets) t.spk[s]![verdict]++;
    if (verdict !== 'right')
      misses.push(`  speaker ${verdict}: [${name ?? p.speakerSurface ?? '-'}] for [${g.speaker}] ${g.attribution}: ${g.quote.slice(0, 70)}`);
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1).padStart(5) : '    -');
function report(name: string, t: Tally): void {
  const p = t.predQ ? t.hitQ / t.predQ : 0;
  const r = t.goldQ ? t.hitQ / t.goldQ : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const spk = (s: string) => {
    const x = t.spk[s]!;
    const n = x.right + x.wrong + x.unknown;
    return `right ${pct(x.right, n)}  wrong ${pct(x.wrong, n)}  unknown ${pct(x.unknown, n)}  (n=${n})`;
  };
  console.log(`\n${name}`);
  console.log(
    `  direct+partial      P ${pct(t.hitQ, t.predQ)}  R ${pct(t.hitQ, t.goldQ)}  F1 ${(100 * f1).toFixed(1).padStart(5)}   (pred ${t.predQ}, gold ${t.goldQ}, hit ${t.hitQ})`,
  );
  console.log(`  indirect, named     P ${pct(t.hitPredI, t.predI)}  R ${pct(t.hitGoldI, t.goldI)}   (pred ${t.predI}, gold ${t.goldI})`);
  console.log(`  speaker             ${spk('all')}`);
  console.log(`    pronoun           ${spk('pronoun')}`);
  console.log(`    surname only      ${spk('surname')}`);
  console.log(`  named where gold has no speaker ${t.nullNamed} of ${t.nullAll}; kind right ${pct(t.kindOk, t.kindAll)}; must-not output ${t.mustNot}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, set: { type: 'string' } } });
  const lc = languageContext();
  const verbs = parse(readFileSync(join(ROOT, 'reference/speech-verbs.yaml'), 'utf8')) as SpeechVerbs;
  const tallies = new Map<string, Tally>();
  const total = newTally();
  for (const doc of loadDocs().filter((d) => !values.set || d.set === values.set)) {
    const held = doc.set === HELD_OUT;
    const read = readDocument({ text: doc.text, bodyOffset: doc.bodyOffset, published: doc.published }, lc);
    const { mentions } = read;
    const preds = extractStatements(read, verbs);
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
  for (const [name, t] of tallies) report(name, t);
  report('total (seeds, benchmark, hard)', total);
  for (const [split, m] of meta) {
    console.log(
      `\nnews-${split} metadata  title right ${pct(m.titleRight, m.titled)} (${m.titleRight} of ${m.titled} stated)   publication date right ${pct(m.dateRight, m.dated)} (${m.dateRight} of ${m.dated} stated); read where none is stated ${m.dateInvented} of ${m.undated}`,
    );
  }
}

await main();
