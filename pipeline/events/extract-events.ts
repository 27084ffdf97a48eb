/**
 * Events of one article: meetings, talks, conferences, ceremonies, summits, visits, agreements, policy
 * announcements, military operations, attacks, elections, releases, arrests and boycotts
 * (reference/event-types.yaml), each with its date (resolved against the publication date, at the precision
 * written), status, place and country, participants, and the sentence that states it.
 * Input: the article's cleaned text, body offset, publication date, sentences (makeSplitter) and mentions
 * (find-mentions); the compiled EventReference. Output: one EventCandidate per statement of an event, in text
 * order. Candidates below MIN_CONFIDENCE are supporting mentions (a later "the talks", a quoted claim, a
 * headline that the body restates): merge-events.ts adds them to an event as evidence and never makes an event
 * of them alone. Offsets are UTF-16 indices into `text`.
 * Steps: event-triggers.ts (detection and filters), event-dates.ts and event-date-resolve.ts (dates),
 * event-places.ts (places), event-attach.ts (which date and place go with which trigger), event-status.ts,
 * event-participants.ts. Rule ids: see those files.
 */
import type { Sentence } from '../language/sentences.ts';
import type { Mention } from '../language/mention-types.ts';
import type { EventReference, Place } from './reference.ts';
import { clauseBreaks, clauseOf, tokenAt, type Token } from './text.ts';
import { wordsIn } from '../language/tokens.ts';
import { datesOf, type Document } from '../language/document.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';
import { parsePub, resolveDate, type Pub, type ResolvedDate } from '../language/date-resolve.ts';
import { findDateline, findPlaces, type PlaceContext, type PlaceMention } from './places.ts';
import { attachDates, attachPlaces, dateMentions, type DateMention } from './attach.ts';
import { statusOf } from './status.ts';
import { participantsOf } from './participants.ts';
import { finishArticle } from './article.ts';
import type { EventCandidate, Working } from './model.ts';

export type { EventReference } from './reference.ts';
export { MIN_CONFIDENCE, type EventCandidate } from './model.ts';

/** The document model (language/document.ts): text, sentences, tokens, date expressions and mentions. */
export type ExtractInput = Pick<Document, 'text' | 'bodyOffset' | 'published' | 'sentences' | 'tokens' | 'tags' | 'dates' | 'quotes' | 'mentions'>;

export function extractEvents(input: ExtractInput, ref: EventReference): EventCandidate[] {
  const pub = parsePub(input.published);
  const dateline = findDateline(input.text.slice(input.bodyOffset), ref.gazetteer);
  const ctx: PlaceContext = { previous: null, dateline, defaultCountry: dateline?.country ?? null, lastCountry: null, countries: new Map() };
  const all: Working[] = [];
  input.sentences.forEach((s, index) => {
    const next = input.sentences[index + 1];
    all.push(...sentenceEvents(input, s, index, next ? wordsIn(input.tokens, next.start, next.end, input.tags) : [], ref, pub, ctx));
  });
  return finishArticle(all, { pub, dateline, bodyOffset: input.bodyOffset, text: input.text, tokens: input.tokens, countries: ctx.countries }, ref).map(
    (w) => w.c,
  );
}

/**
 * The parts of sentence s inside a quotation that opens or closes in it (sentence offsets), from the document's
 * quotations. A sentence wholly inside a longer quotation, with no mark of its own, is read as it stands: the
 * speaker reports events there as a writer would (an open question for the events issue). A scare quote ("the
 * 17-year-long “invasion”") is no speech: speech has a few words.
 */
function speechIn(input: ExtractInput, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const within = (at: number) => at >= s.start && at < s.end;
  for (const q of input.quotes) {
    const stop = q.close < 0 ? q.end : q.close + 1;
    if (!within(q.open) && !(q.close >= 0 && within(q.close))) continue;
    if (input.text.slice(q.open, stop).split(' ').length < 4) continue;
    out.push([Math.max(q.open, s.start) - s.start, Math.min(stop, s.end) - s.start]);
  }
  return out;
}

