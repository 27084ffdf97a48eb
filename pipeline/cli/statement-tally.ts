/**
 * The statement scorer's tally for one set of documents (eval-statements.ts): counts, figures and error classes.
 * Input: a document's gold records and the predictions. Output: the tally, printed by `report`, which also returns
 * the figures the floors check (eval-floors.ts).
 *
 * Error classes (issue 10's list), each gold record or prediction counted once:
 * - speaker:description, speaker:pronoun, speaker:name: a found statement whose gold speaker is written as a
 *   description ("the spokeswoman"), a pronoun, or a name, and whose predicted speaker is wrong or unknown;
 * - quote:headline, quote:continuation, quote:no-verb (gold verb null: "in a tweet", a colon), quote:partial,
 *   quote:pieced (a prediction holds the gold quote or lies inside it: a boundary or an interrupted quotation),
 *   quote:other: gold direct or partial records not found;
 * - indirect:according-to, indirect:other: gold indirect records with a speaker, not found;
 * - extra:must-not (a quote the gold says is no statement), extra:quote, extra:indirect: predictions matching
 *   nothing (indirect ones only when they name a speaker);
 * - said-on: a found statement whose said_on differs from the gold (sets whose gold states it).
 */
import type { StatementCandidate } from '../statements/extract-statements.ts';
import { classesLine, fold, matchStatements, pct, ratio, sameSpeaker, tokens } from './statement-scoring.ts';

export interface Gold {
  doc: string;
  kind: StatementCandidate['kind'];
  quote: string;
  speaker: string | null;
  speaker_surface: string | null;
  attribution: string;
  verb?: string | null;
  /** News corpus only: the date the text states for the speech act, and its words (null when none). */
  said_on?: string | null;
  said_on_text?: string | null;
  note: string | null;
}
export interface Doc {
  id: string;
  set: string;
  text: string;
  bodyOffset: number;
  published: string | null;
  /** The publication date the gold says the text states (news corpus), the said_on expected when no date is given. */
  goldPublished?: string | null;
  gold: Gold[];
  mustNot: string[];
}

type Verdicts = Record<'right' | 'wrong' | 'unknown', number>;
export interface Tally {
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
  spk: Record<'all' | 'pronoun' | 'surname', Verdicts>;
  nullNamed: number;
  nullAll: number;
  saidOnRight: number;
  saidOnAll: number;
  /** The same over the statements with a date to find (stated for the statement, or the publication date). */
  saidOnDatedRight: number;
  saidOnDated: number;
  errors: Map<string, number>;
}
const verdicts = (): Verdicts => ({ right: 0, wrong: 0, unknown: 0 });
export const newTally = (): Tally => ({
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
  spk: { all: verdicts(), pronoun: verdicts(), surname: verdicts() },
  nullNamed: 0,
  nullAll: 0,
  saidOnRight: 0,
  saidOnAll: 0,
  saidOnDatedRight: 0,
  saidOnDated: 0,
  errors: new Map(),
});
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who', 'we', 'i']);
const isQ = (k: string) => k !== 'indirect';
const bump = (t: Tally, k: string) => t.errors.set(k, (t.errors.get(k) ?? 0) + 1);

/** The class of a gold quote that was not found (see the header). */
function quoteMissClass(g: Gold, preds: StatementCandidate[]): string {
  const q = fold(g.quote);
  const overlaps = (p: StatementCandidate) => {
    const f = fold(p.quote);
    return isQ(p.kind) && f.split(' ').length >= 3 && q.split(' ').length >= 3 && (f.includes(q) || q.includes(f));
  };
  if (preds.some(overlaps)) return 'quote:pieced';
  if (g.attribution === 'headline') return 'quote:headline';
  if (g.attribution === 'continuation') return 'quote:continuation';
  if (g.verb === null && g.attribution !== 'according-to') return 'quote:no-verb';
  return g.kind === 'partial' ? 'quote:partial' : 'quote:other';
}

/** How the gold writes its speaker: a pronoun, a description, or a name. */
function surfaceClass(g: Gold): 'pronoun' | 'description' | 'name' {
  const s = (g.speaker_surface ?? '').trim();
  if (g.attribution === 'pronoun' || PRONOUNS.has(s.toLowerCase())) return 'pronoun';
  if (!s || /^(the|a|an|this|that|its|his|her|their)\s/i.test(s) || /^\p{Ll}/u.test(s)) return 'description';
  return 'name';
}

