/**
 * Statements of one article: direct quotes, partial quotes and indirect (reported) speech, each with its speaker.
 * Input: cleaned text, body offset, publication date, sentences (makeSplitter), mentions (find-mentions) and the
 * speech-verb lexicon (reference/speech-verbs.yaml). Output: StatementCandidate[] in text order.
 * find-quotes gives quotations, writer units and tokens; attribute-speakers gives speech frames (verb, speaker,
 * reported material). Here a quotation becomes direct (alone, or beside its attribution: `"...," X said`, `X said:
 * "..."`), partial (woven into a frame's reported clause) or nothing (no frame: scare quotes, names, titles); a
 * frame's clause without quotations becomes indirect speech when it reads as a clause and its speaker is specific
 * (no generic group, no document). Then, in text order: he/she/it and definite descriptions ("the president")
 * resolve to one entity or stay unknown, never guessed; a quotation without attribution continues the previous
 * speaker in its paragraph, or in the next when it stands alone; said_on is the date the frame's own words state
 * (chrono, the publication date as reference), else the publication date.
 * Rule ids (a candidate's `attribution`): after, before, apposition, pronoun, continuation, according-to, told,
 * quoted-as-saying, headline, none. Reports no messages. Pure: no I/O, no clock. Offsets: UTF-16 indices.
 */
import type { Sentence } from '../language/sentences.ts';
import type { ArticleMentions, Entity, Mention } from '../language/mention-types.ts';
import * as chrono from 'chrono-node';
import { findQuotes, writerUnits, looksLikeName, quoteWords } from './find-quotes.ts';
import { tokenize } from './unit-tokens.ts';
import { reported } from './reported-material.ts';
import { findFrames } from './attribute-speakers.ts';
import { clauseSubject } from './speaker-before-verb.ts';
import type { Frame, QuoteSpan, Speaker, SpeechLexicon, SpeechVerbs, Token, UnitView } from './statement-types.ts';

export type { SpeechVerbs } from './statement-types.ts';

export interface StatementCandidate {
  kind: 'direct' | 'partial' | 'indirect';
  quote: string; quoteStart: number; quoteEnd: number;
  evidenceStart: number; evidenceEnd: number;
  speakerEntity: number | null;
  speakerSurface: string | null;
  speakerRole: string | null;
  attribution: 'after' | 'before' | 'apposition' | 'pronoun' | 'continuation' | 'according-to' | 'told' | 'quoted-as-saying' | 'headline' | 'none';
  verb: string | null; medium: string | null; reportedBy: string | null;
  saidOn: { value: string; precision: 'year' | 'month' | 'day'; basis: 'stated' | 'publication'; text: string | null } | null;
  confidence: number;
}

export interface StatementInput { text: string; bodyOffset: number; published: string | null; sentences: Sentence[]; mentions: ArticleMentions }

const compiled = new WeakMap<SpeechVerbs, SpeechLexicon>();
export function compileSpeechVerbs(ref: SpeechVerbs): SpeechLexicon {
  let lex = compiled.get(ref);
  if (!lex) {
    lex = Object.fromEntries(Object.entries(ref).map(([k, v]) => [k, new Set((v as string[]).map((w) => w.toLowerCase()))])) as SpeechLexicon;
    compiled.set(ref, lex);
  }
  return lex;
}

/** A statement before its speaker is final. */
interface Draft {
  kind: StatementCandidate['kind'];
  start: number; end: number;
  unit: { start: number; end: number; paragraph: number };
  span: QuoteSpan | null;
  frame: Frame | null;
  speaker: Speaker | null;
  label: StatementCandidate['attribution'] | null;
  region: string;
  /** The quotation stands alone in its sentence (nothing of the writer's but punctuation). */
  alone?: boolean;
}

