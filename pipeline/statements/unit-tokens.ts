/**
 * The writer's words of a unit. Input: cleaned text, a unit's bounds, the quote spans. Output: tokens (words,
 * punctuation, and each quotation one token, so attribution patterns see only the writer's words), the word classes
 * the attribution patterns use, and tests on a token (speech verb, past tense, time word, the mention covering it).
 */
import type { Mention } from '../language/mention-types.ts';
import type { QuoteSpan, SpeechLexicon, UnitToken, UnitView } from './statement-types.ts';

export const DETERMINERS = new Set(['a', 'an', 'another', 'both', 'each', 'her', 'his', 'its', 'my', 'one', 'our', 'several', 'that', 'the', 'their', 'these', 'this', 'those', 'three', 'two', 'your']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who', 'we', 'i']);
export const PASSIVE = new Set(['is', 'was', 'were', 'be', 'been', 'being', 'are']);
export const PREPOSITIONS = new Set(['about', 'across', 'against', 'amid', 'among', 'at', 'by', 'despite', 'for', 'from', 'in', 'including', 'into', 'of', 'on', 'over', 'through', 'to', 'toward', 'towards', 'under', 'via', 'with', 'within', 'without']);
export const BOUNDARY = new Set(['after', 'although', 'and', 'as', 'because', 'before', 'but', 'if', 'or', 'since', 'so', 'than', 'that', 'though', 'when', 'where', 'whereas', 'which', 'while', 'who', 'whom']);
export const TIME = new Set(['afterwards', 'earlier', 'last', 'later', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'evening', 'today', 'tonight', 'yesterday', 'week', 'weekend', 'year', 'this', 'on', 'recently']);

/** Words, punctuation and whole quotations (open mark to close mark) of text[start, end). */
export function tokenize(text: string, start: number, end: number, quotes: QuoteSpan[]): UnitToken[] {
  const out: UnitToken[] = [];
  let pos = start;
  const inUnit = quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.open >= start && q.open < end);
  for (const { q, i } of inUnit) {
    words(text, pos, q.open, out);
    const stop = q.close < 0 ? q.end : q.close + 1;
    out.push({ start: q.open, end: stop, text: text.slice(q.open, stop), lower: '', kind: 'quote', quote: i });
    pos = stop;
  }
  words(text, pos, end, out);
  return out;
}

const TRAIL = new Set([...".'’-"]);

function words(text: string, from: number, to: number, out: UnitToken[]): void {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|[^\s\p{L}\p{N}]/gu;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) {
    let w = m[0];
    const s = from + m.index;
    const trail: UnitToken[] = [];
    while (w.length > 1 && TRAIL.has(w[w.length - 1]!) && !/^(?:\p{L}\.)+$/u.test(w)) {
      trail.unshift(tok(s + w.length - 1, w[w.length - 1]!, 'punct'));
      w = w.slice(0, -1);
    }
    out.push(tok(s, w, /[\p{L}\p{N}]/u.test(w[0]!) ? 'word' : 'punct'), ...trail);
    joinNumber(text, out);
  }
}

/** "964" "," "000" is one number. */
function joinNumber(text: string, out: UnitToken[]): void {
  const [a, b, c] = out.slice(-3);
  if (!a || !b || !c || b.text !== ',' || a.end !== b.start || b.end !== c.start || !/^\d+$/.test(a.text) || !/^\d{3}/.test(c.text)) return;
  out.splice(-3, 3, tok(a.start, text.slice(a.start, c.end), 'word'));
}

const tok = (start: number, text: string, kind: UnitToken['kind']): UnitToken => ({ start, end: start + text.length, text, lower: text.toLowerCase(), kind, quote: -1 });

export const word = (t: UnitToken | undefined): t is UnitToken => t?.kind === 'word';
export const isCap = (t: UnitToken) => /^\p{Lu}/u.test(t.text);

export function isSpeechVerb(t: UnitToken, lex: SpeechLexicon, first = false): boolean {
  if (!word(t) || isCap(t) && !(first && lex.participles.has(t.lower))) return false;
  return lex.clause.has(t.lower) || lex.quote.has(t.lower) || lex.object.has(t.lower) || lex.naming.has(t.lower);
}

/** Any lower-case past-tense form: the structural fallback next to a quotation. */
export const pastTense = (t: UnitToken | undefined, lex: SpeechLexicon) => !!t && word(t) && !isCap(t) && (/^\p{Ll}{2,}ed$/u.test(t.text) || lex.quote.has(t.lower) || lex.clause.has(t.lower));

/** A listed speech verb in a form that cannot be a noun ("said", "adding"; not "state", "claims"). */
export const verbForm = (t: UnitToken, lex: SpeechLexicon) => isSpeechVerb(t, lex) && (/(?:ed|ing)$/.test(t.lower) || lex.irregular_past.has(t.lower));

/** The mention that covers a token, if any. */
export function mentionAt(u: UnitView, t: UnitToken): Mention | undefined {
  return u.mentions.find((m) => m.start <= t.start && m.end >= t.end && m.type !== 'place') ?? u.mentions.find((m) => m.start <= t.start && m.end >= t.end);
}
export const tokIndexAt = (toks: UnitToken[], offset: number) => toks.findIndex((t) => t.end > offset);

export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
export const CONNECTIVES = new Set(['and', 'but', 'however', 'still', 'yet', 'meanwhile', 'also']);
export function isTime(t: UnitToken | undefined): boolean {
  return !!t && (TIME.has(t.lower) || MONTHS.has(t.lower) || /^\d/.test(t.text));
}

export const endsClause = (t: UnitToken | undefined) => !t || t.text === '.' || t.text === '!' || t.text === '?';
export const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'must', 'may', 'might', 'did', 'does', 'do', 'remains', 'needs']);
