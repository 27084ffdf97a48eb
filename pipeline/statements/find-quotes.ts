/**
 * The ground the statement extractor stands on: quotation marks, the writer's own sentences and words, and where
 * reported material lies. Input: cleaned text, its sentences, the speech-verb lexicon. Output: quote spans
 * (outermost quotations only; a quotation nested in another is part of it), writer units (sentences merged where
 * a sentence break falls inside a quotation), tokens (each quotation one token, so attribution patterns see only
 * the writer's words), and what bounds reported material: adjuncts after a speech verb, where each frame's material
 * lies (fillComps) and its cuts at "; ", ", while" and "and that", nested frames, the clause test (reported).
 * Marks: curly and straight double quotes, guillemets; single quotes (curly or straight) only outside double
 * quotes and only when closed in the same paragraph, since they are mostly apostrophes. A double quotation still
 * open at the end of its paragraph runs to the end of it (a multi-paragraph quotation).
 * Rule ids: none; this module reports nothing, extract-statements labels what it finds.
 */
import { paragraphs, type Paragraph, type Sentence } from '../language/sentences.ts';
import type { Mention } from '../language/mention-types.ts';
import type { Frame } from './attribute-speakers.ts';

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

export interface Unit { start: number; end: number; paragraph: number; first: number; last: number }

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** Index of the quote span, for quote tokens. */
  quote: number;
}

export interface SpeechVerbs {
  addressees: string[]; adverbs: string[]; anaphors: string[]; channels: string[]; clause: string[]; documents: string[]; generic: string[];
  irregular_past: string[]; media: string[]; modals: string[]; naming: string[]; object: string[]; participles: string[]; quote: string[];
}
export type SpeechLexicon = { [K in keyof SpeechVerbs]: Set<string> };

export interface UnitView { text: string; toks: Token[]; mentions: Mention[]; lex: SpeechLexicon }

export const DETERMINERS = new Set(['a', 'an', 'another', 'both', 'each', 'her', 'his', 'its', 'my', 'one', 'our', 'several', 'that', 'the', 'their', 'these', 'this', 'those', 'three', 'two', 'your']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who', 'we', 'i']);
export const PASSIVE = new Set(['is', 'was', 'were', 'be', 'been', 'being', 'are']);
export const PREPOSITIONS = new Set(['about', 'across', 'against', 'amid', 'among', 'at', 'by', 'despite', 'for', 'from', 'in', 'including', 'into', 'of', 'on', 'over', 'through', 'to', 'toward', 'towards', 'under', 'via', 'with', 'within', 'without']);
export const BOUNDARY = new Set(['after', 'although', 'and', 'as', 'because', 'before', 'but', 'if', 'or', 'since', 'so', 'than', 'that', 'though', 'when', 'where', 'whereas', 'which', 'while', 'who', 'whom']);
export const TIME = new Set(['afterwards', 'earlier', 'last', 'later', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'evening', 'today', 'tonight', 'yesterday', 'week', 'weekend', 'year', 'this', 'on', 'recently']);

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

/** Words, punctuation and whole quotations (open mark to close mark) of text[start, end). */
export function tokenize(text: string, start: number, end: number, quotes: QuoteSpan[]): Token[] {
  const out: Token[] = [];
  let pos = start;
  const inUnit = quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.open >= start && q.open < end);
  for (const { q, i } of inUnit) {
    words(text, pos, q.open, out);
    const stop = q.close < 0 ? q.end : q.close + 1;
    out.push({ start: q.open, end: stop, text: text.slice(q.open, stop), lower: '', kind: 'quote', quote: i });
    pos = stop;
  }
  words(text, pos, end, out);
  return out;
}

const TRAIL = new Set([...".'’-"]);

function words(text: string, from: number, to: number, out: Token[]): void {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|[^\s\p{L}\p{N}]/gu;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) {
    let w = m[0];
    const s = from + m.index;
    const trail: Token[] = [];
    while (w.length > 1 && TRAIL.has(w[w.length - 1]!) && !/^(?:\p{L}\.)+$/u.test(w)) {
      trail.unshift(tok(s + w.length - 1, w[w.length - 1]!, 'punct'));
      w = w.slice(0, -1);
    }
    out.push(tok(s, w, /[\p{L}\p{N}]/u.test(w[0]!) ? 'word' : 'punct'), ...trail);
    joinNumber(text, out);
  }
}

/** "964" "," "000" is one number. */
function joinNumber(text: string, out: Token[]): void {
  const [a, b, c] = out.slice(-3);
  if (!a || !b || !c || b.text !== ',' || a.end !== b.start || b.end !== c.start || !/^\d+$/.test(a.text) || !/^\d{3}/.test(c.text)) return;
  out.splice(-3, 3, tok(a.start, text.slice(a.start, c.end), 'word'));
}