export function extractStatements(input: StatementInput, ref: SpeechVerbs): StatementCandidate[] {
  const lex = compileSpeechVerbs(ref);
  const { text, sentences } = input;
  const titleEnd = input.bodyOffset > 0 ? input.bodyOffset - 2 : 0;
  const quotes = findQuotes(text);
  const units = writerUnits(sentences, quotes).filter((u) => u.start >= titleEnd);
  const mentions = [...input.mentions.mentions].sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  for (const unit of units) {
    const toks = tokenize(text, unit.start, unit.end, quotes);
    const view: UnitView = { text, toks, mentions: mentions.filter((m) => m.start >= unit.start && m.end <= unit.end), lex };
    drafts.push(...unitDrafts(view, findFrames(view), quotes, unit));
  }
  drafts.push(...postDrafts(text, quotes, mentions, titleEnd));
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const ctx: Context & { lex: SpeechLexicon } = { text, sentences, quotes, mentions, entities: input.mentions.entities, titleEnd, learnt: possessiveGenders(text, mentions, input.mentions.entities), lex };
  resolveSpeakers(drafts, ctx);
  drafts.push(...headlineDrafts(text, titleEnd, quotes, mentions, lex, drafts));
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map((d) => finish(d, text, input.published, lex));
}

function unitDrafts(u: UnitView, frames: Frame[], quotes: QuoteSpan[], unit: Draft['unit']): Draft[] {
  const out: Draft[] = [];
  u.toks.forEach((t, i) => {
    const d = t.kind === 'quote' ? quoteDraft(u, frames, quotes[t.quote]!, i, unit) : null;
    if (d) out.push(d);
  });
  return [...out, ...indirectDrafts(u, frames, out, unit)];
}

/** The quotation at token i: direct, partial, or (no frame, not standing alone) not a statement. */
function quoteDraft(u: UnitView, frames: Frame[], span: QuoteSpan, i: number, unit: Draft['unit']): Draft | null {
  const T = u.toks;
  const q = u.text.slice(span.start, span.end);
  const base = { start: span.start, end: span.end, unit, span };
  const own = frames.find((f) => f.comps.some(([s, e]) => s === i && e === i + 1));
  const innermost = (f: Frame) => Math.max(...f.comps.filter(([s]) => s <= i).map(([s]) => s));
  const holder = own ?? frames.filter((f) => f.comps.some(([s, e]) => s <= i && i < e)).sort((a, b) => innermost(b) - innermost(a))[0];
  if (holder) {
    const introduced = T[i - 1]?.text === ':';
    const partial = !introduced && (!own || holder.that || (holder.order === 'before' && word(T[i - 1]) && holder.v !== i - 1 && holder.type !== 'quoted'));
    if (partial && (looksLikeName(q) || holder.type === 'quote' && !own)) return null;
    return { ...base, kind: partial ? 'partial' : 'direct', frame: holder, speaker: holder.speaker, label: null, region: regionText(u, holder, frames) };
  }
  // "“The plan,” said X, “was never ...”": the sentence resumes after its attribution.
  const resumed = T[i - 1]?.text === ',' && frames.find((f) => f.order === 'after' && (f.to === i - 1 || f.to === i) && f.comps.some(([s, e]) => e - s === 1 && T[s]!.kind === 'quote'));
  if (resumed) return { ...base, kind: 'direct', frame: resumed, speaker: resumed.speaker, label: 'continuation', region: regionText(u, resumed, frames) };
  // A quotation that opens its sentence and is followed by more of the writer's words is its subject ("“Meth.
  // We’re on it” is rolling out"), not an utterance, unless it reads as one.
  const alone = T.slice(i + 1).every((x) => x.kind === 'punct') || /^[.!?]$/.test(T[i + 1]?.text ?? '');
  const utterance = /[.?!,…]$/.test(q.trim()) && quoteWords(q) >= 4;
  const opens = (T.slice(0, i).every((x) => x.kind === 'punct') || /^[.!?]$/.test(T[i - 1]?.text ?? '')) && (alone || utterance);
  const colon = T[i - 1]?.text === ':';
  if (!(opens || colon) || looksLikeName(q) || (quoteWords(q) < 2 && !/[.?!,]$/.test(q.trim()))) return null;
  // "X had a simple message: “...”": the named subject of the clause before the colon.
  const hypothetical = T.slice(0, i).some((x) => u.lex.modals.has(x.lower) || x.lower === 'will');
  const subject = colon && !hypothetical && /^\P{Ll}/u.test(q.trimStart()) ? clauseSubject(u, i - 1) : null;
  const speaker = subject?.entity != null ? { ...subject, via: 'inherited' as const } : null;
  return { ...base, kind: 'direct', frame: null, speaker, label: colon ? 'before' : null, region: '', alone };
}

