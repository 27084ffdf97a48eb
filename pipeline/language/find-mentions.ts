/**
 * Find the names of people, organisations, places and metonyms in an article's cleaned text, with offsets.
 * Capitalised runs of tokens are cut into pieces: places and government buildings (gazetteer), organisations
 * (an organisation head word such as Council or Ministry, an acronym, an expansion matching its acronym
 * "(HPC)", the registry), roles and titles ("Russian Foreign Minister", "former president"), which leave the
 * name and become its role, and the names left, which are people when a cue says so: a title or role noun
 * before, a speech verb after, apposition, or two or more name-like words. A single word is a person when it
 * is a name part of a person the article names in full ("Petrovsky" after "Ivan Petrovsky"). A headline in Title Case yields only names
 * that the body or the gazetteer confirms.
 * Input: the document's text, body offset, sentences and words; the name context. Output: mentions and article-local entities.
 */
import type { Sentence } from './sentences.ts';
import type { ArticleMentions, Mention, MentionType } from './mention-types.ts';
import type { NameContext } from './name-cues.ts';
import type { Token } from './tokens.ts';
import { makeLexicon, type NameLexicon } from './name-lexicon.ts';
import { segment } from './segment-names.ts';
import { resolveEntities, type Draft } from './resolve-entities.ts';
import { findInstitutions } from './find-institutions.ts';

/** The document's text, sentences and words (document.ts). */
export interface MentionInput {
  text: string;
  bodyOffset: number;
  sentences: Sentence[];
  words: Token[];
}

/** Tokens that can sit inside a run of capitalised words. */
function runsOf(tokens: Token[], lex: NameLexicon): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !(run[run.length - 1]!.cap || run[run.length - 1]!.upper)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  /** Lower-case connectors and particles join a run when a capitalised word follows them ("van der Berg"). */
  const capAhead = (i: number): boolean => {
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      if (tokens[k]!.gap !== ' ') return false;
      if (tokens[k]!.cap || tokens[k]!.upper) return true;
      if (!lex.connectors.has(tokens[k]!.text)) return false;
    }
    return false;
  };
  tokens.forEach((t, i) => {
    const namey = t.cap || t.upper;
    const prev = run[run.length - 1];
    // An initial's full stop ("George W. Bush") does not break a name.
    // Nor does a courtesy title's ("Mrs. May").
    const initial = prev !== undefined && t.gap === '. ' && (/^\p{Lu}$/u.test(prev.text) || lex.honorifics.has(`${prev.text}.`));
    const joins = prev !== undefined && (t.gap === ' ' || initial || (t.gap === '/' && namey)) && !prev.possessive;
    const inner = !namey && lex.connectors.has(t.text) && capAhead(i);
    if (namey || inner) {
      if (!joins) flush();
      run.push(t);
    } else flush();
  });
  flush();
  return runs;
}

export function findMentions(input: MentionInput, ctx: NameContext): ArticleMentions {
  const lex = makeLexicon(ctx, input.text);
  const tokens = input.words;
  // Each line (title, paragraph, caption) is read on its own; a line in Title Case is a headline.
  const drafts: Draft[] = [];
  let from = 0;
  for (const line of input.text.split('\n')) {
    const to = from + line.length;
    const own = tokens.filter((t) => t.start >= from && t.end <= to);
    const headline = isTitleCase(own, lex.lowerWords, line);
    for (const run of runsOf(own, lex)) drafts.push(...segment(lex, run, input.text, headline).map((d) => (headline ? { ...d, inTitle: true } : d)));
    from = to + 1;
  }
  // An institution or outlet found by its lower-case head holds the run's piece inside it ("TASS" of "TASS news agency").
  const institutions = findInstitutions(tokens, input.text, lex);
  const held = (d: Draft) => institutions.some((x) => x.start <= d.start && x.end >= d.end && x.end - x.start > d.end - d.start);
  const resolved = resolveEntities([...drafts.filter((d) => !held(d)), ...institutions], input.text, lex);
  const mentions: Mention[] = resolved.mentions.map((m) => ({ ...m, sentence: sentenceOf(input.sentences, m.start) }));
  return { mentions, entities: resolved.entities };
}

/** A headline where most longer words are capitalised: capitals there say nothing about names. */
const HEADLINE_SMALL_WORDS = new Set([
  'A',
  'An',
  'And',
  'As',
  'At',
  'But',
  'By',
  'For',
  'From',
  'In',
  'Into',
  'Is',
  'Of',
  'On',
  'Or',
  'Over',
  'The',
  'To',
  'With',
  'Will',
  'After',
  'Amid',
]);

/** A headline in Title Case: most longer words capitalised, and a capitalised small word or a word the text
 * also writes in lower case ("Seeks", "Talks"), which a line of names alone does not have. */
function isTitleCase(tokens: Token[], lowerWords: Set<string>, line: string): boolean {
  const words = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  const lower = words.filter((t) => !t.cap && !t.upper).length;
  if (words.length < 3 || lower > 1 || (words.length - lower) / words.length < 0.8) return false;
  // "Iran's Foreign Minister NAME met the envoy on Monday.": a sentence of names with one lower-case word and a
  // closing full stop is body text; a headline in Title Case has no lower-case word or no full stop.
  if (lower === 1 && /\p{Ll}{2}\.\s*$/u.test(line)) return false;
  return tokens.some((t) => HEADLINE_SMALL_WORDS.has(t.text) || (t.cap && t.text.length >= 4 && lowerWords.has(t.text.toLowerCase())));
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0,
    hi = sentences.length - 1,
    ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export type { MentionType };
