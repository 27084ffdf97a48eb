/**
 * Which date and which place of a sentence belong to which trigger. Each expression goes to the nearest
 * trigger (distance in words, plus a penalty for every clause boundary crossed); a trigger may share an
 * expression with a nearer trigger only when it is itself within a few words ("boycotting Sunday's
 * elections": both the boycott and the elections). A fronted date ("On Tuesday, ...", "In February, ...")
 * reaches the whole main clause; a date ahead ("next month") does not reach a past clause after "and was". Dates that date a report ("said on Wednesday"), a deadline ("by April") or a
 * superseded plan ("originally scheduled for April 20") are not event dates, except that the announcement of
 * a measure or a deal is dated by its "announced" verb. "18 years after <event>", "30th anniversary of
 * <event>" and "the day before <event>" date the event after them. Input: tokens, triggers, date and place
 * mentions, clause breaks. Output: an index into the dates / places per trigger (or -1). Pure; no rule ids.
 */
import type { EventReference } from './reference.ts';
import { findCue, tokenAt, type Token } from './text.ts';
import type { DateSpec } from '../language/date-expressions.ts';
import type { TriggerHit } from './triggers.ts';
import type { PlaceMention } from './places.ts';

export interface DateMention {
  spec: DateSpec;
  tok: number;
  tokEnd: number;
  reporting: string | null;
  excluded: boolean;
  fronted: boolean;
  /** "signed a year after ... May 2017": counts from the later date and dates the trigger before it. */
  backward: boolean;
  /** "The bank on Monday announced that it had ...": the date of an "announced" verb right after it. */
  announces: boolean;
  /** "to repay the loan next month and was negotiating ...": a date ahead closes its clause before "and" + a past auxiliary. */
  closesClause: boolean;
}

const WINDOW = 16;
const SHARE = 4;
const BREAK_COST = 6;

export function dateMentions(specs: DateSpec[], tokens: Token[], ref: EventReference, hits: TriggerHit[] = []): DateMention[] {
  return specs.map((spec) => {
    const tok = tokenAt(tokens, spec.start);
    const tokEnd = Math.max(tok + 1, tokenAt(tokens, spec.end));
    // "said on Wednesday", "said in a statement on Wednesday"; never a possessive ("said Wednesday's meeting").
    const reporting = spec.possessive ? null : (findCue(tokens, ref.cues.get('reporting'), Math.max(0, tok - 5), tok)?.[1] ?? null);
    const superseded = tokens.slice(Math.max(0, tok - 4), tok).some((t) => /^(?:originally|initially)$/.test(t.lower));
    const excluded = !!findCue(tokens, ref.cues.get('not_event_date'), Math.max(0, tok - (superseded ? 4 : 2)), tok);
    const fronted = tok <= 1 && (tokens[0]?.lower === 'on' || tokens[0]?.lower === 'in' || tok === 0);
    // "The deal was signed a year after ... in May 2017": only when an event precedes it to be dated.
    const backward =
      spec.kind === 'years' &&
      /after/i.test(spec.text) &&
      specs.some((o) => o.start > spec.end && o.kind === 'abs' && o.y !== undefined) &&
      hits.some((h) => h.tokEnd <= tok);
    const announces = !spec.possessive && tokens[tokEnd]?.lower === 'announced';
    // A date ahead ("next year") cannot date a past clause after it ("and was negotiating"); "Tuesday ... and were released" it can.
    const ahead = (spec.kind === 'unit' || spec.kind === 'weekday') && (spec.offset === 1 || spec.rel === 1);
    const closesClause = ahead && tokens[tokEnd]?.lower === 'and' && /^(?:was|were|had)$/.test(tokens[tokEnd + 1]?.lower ?? '');
    return { spec, tok, tokEnd, reporting, excluded, fronted, backward, announces, closesClause };
  });
}

const between = (breaks: number[], a: number, b: number) => breaks.filter((x) => x > Math.min(a, b) && x < Math.max(a, b)).length;