/** Each frame's reported clauses that hold no statement already and read as clauses. */
function indirectDrafts(u: UnitView, frames: Frame[], quoted: Draft[], unit: Draft['unit']): Draft[] {
  const T = u.toks;
  const out: Draft[] = [];
  for (const f of frames) {
    if (f.type === 'quote' || f.type === 'naming' || f.generic) continue;
    // "X isolated the problem, Y said, and “patched” it": one reported clause, given by its partial only.
    if (f.order === 'after' && quoted.some((d) => d.frame === f && d.kind === 'partial')) continue;
    for (const [s, e] of f.comps) {
      if (quoted.some((d) => d.start >= T[s]!.start && d.end <= T[e - 1]!.end) || !reported(u, f, s, e)) continue;
      out.push({ kind: 'indirect', start: T[s]!.start, end: T[e - 1]!.end, unit, span: null, frame: f, speaker: f.speaker, label: null, region: regionText(u, f, frames) });
    }
  }
  return out;
}

const word = (t: Token | undefined): t is Token => t?.kind === 'word';
/**
 * The words of the speech act itself (speaker, verb, adjuncts), where its date and medium are stated; with a short
 * opening adjunct ("On Tuesday, X said ...") but never the reported material.
 */
function regionText(u: UnitView, f: Frame, frames: Frame[]): string {
  const T = u.toks;
  const opening = T[f.from - 1]?.text === ',' && f.from <= 7 && T.slice(0, f.from - 1).every((t) => t.kind === 'word' || t.text === '.');
  const a = f.order === 'before' && opening ? 0 : Math.min(f.from, f.v);
  // "..., Trump said at a rally in Monroe, La., on Nov. 6": after the verb, up to the next frame or quotation.
  const next = T.findIndex((t, i) => i > f.v && (t.kind === 'quote' || frames.some((g) => g !== f && g.from === i)));
  const b = f.order === 'after' ? (next < 0 ? T.length : next) : Math.max(f.to, f.v + 1);
  return a < b && T[a] && T[b - 1] ? u.text.slice(T[a]!.start, T[b - 1]!.end) : '';
}

/** A post without the links (and link-pointing symbols) that trail it ("... https://t.co/x pic.twitter.com/y"). */
function withoutLinks(text: string): string {
  let out = text.trimEnd();
  for (;;) {
    const cut = Math.max(out.lastIndexOf(' '), out.lastIndexOf('\n'));
    // Links, and symbols with no word in them ("⬇️⬇️⬇️" pointing at the link).
    const tail = out.slice(cut + 1);
    if (!/^(?:https?:\/\/t\.co\/|pic\.twitter\.com\/)\w{1,20}$/.test(tail) && !/^[^\p{L}\p{N}\p{P}]{1,20}$/u.test(tail)) return out;
    out = out.slice(0, Math.max(cut, 0)).trimEnd();
  }
}

