/**
 * The writer's words of a unit. Input: cleaned text, a unit's bounds, the quote spans. Output: tokens (words,
 * punctuation, and each quotation one token, so attribution patterns see only the writer's words), the word classes
 * the attribution patterns use, and tests on a token (speech verb, past tense, time word, the mention covering it).
 */
import type { Mention } from '../language/mention-types.ts';
import type { QuoteSpan, SpeechLexicon, UnitToken, UnitView } from './statement-types.ts';
import { firstTokenAfter, type TextToken } from '../language/tokens.ts';
import type { PosLemma } from '../language/tagger.ts';
import {
  ARTICLES,
  BE,
  DEMONSTRATIVES,
  MONTH_FORMS,
  OBJECT_PRONOUNS as OBJECT_PRONOUNS_ALL,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  WEEKDAYS,
  setOf,
} from '../language/grammar.ts';

export const DETERMINERS = setOf(ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, ['another', 'both', 'each', 'one', 'several', 'three', 'two']);
export const PRONOUNS = setOf(
  SUBJECT_PRONOUNS.filter((w) => w !== 'you'),
  ['who'],
);
export const PASSIVE = setOf(BE.filter((w) => w !== 'am'));
export const PREPOSITIONS = new Set([
  'about',
  'across',
  'against',
  'amid',
  'among',
  'at',
  'by',
  'despite',
  'for',
  'from',
  'in',
  'including',
  'into',
  'of',
  'on',
  'over',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'via',
  'with',
  'within',
  'without',
]);
export const BOUNDARY = new Set([
  'after',
  'although',
  'and',
  'as',
  'because',
  'before',
  'but',
  'if',
  'or',
  'since',
  'so',
  'than',
  'that',
  'though',
  'when',
  'where',
  'whereas',
  'which',
  'while',
  'who',
  'whom',
]);
export const TIME = setOf(WEEKDAYS, TIME_WORDS, ['afterwards', 'last', 'on', 'recently', 'this']);

/** The document's tokens (language/tokens.ts) with their tags (language/tagger.ts), parallel. */
export interface TokenStream {
  tokens: TextToken[];
  tags: PosLemma[];
}

/** Words, punctuation and whole quotations (open mark to close mark) of text[start, end), read off the document's tokens. */
export function tokenize(doc: TokenStream, text: string, start: number, end: number, quotes: QuoteSpan[]): UnitToken[] {
  const out: UnitToken[] = [];
  const inUnit = quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.open >= start && q.open < end);
  let next = 0;
  let stop = start;
  for (let i = firstTokenAfter(doc.tokens, start); i < doc.tokens.length && doc.tokens[i]!.start < end; i++) {
    const t = doc.tokens[i]!;
    if (t.start < stop) continue;
    const q = inUnit[next];
    if (q && t.start >= q.q.open) {
      stop = q.q.close < 0 ? q.q.end : q.q.close + 1;
      out.push({ start: q.q.open, end: stop, text: text.slice(q.q.open, stop), lower: '', kind: 'quote', quote: q.i, pos: '', lemma: '' });
      next++;
      i--; // the token at the open mark is inside the quotation; read on from its close
      continue;
    }
    if (t.end > end) break;
    const tag = doc.tags[i];
    out.push({ start: t.start, end: t.end, text: t.text, lower: t.text.toLowerCase(), kind: t.kind, quote: -1, pos: tag?.pos ?? '', lemma: tag?.lemma ?? '' });
  }
  return out;
}

export const word = (t: UnitToken | undefined): t is UnitToken => t?.kind === 'word';
export const isCap = (t: UnitToken) => /^\p{Lu}/u.test(t.text);

export function isSpeechVerb(t: UnitToken, lex: SpeechLexicon, first = false): boolean {
  if (!word(t) || (isCap(t) && !(first && lex.participles.has(t.lower)))) return false;
  return lex.clause.has(t.lower) || lex.quote.has(t.lower) || lex.object.has(t.lower) || lex.naming.has(t.lower) || lex.acts.has(t.lower);
}

/** Any lower-case past-tense form: the structural fallback next to a quotation. */
export const pastTense = (t: UnitToken | undefined, lex: SpeechLexicon) =>
  !!t && word(t) && !isCap(t) && (/^\p{Ll}{2,}ed$/u.test(t.text) || lex.quote.has(t.lower) || lex.clause.has(t.lower));

/** A listed speech verb in a form that cannot be a noun ("said", "adding"; not "state", "claims"). */
export const verbForm = (t: UnitToken, lex: SpeechLexicon) => isSpeechVerb(t, lex) && (/(?:ed|ing)$/.test(t.lower) || lex.irregular_past.has(t.lower));

/** The mention that covers a token, if any. */
export function mentionAt(u: UnitView, t: UnitToken): Mention | undefined {
  return u.mentions.find((m) => m.start <= t.start && m.end >= t.end && m.type !== 'place') ?? u.mentions.find((m) => m.start <= t.start && m.end >= t.end);
}
export const tokIndexAt = (toks: UnitToken[], offset: number) => toks.findIndex((t) => t.end > offset);

export const MONTHS = setOf(MONTH_FORMS);
export const OBJECT_PRONOUNS = setOf(OBJECT_PRONOUNS_ALL.filter((w) => w !== 'it'));
export const CONNECTIVES = new Set(['and', 'but', 'however', 'still', 'yet', 'meanwhile', 'also']);
export function isTime(t: UnitToken | undefined): boolean {
  return !!t && (TIME.has(t.lower) || MONTHS.has(t.lower) || /^\d/.test(t.text));
}

export const endsClause = (t: UnitToken | undefined) => !t || t.text === '.' || t.text === '!' || t.text === '?';
export const AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'must',
  'may',
  'might',
  'did',
  'does',
  'do',
  'remains',
  'needs',
]);