function sentenceEvents(input: ExtractInput, s: Sentence, index: number, next: Token[], ref: EventReference, pub: Pub | null, ctx: PlaceContext): Working[] {
  const tokens = wordsIn(input.tokens, s.start, s.end, input.tags);
  const own = input.mentions.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const skip = (tok: number) => own.some((m) => m.type === 'person' && m.start - s.start <= tokens[tok]!.start && tokens[tok]!.start < m.end - s.start);
  const places = findPlaces(tokens, ref.gazetteer, ctx, skip, (tok) => mentionedPlace(own, tokens, tok, s.start, input.mentions));
  const found = findTriggers(s.text, tokens, ref, speechIn(input, s));
  const hits = found.filter((h) => !h.why);
  const lastPlace = places.filter((p) => p.place.kind === 'city').pop()?.place;
  if (!hits.length) {
    if (lastPlace) ctx.previous = lastPlace;
    return [];
  }
  const breaks = clauseBreaks(s.text);
  const dates = dateMentions(datesOf(input, index), tokens, ref, hits);
  // A negated or hypothetical event still owns the date and place written next to it: they do not pass to
  // the next event ("wants Trump to eliminate the tariffs imposed on Sept. 1, as well as ... the 25% tariffs").
  const owners = found.filter(
    (h) => !h.why || OWNS_DATE.has(h.why) || ((h.why === 'negated' || h.why === 'infinitive') && (h.kind === 'verb' || h.kind === 'pattern')),
  );
  const dateOf = attachDates(owners, dates, tokens, breaks).filter((_, i) => !owners[i]!.why);
  const placeOf = attachPlaces(owners, places, tokens, breaks).filter((_, i) => !owners[i]!.why);
  const resolvedInOrder = resolveAll(dates, pub);
  const local = own.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
  const out = hits.map((h, i): Working => {
    const clause = clauseOf(breaks, s.text.length, h.start);
    const d = dates[dateOf[i]!] ?? null;
    const view = { tokens, from: tokenAt(tokens, clause[0]), to: tokenAt(tokens, clause[1]), next };
    const st = statusOf(h, view, ref, d?.spec ?? null, s.start < input.bodyOffset || isHeading(s.text, tokens));
    let date: ResolvedDate | null = d ? resolveDate(d.spec, pub, st.future, baseFor(d, dates, resolvedInOrder)) : null;
    // "began ... on Saturday" (still going on), "were due to start on Monday" (then called off): a start only.
    const startOnly = st.startOnly && (st.status === 'ongoing' || st.status === 'cancelled');
    if (date && (startOnly || /-year-long$/.test(d!.spec.text))) date = { ...date, end: null };
    if (date && st.endOnly) date = { ...date, start: null };
    const pm = places[placeOf[i]!] ?? null;
    const place: Place | null = pm?.place ?? null;
    const anchored = h.kind !== 'weak' || h.anchored || anchoredBy(h, d, pm);
    const c: EventCandidate = {
      type: h.type,
      label: labelOf(s.text, tokens, h),
      trigger: s.text.slice(h.start, h.end),
      dateStart: date?.start ?? null,
      dateEnd: date?.end ?? null,
      datePrecision: date?.precision ?? null,
      dateText: d?.spec.text ?? null,
      status: st.status,
      place: place?.name ?? null,
      country: place?.country ?? null,
      participants: participantsOf(s.text, tokens, h, clause, local),
      evidenceStart: s.start,
      evidenceEnd: s.end,
      confidence: confidenceOf(h, anchored, !!date, !!place),
      definite: (h.kind === 'weak' && h.definite) || !!d?.spec.possessive,
    };
    const countries = places.map((p) => p.place.country).filter((x): x is string => !!x);
    return {
      c,
      hit: h,
      sentence: index,
      clause: [clause[0] + s.start, clause[1] + s.start],
      title: s.start < input.bodyOffset || isHeading(s.text, tokens),
      placeHow: pm?.how ?? null,
      countries,
    };
  });
  if (lastPlace) ctx.previous = lastPlace;
  return exchanges(collapse(out, s.text), tokens, ref, s.text);
}

/** A place the mention finder names at token `tok` (gazetteers miss states and small towns), with the country it knows. */
function mentionedPlace(
  own: Mention[],
  tokens: Token[],
  tok: number,
  offset: number,
  mentions: ExtractInput['mentions'],
): { place: Place; end: number } | null {
  const t = tokens[tok]!;
  const m = own.find((x) => x.type === 'place' && x.start - offset === t.start);
  if (!m) return null;
  let end = tok;
  while (end < tokens.length && tokens[end]!.end <= m.end - offset) end++;
  const refersTo = mentions.entities[m.entity]?.refersTo ?? null;
  return end > tok ? { place: { name: m.surface, country: refersTo, kind: 'region' }, end } : null;
}

/** A weak noun is anchored by a date of its own nearby, or a place right after it or naming its city. */
function anchoredBy(h: TriggerHit, d: DateMention | null, pm: PlaceMention | null): boolean {
  const near = (tok: number, tokEnd: number) => (tok >= h.tokEnd ? tok - h.tokEnd : h.tok - tokEnd);
  const ownDate = !d?.reporting || (d.reporting === 'announced' && (h.type === 'agreement' || h.type === 'policy-announcement'));
  if (d && ownDate && near(d.tok, d.tokEnd) <= 8) return true;
  if (h.datedOnly || !pm || pm.how === 'reference') return false;
  return pm.modifies ? pm.place.kind === 'city' || pm.place.kind === 'landmark' : pm.tok >= h.tokEnd && pm.tok - h.tokEnd <= 4;
}