/** Embedded social-media posts: a paragraph signed on the next one with "— Name (@handle) date". */
function postDrafts(text: string, quotes: QuoteSpan[], mentions: Mention[], titleEnd: number): Draft[] {
  const out: Draft[] = [];
  const paras = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  paras.forEach((p, i) => {
    const sig = /^— ?([^(\n]{1,80}) \(@\w{1,30}\)/u.exec(p.text);
    const post = paras[i - 1];
    if (!sig || !post || post.start < titleEnd || quotes.some((q) => q.open >= post.start && q.open < post.end && q.start <= post.start + 1)) return;
    const body = withoutLinks(post.text);
    if (!body.trim()) return;
    const inSig = mentions.filter((x) => x.start >= p.start && x.end <= p.start + 2 + sig[1]!.length);
    const m = inSig.find((x) => x.type === 'person') ?? inSig[0];
    const speaker: Speaker = { entity: m?.entity ?? null, surface: m ? text.slice(m.start, m.end) : sig[1]!.trim(), role: null, via: 'name', at: p.start, start: p.start };
    out.push({ kind: 'direct', start: post.start, end: post.start + body.length, unit: { start: post.start, end: p.end, paragraph: -1 }, span: null, frame: null, speaker, label: 'after', region: p.text });
  });
  return out;
}

/** Continuations, multi-paragraph quotations and pronouns, in text order. */
function resolveSpeakers(drafts: Draft[], ctx: Context & { lex: SpeechLexicon }): void {
  let last: Draft | null = null;
  drafts.forEach((d) => {
    if (d.speaker && d.speaker.entity === null && /^(?:he|she|it)$/i.test(d.speaker.surface ?? '')) {
      const entity = resolvePronoun(ctx, d.speaker, last?.speaker?.entity ?? null);
      d.speaker = { ...d.speaker, entity };
    } else if (d.speaker?.via === 'description') {
      const entity = resolveDescription(ctx, d.speaker, ctx.lex.anaphors);
      if (entity !== null) d.speaker = { ...d.speaker, entity, via: 'pronoun' };
    }
    if (!d.speaker && d.span) continueFrom(d, last, ctx);
    if (d.kind !== 'indirect' || d.speaker?.entity !== null) last = d.speaker ? d : last;
  });
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i]!;
    const n = drafts[i + 1]!;
    if (d.span?.close === -1 && d.label === 'none' && n.span && n.unit.paragraph === d.unit.paragraph + 1 && n.speaker && n.label !== 'none') {
      Object.assign(d, { speaker: n.speaker, frame: n.frame, label: n.label === 'continuation' ? 'continuation' : null, region: n.region });
    }
  }
}

/** A quote with no attribution: the previous speaker's words, or nobody's we can name. */
function continueFrom(d: Draft, last: Draft | null, ctx: Context): void {
  const prev = last?.span ? last : null;
  const sameParagraph = prev && prev.unit.paragraph === d.unit.paragraph;
  // A paragraph that is one quotation without a closing mark ("“… prevent the evacuation of civilians”") is a pull
  // quote or a subhead, not the previous speaker going on.
  const pulled = d.alone && !/[.?!,…;:]$/.test(ctx.text.slice(d.span!.start, d.span!.end).trim());
  const chained = prev && prev.unit.paragraph === d.unit.paragraph - 1 && (prev.span!.close === -1 || d.alone && !pulled && opensParagraph(d, ctx) && lastUnitOf(prev, ctx));
  // "That process led to a realization: “...”" right after a paragraph that ends with X's words: a colon whose
  // clause names nobody goes on with X (a clause that names someone is that one's, or nobody's).
  const introduced = d.label === 'before' && !d.frame && d.alone && prev && prev.speaker?.entity != null && prev.unit.paragraph === d.unit.paragraph - 1
    && lastUnitOf(prev, ctx) && quoteWords(ctx.text.slice(d.start, d.end)) >= 8
    && !ctx.mentions.some((m) => m.start >= d.unit.start && m.end <= d.span!.open);
  if (prev && (sameParagraph || chained) && d.label !== 'before' || introduced) {
    Object.assign(d, { speaker: prev.speaker ? { ...prev.speaker } : null, frame: prev.frame, label: 'continuation', region: prev.region });
    if (!d.speaker) d.label = 'continuation';
    return;
  }
  d.label = d.label ?? 'none';
}

