/**
 * Scoring for eval-events.ts (and eval-news-events.ts): match predicted candidates to gold records of one document,
 * score detection, dates, status and places, and score merges pairwise. Pure functions of their inputs.
 */
import { MIN_CONFIDENCE, type EventCandidate } from '../events/extract-events.ts';
import { typeGroup } from '../events/model.ts';
import type { MergedEvent } from '../events/merge-events.ts';

export interface GoldRecord {
  doc?: string;
  event: string;
  type: string;
  label: string;
  evidence: string;
  more_evidence?: string[];
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  date_text: string | null;
  status: string;
  place: string | null;
  country: string | null;
  dated: boolean;
  placed: boolean;
}
export interface Doc {
  id: string;
  text: string;
  published: string | null;
  bodyOffset: number;
  gold: GoldRecord[];
  mustNot: string[];
}

export interface Tally {
  gold: number;
  goldDP: number;
  found: number;
  foundDP: number;
  predicted: number;
  correct: number;
  dated: number;
  dateOk: number;
  invented: number;
  matched: number;
  statusOk: number;
  placeOk: number;
  countryOk: number;
  typeOk: number;
  placedGold: number;
  placedOk: number;
  mustNot: number;
  mustNotHit: number;
  unlocated: number;
  merge: { pp: number; pSame: number; gSame: number; crossPp: number; crossPSame: number; crossGSame: number } | null;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  goldDP: 0,
  found: 0,
  foundDP: 0,
  predicted: 0,
  correct: 0,
  dated: 0,
  dateOk: 0,
  invented: 0,
  matched: 0,
  statusOk: 0,
  placeOk: 0,
  countryOk: 0,
  typeOk: 0,
  placedGold: 0,
  placedOk: 0,
  mustNot: 0,
  mustNotHit: 0,
  unlocated: 0,
  merge: null,
});

export function addTally(t: Tally, u: Tally) {
  for (const k of Object.keys(t) as (keyof Tally)[]) if (k !== 'merge') (t[k] as number) += u[k] as number;
  if (u.merge) {
    t.merge ??= { pp: 0, pSame: 0, gSame: 0, crossPp: 0, crossPSame: 0, crossGSame: 0 };
    for (const k of Object.keys(u.merge) as (keyof NonNullable<Tally['merge']>)[]) t.merge[k] += u.merge[k];
  }
}

/** A share as printed: three decimals, or a dash when there is nothing to divide by. */
export const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');

/** `mergeSet` names the documents merged together in the merge line. */
export function formatTally(name: string, t: Tally, mergeSet = 'seeds'): string {
  const m = t.merge;
  const merge = m
    ? `\n  merge (pairwise, ${mergeSet}): P ${ratio(m.pp, m.pSame)} R ${ratio(m.pp, m.gSame)}   across sources only: P ${ratio(m.crossPp, m.crossPSame)} R ${ratio(m.crossPp, m.crossGSame)}`
    : '';
  return [
    `${name}: ${t.gold} gold records (${t.goldDP} dated and placed), ${t.predicted} predicted`,
    `  recall dated+placed ${ratio(t.foundDP, t.goldDP)}  recall ${ratio(t.found, t.gold)}  precision ${ratio(t.correct, t.predicted)}`,
    `  dates exact ${ratio(t.dateOk, t.dated)} (${t.dateOk}/${t.dated})  invented dates ${t.invented}  status ${ratio(t.statusOk, t.matched)}  place ${ratio(t.placeOk, t.matched)} (placed gold ${ratio(t.placedOk, t.placedGold)})  country ${ratio(t.countryOk, t.matched)}  type exact ${ratio(t.typeOk, t.matched)}`,
    `  must-not phrases reported ${t.mustNotHit}/${t.mustNot}${t.unlocated ? `  (gold evidence not found in text: ${t.unlocated})` : ''}${merge}`,
  ].join('\n');
}

type Span = [number, number];

/** Where a gold string is in the text (whitespace-tolerant), or null. */
export function locate(text: string, s: string): Span | null {
  const i = text.indexOf(s);
  if (i >= 0) return [i, i + s.length];
  const squash = (x: string) => x.replace(/\s+/g, ' ');
  const j = squash(text).indexOf(squash(s));
  return j >= 0 ? [j, j + squash(s).length] : null;
}

