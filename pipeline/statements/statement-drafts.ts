/**
 * Statement drafts of one writer unit, their speakers not yet final. Input: the unit's tokens and speech frames.
 * Output: drafts. A quotation becomes direct (alone, or beside its attribution: `"...," X said`, `X said: "..."`),
 * partial (woven into a frame's reported clause) or nothing (no frame: scare quotes, names, titles); a frame's
 * clause without quotations becomes indirect speech when it reads as a clause and its speaker is specific (no
 * generic group, no document). Also embedded social-media posts, signed "— Name (@handle) date".
 */
import type { Mention } from '../language/mention-types.ts';
import { looksLikeName, quoteWords } from './find-quotes.ts';
import { reported } from './reported-material.ts';
import { clauseSubject } from './speaker-before-verb.ts';
import type { Frame, QuoteSpan, Speaker, StatementDraft, UnitToken, UnitView } from './statement-types.ts';

export function unitDrafts(u: UnitView, frames: Frame[], quotes: QuoteSpan[], unit: StatementDraft['unit']): StatementDraft[] {
  const out: StatementDraft[] = [];
  u.toks.forEach((t, i) => {
    const d = t.kind === 'quote' ? quoteDraft(u, frames, quotes[t.quote]!, i, unit) : null;
    if (d) out.push(d);
  });
  return [...out, ...indirectDrafts(u, frames, out, unit)];
}

/** The quotation at token i: direct, partial, or (no frame, not standing alone) not a statement. */
function quoteDraft(u: UnitView, frames: Frame[], span: QuoteSpan, i: number, unit: StatementDraft['unit']): StatementDraft | null {
  const T = u.toks;
  const q = u.text.slice(span.start, span.end);
  const base = { start: span.start, end: span.end, unit, span };
  const own = frames.find((f) => f.comps.some(([s, e]) => s === i && e === i + 1));
  const innermost = (f: Frame) => Math.max(...f.comps.filter(([s]) => s <= i).map(([s]) => s));
  const holder = own ?? frames.filter((f) => f.comps.some(([s, e]) => s <= i && i < e)).sort((a, b) => innermost(b) - innermost(a))[0];
  if (holder) {
    const introduced = T[i - 1]?.text === ':';
    const partial = !introduced && (!own || holder.that || (holder.order === 'before' && word(T[i - 1]) && holder.v !== i - 1 && holder.type !== 'quoted'));
    // "called on the “interim” government": a quoted word that modifies the noun after it is the writer's scare quote.
    const modifier = holder.type === 'naming' && quoteWords(q) <= 2 && (T[i + 1]?.pos === 'NOUN' || T[i + 1]?.pos === 'PROPN');
    if (partial && (looksLikeName(q) || (holder.type === 'quote' && !own) || modifier)) return null;
    return { ...base, kind: partial ? 'partial' : 'direct', frame: holder, speaker: holder.speaker, label: null, region: regionText(u, holder, frames) };
  }
  // "“The plan,” said X, “was never ...”": the sentence resumes after its attribution.
  const resumed =
    T[i - 1]?.text === ',' &&
    frames.find((f) => f.order === 'after' && (f.to === i - 1 || f.to === i) && f.comps.some(([s, e]) => e - s === 1 && T[s]!.kind === 'quote'));
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
function indirectDrafts(u: UnitView, frames: Frame[], quoted: StatementDraft[], unit: StatementDraft['unit']): StatementDraft[] {
  const T = u.toks;
  const out: StatementDraft[] = [];
  for (const f of frames) {
    if (f.type === 'quote' || f.type === 'naming' || f.generic) continue;
    // "X isolated the problem, Y said, and “patched” it": one reported clause, given by its partial only.
    if (f.order === 'after' && quoted.some((d) => d.frame === f && d.kind === 'partial')) continue;
    for (const [s, e] of f.comps) {
      if (quoted.some((d) => d.start >= T[s]!.start && d.end <= T[e - 1]!.end) || !reported(u, f, s, e)) continue;
      out.push({
        kind: 'indirect',
        start: T[s]!.start,
        end: T[e - 1]!.end,
        unit,
        span: null,
        frame: f,
        speaker: f.speaker,
        label: null,
        region: regionText(u, f, frames),
      });
    }
  }
  return out;
}

const word = (t: UnitToken | undefined): t is UnitToken => t?.kind === 'word';
/**
 * The words of the speech act itself (speaker, verb, adjuncts), where its date and medium are stated; with a short
 * opening adjunct ("On Tuesday, X said ...") but never the reported material.
 */
const OPENING_PREPOSITIONS = new Set(['after', 'at', 'during', 'in', 'on', 'speaking']);

function regionText(u: UnitView, f: Frame, frames: Frame[]): string {
  const T = u.toks;
  // An adjunct that opens the sentence dates or places the speech: a short one, or a longer one that a preposition opens
  // ("In a statement issued late on Tuesday, X confirmed", "During the presser on Wednesday, December 18, 2024, X stated").
  const before = T.slice(0, f.from - 1);
  const adjunct =
    before.every((t) => t.kind === 'word' || t.text === '.' || t.text === ',') &&
    (f.from <= 7 || (f.from <= 16 && OPENING_PREPOSITIONS.has(T[0]?.lower ?? '')));
  const opening = T[f.from - 1]?.text === ',' && adjunct;
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
export function postDrafts(text: string, quotes: QuoteSpan[], mentions: Mention[], titleEnd: number): StatementDraft[] {
  const out: StatementDraft[] = [];
  const paras = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  paras.forEach((p, i) => {
    const sig = /^— ?([^(\n]{1,80}) \(@\w{1,30}\)/u.exec(p.text);
    const post = paras[i - 1];
    if (!sig || !post || post.start < titleEnd || quotes.some((q) => q.open >= post.start && q.open < post.end && q.start <= post.start + 1)) return;
    const body = withoutLinks(post.text);
    if (!body.trim()) return;
    const inSig = mentions.filter((x) => x.start >= p.start && x.end <= p.start + 2 + sig[1]!.length);
    const m = inSig.find((x) => x.type === 'person') ?? inSig[0];
    const speaker: Speaker = {
      entity: m?.entity ?? null,
      surface: m ? text.slice(m.start, m.end) : sig[1]!.trim(),
      role: null,
      via: 'name',
      at: p.start,
      start: p.start,
    };
    out.push({
      kind: 'direct',
      start: post.start,
      end: post.start + body.length,
      unit: { start: post.start, end: p.end, paragraph: -1 },
      span: null,
      frame: null,
      speaker,
      label: 'after',
      region: p.text,
    });
  });
  return out;
}
