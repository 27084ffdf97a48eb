/**
 * Article-level passes over the candidates of extract-events.ts, in text order:
 *   boycott       a boycott takes the date, place and time orientation of the event it refuses
 *                 ("is boycotting Sunday's elections": planned; "shunned the Feb. 5-6 meeting": occurred)
 *   summit        a meeting between leaders ("his Chinese counterpart", "North Korea's leader") is a summit
 *   announced-op  an operation or offensive that a clause announces is the announcement's object, not a
 *                 second event ("announced ... spring offensive, dubbed Operation Dawn")
 *   carry-over    "Hours later", "In the afternoon": the date (and place) of the sentence before
 *   election      an election with no place is in the country its sentence, else its article, names most
 *   coordinated   "arrested in Herat ... and released the following day": the second verb shares the place
 *   dateline      an event with no place of its own that happened on the publication day (or, with no
 *                 publication date, an undated event) is placed at the dateline's city
 *   headline      a headline event that the body restates only supports it
 *   repeated      a later "the merger" with no date or place of its own restates the article's earlier merger;
 *                 "its purchase ... on Friday" with the day of an earlier deal restates it and is dropped
 *   first-mention the first "the talks" of an article, with no event of its kind before it, states one
 * Input: the article's Working candidates and context. Output: the kept candidates. Pure.
 */
import type { EventReference, Place } from './reference.ts';
import type { Pub } from '../language/date-resolve.ts';
import { MIN_CONFIDENCE, typeGroup, type Working } from './model.ts';
import { wordsIn, type TextToken } from '../language/tokens.ts';

export interface EventArticleContext {
  pub: Pub | null;
  dateline: Place | null;
  bodyOffset: number;
  text: string;
  tokens: TextToken[];
  countries: Map<string, number>;
}

const GATHERING_OR_VOTE = new Set(['meeting', 'talks', 'conference', 'summit', 'ceremony', 'election']);
/** Kinds whose first definite mention names one event ("the talks", "these arrests"); "the withdrawal" may be a demand. */
const FIRST_MENTION = new Set(['gathering', 'agreement', 'arrest', 'release']);
const pad = (n: number) => String(n).padStart(2, '0');

export function finishArticle(all: Working[], ctx: EventArticleContext, ref: EventReference): Working[] {
  let ws = all.filter((w) => !announcedOperation(w, all));
  const main = [...ctx.countries].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const w of ws) election(w, main);
  for (const w of ws) {
    coordinated(w, ws, ctx.text);
    boycott(w, ws);
    summit(w, ctx.tokens, ref);
    carryOver(w, ws, ctx.text);
    dateline(w, ctx);
  }
  ws = headline(ws);
  ws = repeated(ws);
  firstMention(ws);
  return ws;
}

/** "the merger", "The ceremony was followed by ...": a definite mention with nothing new restates an earlier event. */
function repeated(ws: Working[]): Working[] {
  const restated = new Set<Working>();
  ws.forEach((w, i) => {
    if (w.hit.kind === 'verb' || w.hit.kind === 'pattern' || !w.hit.definite) return;
    // A weak noun restates any earlier event of its type ("freed ... their release"); a strong noun one of its word.
    const same = (o: Working) => o.c.type === w.c.type && (w.hit.kind === 'weak' || o.hit.lemma === w.hit.lemma) && o.c.confidence >= MIN_CONFIDENCE;
    const before = ws.slice(0, i);
    // In its own sentence even a date does not make it new ("launched an operation ..., and the operation was continuing on Monday").
    const inSentence = before.some((o) => o.sentence === w.sentence && same(o));
    // "Besides its purchase of ten ships on Friday": a weak definite noun with the very date (and no other place) of an earlier event of its type restates it.
    const sameDay = (o: Working) =>
      w.hit.kind === 'weak' &&
      same(o) &&
      w.c.datePrecision === 'day' &&
      o.c.dateStart === w.c.dateStart &&
      o.c.dateEnd === w.c.dateEnd &&
      (!w.c.place || w.c.place === o.c.place);
    if (before.some(sameDay)) restated.add(w);
    else if (inSentence || (!w.c.dateStart && !w.c.dateEnd && !w.c.place && before.some(same))) w.c.confidence = Math.min(w.c.confidence, 0.3);
  });
  // A restatement that shares its sentence with a new event of its type would be confused with it: it is dropped.
  return ws.filter((w) => !restated.has(w));
}

/** An election is held in a country: the one its sentence names, else the one the article names most. */
function election(w: Working, main: string | null) {
  if (w.c.type !== 'election' || w.c.place) return;
  const country = w.countries[0] ?? main;
  if (country) Object.assign(w.c, { place: country, country });
}

