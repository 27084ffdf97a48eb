/**
 * The one tokenizer. `scanTokens` reads a text once into words and punctuation with offsets (UTF-16 indices
 * into the text): a word is a run of letters, marks and digits with single inner apostrophes, hyphens or
 * full stops ("O'Neill", "al-Qaeda", "don't"); a dotted acronym takes its final full stop ("U.S."); "964,000"
 * is one number. Every other visible character is one punctuation token ("--" is two). The stages read views of that one token list, never the text again:
 * - `nameTokens`: the words as the name finder reads them: a possessive 's cut off and marked, an adjective
 *   tail cut after a capitalised head ("al-Qaeda-linked" -> "al-Qaeda", "Russian-hosted" -> "Russian"), the
 *   text between two words (`gap`) kept for apposition and run breaks;
 * - `wordsIn`: the words of a span with offsets relative to it and a folded lower case (events' cue lookup).
 * Input: text. Output: tokens. Pure.
 */
import anyAscii from 'any-ascii';

export interface TextToken {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'punct';
}

/** A word as the name finder reads it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  gap: string;
  possessive: boolean;
  /** Starts with an upper-case letter (after any lower-case particle prefix such as al-). */
  cap: boolean;
  upper: boolean;
}

/** A word of a span: offsets relative to the span, `lower` folded (any-ascii, lower case, ’ as '). */
export interface SpanWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal part of speech from the tagger, when the caller has tags ("" otherwise). */
  pos: string;
}

const SCAN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

export function scanTokens(text: string): TextToken[] {
  const out: TextToken[] = [];
  const re = new RegExp(SCAN.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let w = m[0];
    const s = m.index;
    if (!/[\p{L}\p{M}\p{N}]/u.test(w[0]!)) {
      out.push({ text: w, start: s, end: s + w.length, kind: 'punct' });
      continue;
    }
    // A dotted acronym takes its final full stop ("U.S."), which then ends no sentence of its own.
    if (DOTTED.test(w) && text[s + w.length] === '.') {
      w += '.';
      re.lastIndex = s + w.length;
    }
    out.push({ text: w, start: s, end: s + w.length, kind: 'word' });
    joinNumber(text, out);
  }
  return out;
}

/** "964" "," "000" is one number. */
function joinNumber(text: string, out: TextToken[]): void {
  const [a, b, c] = out.slice(-3);
  if (!a || !b || !c || b.text !== ',' || a.end !== b.start || b.end !== c.start || !/^\d+$/.test(a.text) || !/^\d{3}/.test(c.text)) return;
  out.splice(-3, 3, { text: text.slice(a.start, c.end), start: a.start, end: c.end, kind: 'word' });
}

const CAP = /^(?:(?:al|el|ad|as|ash|ibn|bin)-)?\p{Lu}/u;

/** Tails that make a hyphenated word an adjective ("-backed", "-linked", "-based"), not part of a name. */
const ADJECTIVE_TAIL = /^(?:\p{Ll}+(?:ed|ing)|born|era|style|type|wide|like|run|made|led|held|owned|backed|based)$/u;

/** Cut a hyphenated word before an adjective tail that follows a capitalised part ("Kim Min-jung" stays). */
function cutTail(word: string): string {
  const parts = word.split('-');
  for (let i = 1; i < parts.length; i++) {
    const head = parts.slice(0, i).join('-');
    if (/\p{Lu}/u.test(head) && ADJECTIVE_TAIL.test(parts[i]!)) return head;
  }
  return word;
}

export function nameTokens(text: string, tokens: TextToken[]): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    let word = cutTail(t.text);
    let possessive = false;
    const poss = /['’]s$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const end = t.start + word.length;
    out.push({
      text: word,
      start: t.start,
      end,
      gap: text.slice(prevEnd, t.start),
      possessive,
      cap: CAP.test(word),
      upper: word.length > 1 && /^[\p{Lu}\p{N}.&/-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word),
    });
    prevEnd = possessive ? end + 2 : end;
  }
  return out;
}

/** The name finder's words of a text, scanned once. */
export const tokenize = (text: string): Token[] => nameTokens(text, scanTokens(text));

/** Index of the first token that ends after `pos` (binary search). */
export function firstTokenAfter(tokens: { end: number }[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const foldWord = (s: string) => anyAscii(s).toLowerCase().replace(/’/g, "'");

/** The words within [from, to) of the text, offsets relative to `from`; `tags` parallel to `tokens`, if any. */
export function wordsIn(tokens: TextToken[], from: number, to: number, tags?: readonly { pos: string }[]): SpanWord[] {
  const out: SpanWord[] = [];
  for (let i = firstTokenAfter(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.start < from || t.end > to) continue;
    out.push({ text: t.text, lower: foldWord(t.text), start: t.start - from, end: t.end - from, pos: tags?.[i]?.pos ?? '' });
  }
  return out;
}