const compatible = (a: string, b: string) => a === b || (typeGroup(a) === 'gathering' && typeGroup(b) === 'gathering');
const overlaps = (c: EventCandidate, [a, b]: Span) => c.evidenceStart < b && a < c.evidenceEnd;

export interface Match {
  gold: GoldRecord;
  candidate: EventCandidate;
  primary: boolean;
}

/** Greedy one-to-one matching, primary evidence first; every candidate that overlaps any record is correct. */
export function matchDoc(doc: Doc, candidates: EventCandidate[]): { matches: Match[]; edges: Map<EventCandidate, GoldRecord[]>; unlocated: number } {
  let unlocated = 0;
  const spans = doc.gold.map((g) => {
    const primary = locate(doc.text, g.evidence);
    if (!primary) unlocated++;
    return { g, primary, more: (g.more_evidence ?? []).map((m) => locate(doc.text, m)).filter((x): x is Span => !!x) };
  });
  const edges = new Map<EventCandidate, GoldRecord[]>();
  const scored: { c: EventCandidate; g: GoldRecord; w: number; primary: boolean }[] = [];
  for (const c of candidates) {
    for (const { g, primary, more } of spans) {
      if (!compatible(c.type, g.type)) continue;
      const p = !!primary && overlaps(c, primary);
      if (!p && !more.some((m) => overlaps(c, m))) continue;
      edges.set(c, [...(edges.get(c) ?? []), g]);
      scored.push({
        c,
        g,
        w: (p ? 4 : 2) + (c.type === g.type ? 1 : 0) + (c.dateStart === g.date_start ? 0.5 : 0) + (c.place === g.place ? 0.5 : 0) + c.confidence / 10,
        primary: p,
      });
    }
  }
  scored.sort((a, b) => b.w - a.w);
  const usedC = new Set<EventCandidate>();
  const usedG = new Set<GoldRecord>();
  const matches: Match[] = [];
  for (const s of scored) {
    if (usedC.has(s.c) || usedG.has(s.g)) continue;
    usedC.add(s.c);
    usedG.add(s.g);
    matches.push({ gold: s.g, candidate: s.c, primary: s.primary });
  }
  return { matches, edges, unlocated };
}

/** Start and end exact at the gold precision; a week-precision gold date accepts any day (or days) inside it. */
export function dateOk(g: GoldRecord, e: { dateStart: string | null; dateEnd: string | null; datePrecision: string | null }): boolean {
  if (g.date_precision === 'week') {
    const inside = (v: string | null) => v !== null && v.length === 10 && v >= g.date_start! && v <= g.date_end!;
    return inside(e.dateStart ?? e.dateEnd) && (e.dateEnd === null || inside(e.dateEnd));
  }
  return e.datePrecision === g.date_precision && e.dateStart === g.date_start && e.dateEnd === g.date_end;
}

const samePlace = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** The document's merged event a candidate went into, or the candidate itself when it went into none. */
export const eventOf = (events: MergedEvent[], c: EventCandidate): MergedEvent | EventCandidate =>
  events.find((e) => e.evidence.some((v) => v.start === c.evidenceStart && v.trigger === c.trigger)) ?? { ...c };

