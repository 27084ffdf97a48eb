/**
 * Writer units and tests on quotations. Input: the document's sentences and quotation spans (language/quotes.ts).
 * Output: writer units (sentences merged where a sentence break falls inside a quotation), and tests for a
 * quotation's words (a name or title, a word count).
 * Rule ids: none; this module reports nothing, extract-statements labels what it finds.
 */
import type { Sentence } from '../language/sentences.ts';
import type { QuoteSpan, Unit } from './statement-types.ts';

/** Sentences merged where a break falls inside a quotation: the units the writer's syntax spans. */
export function writerUnits(sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  sentences.forEach((s, i) => {
    const last = units[units.length - 1];
    const inside = last && last.paragraph === s.paragraph && quotes.some((q) => q.close >= 0 && q.open < s.start && q.close >= s.start);
    if (inside) {
      last.end = s.end;
      last.last = i;
    } else units.push({ start: s.start, end: s.end, paragraph: s.paragraph, first: i, last: i });
  });
  return units;
}

/** A quotation that reads as a name or title ("Wild Rose", "The Salt Road,"): capitalised words, no sentence. */
export function looksLikeName(quote: string): boolean {
  const ws = quote
    .trim()
    .replace(/[,.;:!?]$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (ws.length === 0 || ws.length > 6) return false;
  if (/[.!?]\s|[!?]$/.test(quote.trim())) return false;
  const small = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', '&', 'de', 'la', 'von']);
  return ws.every((w, i) => /^[\p{Lu}\p{N}&]/u.test(w) || (i > 0 && small.has(w.toLowerCase())));
}

export const quoteWords = (quote: string) => quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