function distance(h: TriggerHit, tok: number, tokEnd: number): number {
  if (tok >= h.tokEnd) return tok - h.tokEnd;
  if (tokEnd <= h.tok) return h.tok - tokEnd;
  return 0;
}

function dateScore(h: TriggerHit, d: DateMention, tokens: Token[], breaks: number[]): number {
  if (d.excluded || (d.closesClause && h.tok >= d.tokEnd)) return Infinity;
  const inside = d.spec.start >= h.start && d.spec.end <= h.end;
  if (d.reporting && !inside && !(d.reporting === 'announced' && (h.type === 'policy-announcement' || h.type === 'agreement'))) return Infinity;
  // "Tuesday's event": a possessive date belongs to the noun it qualifies.
  if (d.spec.possessive && (h.tok < d.tokEnd || h.tok - d.tokEnd > 3)) return Infinity;
  if (d.backward) {
    if (h.tokEnd > d.tok) return Infinity;
  } else if (d.spec.forward && (d.tokEnd > h.tok || h.tok - d.tokEnd > 6)) return Infinity;
  const cross = between(breaks, tokens[h.tok]!.start, d.spec.start);
  return distance(h, d.tok, d.tokEnd) + BREAK_COST * cross;
}

const heldBefore = (tokens: Token[], tok: number) => {
  const w = tokens.slice(Math.max(0, tok - 4), tok).map((t) => t.lower);
  return w.some((x) => /^(?:held|convened|staged|hosted|organi[sz]ed)$/.test(x)) && w.some((x) => /^(?:was|were|been)$/.test(x));
};

const ANNOUNCED_TYPES = new Set(['agreement', 'policy-announcement']);

/**
 * "The bank on Monday announced that it had become ... by buying shares": a deal or measure that a dated
 * "announced" reports as done (a perfect "had", "has", "have" between them, no other date) is dated by it.
 * Returns the index of that trigger, or -1 ("announced that it would buy": not yet done, not dated).
 */
function completedAnnouncement(hits: TriggerHit[], dates: DateMention[], d: DateMention, tokens: Token[]): number {
  const i = hits.findIndex((x) => x.tok > d.tokEnd && ANNOUNCED_TYPES.has(x.type));
  if (i < 0) return -1;
  const gap = tokens.slice(d.tokEnd + 1, hits[i]!.tok).map((t) => t.lower);
  const perfect = gap.some((w) => /^(?:had|has|have)$/.test(w)) && !gap.some((w) => /^(?:will|would|plans?|to)$/.test(w));
  return perfect && !dates.some((o) => o !== d && o.tok > d.tokEnd && o.tok < hits[i]!.tok) ? i : -1;
}

/** For every trigger, the index of its date mention, or -1. */
export function attachDates(hits: TriggerHit[], dates: DateMention[], tokens: Token[], breaks: number[]): number[] {
  // A fronted date ("On Tuesday, ...", "Last month, ...") dates the first event of the sentence; a date after
  // "was held", "were first held" dates the subject of the clause.
  const scores = hits.map((h, i) =>
    dates.map((d) => {
      const s = dateScore(h, d, tokens, breaks);
      if (s === Infinity) return s;
      if (d.fronted && i === hits.findIndex((x) => x.tok >= d.tokEnd)) return Math.min(s, 3);
      if (d.announces && i === completedAnnouncement(hits, dates, d, tokens)) return Math.min(s, 4);
      const subject = hits.find((x) => between(breaks, tokens[x.tok]!.start, d.spec.start) === 0);
      return heldBefore(tokens, d.tok) && h === subject ? 1 : s;
    }),
  );
  return pickEach(scores, dates.length);
}

/** Prepositions that place an event, by type: "from" only right after a release or withdrawal, "to" for visits. */
function prepFits(h: TriggerHit, p: PlaceMention): boolean {
  if (p.prep === 'of') return (h.type === 'military-operation' || h.type === 'attack') && p.tok - h.tokEnd <= 1; // "the invasion of the country"
  if (p.prep === 'from') return (h.type === 'release' || h.type === 'military-operation') && p.tok - h.tokEnd <= 2;
  if (p.prep === 'to') return h.type === 'visit' || h.type === 'release' || h.type === 'boycott';
  return true;
}

