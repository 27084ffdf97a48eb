/**
 * Quotation spans of a text, for every stage: outermost quotations only (a quotation nested in another is part
 * of it). Marks: curly and straight double quotes, guillemets, a doubled apostrophe (''...'', ‘‘...’’); single quotes (curly or straight) only outside
 * double quotes and only when closed in the same paragraph, since they are mostly apostrophes. A double
 * quotation still open at the end of its paragraph runs to the end of it (a multi-paragraph quotation).
 * Input: the cleaned text. Output: QuoteSpan records (UTF-16 offsets), in text order. Pure; no rule ids.
 */
import { paragraphs, type Paragraph } from './sentences.ts';

export interface QuoteSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offset of the opening mark; of the closing mark, or -1 when the paragraph ends first. */
  open: number;
  close: number;
  paragraph: number;
  single: boolean;
}

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

/** Marks that, doubled, stand for a double quotation mark. */
const APOSTROPHES = new Set(["'", '‘', '’']);

function quotesIn(para: Paragraph): QuoteSpan[] {
  const p = para.text;
  const out: QuoteSpan[] = [];
  let dbl = -1;
  let sgl = -1;
  // A mark is one character, or two for a doubled apostrophe (''...'', as some archives write quotes): `open`
  // is its first character, `close` its last, so close + 1 still ends the quotation.
  let dblWidth = 1;
  const push = (open: number, close: number, single: boolean, openWidth = 1, closeWidth = 1) => {
    const end = close < 0 ? p.length : close - closeWidth + 1;
    if (end > open + openWidth)
      out.push({
        start: para.start + open + openWidth,
        end: para.start + end,
        open: para.start + open,
        close: close < 0 ? -1 : para.start + close,
        paragraph: para.index,
        single,
      });
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    const prev = i > 0 ? p[i - 1] : undefined;
    const next = p[i + 1];
    if (APOSTROPHES.has(c) && APOSTROPHES.has(next ?? '') && !APOSTROPHES.has(p[i + 2] ?? '')) {
      // ''...'', ‘‘...’’, ‘’...’’: a doubled apostrophe, straight or curly, is a double quotation mark.
      if (dbl >= 0 && !isSpace(prev)) {
        push(dbl, i + 1, false, dblWidth, 2);
        dbl = -1;
      } else if (dbl < 0 && opensAfter(prev) && !isSpace(p[i + 2])) {
        dbl = i;
        dblWidth = 2;
        sgl = -1;
      }
      i++;
    } else if (OPEN_DOUBLE.has(c)) {
      if (dbl < 0) {
        dbl = i;
        dblWidth = 1;
        sgl = -1;
      }
    } else if (CLOSE_DOUBLE.has(c)) {
      if (dbl >= 0) {
        push(dbl, i, false, dblWidth);
        dbl = -1;
      }
    } else if (c === '"') {
      if (dbl >= 0 && (!isSpace(prev) || isSpace(next))) {
        push(dbl, i, false, dblWidth);
        dbl = -1;
      } else if (dbl < 0 && (opensAfter(prev) || !isSpace(next))) {
        dbl = i;
        dblWidth = 1;
        sgl = -1;
      }
    } else if (dbl < 0 && (c === '‘' || c === "'") && opensAfter(prev) && isLetter(next) && sgl < 0) {
      sgl = i;
    } else if (dbl < 0 && sgl >= 0 && (c === '’' || c === "'") && !isSpace(prev) && !isLetter(next)) {
      push(sgl, i, true);
      sgl = -1;
    }
  }
  if (dbl >= 0) push(dbl, -1, false, dblWidth);
  return out;
}
