/**
 * The document model: one reading of an article, built once, that every language stage reads. Sentences
 * (sentences.ts), tokens (tokens.ts: words and punctuation, and the name finder's view of the words) with their
 * part of speech and lemma (tagger.ts), the
 * names it mentions and the entities they form (find-mentions.ts), and every date expression of every sentence
 * (date-expressions.ts; resolved by date-resolve.ts against the publication date where a stage knows the
 * clause's tense), and its quotations (quotes.ts). Offsets are UTF-16 indices into `text`; emitters convert them to code points.
 * Input: the cleaned text, body offset and publication date, and the language context. Output: a Document. Pure.
 */
import type { Sentence } from './sentences.ts';
import type { ArticleMentions } from './mention-types.ts';
import type { NameContext } from './name-cues.ts';
import { nameTokens, scanTokens, type TextToken, type Token } from './tokens.ts';
import { findDates, type DateSpec } from './date-expressions.ts';
import { findMentions } from './find-mentions.ts';
import { tagTokens, type PosLemma } from './tagger.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';

/** A date expression of one sentence; the spec's offsets are relative to the sentence. */
export interface SentenceDate {
  sentence: number;
  spec: DateSpec;
}

export interface Document {
  text: string;
  bodyOffset: number;
  published: string | null;
  sentences: Sentence[];
  /** Words and punctuation of the whole text, in order. */
  tokens: TextToken[];
  /** Part of speech (Universal POS) and lemma of each token (tagger.ts, wink-nlp), parallel to `tokens`. */
  tags: PosLemma[];
  /** The words as the name finder reads them (possessives and adjective tails cut). */
  words: Token[];
  /** Date expressions, sentence by sentence, in text order. */
  dates: SentenceDate[];
  /** Quotation spans (quotes.ts), in text order. */
  quotes: QuoteSpan[];
  mentions: ArticleMentions;
}

export interface DocumentContext {
  names: NameContext;
  split: (text: string) => Sentence[];
}

export interface DocumentSource {
  text: string;
  bodyOffset: number;
  published: string | null;
}

/** Everything but the mentions: for a caller (a test) that brings mentions of its own. */
export function readText(source: DocumentSource, sentences: Sentence[]): Omit<Document, 'mentions'> {
  const tokens = scanTokens(source.text);
  const tags = tagTokens(source.text, tokens);
  const dates = sentences.flatMap((s, sentence) => findDates(s.text).map((spec) => ({ sentence, spec })));
  return { ...source, sentences, tokens, tags, words: nameTokens(source.text, tokens), dates, quotes: findQuotes(source.text) };
}

export function readDocument(source: DocumentSource, ctx: DocumentContext): Document {
  const base = readText(source, ctx.split(source.text));
  return { ...base, mentions: findMentions(base, ctx.names) };
}

/** The date expressions of sentence i (binary search would do; articles have few). */
export const datesOf = (doc: Pick<Document, 'dates'>, i: number): DateSpec[] => doc.dates.filter((d) => d.sentence === i).map((d) => d.spec);