const opensParagraph = (d: Draft, ctx: Context) => ctx.sentences.some((s, i) => s.start === d.span!.open && ctx.sentences[i - 1]?.paragraph !== s.paragraph);
/** The previous statement ends its paragraph: nothing but its own sentence stands between them. */
function lastUnitOf(prev: Draft, ctx: Context): boolean {
  const para = ctx.sentences.filter((s) => s.paragraph === ctx.sentences.find((x) => x.start <= prev.start && x.end >= prev.start)?.paragraph);
  const lastSentence = para[para.length - 1];
  return !!lastSentence && prev.unit.end >= lastSentence.end;
}

/** Quotations in the title, and a title that reports speech ("X Says ..."). */
function headlineDrafts(text: string, titleEnd: number, quotes: QuoteSpan[], mentions: Mention[], lex: SpeechLexicon, body: Draft[]): Draft[] {
  if (titleEnd <= 0) return [];
  const unit = { start: 0, end: titleEnd, paragraph: 0 };
  const out: Draft[] = [];
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const span of quotes.filter((q) => q.end <= titleEnd)) {
    const q = text.slice(span.start, span.end);
    const before = text.slice(0, span.open).trim();
    const kind = before === '' || before.endsWith(':') || text.slice(span.close + 1, span.close + 3).trim().startsWith(':') ? 'direct' : 'partial';
    const named = before.endsWith(':') ? mentions.find((m) => m.end <= span.open && m.end >= span.open - 4 - 1 && m.type === 'person') : undefined;
    const same = body.find((d) => d.span && d.speaker?.entity != null && fold(text.slice(d.start, d.end)).includes(fold(q)))
      ?? paraphrased(text, q, body);
    const speaker: Speaker | null = named ? { entity: named.entity, surface: text.slice(named.start, named.end), role: named.role, via: 'name', at: named.start, start: named.start } : same ? { ...same.speaker!, surface: before.endsWith(':') ? before.slice(0, -1) : null } : null;
    out.push({ kind, start: span.start, end: span.end, unit, span, frame: null, speaker, label: 'headline', region: '' });
  }
  const toks = tokenize(text, 0, titleEnd, quotes);
  const v = toks.findIndex((t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && lex.clause.has(t.lower) && !lex.participles.has(t.lower) && toks[i - 1]!.kind === 'word');
  const m = v > 0 ? mentions.find((x) => x.start <= toks[v - 1]!.start && x.end >= toks[v - 1]!.end) : undefined;
  const rest = toks.slice(v + 1).filter((t) => t.kind === 'word');
  if (m && rest.length >= 3 && !toks.slice(v + 1).some((t) => t.kind === 'quote')) {
    const speaker: Speaker = { entity: m.entity, surface: text.slice(m.start, m.end), role: m.role, via: 'name', at: m.start, start: m.start };
    const frame = { verb: toks[v]!.text } as Frame;
    out.push({ kind: 'indirect', start: rest[0]!.start, end: rest[rest.length - 1]!.end, unit, span: null, frame, speaker, label: 'headline', region: '' });
  }
  return out;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its', 'my', 'not', 'of', 'on', 'or', 'our', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'were', 'will', 'with', 'you', 'your']);

/**
 * A headline quotation put together from a speaker's words in the body ("‘Our goal is to end invasion’" for
 * `X said the group’s “main goal” is to “put an end” to the “invasion”`): every content word of it (three at least)
 * in one body sentence whose quotations have a speaker, and all such sentences with the same speaker.
 */
function paraphrased(text: string, q: string, body: Draft[]): Draft | undefined {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
  const content = [...new Set(words(q))];
  if (content.length < 3) return undefined;
  const units = new Map<number, Draft[]>();
  for (const d of body) if (d.span && d.unit.paragraph >= 0) units.set(d.unit.start, [...(units.get(d.unit.start) ?? []), d]);
  const hits = [...units.values()].filter((ds) => {
    const have = new Set(words(text.slice(ds[0]!.unit.start, ds[0]!.unit.end)));
    return content.every((w) => have.has(w));
  });
  const speakers = new Set(hits.flatMap((ds) => ds.map((d) => d.speaker?.entity ?? null)));
  return speakers.size === 1 && !speakers.has(null) ? hits[0]!.find((d) => d.speaker?.entity != null) : undefined;
}

function finish(d: Draft, text: string, published: string | null, lex: SpeechLexicon): StatementCandidate {
  const f = d.frame;
  const sp = d.speaker;
  const label = d.label ?? (f?.type === 'quoted' ? 'quoted-as-saying' : f?.type === 'according' ? 'according-to' : f?.type === 'told' ? 'told'
    : sp?.via === 'pronoun' ? 'pronoun' : sp?.via === 'apposition' ? 'apposition' : f?.order === 'after' ? 'after' : 'before');
  const confidence = !sp || sp.entity === null ? (sp?.surface ? 0.5 : 0) : label === 'continuation' ? 0.8 : sp.via === 'pronoun' ? 0.8 : sp.via === 'inherited' ? 0.7 : label === 'headline' ? 0.7 : 0.95;
  return {
    kind: d.kind,
    quote: text.slice(d.start, d.end), quoteStart: d.start, quoteEnd: d.end,
    evidenceStart: d.unit.start, evidenceEnd: d.unit.end,
    speakerEntity: sp?.entity ?? null,
    speakerSurface: label === 'continuation' ? null : sp?.surface ?? null,
    speakerRole: sp?.role ?? null,
    attribution: label,
    verb: label === 'continuation' ? null : f?.verb ?? null,
    medium: mediumOf(d.region, lex),
    reportedBy: f?.reportedBy ?? null,
    saidOn: saidOn(d.region, published),
    confidence,
  };
}

function mediumOf(region: string, lex: SpeechLexicon): string | null {
  const low = region.toLowerCase();
  for (const m of lex.media) {
    const i = low.indexOf(m);
    if (i >= 0 && !/\p{L}/u.test(low[i + m.length] ?? ' ') && !/\p{L}/u.test(low[i - 1] ?? ' ')) return region.slice(i, i + m.length);
  }
  return null;
}

const WEEKDAY_ONLY = (k: Record<string, number>) => 'weekday' in k && !('day' in k);

/** The date the text gives for the speech act, else the publication date at its own precision. */
export function saidOn(region: string, published: string | null): StatementCandidate['saidOn'] {
  const pub = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published ?? '');
  const ref = pub ? new Date(Date.UTC(+pub[1]!, pub[2] ? +pub[2] - 1 : 0, pub[3] ? +pub[3] : 1, 12)) : null;
  const fullRef = !!pub?.[3];
  // Without a publication date only dates that state their year can be read; the fixed instant keeps the result
  // independent of the clock (chrono would otherwise use the current time).
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of region ? chrono.parse(region, { instant, timezone: 0 }, { forwardDate: false }) : []) {
    const known = (r.start as unknown as { knownValues: Record<string, number> }).knownValues;
    const relative = !/\b\d{4}\b/.test(r.text);
    if (relative && !fullRef) continue;
    if (!('day' in known) && !('month' in known) && !('weekday' in known) && !('year' in known)) continue;
    let date = r.start.date();
    if (WEEKDAY_ONLY(known) && ref && date > ref) date = new Date(date.getTime() - 7 * 86_400_000);
    const precision = 'day' in known || 'weekday' in known ? 'day' : 'month' in known ? 'month' : 'year';
    const iso = date.toISOString();
    return { value: precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), precision, basis: 'stated', text: r.text };
  }
  if (!pub) return null;
  const precision = pub[3] ? 'day' : pub[2] ? 'month' : 'year';
  return { value: pub[0], precision, basis: 'publication', text: null };
}

