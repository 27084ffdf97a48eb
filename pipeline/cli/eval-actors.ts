/**
 * Evaluate mention detection and actor clustering against the hand-annotated set in test/eval/actors/:
 * person mention precision and recall (exact span), the same for every type, and the pairwise precision and
 * recall of clustering person mentions into actors (within each hard case; across all seed articles).
 * Usage: tsx pipeline/cli/eval-actors.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../build/corpus.ts';
import { runArticle } from '../build/article-runner.ts';
import { languageContext } from '../build/load-name-context.ts';
import { readDocument } from '../language/document.ts';
import { clusterActors, type ArticleEntities } from '../actors/cluster-actors.ts';
import type { ArticleMentions } from '../language/mention-types.ts';

interface GoldMention {
  surface: string;
  occurrence: number;
  type: string;
  actor: string;
}
interface Doc {
  id: string;
  text: string;
  bodyOffset: number;
  gold: GoldMention[];
  mustNot: string[];
}

const readJsonl = <T>(f: string): T[] =>
  readFileSync(join(ROOT, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

function nth(text: string, surface: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf(surface, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

export function loadDocs(): { seeds: Doc[]; hard: Doc[] } {
  const seedGold = readJsonl<GoldMention & { doc: string }>('test/eval/actors/seeds.gold.jsonl');
  const seeds = [...new Set(seedGold.map((g) => g.doc))].map((doc) => {
    const s = runArticle(join(ROOT, 'raw'), doc, null).source!;
    return { id: doc, text: s.text, bodyOffset: s.body_offset, gold: seedGold.filter((g) => g.doc === doc), mustNot: [] };
  });
  const hard = readJsonl<{ id: string; text: string; mentions: GoldMention[]; must_not: string[] }>('test/eval/actors/hard-cases.jsonl').map((h) => ({
    id: h.id,
    text: h.text,
    bodyOffset: 0,
    gold: h.mentions,
    mustNot: h.must_not,
  }));
  return { seeds, hard };
}

export function mentionsOf(doc: Doc): ArticleMentions {
  const lc = languageContext();
  return readDocument({ text: doc.text, bodyOffset: doc.bodyOffset, published: null }, lc).mentions;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}
const prf = (c: Counts) => ({ p: c.tp / (c.tp + c.fp || 1), r: c.tp / (c.tp + c.fn || 1) });

function scoreMentions(docs: Doc[], results: ArticleMentions[], types: string[] | null): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, misses: [] };
  docs.forEach((doc, k) => {
    const gold = new Set(
      doc.gold
        .filter((g) => !types || types.includes(g.type))
        .map((g) => {
          const at = nth(doc.text, g.surface, g.occurrence);
          return `${at}:${at + g.surface.length}${types ? '' : ':' + g.type}`;
        }),
    );
    // Institutions described in lower case ("the Russian foreign ministry") are outside the annotation's
    // definition of a named mention (test/eval/actors/README.md), so they are not scored here.
    const pred = new Map(
      results[k]!.mentions.filter((m) => m.cue !== 'institution' && (!types || types.includes(m.type))).map((m) => [
        `${m.start}:${m.end}${types ? '' : ':' + m.type}`,
        m,
      ]),
    );
    for (const g of gold)
      if (pred.has(g)) c.tp++;
      else {
        c.fn++;
        c.misses.push(`${doc.id} MISS ${g} "${doc.text.slice(+g.split(':')[0]!, +g.split(':')[1]!)}"`);
      }
    for (const [p, m] of pred)
      if (!gold.has(p)) {
        c.fp++;
        c.misses.push(`${doc.id} FALSE ${p} "${m.surface}" (${m.type}, ${m.cue})`);
      }
  });
  return c;
}

/** Pairwise clustering scores over gold person mentions that the system also found. */
function scorePairs(items: { gold: string; pred: string }[]): { p: number; r: number; pairs: number } {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const g = items[i]!.gold === items[j]!.gold,
        p = items[i]!.pred === items[j]!.pred;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  return { p: tp / (tp + fp || 1), r: tp / (tp + fn || 1), pairs: tp + fn };
}

function clusterItems(docs: Doc[], results: ArticleMentions[], actorOf: (k: number, entity: number) => string): { gold: string; pred: string }[] {
  const items: { gold: string; pred: string }[] = [];
  docs.forEach((doc, k) => {
    for (const g of doc.gold.filter((x) => x.type === 'person')) {
      const at = nth(doc.text, g.surface, g.occurrence);
      const m = results[k]!.mentions.find((x) => x.start === at && x.end === at + g.surface.length && x.type === 'person');
      if (m) items.push({ gold: `${doc.id.startsWith('hc-') ? doc.id : ''}|${g.actor}`, pred: actorOf(k, m.entity) });
    }
  });
  return items;
}

