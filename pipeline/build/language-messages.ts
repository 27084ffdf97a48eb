/**
 * What the language stages could not settle, as messages the build report counts: a statement left without a
 * speaker (statements:no-speaker), an event without a date (events:no-date) or without a place
 * (events:no-place). Info, not warnings: each is a fact about the article, and the record is still written.
 * Input: the file, the cleaned text and the article's analysis. Output: messages in text order. Pure.
 */
import { message, type Message } from '../core/message.ts';
import { codePointOffset } from '../language/sentences.ts';
import { MIN_CONFIDENCE } from '../events/extract-events.ts';
import type { ArticleAnalysis } from './analyse-article.ts';

const excerpt = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

export function languageMessages(file: string, text: string, analysis: Pick<ArticleAnalysis, 'statements' | 'events'>): Message[] {
  const out: { at: number; m: Message }[] = [];
  const where = (start: number) => `at code point ${codePointOffset(text, start)} of the cleaned text`;
  for (const s of analysis.statements) {
    if (s.speakerEntity !== null || s.speakerSurface !== null) continue;
    out.push({ at: s.evidenceStart, m: message('info', 'statements', 'no-speaker', file, `Statement ${where(s.evidenceStart)} left without a speaker: "${excerpt(s.quote)}"`, { expected: 'a speaker the text names or refers to', actual: 'none found with confidence' }) });
  }
  for (const e of analysis.events) {
    if (e.confidence < MIN_CONFIDENCE) continue;
    const label = excerpt(e.label);
    if (!e.dateStart && !e.dateEnd) {
      const actual = e.dateText ? `"${e.dateText}", which could not be resolved` : 'no date expression for it';
      out.push({ at: e.evidenceStart, m: message('info', 'events', 'no-date', file, `Event ${where(e.evidenceStart)} without a date: "${label}"`, { expected: 'a date the text states or implies', actual }) });
    }
    if (!e.place) out.push({ at: e.evidenceStart, m: message('info', 'events', 'no-place', file, `Event ${where(e.evidenceStart)} without a place: "${label}"`, { expected: 'a place the text states or implies', actual: 'none found' }) });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.m);
}