/** "were arrested in Herat on April 1 and released the following day": the second verb shares the place. */
function coordinated(w: Working, ws: Working[], text: string) {
  if (w.c.place || w.hit.kind !== 'verb') return;
  const prev = ws.filter((o) => o.sentence === w.sentence && o.hit.start < w.hit.start).pop();
  const sentenceStart = w.c.evidenceStart;
  if (prev?.c.place && /\band\s$/.test(text.slice(sentenceStart + w.hit.start - 5, sentenceStart + w.hit.start)))
    Object.assign(w.c, { place: prev.c.place, country: prev.c.country });
}

function boycott(w: Working, ws: Working[]) {
  if (w.c.type !== 'boycott') return;
  const target = ws.find((o) => o !== w && o.sentence === w.sentence && GATHERING_OR_VOTE.has(o.c.type) && o.hit.start > w.hit.start);
  if (!target) return;
  if (!w.c.dateStart && !w.c.dateEnd)
    Object.assign(w.c, {
      dateStart: target.c.dateStart,
      dateEnd: target.c.dateEnd,
      datePrecision: target.c.datePrecision,
      dateText: target.c.dateText ?? w.c.dateText,
    });
  if (!w.c.place) Object.assign(w.c, { place: target.c.place, country: target.c.country });
  w.c.status = target.c.status === 'scheduled' || target.c.status === 'planned' ? 'planned' : w.c.status === 'planned' ? 'planned' : 'occurred';
}

function summit(w: Working, all: TextToken[], ref: EventReference) {
  if (w.c.type !== 'meeting') return;
  const tokens = wordsIn(all, w.clause[0], w.clause[1]);
  const leaders = ref.cues.get('leaders') ?? [];
  // "North Korea's leader", "his Chinese counterpart"; not "opposition leaders" or "leaders from the militant group".
  const isLeader = (i: number) =>
    !/^(?:opposition|militant|group|party|regional|senior|rebel|tribal|religious|community|business|political|local|military)$/.test(
      tokens[i - 1]?.lower ?? '',
    ) && tokens[i + 1]?.lower !== 'from';
  if (tokens.some((t, i) => leaders.some((l) => l.every((x, k) => tokens[i + k]?.lower === x)) && isLeader(i))) w.c.type = 'summit';
}

function announcedOperation(w: Working, all: Working[]): boolean {
  return (
    w.c.type === 'military-operation' &&
    w.hit.kind === 'weak' &&
    all.some((o) => o.c.type === 'policy-announcement' && o.sentence === w.sentence && o.clause[0] === w.clause[0])
  );
}

function carryOver(w: Working, ws: Working[], text: string) {
  if (w.c.dateStart || w.c.dateEnd) return;
  const sentence = text.slice(w.c.evidenceStart, w.c.evidenceEnd);
  if (
    !/^(?:Hours|Minutes|Moments) later\b|^(?:Later that day|The same day|That day|That evening|Earlier that day|Later in the day|In the (?:morning|afternoon|evening))\b/.test(
      sentence,
    )
  )
    return;
  const prev = [...ws].reverse().find((o) => o.sentence === w.sentence - 1 && (o.c.dateStart || o.c.dateEnd));
  if (!prev) return;
  Object.assign(w.c, { dateStart: prev.c.dateStart, dateEnd: prev.c.dateEnd, datePrecision: prev.c.datePrecision, dateText: prev.c.dateText });
  if (!w.c.place) Object.assign(w.c, { place: prev.c.place, country: prev.c.country });
}

function dateline(w: Working, ctx: EventArticleContext) {
  if (w.c.place || !ctx.dateline || w.title || w.c.status !== 'occurred' || w.hit.quoted) return;
  const p = ctx.pub;
  const pubDay = p?.m && p.d ? `${p.y}-${pad(p.m)}-${pad(p.d)}` : null;
  const today = pubDay !== null && (w.c.dateStart === pubDay || w.c.dateEnd === pubDay);
  const undated = !p && !w.c.dateText;
  if (today || undated) Object.assign(w.c, { place: ctx.dateline.name, country: ctx.dateline.country });
}

/** A headline event is evidence for the body's event of its kind; alone in its article it states an event. */
function headline(ws: Working[]): Working[] {
  for (const w of ws) {
    if (!w.title) continue;
    const restated = ws.some((o) => !o.title && typeGroup(o.c.type) === typeGroup(w.c.type) && o.c.confidence >= MIN_CONFIDENCE);
    if (restated) w.c.confidence = Math.min(w.c.confidence, 0.3);
  }
  return ws;
}

function firstMention(ws: Working[]) {
  const seen = new Set<string>();
  for (const w of ws) {
    const g = typeGroup(w.c.type);
    // "These arrests are important": a definite plural names the event too; a bare "call" does not.
    if (
      w.c.confidence < MIN_CONFIDENCE &&
      FIRST_MENTION.has(g) &&
      w.hit.kind === 'weak' &&
      (!w.hit.datedOnly || w.hit.plural) &&
      w.hit.definite &&
      !w.hit.generic &&
      !w.hit.quoted &&
      !w.title &&
      !seen.has(g)
    )
      w.c.confidence = 0.55;
    if (w.c.confidence >= MIN_CONFIDENCE) seen.add(g);
  }
}
