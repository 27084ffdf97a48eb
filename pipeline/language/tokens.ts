/**
 * Word tokens with offsets (UTF-16 indices into the text). A token is a run of letters, marks and digits with
 * single inner apostrophes, hyphens or full stops ("O'Neill", "al-Qaeda", "U.S"); a dotted acronym takes its
 * final full stop ("U.S."); a possessive 's is cut off and marked; a hyphenated word whose tail is lower case
 * after a capitalised head is cut ("al-Qaeda-linked" -> "al-Qaeda", "Russian-hosted" -> "Russian").
 * `gap` is the text between the previous token and this one (" ", ", ", " “" ...), which the recogniser
 * reads for apposition and run breaks.
 */
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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;
const CAP = /^(?:(?:al|el|ad|as|ash|ibn|bin)-)?\p{Lu}/u;

/** Tails that make a hyphenated word an adjective ("-backed", "-linked", "-based"), not part of a name. */
const ADJECTIVE_TAIL = /^(?:\p{Ll}+(?:ed|ing)|born|era|style|type|wide|like|run|made|led|held|owned|backed|based)$/u;

/** Cut a hyphenated token before an adjective tail that follows a capitalised part ("Kim Min-jung" stays). */
function cutTail(word: string): string {
  const parts = word.split('-');
  for (let i = 1; i < parts.length; i++) {
    const head = parts.slice(0, i).join('-');
    if (/\p{Lu}/u.test(head) && ADJECTIVE_TAIL.test(parts[i]!)) return head;
  }
  return word;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = cutTail(m[0]);
    const start = m.index!;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && word.length === m[0].length && text[start + word.length] === '.') word += '.';
    let possessive = false;
    const poss = /['’]s$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const end = start + word.length;
    out.push({ text: word, start, end, gap: text.slice(prevEnd, start), possessive, cap: CAP.test(word), upper: word.length > 1 && /^[\p{Lu}\p{N}.&/-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word) });
    prevEnd = possessive ? end + 2 : end;
  }
  return out;
}