const tok = (start: number, text: string, kind: Token['kind']): Token => ({ start, end: start + text.length, text, lower: text.toLowerCase(), kind, quote: -1 });

/** A quotation that reads as a name or title ("Wild Rose", "The Salt Road,"): capitalised words, no sentence. */
export function looksLikeName(quote: string): boolean {
  const ws = quote.trim().replace(/[,.;:!?]$/, '').split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 6) return false;
  if (/[.!?]\s|[!?]$/.test(quote.trim())) return false;
  const small = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', '&', 'de', 'la', 'von']);
  return ws.every((w, i) => /^[\p{Lu}\p{N}&]/u.test(w) || (i > 0 && small.has(w.toLowerCase())));
}

export const quoteWords = (quote: string) => quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export const word = (t: Token | undefined): t is Token => t?.kind === 'word';
export const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

export function isSpeechVerb(t: Token, lex: SpeechLexicon, first = false): boolean {
  if (!word(t) || isCap(t) && !(first && lex.participles.has(t.lower))) return false;
  return lex.clause.has(t.lower) || lex.quote.has(t.lower) || lex.object.has(t.lower) || lex.naming.has(t.lower);
}

/** Any lower-case past-tense form: the structural fallback next to a quotation. */
export const pastTense = (t: Token | undefined, lex: SpeechLexicon) => !!t && word(t) && !isCap(t) && (/^\p{Ll}{2,}ed$/u.test(t.text) || lex.quote.has(t.lower) || lex.clause.has(t.lower));

/** A listed speech verb in a form that cannot be a noun ("said", "adding"; not "state", "claims"). */
export const verbForm = (t: Token, lex: SpeechLexicon) => isSpeechVerb(t, lex) && (/(?:ed|ing)$/.test(t.lower) || lex.irregular_past.has(t.lower));

/** The mention that covers a token, if any. */
export function mentionAt(u: UnitView, t: Token): Mention | undefined {
  return u.mentions.find((m) => m.start <= t.start && m.end >= t.end && m.type !== 'place') ?? u.mentions.find((m) => m.start <= t.start && m.end >= t.end);
}
export const tokIndexAt = (toks: Token[], offset: number) => toks.findIndex((t) => t.end > offset);

export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
export const CONNECTIVES = new Set(['and', 'but', 'however', 'still', 'yet', 'meanwhile', 'also']);
export function isTime(t: Token | undefined): boolean {
  return !!t && (TIME.has(t.lower) || MONTHS.has(t.lower) || /^\d/.test(t.text));
}

/** Where a media cue starts at token k, the token after it; else k. */
export function skipMedium(u: UnitView, k: number): number {
  const t = u.toks[k];
  if (!word(t)) return k;
  const rest = u.text.slice(t.start, t.start + 40).toLowerCase();
  for (const m of u.lex.media) {
    if (rest.startsWith(m) && !/[\p{L}]/u.test(rest[m.length] ?? ' ')) {
      let e = k;
      while (e < u.toks.length && u.toks[e]!.start < t.start + m.length) e++;
      return e;
    }
  }
  return k;
}

/** Tokens after a speech verb before its reported material: addressee, time, medium, adjunct phrases. */
export function skipAdjuncts(u: UnitView, k: number, told: boolean): number {
  const T = u.toks;
  const that = T.slice(k, k + 10).findIndex((t) => t.lower === 'that' || t.text === ',' || t.kind === 'quote');
  if (told && that > 0 && T[k + that]!.lower === 'that') return k + that;
  if (told && word(T[k])) {
    const m = mentionAt(u, T[k]!) ?? (T[k]!.lower === 'the' && T[k + 1] ? mentionAt(u, T[k + 1]!) : undefined);
    if (OBJECT_PRONOUNS.has(T[k]!.lower) || u.lex.addressees.has(T[k]!.lower)) k++;
    else if (m) while (k < T.length && T[k]!.start < m.end) k++;
    else if (DETERMINERS.has(T[k]!.lower) && word(T[k + 1]) && u.lex.addressees.has(T[k + 1]!.lower)) k += 2;
  }
  for (let guard = 0; guard < 8 && k < T.length; guard++) {
    const med = skipMedium(u, k);
    if (med > k) { k = med; continue; }
    if (isTime(T[k]) && (T[k]!.lower !== 'on' || isTime(T[k + 1]))) { k++; continue; }
    if (T[k]?.text === '.' && T[k - 1]?.end === T[k]!.start && isTime(T[k - 1])) { k++; continue; }
    if (word(T[k]) && ADJUNCT_PREPS.has(T[k]!.lower)) {
      let e = k + 1;
      while (e < T.length && word(T[e]) && T[e]!.lower !== 'that' && !isSpeechVerb(T[e]!, u.lex) && e - k < 12) e++;
      k = T[e]?.lower === 'that' ? e : e;
      continue;
    }
    break;
  }
  return k;
}