export interface Context {
  text: string; sentences: Sentence[]; quotes: QuoteSpan[]; mentions: Mention[]; entities: Entity[]; titleEnd: number;
  /** Genders learnt from pronouns already resolved in this article ("he said" after a name). */
  learnt: Map<number, 'male' | 'female'>;
}

/** "NAME and his co-author", "NAME and her team": the possessive right after the name is the name's own gender. */
function possessiveGenders(text: string, mentions: Mention[], entities: Entity[]): Map<number, 'male' | 'female'> {
  const out = new Map<number, 'male' | 'female'>();
  const seen = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (entities[m.entity]?.type !== 'person' || entities[m.entity]!.gender) continue;
    const p = /^ and (his|her) \p{L}/u.exec(text.slice(m.end, m.end + 12))?.[1];
    if (p) seen.set(m.entity, (seen.get(m.entity) ?? new Set()).add(p));
  }
  // Both forms after one name decide nothing.
  for (const [e, forms] of seen) if (forms.size === 1) out.set(e, forms.has('his') ? 'male' : 'female');
  return out;
}

const PRONOUN_FORMS: Record<string, RegExp> = { he: /\b(?:he|him|his)\b/gi, she: /\b(?:she|her|hers)\b/gi };

/**
 * he/she/it: the one compatible entity (a person of that gender or of unknown gender; for "it" an organisation)
 * of the nearest sentence, in this paragraph or the one before, that has any; names inside quotations and names
 * that only modify a noun ("Steenburgen’s son") when another candidate is there do not count. A sentence whose
 * own he/she comes before its names continues that pronoun's chain. Two candidates: the current speaker if one
 * of them, otherwise unknown.
 */
