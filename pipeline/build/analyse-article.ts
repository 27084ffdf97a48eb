/**
 * The language stages of one article, after cleaning: sentences, the names it mentions and the entities they
 * form, then the statements it reports (quotes and reported speech, attributed to those entities) and the
 * events it tells of (typed, dated, placed, with participants). Pure; runs in the same worker as cleaning and is cached with it.
 * Input: the source record (its text, body offset, publication date) and the language context.
 * Output: mentions, entities, statement and event candidates (offsets in UTF-16 units of the text; the corpus stages
 * convert them to code points).
 */
import type { Sentence } from '../language/sentences.ts';
import type { NameContext } from '../language/name-cues.ts';
import type { ArticleMentions } from '../language/mention-types.ts';
import { readDocument } from '../language/document.ts';
import { extractStatements, type SpeechVerbs, type StatementCandidate } from '../statements/extract-statements.ts';
import { extractEvents, type EventCandidate, type EventReference } from '../events/extract-events.ts';

export interface LanguageContext { names: NameContext; split: (text: string) => Sentence[]; speechVerbs: SpeechVerbs; events: EventReference }

export interface ArticleAnalysis { mentions: ArticleMentions; statements: StatementCandidate[]; events: EventCandidate[] }

export function analyseArticle(source: { text: string; body_offset: number; published: string | null }, ctx: LanguageContext): ArticleAnalysis {
  const doc = readDocument({ text: source.text, bodyOffset: source.body_offset, published: source.published }, ctx);
  const statements = extractStatements(doc, ctx.speechVerbs);
  const events = extractEvents(doc, ctx.events);
  return { mentions: doc.mentions, statements, events };
}
