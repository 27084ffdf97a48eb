/**
 * Part-of-speech tags and lemmas from one maintained tagger: wink-nlp with its English "lite web" model
 * (wink-eng-lite-web-model). Tags are Universal POS tags (NOUN, VERB, PROPN, AUX, ADJ, ADP, DET, PRON, PART,
 * NUM, PUNCT, SYM, SPACE, X, ...); lemmas are wink's lemmas, lower-cased.
 *
 * Input: text (and, for `tagTokens`, our own tokens from tokens.ts with UTF-16 offsets into that text).
 * Output: one {pos, lemma} per given token (`tagTokens`), or wink's own tokens with offsets (`tagText`).
 *
 * Purity. The model is a package file (a JSON lexicon and automata inside the npm package; nothing is
 * downloaded at any time). It is loaded once per process, on the first call, into a module-level singleton:
 * like reading code, not reading data that changes, so these functions stay pure: same text in, same tags
 * out. wink grows an in-memory lexicon cache with every unseen word; tagging the articles after 800,000
 * random unseen words gave identical tags and lemmas, so the output does not depend on what was tagged
 * before; the cache costs memory (~100 MB after those 800,000 words) in very long runs.
 *
 * Pipe. Only wink's `pos` annotation runs (lemmas follow from it): its tags were identical to those of the
 * full default pipe (sentence splitting, NER, negation, sentiment) on every token of the articles, since
 * wink's tagger reads neither sentences nor entities.
 *
 * Offsets. wink does not give character offsets, and `its.precedingSpaces` is lossy (a no-break space is
 * reported as " ", runs are capped at 65,534, and U+2028, U+3000 and U+FEFF vanish without a trace), so
 * offsets are rebuilt by walking the text: each wink token's value is matched at the cursor after skipping
 * whitespace, format and control characters. wink's token values are the text verbatim (its normalising of
 * "--" -> "–", "defence" -> "defense" or "1,000" -> "1000" happens in lemmas, never in values); a value that
 * still does not match is looked for in a short window ahead and, failing that, is marked unaligned
 * (`start === end`) and never used by `tagTokens`. Linear in the text length.
 *
 * Known tags against intuition: a capitalised plural noun opening a sentence is PROPN and unlemmatised
 * ("Officials said" -> PROPN "officials"; mid-sentence "officials" is NOUN "official"); a sentence-opening
 * gerund is VERB ("Fighting continued"); "Afghan" is PROPN; lemmas are American ("criticised" -> "criticize").
 */
import { createRequire } from 'node:module';
import type { ItsFunction, Model, WinkMethods } from 'wink-nlp';

/** A wink token with UTF-16 offsets into the text. An unaligned token has start === end (none in the articles or in fuzzing). */
export interface TaggedToken {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

export interface PosLemma {
  pos: string;
  lemma: string;
}

let nlp: WinkMethods | undefined;

/** The wink instance, created on first use (reading the model package takes ~0.5 s, once per process). */
function wink(): WinkMethods {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    nlp = winkNLP(model, ['pos']);
  }
  return nlp;
}

/** Characters wink may drop or count as spaces between tokens: whitespace, format and control characters. */
const GAP = /[\s\p{Cf}\p{Cc}\p{Z}]/u;
/** How far ahead (UTF-16 units) a token that does not match at the cursor is looked for. */
const WINDOW = 32;

interface Analysis {
  values: string[];
  start: Int32Array;
  end: Int32Array;
  pos: string[];
  lemma: string[];
  contraction: boolean[];
}

function analyse(text: string): Analysis {
  const w = wink();
  const its = w.its;
  const tokens = w.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink's typings declare `its.lemma` with an `addons` argument that `out` does supply; the cast says so.
  const rawLemma = tokens.out(its.lemma as unknown as ItsFunction<string>) as unknown[];
  const contraction = tokens.out(its.contractionFlag) as unknown as boolean[];
  const n = values.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const lemma: string[] = new Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? '';
    const l = rawLemma[i];
    // wink can return no lemma ("cannot" in some contexts gives undefined): fall back to the value.
    lemma[i] = (typeof l === 'string' && l !== '' && l !== 'undefined' ? l : v).toLowerCase();
    let at = -1;
    if (v !== '') {
      let p = cursor;
      while (p < text.length && !text.startsWith(v, p) && GAP.test(text[p]!)) p++;
      if (text.startsWith(v, p)) at = p;
      else {
        const k = text.slice(cursor, cursor + WINDOW + v.length).indexOf(v);
        if (k >= 0) at = cursor + k;
      }
    }
    if (at < 0) {
      start[i] = end[i] = cursor;
    } else {
      start[i] = at;
      end[i] = cursor = at + v.length;
    }
  }
  correctTags(values, pos);
  return { values, start, end, pos, lemma, contraction };
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * One correction of the light model's tags, in the one place tags are made: an article never stands before a
 * verb, so a VERB right after "a", "an" or "the" is the noun ("moving too far to the left", "a press release").
 */