export const ADJUNCT_PREPS = new Set(['after', 'at', 'before', 'during', 'from', 'in', 'on', 'with']);
export const endsClause = (t: Token | undefined) => !t || t.text === '.' || t.text === '!' || t.text === '?';
/** The utterance that only role words and commas ("chairman, CEO and president") separate from token `from`. */
export function leadQuote(u: UnitView, from: number): number {
  let i = from - 1;
  if (u.toks[i]?.text === ',' && u.toks[i - 1]?.kind === 'quote') return i - 1;
  while (i >= 0 && from - i <= 8 && (word(u.toks[i]) && !isSpeechVerb(u.toks[i]!, u.lex) || u.toks[i]!.text === ',')) i--;
  return quoteEnds(u, i) ? i : -1;
}
export const quoteLead = (u: UnitView, from: number) => leadQuote(u, from) >= 0;

/** A quotation at token i that ends its utterance inside the marks ("...," / "...?"). */
export function quoteEnds(u: UnitView, i: number): boolean {
  const t = u.toks[i];
  return t?.kind === 'quote' && /[,?!…—-]["”’»']?$/.test(t.text.trimEnd());
}

export const SPLIT_AFTER_COMMA = new Set(['while', 'whereas']);

/** Cut reported material at "; ", ", while" and "and that" (a second reported clause). */
export function splitComp(T: Token[], s: number, e: number, lexVerb: (t: Token) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let a = s;
  for (let i = s; i < e; i++) {
    const t = T[i]!;
    const newSubject = t.text === ',' && T[i + 1]?.lower === 'and' && ['he', 'she', 'it', 'they', 'we', 'i'].includes(T[i + 2]?.lower ?? '');
    const nextAct = t.lower === 'and' && T[i + 1] && lexVerb(T[i + 1]!);
    if (nextAct) { e = i; break; }
    const cut = t.text === ';' || (t.text === ',' && SPLIT_AFTER_COMMA.has(T[i + 1]?.lower ?? '')) || (t.lower === 'and' && T[i + 1]?.lower === 'that') || newSubject;
    if (!cut) continue;
    out.push([a, i]);
    a = t.lower === 'and' || newSubject ? i + 2 : i + 1;
    if (t.text === ',' && !newSubject) e = i;
  }
  out.push([a, e]);
  return out.map(([x, y]) => trim(T, x, y)).filter(([x, y]) => y > x);
}

export function trim(T: Token[], s: number, e: number): [number, number] {
  while (e > s && (T[e - 1]!.kind === 'punct' || CONNECTIVES.has(T[e - 1]!.lower) && T[e - 1]!.lower !== 'also')) e--;
  while (s < e && T[s]!.kind === 'punct' && T[s]!.text !== '(') s++;
  return [s, e];
}

export const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'must', 'may', 'might', 'did', 'does', 'do', 'remains', 'needs']);
export const CONTRACTED = new Set(["he's", "she's", "it's", "that's", "there's", "what's", "who's"]);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there']);
export const NOT_CLAUSE = new Set(['to', 'for', 'about', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'which', 'who', 'so', 'nothing', 'anything', 'goodbye', 'hello', 'by']);

