/**
 * The news corpus of test/eval/news (README there): each text run through the real per-article stage, as an
 * article dropped in raw/ would be (cleaning, metadata), with its gold statements, title and publication date,
 * and its side of the dev/test split. Also scores the metadata the text states: title and publication date.
 * Input: the corpus folder. Output: documents for eval-statements.ts and a metadata tally.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build/corpus.ts';
import { runArticle } from '../build/article-runner.ts';
import type { SourceRecord } from '../types/generated.ts';
import { fold, pct } from './statement-scoring.ts';
import type { Gold } from './statement-tally.ts';

export const NEWS = join(ROOT, 'test/eval/news');

export interface NewsGold {
  id: string;
  title: string | null;
  published: string | null;
  statements: Omit<Gold, 'doc'>[];
  must_not?: string[];
}

export interface NewsDoc {
  id: string;
  split: 'dev' | 'test';
  gold: NewsGold;
  source: SourceRecord;
}

export function loadNews(dir = NEWS): NewsDoc[] {
  const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as { dev: string[]; test: string[] };
  const docs: NewsDoc[] = [];
  for (const [side, ids] of [['dev', split.dev] as const, ['test', split.test] as const]) {
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(dir, 'gold', `${id}.json`), 'utf8')) as NewsGold;
      const source = runArticle(join(dir, 'texts'), `raw/${id}.txt`, null).source;
      if (!source) throw new Error(`test/eval/news/texts/${id}.txt: refused by the ingest stage`);
      docs.push({ id, split: side, gold, source });
    }
  }
  return docs;
}

export interface MetaTally {
  titled: number;
  titleRight: number;
  dated: number;
  dateRight: number;
  undated: number;
  dateInvented: number;
}

export const newMetaTally = (): MetaTally => ({ titled: 0, titleRight: 0, dated: 0, dateRight: 0, undated: 0, dateInvented: 0 });

/**
 * Title right: equal to the gold title once folded (case, marks, spaces). Date right: the value read starts with
 * the gold value and states no less than it ("2019-05-28T22:05" for "2019-05-28"); a date read where the text
 * states none is counted as invented.
 */
export function scoreMeta(doc: NewsDoc, t: MetaTally): void {
  if (doc.gold.title) {
    t.titled++;
    if (doc.source.title && fold(doc.source.title) === fold(doc.gold.title)) t.titleRight++;
  }
  const read = doc.source.published;
  if (doc.gold.published) {
    t.dated++;
    if (read && read.startsWith(doc.gold.published)) t.dateRight++;
  } else {
    t.undated++;
    if (read) t.dateInvented++;
  }
}

/** Print a split's metadata figures; returns them for the floors (title and date in percent, invented dates as a count). */
export function metaFigures(name: string, m: MetaTally): Record<string, number | null> {
  console.log(
    `\n${name} metadata  title right ${pct(m.titleRight, m.titled)} (${m.titleRight} of ${m.titled} stated)   publication date right ${pct(m.dateRight, m.dated)} (${m.dateRight} of ${m.dated} stated); read where none is stated ${m.dateInvented} of ${m.undated}`,
  );
  return {
    title: m.titled ? (100 * m.titleRight) / m.titled : null,
    date: m.dated ? (100 * m.dateRight) / m.dated : null,
    date_invented: m.dateInvented,
  };
}
