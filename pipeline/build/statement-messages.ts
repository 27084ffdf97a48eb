/**
 * What the statement stage could not settle in one article, as messages the build report counts: a statement
 * left without a speaker (statements:no-speaker). Events are reported once merged (event-messages.ts).
 * Info, not warnings: each is a fact about the article, and the record is still written.
 * Input: the file, the cleaned text and the article's analysis. Output: messages in text order. Pure.
 */
import { message, type Message } from '../core/message.ts';
import { codePointOffset } from '../language/sentences.ts';
import type { ArticleAnalysis } from './analyse-article.ts';

const excerpt = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

export function statementMessages(file: string, text: string, analysis: Pick<ArticleAnalysis, 'statements'>): Message[] {
  const out: { at: number; m: Message }[] = [];
  const where = (start: number) => `at code point ${codePointOffset(text, start)} of the cleaned text`;
  for (const s of analysis.statements) {
    if (s.speakerEntity !== null || s.speakerSurface !== null) continue;
    out.push({ at: s.evidenceStart, m: message('info', 'statements', 'no-speaker', file, `Statement ${where(s.evidenceStart)} left without a speaker: "${excerpt(s.quote)}"`, { expected: 'a speaker the text names or refers to', actual: 'none found with confidence' }) });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.m);
}
