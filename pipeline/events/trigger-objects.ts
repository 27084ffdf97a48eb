/**
 * Does a trigger verb's object suit its type (persons are released, places visited, "meet the thresholds" is
 * no meeting)? The object noun phrase is the words after the verb up to a preposition, a clause end or seven
 * words; a time phrase is no object. Input: the hit, the sentence's words, the reference, the clause end.
 * Output: a yes or no for triggers.ts. Pure; no rule ids (triggers.ts reports `object`).
 */
import type { EventReference } from './reference.ts';
import type { Token } from './text.ts';
import type { TriggerHit } from './trigger-hit.ts';
import { ARTICLES, BE as BE_FORMS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, TIME_WORDS, WEEKDAYS, setOf } from '../language/grammar.ts';

export const DETERMINERS = setOf(ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, ['another', 'each', 'every']);
export const BE = setOf(BE_FORMS.filter((w) => w !== 'am'));
const STOPS = new Set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'with',
  'by',
  'after',
  'before',
  'during',
  'over',
  'since',
  'as',
  'that',
  'which',
  'who',
  'when',
  'while',
  'and',
  'but',
]);

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

export const isCue = (ref: EventReference, list: string, w: string | undefined) => !!w && !!ref.cues.get(list)?.some((c) => c.length === 1 && c[0] === w);

/** A person noun: in the list, or an agent noun ("workers", "reporters", "civilians", "nationals"). */
const personWord = (ref: EventReference, w: string) => isCue(ref, 'persons', w) || /(?:[^e]ers|ors|ists|ians|ants|ees|nationals|citizens|children)$/.test(w);

/** The object (or, for a passive, the subject) suits the verb's type: persons are released, places visited. */
const QUANTITY = /^(?:dozens|hundreds|thousands|scores|some|several|many|all|most|one|two|three|four|five|six|seven|eight|nine|ten|\d+|number|group|members)$/;
const OPENERS = /^(?:the|a|an|this|that|these|those|it|he|she|they|we|in|on|at|after|before|when|while|but|and|however|also|some|all|both)$/;
const TIME = setOf(WEEKDAYS, TIME_WORDS, ['afternoon', 'day', 'days']);

/** The verb's object noun phrase: the words up to a preposition, clause end or 7 words; a time phrase is no object. */
function objectOf(h: TriggerHit, tokens: Token[], to: number): Token[] {
  let i = h.tokEnd;
  if (tokens[i]?.lower === 'of') i++;
  const obj: Token[] = [];
  for (; i < Math.min(to, h.tokEnd + 8); i++) {
    const w = tokens[i]!.lower;
    // "dozens of opposition activists": the head is after "of".
    if (w === 'of' && obj.length && QUANTITY.test(obj[obj.length - 1]!.lower)) continue;
    if (STOPS.has(w) || w === 'of') break;
    obj.push(tokens[i]!);
  }
  return obj.some((t) => TIME.has(t.lower)) ? [] : obj;
}

/** The object (or, for a passive, the subject) suits the verb's type: persons are released, places visited. */
export function objectFits(h: TriggerHit, tokens: Token[], ref: EventReference, to: number): boolean {
  const obj = objectOf(h, tokens, to);
  const personIn = (ts: Token[]) => ts.some((t) => personWord(ref, t.lower) || (capital(t) && !(t === tokens[0] && OPENERS.test(t.lower))));
  if (h.type === 'release' || h.type === 'arrest') {
    const passive = tokens.slice(Math.max(0, h.tok - 3), h.tok).some((t) => BE.has(t.lower));
    if (passive || !obj.length) return personIn(tokens.slice(Math.max(0, h.tok - 25), h.tok));
    return obj.some((t) => personWord(ref, t.lower) || (capital(t) && t !== tokens[0] && isName(t, obj)));
  }
  if (h.type === 'visit' && h.lemma === 'visit') {
    if (DETERMINERS.has(tokens[h.tok - 1]?.lower ?? '')) return false;
    const o = obj[0]?.lower === 'the' ? obj.slice(1) : obj;
    if (!o.length) return true;
    let k = 0;
    while (k < o.length && capital(o[k])) k++;
    return k > 0 && !(o[k] && /^\p{Ll}/u.test(o[k]!.text) && isCue(ref, 'persons', o[k]!.lower));
  }
  if (h.type === 'meeting') {
    const first = tokens[h.tokEnd];
    if (!first || STOPS.has(first.lower) || capital(first) || /^(?:again|privately|separately|briefly|twice|regularly|annually)$/.test(first.lower))
      return true;
    return obj.some(
      (t) =>
        capital(t) ||
        isCue(ref, 'persons', t.lower) ||
        /^(?:delegation|delegations|minister|ministers|envoy|envoys|counterpart|ambassador|president)$/.test(t.lower),
    );
  }
  return true;
}

/** A capitalised word that ends the object is a name ("released the group's co-founder Ahmed Karim Nasser"), not a modifier ("its Annual Budget" aside). */
const isName = (t: Token, obj: Token[]) => t === obj[obj.length - 1] || capital(obj[obj.indexOf(t) + 1]);