function correctTags(values: string[], pos: string[]): void {
  let prev = -1;
  for (let i = 0; i < values.length; i++) {
    if (pos[i] === 'SPACE') continue;
    if (pos[i] === 'VERB' && prev >= 0 && pos[prev] === 'DET' && ARTICLES.has(values[prev]!.toLowerCase())) pos[i] = 'NOUN';
    prev = i;
  }
}

/** wink's tokens of the text, with offsets, Universal POS tag and lower-cased lemma (whitespace tokens included). */
export function tagText(text: string): TaggedToken[] {
  if (text === '') return [];
  const a = analyse(text);
  return a.values.map((value, i) => ({ text: value, start: a.start[i]!, end: a.end[i]!, pos: a.pos[i] ?? 'X', lemma: a.lemma[i]! }));
}

const NOT_WORD = new Set(['PUNCT', 'SYM', 'SPACE']);

/**
 * Tag our tokens (tokens.ts) by character offsets: each takes the wink token(s) overlapping it, in one pass
 * merging the two sequences (tokens out of order are found again by binary search). Several wink tokens:
 * - a hyphenated compound whose last word wink tags VERB or ADJ ("al-Qaeda-linked", "U.S.-backed",
 *   "well-known"): ADJ, lemma our text lower-cased (wink keeps prefixed verbs, "re-elected", whole);
 * - else PROPN if any part is PROPN ("al" NOUN "-" "Qaeda" PROPN), else the first word's tag ("Ca" AUX of
 *   "Can't"); the lemma joins the parts' lemmas and the text between them ("al-qaeda", "self-defense"),
 *   leaving out a contraction's tail or a possessive after the first word ("Can't" -> "can", "group’s" -> "group").
 * A wink token wider than ours ("1,000" against "1" and "000"): its tag, our text lower-cased as lemma.
 * No wink token (an empty span; a word always has one): X and our text. One entry per given token, in order.
 */
export function tagTokens(text: string, tokens: readonly { start: number; end: number }[]): PosLemma[] {
  if (tokens.length === 0) return [];
  const a = analyse(text);
  // Aligned, non-empty wink tokens, in text order and non-overlapping.
  const idx: number[] = [];
  for (let i = 0; i < a.values.length; i++) if (a.end[i]! > a.start[i]!) idx.push(i);
  const out: PosLemma[] = [];
  let j = 0;
  let prevStart = -1;
  for (const t of tokens) {
    if (t.start < prevStart) {
      // Tokens out of order: find the first wink token ending after t.start again (binary search).
      let lo = 0;
      let hi = idx.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a.end[idx[mid]!]! <= t.start) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    prevStart = t.start;
    while (j < idx.length && a.end[idx[j]!]! <= t.start) j++;
    const parts: number[] = [];
    for (let k = j; k < idx.length && a.start[idx[k]!]! < t.end; k++) parts.push(idx[k]!);
    out.push(combine(text, t, parts, a));
  }
  return out;
}

function combine(text: string, t: { start: number; end: number }, parts: number[], a: Analysis): PosLemma {
  const own = text.slice(t.start, t.end).toLowerCase();
  if (parts.length === 0 || t.end <= t.start) return { pos: 'X', lemma: own };
  const words = parts.filter((i) => !NOT_WORD.has(a.pos[i]!));
  const head = words[0] ?? parts[0]!;
  const last = words[words.length - 1];
  if (last !== undefined && last !== head && text[a.start[last]! - 1] === '-' && (a.pos[last] === 'VERB' || a.pos[last] === 'ADJ')) {
    return { pos: 'ADJ', lemma: own };
  }
  const pos = parts.some((i) => a.pos[i] === 'PROPN') ? 'PROPN' : (a.pos[head] ?? 'X');
  let lemma = '';
  let at = t.start;
  for (const i of parts) {
    const s = Math.max(a.start[i]!, t.start);
    const e = Math.min(a.end[i]!, t.end);
    if (s > at) lemma += text.slice(at, s).toLowerCase();
    const tail = i > head && (a.contraction[i] || (a.pos[i] === 'PART' && /^['’]/.test(a.values[i]!)));
    if (tail) {
      // a contraction's tail ("n't", "'re") or a possessive ("'s") after the first word: not part of the lemma
    } else if (s === a.start[i] && e === a.end[i]) lemma += a.lemma[i];
    else lemma += text.slice(s, e).toLowerCase();
    at = e;
  }
  if (at < t.end) lemma += text.slice(at, t.end).toLowerCase();
  return { pos, lemma };
}
