/**
 * Text helpers for event extraction within one sentence: clause boundaries, cue-word lookup and spans
 * over the sentence's words (language/tokens.ts). Offsets are UTF-16 indices into the sentence text. Pure; no rule ids.
 */
import type { SpanWord } from '../language/tokens.ts';

/** A word of the sentence (language/tokens.ts `wordsIn`): offsets relative to the sentence, folded lower case. */
export type Token = SpanWord;

/** Index of the token that starts at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.end <= pos) i++;
  return i;
}

/** Does the cue sequence `seq` start at token i? */
export function seqAt(tokens: Token[], i: number, seq: string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.lower !== seq[k]) return false;
  return true;
}

/** The first cue of `list` found in tokens [from, to), as [token index, cue], or null. */
export function findCue(tokens: Token[], list: string[][] | undefined, from: number, to: number): [number, string] | null {
  if (!list) return null;
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    for (const seq of list) if (seqAt(tokens, i, seq)) return [i, seq.join(' ')];
  }
  return null;
}

/** The last cue of `list` found in tokens [from, to). */
export function findLastCue(tokens: Token[], list: string[][] | undefined, from: number, to: number): [number, string] | null {
  if (!list) return null;
  for (let i = Math.min(to, tokens.length) - 1; i >= Math.max(0, from); i--) {
    for (const seq of list) if (seqAt(tokens, i, seq) && i + seq.length <= to) return [i, seq.join(' ')];
  }
  return null;
}

// ", it announced ...": a pronoun after a comma opens a main clause after a fronted phrase.
const BOUNDARY_WORDS = new Set(['and', 'but', 'while', 'whereas', 'saying', 'adding', 'although', 'though', 'yet', 'it', 'he', 'she', 'they', 'we']);

/**
 * Clause boundaries (character offsets) inside a sentence: semicolons, colons, spaced dashes, and a comma
 * followed by a coordinating or adverbial word ("..., and officials met ..."). Relative clauses (", which")
 * stay with their noun: they describe it ("The conference, which ran from ...").
 */
export function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ';' || (c === ':' && text[i + 1] === ' ')) out.push(i);
    else if ((c === '—' || c === '–' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') out.push(i);
    else if (c === ',') {
      const next = /^ ([a-z]+)/.exec(text.slice(i + 1, i + 14))?.[1];
      if (next && BOUNDARY_WORDS.has(next)) out.push(i);
    }
  }
  return out;
}

/** The clause [start, end) that holds position pos. */
export function clauseOf(breaks: number[], length: number, pos: number): [number, number] {
  let start = 0;
  let end = length;
  for (const b of breaks) {
    if (b < pos) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

export const inSpans = (spans: [number, number][], pos: number) => spans.some(([a, b]) => pos >= a && pos < b);