/**
 * A held-out check on real articles nobody tuned on: the speakers named in the statements benchmark set
 * (annotated separately, for another task). Recall: how many of those names come out as a mention (any type),
 * and as a person or organisation.
 */
function heldOut(): { names: number; found: number; typed: number; misses: string[] } {
  const file = join(ROOT, '../shared/benchmarks/article-extraction/ground-truth.json');
  const truth = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>;
  const gold = readJsonl<{ doc: string; speaker: string | null; speaker_surface: string | null }>('test/eval/statements/benchmark.gold.jsonl')
    // Names only: descriptions ("Bolivia's public defender's office", "Another") are not names to find.
    .filter(
      (g) =>
        g.speaker &&
        g.speaker_surface &&
        /^\p{Lu}/u.test(g.speaker_surface) &&
        g.speaker_surface.split(' ').every((w) => /^[\p{Lu}(]/u.test(w) || ['al', 'bin', 'de', 'van', 'der', 'la', 'von'].includes(w)) &&
        !/^(?:He|She|They|It|The|A|An|His|Her|Its|Their|This|That|These|Those|One|Two|Three|Another)\b/.test(g.speaker_surface),
    );
  const cache = new Map<string, ArticleMentions>();
  const out = { names: 0, found: 0, typed: 0, misses: [] as string[] };
  for (const g of gold) {
    const text = truth[g.doc.replace('benchmark:', '')]?.articleBody;
    if (!text || !text.includes(g.speaker_surface!)) continue;
    if (!cache.has(g.doc)) cache.set(g.doc, mentionsOf({ id: g.doc, text, bodyOffset: 0, gold: [], mustNot: [] }));
    // A title written before the name ("Governor Kristi Noem") is the mention's role, not its surface.
    const ms = cache
      .get(g.doc)!
      .mentions.filter((m) => m.surface === g.speaker_surface || (m.surface.includes(' ') && g.speaker_surface!.endsWith(` ${m.surface}`)));
    out.names++;
    if (ms.length) out.found++;
    if (ms.some((m) => m.type === 'person' || m.type === 'organization')) out.typed++;
    else out.misses.push(`${g.doc.slice(0, 22)} "${g.speaker_surface}"${ms.length ? ` (${ms[0]!.type})` : ''}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
  const { seeds, hard } = loadDocs();
  const fmt = (x: number) => x.toFixed(3);
  const all: Counts[] = [];
  for (const [label, docs] of [
    ['seeds', seeds],
    ['hard cases', hard],
  ] as const) {
    const results = docs.map(mentionsOf);
    const person = scoreMentions(docs, results, ['person']);
    const typed = scoreMentions(docs, results, null);
    all.push(person);
    console.log(
      `${label.padEnd(10)} person mentions P ${fmt(prf(person).p)} R ${fmt(prf(person).r)} (${person.tp + person.fn} gold)   all types (span+type) P ${fmt(prf(typed).p)} R ${fmt(prf(typed).r)} (${typed.tp + typed.fn} gold)`,
    );
    const articles: ArticleEntities[] = results.map((r, k) => ({ sourceId: docs[k]!.id, entities: r.entities, mentions: r.mentions }));
    const clustered = label === 'seeds' ? clusterActors(articles) : null;
    const actorOf = (k: number, e: number) => (clustered ? clustered.actorOf(k, e) : `${docs[k]!.id}#${e}`);
    const pairs = scorePairs(clusterItems(docs, results, actorOf));
    console.log(`${''.padEnd(10)} clustering (pairwise, person mentions) P ${fmt(pairs.p)} R ${fmt(pairs.r)} (${pairs.pairs} gold pairs)`);
    if (values.verbose) for (const m of [...person.misses, ...typed.misses.filter((x) => !person.misses.includes(x))]) console.log('   ', m);
  }
  const sum = all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, misses: [] }), { tp: 0, fp: 0, fn: 0, misses: [] });
  console.log(`total      person mentions P ${fmt(prf(sum).p)} R ${fmt(prf(sum).r)}`);
  const h = heldOut();
  console.log(
    `held out   speakers named in the statements benchmark set (25 real articles): ${h.names} names, found as a mention ${fmt(h.found / h.names)}, as a person or organisation ${fmt(h.typed / h.names)}`,
  );
  if (values.verbose) for (const m of h.misses) console.log('   ', m);
}