/** names: the entity's name; forms: every way the article writes it (surfaces, role + name), for matching. */
export function score(
  doc: Doc,
  preds: StatementCandidate[],
  names: (i: number | null) => string | null,
  forms: (i: number) => string[],
  t: Tally,
  misses: string[],
): void {
  const { pairs, missed, used } = matchStatements(doc.gold, preds);
  for (const g of missed) {
    const cls = isQ(g.kind) ? quoteMissClass(g, preds) : g.speaker ? (g.attribution === 'according-to' ? 'indirect:according-to' : 'indirect:other') : null;
    if (cls) bump(t, cls);
    misses.push(`  miss ${g.kind} [${g.speaker ?? '-'}]${cls ? ` (${cls})` : ''} ${g.quote.slice(0, 110)}`);
  }
  preds.forEach((p, k) => {
    if (used.has(k)) return;
    const mustNot = doc.mustNot.some((m) => fold(m) === fold(p.quote));
    if (mustNot) bump(t, 'extra:must-not');
    else if (isQ(p.kind)) bump(t, 'extra:quote');
    else if (p.speakerEntity !== null) bump(t, 'extra:indirect');
    misses.push(`  extra ${p.kind} [${names(p.speakerEntity) ?? p.speakerSurface ?? '-'}] ${p.quote.slice(0, 110)}`);
  });
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
    scoreSaidOn(doc, g, p, t, misses);
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
    const how = surfaceClass(g);
    t.spk.all[verdict]++;
    if (how === 'pronoun') t.spk.pronoun[verdict]++;
    if (/^\S+$/.test(surface) && how === 'name' && tokens(g.speaker).length > 1) t.spk.surname[verdict]++;
    if (verdict !== 'right') {
      bump(t, `speaker:${how}`);
      misses.push(`  speaker ${verdict}: [${name ?? p.speakerSurface ?? '-'}] for [${g.speaker}] ${g.attribution}: ${g.quote.slice(0, 70)}`);
    }
  }
}

/** said_on: the date the gold gives for the speech act, else the publication date the text states. */
function scoreSaidOn(doc: Doc, g: Gold, p: StatementCandidate, t: Tally, misses: string[]): void {
  if (g.said_on === undefined) return;
  const expected = g.said_on_text ? g.said_on : (doc.goldPublished ?? null);
  const got = p.saidOn?.value ?? null;
  t.saidOnAll++;
  if (expected !== null) t.saidOnDated++;
  if (got === expected) {
    t.saidOnRight++;
    if (expected !== null) t.saidOnDatedRight++;
  } else {
    bump(t, 'said-on');
    misses.push(`  said_on ${got ?? '-'} for ${expected ?? '-'}${g.said_on_text ? ` ("${g.said_on_text}")` : ''}: ${g.quote.slice(0, 60)}`);
  }
}

/** Print a set's figures and error classes; returns the figures the floors check, in percent. */
export function report(name: string, t: Tally): Record<string, number | null> {
  const p = t.predQ ? t.hitQ / t.predQ : 0;
  const r = t.goldQ ? t.hitQ / t.goldQ : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const spk = (s: keyof Tally['spk']) => {
    const x = t.spk[s];
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
  if (t.saidOnAll)
    console.log(
      `  said_on right       ${pct(t.saidOnRight, t.saidOnAll)}   (n=${t.saidOnAll}); where a date is to be found ${pct(t.saidOnDatedRight, t.saidOnDated)} (n=${t.saidOnDated})`,
    );
  console.log(classesLine(t.errors));
  const all = t.spk.all.right + t.spk.all.wrong + t.spk.all.unknown;
  return {
    quote_p: ratio(t.hitQ, t.predQ),
    quote_r: ratio(t.hitQ, t.goldQ),
    indirect_p: ratio(t.hitPredI, t.predI),
    indirect_r: ratio(t.hitGoldI, t.goldI),
    speaker_right: ratio(t.spk.all.right, all),
    speaker_wrong: ratio(t.spk.all.wrong, all),
    said_on: ratio(t.saidOnRight, t.saidOnAll),
    said_on_dated: ratio(t.saidOnDatedRight, t.saidOnDated),
    must_not: t.mustNot,
  };
}
