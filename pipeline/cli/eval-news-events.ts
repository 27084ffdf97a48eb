/**
 * Score the event extractor on the news corpus (test/eval/news) against its hand-annotated events gold
 * (test/eval/news/events/<id>.json, README there), per split: news-dev (may be read and tuned on) and news-test
 * (held out: scored, never read; its misses are not printed, even with --verbose).
 * Input: every annotated text through the real per-article stage (news-corpus.ts), read and extracted as
 * eval-events.ts does (readDocument, extractEvents, mergeEvents per article). Matching, dates, status, places,
 * invented dates and must-not phrases are eval-events-score.ts's; the gold becomes its records in
 * news-events-score.ts. Output, per split: eval-events' figures; participant precision and recall over matched
 * events and role accuracy over matched participants; recall per gold type; pairwise merge precision and recall
 * (mergeEvents over every text of the split at once, against the gold world_id; "across sources only" is the
 * cross-article figure). Every figure with a floor in test/eval/floors.json ("events") is checked; a breach exits 1.
 * Usage: npx tsx pipeline/cli/eval-news-events.ts [--verbose] [--set news-dev|news-test]
 *   --verbose lists, for news-dev only, misses, false events, wrong dates, places and statuses, invented dates,
 *   must-not phrases reported, participants missed or extra, wrong roles, and wrong or missed merges.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEventReference } from '../build/load-event-reference.ts';
import { languageContext } from '../build/load-name-context.ts';
import { readDocument } from '../language/document.ts';
import { extractEvents, MIN_CONFIDENCE, type EventCandidate } from '../events/extract-events.ts';
import { mergeEvents } from '../events/merge-events.ts';
import { addTally, emptyTally, eventOf, formatTally, matchDoc, mergeScore, scoreDoc, type Doc, type Tally } from './eval-events-score.ts';
import { bodyOffsetUtf16 } from './eval-events.ts';
import { breaches, reportBreaches } from './eval-floors.ts';
import { loadNews, NEWS } from './news-corpus.ts';
import {
  countType,
  emptyParticipants,
  formatExtras,
  mustNotPhrase,
  scoreParticipants,
  toGoldRecord,
  type Named,
  type NewsEventsFile,
  type NewsGoldRecord,
  type ParticipantTally,
  type TypeRecall,
} from './news-events-score.ts';

/** The news corpus's test split: scored, never read (test/eval/news/README.md). */
const HELD_OUT = 'news-test';

const EVENTS = join(NEWS, 'events');

interface Article {
  doc: Doc & { gold: NewsGoldRecord[] };
  candidates: EventCandidate[];
  actors: (string | null)[];
}

/** The annotated texts of each split, read and extracted. */
export function loadArticles(only: string | undefined): Map<string, Article[]> {
  const ref = loadEventReference();
  const lc = languageContext();
  const sets = new Map<string, Article[]>();
  for (const n of loadNews()) {
    const file = join(EVENTS, `${n.id}.json`);
    const set = `news-${n.split}`;
    if (!existsSync(file) || (only && only !== set)) continue;
    const gold = JSON.parse(readFileSync(file, 'utf8')) as NewsEventsFile;
    const s = n.source;
    const doc = {
      id: n.id,
      text: s.text,
      published: s.published,
      bodyOffset: bodyOffsetUtf16(s.text, s.body_offset),
      gold: gold.events.map((e) => toGoldRecord(n.id, e)),
      mustNot: gold.not_events.map(mustNotPhrase),
    };
    const read = readDocument({ text: doc.text, bodyOffset: doc.bodyOffset, published: doc.published }, lc);
    const candidates = extractEvents(read, ref);
    sets.set(set, [...(sets.get(set) ?? []), { doc, candidates, actors: read.mentions.entities.map((e) => e.name) }]);
  }
  return sets;
}

const articleEvents = (a: Article) => ({ source: a.doc.id, published: a.doc.published, candidates: a.candidates, actors: a.actors });

/** Score one split; detail lines go to `lines` when it is given. */
export function scoreSplit(articles: Article[], lines: string[] | null): { tally: Tally; parts: ParticipantTally; types: TypeRecall } {
  const tally = emptyTally();
  const parts = emptyParticipants();
  const types: TypeRecall = new Map();
  for (const a of articles) {
    const merged = mergeEvents([articleEvents(a)], new Map([[a.doc.id, a.doc.text]]));
    addTally(tally, scoreDoc(a.doc, a.candidates, merged.events, lines));
    const { matches } = matchDoc(
      a.doc,
      a.candidates.filter((c) => c.confidence >= MIN_CONFIDENCE),
    );
    for (const g of a.doc.gold) {
      const m = matches.find((x) => x.gold === g);
      countType(types, g.type, !!m);
      if (!m) continue;
      const e = eventOf(merged.events, m.candidate);
      const predicted: Named[] =
        'id' in e
          ? e.participants
          : e.participants.flatMap((p) => {
              const name = a.actors[p.entity];
              return name ? [{ name, role: p.role }] : [];
            });
      scoreParticipants(parts, predicted, g.participants, `${a.doc.id} ${g.event}`, lines);
    }
  }
  const all = mergeEvents(articles.map(articleEvents), new Map(articles.map((a) => [a.doc.id, a.doc.text])));
  tally.merge = mergeScore(articles, all.events, lines);
  return { tally, parts, types };
}

const share = (a: number, b: number) => (b ? (100 * a) / b : null);

/** The figures the floors read: percentages, and counts for invented dates and must-not phrases reported. */
export function figures(t: Tally, p: ParticipantTally): Record<string, number | null> {
  const m = t.merge;
  return {
    recall: share(t.found, t.gold),
    precision: share(t.correct, t.predicted),
    date: share(t.dateOk, t.dated),
    place: share(t.placeOk, t.matched),
    participant_p: share(p.matched, p.predicted),
    participant_r: share(p.matched, p.gold),
    role: share(p.roleOk, p.matched),
    merge_p: m ? share(m.crossPp, m.crossPSame) : null,
    merge_r: m ? share(m.crossPp, m.crossGSame) : null,
    date_invented: t.invented,
    must_not: t.mustNotHit,
  };
}

function main(): number {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, set: { type: 'string' } } });
  const failed: string[] = [];
  for (const [set, articles] of [...loadArticles(values.set)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // The held-out split is only ever scored: no detail line of it is even collected.
    const held = set === HELD_OUT;
    const lines = values.verbose && !held ? [] : null;
    const { tally, parts, types } = scoreSplit(articles, lines);
    process.stdout.write(`${formatTally(set, tally, set)}\n${formatExtras(parts, types)}\n`);
    if (lines) process.stdout.write(`\n${lines.join('\n')}\n\n`);
    else if (values.verbose) process.stdout.write(`(${set} is held out: figures only)\n`);
    failed.push(...breaches('events', set, figures(tally, parts)));
  }
  process.stdout.write(
    `(news corpus, candidates at confidence >= ${MIN_CONFIDENCE}; merge "across sources only" is the cross-article figure; ${values.verbose ? 'details of news-dev above' : 'run with --verbose for news-dev misses'})\n`,
  );
  return reportBreaches(failed);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