/** A subheading ("Hostage swap"): a few words and no closing punctuation. */
const isHeading = (text: string, tokens: Token[]) => tokens.length <= 5 && !/[.!?"”]$/.test(text.trim());

/** "the Taliban swapped two Western hostages for three of its commanders": an exchange frees both sides. */
function exchanges(ws: Working[], tokens: Token[], ref: EventReference, text: string): Working[] {
  const out: Working[] = [];
  for (const w of ws) {
    out.push(w);
    if (w.c.type !== 'release' || !ref.cues.get('exchange')?.some((e) => e[0] === tokens[w.hit.tok]?.lower)) continue;
    const forAt = tokens.findIndex((t, i) => i > w.hit.tokEnd && i < w.hit.tokEnd + 8 && t.lower === 'for');
    if (forAt < 0) continue;
    const second = { ...w, c: { ...w.c, label: labelOf(text, tokens, { ...w.hit, tok: forAt + 1, tokEnd: forAt + 2 }), participants: [] } };
    out.push(second);
  }
  return out;
}

// A dropped noun in another's complement (topic), with "no" ("produced no agreement") or after "to" ("a deal
// to purchase") owns nothing; a negated or infinitive verb owns its date ("agreed to meet on Monday").
const OWNS_DATE = new Set(['hypothetical', 'object', 'passive']);

/** Resolve every date of the sentence in order (past reading) so "the following day" has a base. */
function resolveAll(dates: DateMention[], pub: Pub | null): (ResolvedDate | null)[] {
  const out: (ResolvedDate | null)[] = [];
  let prev: ResolvedDate | null = null;
  for (const d of dates) {
    const r = resolveDate(d.spec, pub, false, d.spec.kind === 'shift' ? prev : null);
    out.push(r);
    if (r && d.spec.kind !== 'years') prev = r;
  }
  return out;
}

/** "the following day" counts from the date before it; "the day before <X>" too; "a year after ... May 2017" from the date after. */
function baseFor(d: DateMention, dates: DateMention[], resolved: (ResolvedDate | null)[]): ResolvedDate | null {
  const j = dates.indexOf(d);
  if (d.spec.kind === 'shift') {
    for (let k = j - 1; k >= 0; k--) if (resolved[k]?.precision === 'day') return resolved[k]!;
    return null;
  }
  if (d.backward) {
    for (let k = j + 1; k < dates.length; k++) if (dates[k]!.spec.kind === 'abs' && dates[k]!.spec.y !== undefined) return resolved[k] ?? null;
  }
  return null;
}

function confidenceOf(h: TriggerHit, anchored: boolean, dated: boolean, placed: boolean): number {
  let c = h.kind === 'weak' ? (anchored && !h.generic ? 0.7 : 0.3) : 0.8;
  if (h.quoted) c = Math.min(c, 0.3);
  if (c >= 0.5 && dated) c += 0.05;
  if (c >= 0.5 && placed) c += 0.05;
  return Math.round(c * 100) / 100;
}

/** A short name for the event: its trigger with the words that qualify it ("a May 28 ceremony in Moscow"). */
function labelOf(text: string, tokens: Token[], h: TriggerHit): string {
  let a = h.tok;
  while (a > 0 && h.tok - a < 4 && !/[,;:]/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
  let b = h.tokEnd;
  while (b < tokens.length && b - h.tokEnd < 6 && !/[,;:.—–]/.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start))) b++;
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** Two triggers of one type in one clause state one event ("released Tuesday in a prisoner swap"), unless a word of sequence stands between them ("a meeting ... following the first interaction"). */
function collapse(ws: Working[], text: string): Working[] {
  const out: Working[] = [];
  for (const w of ws) {
    const prev = out.find((p) => p.c.type === w.c.type && p.clause[0] === w.clause[0]);
    const gap = prev ? text.slice(prev.hit.end, w.hit.start) : '';
    if (
      !prev ||
      /\b(?:following|after|before|since|ahead of|followed by|preceded|and|then|as well as|or|while|but)\b/i.test(gap) ||
      (prev.c.dateStart && w.c.dateStart && prev.c.dateStart !== w.c.dateStart)
    ) {
      out.push(w);
      continue;
    }
    const keep = prev.c.confidence >= w.c.confidence ? prev : w;
    const other = keep === prev ? w : prev;
    for (const k of ['dateStart', 'dateEnd', 'datePrecision', 'dateText', 'place', 'country'] as const)
      if (keep.c[k] === null) (keep.c as unknown as Record<string, unknown>)[k] = other.c[k];
    keep.c.confidence = Math.max(keep.c.confidence, other.c.confidence);
    out[out.indexOf(prev)] = keep;
  }
  return out;
}
