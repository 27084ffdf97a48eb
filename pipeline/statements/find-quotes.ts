/**
 * Quotations and writer units. Input: cleaned text and its sentences. Output: quote spans (outermost quotations
 * only; a quotation nested in another is part of it), writer units (sentences merged where a sentence break falls
 * inside a quotation), and tests for a quotation's words (a name or title, a word count).
 * Marks: curly and straight double quotes, guillemets; single quotes (curly or straight) only outside double
 * quotes and only when closed in the same paragraph, since they are mostly apostrophes. A double quotation still
 * open at the end of its paragraph runs to the end of it (a multi-paragraph quotation).
 * Rule ids: none; this module reports nothing, extract-statements labels what it finds.
 */
import { paragraphs, type Paragraph, type Sentence } from '../language/sentences.ts';
import type { QuoteSpan, Unit } from './statement-types.ts';

const OPEN_DOUBLE = new Set([...'“«„']);
const CLOSE_DOUBLE = new Set([...'”»']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const opensAfter = (c: string | undefined) => isSpace(c) || c === '(' || c === '[' || c === '—' || c === '–' || c === '-' || c === '/';

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const para of paragraphs(text)) out.push(...quotesIn(para));
  return out;
}

function quotesIn(para: Paragraph): QuoteSpan[] {
  const p = para.text;
  const out: QuoteSpan[] = [];
  let dbl = -1;
  let sgl = -1;
  const push = (open: number, close: number, single: boolean) => {
    const end = close < 0 ? p.length : close;
    if (end > open + 1) out.push({ start: para.start + open + 1, end: para.start + end, open: para.start + open, close: close < 0 ? -1 : para.start + close, paragraph: para.index, single });
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    const prev = i > 0 ? p[i - 1] : undefined;
    const next = p[i + 1];
    if (OPEN_DOUBLE.has(c)) {
      if (dbl < 0) (dbl = i), (sgl = -1);
    } else if (CLOSE_DOUBLE.has(c)) {
      if (dbl >= 0) push(dbl, i, false), (dbl = -1);
    } else if (c === '"') {
      if (dbl >= 0 && (!isSpace(prev) || isSpace(next))) push(dbl, i, false), (dbl = -1);
      else if (dbl < 0 && (opensAfter(prev) || !isSpace(next))) (dbl = i), (sgl = -1);
    } else if (dbl < 0 && (c === '‘' || c === "'") && opensAfter(prev) && isLetter(next) && sgl < 0) {
      sgl = i;
    } else if (dbl < 0 && sgl >= 0 && (c === '’' || c === "'") && !isSpace(prev) && !isLetter(next)) {
      push(sgl, i, true);
      sgl = -1;
    }
  }
  if (dbl >= 0) push(dbl, -1, false);
  return out;
}

/** Sentences merged where a break falls inside a quotation: the units the writer's syntax spans. */
export function writerUnits(sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  sentences.forEach((s, i) => {
    const last = units[units.length - 1];
    const inside = last && last.paragraph === s.paragraph && quotes.some((q) => q.close >= 0 && q.open < s.start && q.close >= s.start);
    if (inside) (last.end = s.end), (last.last = i);
    else units.push({ start: s.start, end: s.end, paragraph: s.paragraph, first: i, last: i });
  });
  return units;
}

/** A quotation that reads as a name or title ("Wild Rose", "The Salt Road,"): capitalised words, no sentence. */
export function looksLikeName(quote: string): boolean {
  const ws = quote.trim().replace(/[,.;:!?]$/, '').split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 6) return false;
  if (/[.!?]\s|[!?]$/.test(quote.trim())) return false;
  const small = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', '&', 'de', 'la', 'von']);
  return ws.every((w, i) => /^[\p{Lu}\p{N}&]/u.test(w) || (i > 0 && small.has(w.toLowerCase())));
}

export const quoteWords = (quote: string) => quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