export function scoreDoc(doc: Doc, all: EventCandidate[], events: MergedEvent[], lines: string[] | null): Tally {
  const t = emptyTally();
  const candidates = all.filter((c) => c.confidence >= MIN_CONFIDENCE);
  const { matches, edges, unlocated } = matchDoc(doc, candidates);
  t.unlocated = unlocated;
  t.gold = doc.gold.length;
  t.goldDP = doc.gold.filter((g) => g.dated && g.placed).length;
  t.predicted = candidates.length;
  t.correct = candidates.filter((c) => edges.has(c)).length;
  for (const g of doc.gold) {
    const m = matches.find((x) => x.gold === g);
    if (!m) {
      lines?.push(`MISS ${doc.id} ${g.event} [${g.type}${g.dated && g.placed ? ', dated+placed' : ''}]: ${g.evidence.slice(0, 140)}`);
      continue;
    }
    t.found++;
    if (g.dated && g.placed) t.foundDP++;
    t.matched++;
    const e = eventOf(events, m.candidate);
    if (e.type === g.type) t.typeOk++;
    if (g.dated) {
      t.dated++;
      if (dateOk(g, e)) t.dateOk++;
      else
        lines?.push(
          `DATE ${doc.id} ${g.event}: gold ${g.date_start}..${g.date_end} ${g.date_precision} "${g.date_text}", got ${e.dateStart}..${e.dateEnd} ${e.datePrecision} "${e.dateText}"`,
        );
    } else if (e.dateStart || e.dateEnd) {
      t.invented++;
      lines?.push(`INVENTED-DATE ${doc.id} ${g.event}: got ${e.dateStart}..${e.dateEnd} "${e.dateText}"`);
    }
    if (e.status === g.status) t.statusOk++;
    else lines?.push(`STATUS ${doc.id} ${g.event}: gold ${g.status}, got ${e.status} (${m.candidate.trigger})`);
    if (samePlace(e.place, g.place)) t.placeOk++;
    else lines?.push(`PLACE ${doc.id} ${g.event}: gold ${g.place}/${g.country}, got ${e.place}/${e.country}`);
    if (samePlace(e.country, g.country)) t.countryOk++;
    if (g.placed) {
      t.placedGold++;
      if (samePlace(e.place, g.place)) t.placedOk++;
    }
  }
  for (const c of candidates)
    if (!edges.has(c)) lines?.push(`FALSE ${doc.id} ${c.type} "${c.trigger}" ${c.confidence}: ${doc.text.slice(c.evidenceStart, c.evidenceEnd).slice(0, 140)}`);
  for (const phrase of doc.mustNot) {
    t.mustNot++;
    const span = locate(doc.text, phrase);
    if (!span) continue;
    const hit = candidates.find((c) => {
      const at = doc.text.indexOf(c.trigger, c.evidenceStart);
      const dateAt = c.dateText ? doc.text.indexOf(c.dateText, c.evidenceStart) : -1;
      return (at >= span[0] && at < span[1]) || (dateAt >= span[0] && dateAt < span[1] && !(at >= span[0] && at < span[1]) && (c.dateStart || c.dateEnd));
    });
    if (hit) {
      t.mustNotHit++;
      lines?.push(`MUST-NOT ${doc.id} "${phrase}" reported as ${hit.type} "${hit.trigger}" (${hit.dateText ?? ''})`);
    }
  }
  return t;
}

/** Pairwise merge precision and recall over candidates matched to gold, against the gold event ids. */
export function mergeScore(articles: { doc: Doc; candidates: EventCandidate[] }[], events: MergedEvent[], lines: string[] | null): NonNullable<Tally['merge']> {
  const items: { doc: string; gold: string; pred: string; trigger: string }[] = [];
  for (const { doc, candidates } of articles) {
    const { edges } = matchDoc(doc, candidates);
    for (const [c, gs] of edges) {
      const ev = events.find((e) => e.evidence.some((v) => v.source === doc.id && v.start === c.evidenceStart && v.trigger === c.trigger));
      if (ev) items.push({ doc: doc.id, gold: gs[0]!.event, pred: ev.id, trigger: c.trigger });
    }
  }
  const r = { pp: 0, pSame: 0, gSame: 0, crossPp: 0, crossPSame: 0, crossGSame: 0 };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const sp = a.pred === b.pred;
      const sg = a.gold === b.gold;
      const cross = a.doc !== b.doc;
      if (sp) r.pSame++;
      if (sg) r.gSame++;
      if (sp && sg) r.pp++;
      if (cross) {
        if (sp) r.crossPSame++;
        if (sg) r.crossGSame++;
        if (sp && sg) r.crossPp++;
      }
      if (sp !== sg)
        lines?.push(
          `MERGE-${sp ? 'WRONG' : 'MISSED'}${cross ? '' : '-IN-DOC'} ${a.gold} ${a.doc.slice(-24)} "${a.trigger}" ~ ${b.gold} ${b.doc.slice(-24)} "${b.trigger}"`,
        );
    }
  }
  return r;
}
