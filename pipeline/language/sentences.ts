/**
 * Split cleaned article text into paragraphs and sentences, with offsets (UTF-16 indices into the text, as
 * JavaScript strings count; outputs convert them to code points). A sentence ends at . ! ? or … (and any
 * closing quotes or brackets after it) followed by space and a capital, digit or opening quote, unless the
 * word before the full stop is an abbreviation ("Mr.", "Feb.", "Gen.") or an initial ("J."). A dotted acronym
 * ("U.S.") ends a sentence only when the next word is a usual sentence opener ("the U.S. The group ...").
 * Input: text and the abbreviation lists. Output: sentences in order.
 */
export interface Abbreviations {
  titles: string[];
  others: string[];
  dotted: string[];
  openers: string[];
}

export interface Sentence {
  /** Index of the paragraph (blocks separated by blank lines) in the text. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let pos = 0;
  for (const part of text.split('\n\n')) {
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    if (body) out.push({ index: out.length, start: pos + lead, end: pos + lead + body.length, text: body });
    pos += part.length + 2;
  }
  return out;
}

const CLOSERS = new Set([...'"\'”’)]»']);
const OPENERS = new Set([...'"\'“‘(«[']);

export function makeSplitter(ab: Abbreviations) {
  const fixed = new Set([...ab.titles, ...ab.others]);
  const dotted = new Set(ab.dotted);
  const openers = new Set(ab.openers);

  /** Is the full stop at `dot` (index in p) the end of a sentence? */
  function endsAt(p: string, dot: number, nextWord: string): boolean {
    if (p[dot] !== '.') return true;
    let w = dot;
    while (w > 0 && /[\p{L}\p{N}.]/u.test(p[w - 1]!)) w--;
    const word = p.slice(w, dot);
    if (fixed.has(word)) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial
    if (dotted.has(word) || /^(?:\p{L}\.){1,4}\p{L}$/u.test(word)) return openers.has(nextWord);
    return true;
  }

  return function sentences(text: string): Sentence[] {
    const out: Sentence[] = [];
    for (const para of paragraphs(text)) {
      const p = para.text;
      let start = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p[i]!;
        if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
        let j = i + 1;
        while (j < p.length && (CLOSERS.has(p[j]!) || p[j] === '.' || p[j] === '!' || p[j] === '?')) j++;
        // A space or a line break (text whose paragraphs are single lines) follows a sentence's end.
        if (j >= p.length || (p[j] !== ' ' && p[j] !== '\n')) continue;
        let k = j;
        while (k < p.length && (p[k] === ' ' || p[k] === '\n')) k++;
        let m = k;
        while (m < p.length && OPENERS.has(p[m]!)) m++;
        if (m >= p.length || !/[\p{Lu}\p{N}]/u.test(p[m]!)) continue;
        const nextWord = /^[\p{L}]+/u.exec(p.slice(m, m + 30))?.[0] ?? '';
        if (!endsAt(p, i, nextWord)) continue;
        out.push({ paragraph: para.index, start: para.start + start, end: para.start + j, text: p.slice(start, j) });
        start = k;
        i = k - 1;
      }
      if (start < p.length) out.push({ paragraph: para.index, start: para.start + start, end: para.end, text: p.slice(start) });
    }
    return out;
  };
}

/** Code-point offset of a UTF-16 index: what Python's str indexing counts. */
export function codePointOffset(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= index) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}