const GATHERINGS = new Set(['meeting', 'talks', 'conference', 'summit', 'ceremony']);

function placeScore(h: TriggerHit, p: PlaceMention, tokens: Token[], breaks: number[]): number {
  // "Qatar is expected to host ... talks": the host, unless the text says where ("... talks in Doha").
  if (p.how === 'host') {
    if (p.tok >= h.tok && p.tokEnd <= h.tokEnd) return 10; // "the Russian-hosted initiative"
    return (GATHERINGS.has(h.type) || h.type === 'meeting') &&
      p.tokEnd <= h.tok &&
      between(breaks, tokens[p.tok]!.start, tokens[h.tok]!.start) === 0 &&
      h.tok - p.tokEnd <= 12
      ? 10
      : Infinity;
  }
  // "the Moscow meeting", "Afghanistan's Oct. 20 parliamentary election": the name qualifies the trigger noun.
  // A country before a noun is its agent ("the U.S. invasion", "China trade talks"), except for a vote ("Afghanistan's election").
  const agent = p.place.kind === 'country' && h.type !== 'election';
  if (p.modifies && !agent && (h.kind === 'noun' || h.kind === 'weak') && p.tokEnd <= h.tok && qualifies(tokens.slice(p.tokEnd, h.tok))) return 0;
  if (!p.prep || p.possessive || !prepFits(h, p)) return Infinity;
  // A place before a noun is the place of something else ("the authorities in Kabul until it reaches a deal");
  // before a verb it is where its subject acts ("Police in Almaty detained").
  const fronted = p.tok <= 3 && tokens[0]?.lower === 'on';
  // ... except "gathered in Vienna for a conference": the noun is the purpose of being there.
  const purpose = /^(?:for|at) (?:a|an|the)$/.test(
    tokens
      .slice(p.tokEnd, h.tok)
      .map((t) => t.lower)
      .join(' '),
  );
  if (p.tok < h.tok && !fronted && !purpose && (h.kind === 'noun' || h.kind === 'weak' || h.tok - p.tokEnd > 6)) return Infinity;
  // The place after an announcement is the measure's ("reduce the presence in Afghanistan"), not the announcement's.
  if (h.type === 'policy-announcement' && p.tok >= h.tok) return Infinity;
  const cross = between(breaks, tokens[h.tok]!.start, tokens[p.tok]!.start);
  return fronted && cross === 0 ? 3 : distance(h, p.tok, p.tokEnd) + BREAK_COST * cross + (p.tok < h.tok ? 2 : 0);
}

/** Words between a qualifying name and its noun: numbers, a month, at most one adjective ("Oct. 20 parliamentary"). */
function qualifies(gap: Token[]): boolean {
  if (gap.length > 3) return false;
  const lower = gap.filter((t) => /^\p{Ll}/u.test(t.text));
  return lower.length <= 1 && !lower.some((t) => /(?:ing|ed)$/.test(t.lower) || /^(?:the|a|an|of|and|to)$/.test(t.lower));
}

export function attachPlaces(hits: TriggerHit[], places: PlaceMention[], tokens: Token[], breaks: number[]): number[] {
  const scores = hits.map((h) => places.map((p) => placeScore(h, p, tokens, breaks)));
  return pickEach(scores, places.length);
}

/**
 * For each hit (a row of scores, lower is closer), the candidate it scores best within WINDOW; a candidate another
 * hit holds clearly closer (beyond SHARE) is not taken. -1 when none.
 */
function pickEach(scores: number[][], candidates: number): number[] {
  const best = Array.from({ length: candidates }, (_, j) => Math.min(...scores.map((row) => row[j]!)));
  return scores.map((row) => {
    let pick = -1;
    for (let j = 0; j < candidates; j++) {
      const s = row[j]!;
      if (s > WINDOW || (s > best[j]! && s > SHARE)) continue;
      if (pick < 0 || s < row[pick]!) pick = j;
    }
    return pick;
  });
}