/** Does the material look like a reported clause (not an object, an infinitive or a question)? */
export function reported(u: UnitView, f: Frame, s: number, e: number): boolean {
  const ws = u.toks.slice(s, e).filter((t) => t.kind === 'word');
  if (ws.length < 3 || NOT_CLAUSE.has(ws[0]!.lower)) return false;
  if (AUX.has(ws[0]!.text)) return true;
  if (f.type === 'object') return ws.some((t) => t.lower === 'of' || t.lower === 'on' || t.lower === 'for');
  // "As the charges were unsealed, X testified": a subordinate clause alone is no reported material.
  if (f.order === 'after' && /^(?:as|when|while|after|before|if|because|since|although|though|until)$/.test(ws[0]!.lower) && !u.toks.slice(s, e).some((t) => t.text === ',')) return false;
  if (f.that || f.type === 'according' || f.order === 'after') return ws.length >= 3;
  // "warned people to stay away": an object and an infinitive are a directive, not a reported clause.
  const to = ws.findIndex((t) => t.lower === 'to');
  const object = ws.slice(0, to).every((t) => !AUX.has(t.text) && !/(?:ed|ing)$/.test(t.lower) && !SUBJECT_PRONOUNS.has(t.lower));
  if (to > 0 && to <= 3 && object) return false;
  if (SUBJECT_PRONOUNS.has(ws[0]!.lower.split(/[’']/)[0]!)) return true;
  if (/^\p{Ll}{3,}ing$/u.test(ws[0]!.text)) return true;
  // A relative clause ("times that exceeded two hours", "the man who kidnapped the child, NAME, was") says
  // nothing about the verb of the reported clause: it is left out up to its comma.
  const all = u.toks.slice(s, e);
  const toks: Token[] = [];
  for (let k = 0; k < all.length && toks.length < 10; k++) {
    if (k > 0 && ['that', 'which', 'who'].includes(all[k]!.lower)) while (k < all.length && all[k]!.text !== ',') k++;
    else if (['and', 'but', 'when', 'because', 'if', 'while', 'although', 'since'].includes(all[k]!.lower)) break;
    else toks.push(all[k]!);
  }
  // A participle right after a comma modifies a noun ("his offensive, dubbed ..."); it is no verb of the clause.
  const verbs = toks.filter((t, k) => k > 0 && t.kind === 'word' && !(toks[k - 1]!.text === ',' && /ed$/.test(t.text)));
  // A plural noun also ends in -s: such a verb must come early, after a noun rather than a determiner or number.
  const presentVerb = (t: Token) => {
    const k = toks.indexOf(t);
    const prev = toks[k - 1]!;
    return /^\p{Ll}{2,}s$/u.test(t.text) && k <= 3 && (isCap(prev) || DETERMINERS.has(toks[k - 2]?.lower ?? ''));
  };
  const irregular = (t: Token) => u.lex.irregular_past.has(t.lower) && toks[toks.indexOf(t) - 1]?.lower !== 'the';
  return verbs.some((t) => AUX.has(t.text) || irregular(t) || /^\p{Ll}{2,}ed$/u.test(t.text) || presentVerb(t) || /[’'](?:ll|d|re|ve)$|n[’']t$/.test(t.text) || CONTRACTED.has(t.lower.replace('’', "'")));
}

/** Subordinators that open a sentence ("Before X concluded that ..., the city ..."). */
export const OPENERS = new Set(['after', 'although', 'as', 'because', 'before', 'if', 'since', 'though', 'until', 'when', 'while']);

/** Where each frame's reported material lies, now that every frame of the unit is known. */
export function fillComps(u: UnitView, frames: Frame[]): void {
  const T = u.toks;
  frames.forEach((f, i) => {
    if (f.order === 'after') {
      const prev = frames.slice(0, i).reverse().find((p) => p.order === 'after');
      let s = prev ? prev.to : 0;
      while (s < f.from && (CONNECTIVES.has(T[s]!.lower) && T[s]!.lower !== 'also' || T[s]!.text === ',')) s++;
      let e = f.from;
      while (e > s && T[e - 1]!.kind === 'punct') e--;
      const lead = leadQuote(u, f.from);
      if (lead >= s) e = lead + 1;
      // "Yet X has amended his testimony once — “I now do recall,” he said": the dash sets the quotation apart.
      if (lead > s && /^[—–:]$/.test(T[lead - 1]!.text)) s = lead;
      const rest = f.comps.map(([a]): [number, number] => [a, Math.min(T.length, ...frames.filter((g) => g.from > a).map((g) => g.from))]);
      f.comps = [...(e > s ? [[s, e] as [number, number]] : []), ...rest.map(([a, b]) => trim(T, a, b))];
      return;
    }
    if (!f.comps.length) return;
    const [s] = f.comps[0]!;
    let e = T.length;
    if (f.from > 0 && f.from <= 2 && OPENERS.has(T[f.from - 1]!.lower)) e = s + (T.slice(s).findIndex((t) => t.text === ',') >>> 0);
    if (f.type === 'object') e = Math.min(e, s + (T.slice(s).findIndex((t) => t.text === ',') >>> 0));
    for (const g of frames) if (g !== f && g.from >= s && g.from < e) e = g.order === 'after' && g.from > s ? e : g.from;
    f.comps = splitComp(T, s, e, (t) => /(?:ed|ing)$/.test(t.lower) && isSpeechVerb(t, u.lex));
  });
}

/**
 * "X said that after consultations Washington had concluded ...": a speech verb inside a that-clause, before any
 * cut ("; ", ", while"), is reported speech within reported speech and no frame of its own.
 */
export function withoutNested(u: UnitView, frames: Frame[]): Frame[] {
  const T = u.toks;
  const nested = (g: Frame) => frames.some((f) => {
    if (f === g || f.order !== 'before' || !f.that || !f.comps.length || g.v <= f.comps[0]![0] || g.speaker.via === 'inherited' || f.speaker.via === 'inherited') return false;
    return T.slice(f.comps[0]![0], g.v).every((t, k, xs) => t.text !== ';' && !(t.text === ',' && ['while', 'whereas', 'and', 'but'].includes(xs[k + 1]?.lower ?? T[g.v]!.lower)));
  });
  return frames.filter((g) => !nested(g));
}
