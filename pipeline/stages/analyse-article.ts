/**
 * The language stages of one article, after cleaning: sentences, then the names it mentions and the entities
 * they form. Pure; runs in the same worker as cleaning and is cached with it.
 * Input: the source record (its text, body offset, publication date) and the language context.
 * Output: mentions and entities (offsets in UTF-16 units of the text; emitters convert to code points).
 */
import type { Sentence } from '../nlp/sentences.ts';
import type { NameContext } from '../nlp/names.ts';
import type { ArticleMentions } from '../nlp/types.ts';
import { findMentions } from './find-mentions.ts';

export interface LanguageContext { names: NameContext; split: (text: string) => Sentence[] }

export interface ArticleAnalysis { mentions: ArticleMentions }

export function analyseArticle(source: { text: string; body_offset: number; published: string | null }, ctx: LanguageContext): ArticleAnalysis {
  const sentences = ctx.split(source.text);
  const mentions = findMentions({ text: source.text, bodyOffset: source.body_offset, sentences }, ctx.names);
  return { mentions };
}