export function resolvePronoun(ctx: Context, sp: Speaker, current: number | null): number | null {
  const p = sp.surface?.toLowerCase() ?? '';
  if (p !== 'he' && p !== 'she' && p !== 'it') return null;
  const here = ctx.sentences.find((s) => s.start <= sp.at && s.end >= sp.at);
  const found = resolveAt(ctx, p, sp.at, current, 0, (here?.paragraph ?? 0) - 1);
  if (found !== null && p !== 'it' && !ctx.entities[found]?.gender) ctx.learnt.set(found, p === 'he' ? 'male' : 'female');
  return found;
}

/** Candidates from `at` back to paragraph `floor` (the one before the pronoun's, however far a chain goes). */
function resolveAt(ctx: Context, p: string, at: number, current: number | null, depth: number, floor: number): number | null {
  const here = ctx.sentences.findIndex((s) => s.start <= at && s.end >= at);
  if (here < 0) return null;
  const want = p === 'he' ? 'male' : 'female';
  const fits = (m: Mention) => {
    const e = ctx.entities[m.entity];
    if (!e) return false;
    const gender = e.gender ?? ctx.learnt.get(m.entity) ?? null;
    return p === 'it' ? e.type === 'organization' || e.type === 'metonym' : e.type === 'person' && (gender === null || gender === want);
  };
  const quoted = (x: number, y: number) => ctx.quotes.some((q) => q.start <= x && q.end >= y);
  // A "person" right after in/at/near/from/on or "the" is more likely a place ("lives in North Manchester", "on
  // Twitter", "the northern Sierra Nevada").
  const locative = (m: Mention) => /\b(?:in|at|near|from|on)\s$|\bthe\s(?:\p{Ll}+\s)?$/iu.test(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  const cands = ctx.mentions.filter((m) => m.start < at && m.start >= ctx.titleEnd && !quoted(m.start, m.end) && fits(m) && (p === 'it' || !locative(m)));
  for (let k = here; k >= 0 && ctx.sentences[k]!.paragraph >= floor; k--) {
    const s = ctx.sentences[k]!;
    const inSentence = cands.filter((m) => m.sentence === k);
    const chain = p === 'it' || depth >= 3 ? undefined : [...s.text.matchAll(PRONOUN_FORMS[p]!)].map((m) => s.start + m.index).find((x) => x < at && !quoted(x, x + 1));
    if (chain !== undefined && inSentence.every((m) => m.start > chain)) return resolveAt(ctx, p, chain, current, depth + 1, floor);
    // "Steenburgen’s son, filmmaker Charlie McDowell, ...": the name in apposition to a possessive phrase is the
    // person talked about; a possessive with a name far from it ("X's albums were bought by ... Y") decides nothing.
    const possessive = (m: Mention) => /^[’']/.test(ctx.text.slice(m.end, m.end + 1));
    const apposed = inSentence.filter((m) => !possessive(m) && inSentence.some((o) => possessive(o) && o.end < m.start && m.start - o.end <= 40 && ctx.text.slice(o.end, m.start).includes(',')));
    // A possessive after another candidate ("Suter, who joked about Parise’s penchant") is not the one talked about.
    const salient = inSentence.filter((m) => !possessive(m) || !inSentence.some((o) => !possessive(o) && o.start < m.start));
    const ents = new Set((apposed.length ? apposed : salient).map((m) => m.entity));
    if (ents.size === 1) return [...ents][0]!;
    if (ents.size > 1) return current !== null && ents.has(current) ? current : null;
  }
  return null;
}

/**
 * "the president", "the newspaper": a definite description that points back to one entity. A person whose role
 * has that word, when only one has; for an organisation noun (reference `anaphors`), the one organisation named in
 * this paragraph or the one before (or the one whose name has the word). Otherwise unknown.
 */
export function resolveDescription(ctx: Context, sp: Speaker, anaphors: Set<string>): number | null {
  const words = (sp.surface ?? '').toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length < 2 || words.length > 3) return null;
  const head = words[words.length - 1]!;
  const quoted = (m: Mention) => ctx.quotes.some((q) => q.start <= m.start && q.end >= m.end);
  const before = ctx.mentions.filter((m) => m.end <= sp.at && m.start >= ctx.titleEnd && !quoted(m));
  // The role a name was given in apposition: "The suspect, NAME, was ..." / "NAME, the suspect, ...".
  const apposed = (m: Mention) => {
    const pre = ctx.text.slice(Math.max(0, m.start - 30), m.start).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const post = ctx.text.slice(m.end, m.end + 30).toLowerCase();
    return pre[pre.length - 1] === head && pre.includes('the') && ctx.text.slice(m.start - 2, m.start) === ', '
      || post.startsWith(`, the ${head},`) || post.startsWith(`, a ${head},`);
  };
  const roleHas = (m: Mention) => apposed(m) || [...ctx.entities[m.entity]!.roles, m.role ?? ''].some((r) => r.toLowerCase().split(/\s+/).includes(head));
  const persons = new Set(before.filter((m) => ctx.entities[m.entity]?.type === 'person' && roleHas(m)).map((m) => m.entity));
  if (persons.size) return persons.size === 1 ? [...persons][0]! : null;
  if (!anaphors.has(head)) return null;
  const para = ctx.sentences.find((s) => s.start <= sp.at && s.end >= sp.at)?.paragraph ?? 0;
  const orgsFrom = (p: number) => [...new Set(before.filter((m) => ctx.entities[m.entity]?.type === 'organization' && (ctx.sentences[m.sentence]?.paragraph ?? -9) >= p).map((m) => m.entity))];
  const orgs = orgsFrom(para - 1);
  const named = orgs.filter((e) => ctx.entities[e]!.name.toLowerCase().split(/\s+/).includes(head));
  if (named.length === 1) return named[0]!;
  if (orgs.length === 1) return orgs[0]!;
  // Several in the two paragraphs: the one organisation of the description's own paragraph, when it has just one.
  const here = orgsFrom(para);
  return here.length === 1 && !named.length ? here[0]! : null;
}
