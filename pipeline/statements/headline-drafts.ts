/**
 * Statements of the title. Input: the text, where the title ends, quote spans, mentions, the lexicon and the body's
 * drafts. Output: drafts of the title's quotations (the speaker: a name before a colon, or the body's speaker of the
 * same or paraphrased words) and of a title that reports speech ("X Says ...", "X: words" and "words: X", where X
 * is a person or an organisation the name finder found; verb null). "Analysis: ...", "Syria: ..." and "...: report"
 * name no speaker, and a dash before a name is the site's signature, not an attribution.
 */
import type { Mention } from '../language/mention-types.ts';
import { tokenize, type TokenStream } from './unit-tokens.ts';
import type { UnitToken } from './statement-types.ts';
import type { Frame, QuoteSpan, Speaker, SpeechLexicon, StatementDraft } from './statement-types.ts';

/** Quotations in the title, and a title that reports speech ("X Says ..."). */
export function headlineDrafts(
  doc: TokenStream & { text: string },
  titleEnd: number,
  quotes: QuoteSpan[],
  mentions: Mention[],
  lex: SpeechLexicon,
  body: StatementDraft[],
): StatementDraft[] {
  if (titleEnd <= 0) return [];
  const { text } = doc;
  const unit = { start: 0, end: titleEnd, paragraph: 0 };
  const out: StatementDraft[] = [];
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const span of quotes.filter((q) => q.end <= titleEnd)) {
    const q = text.slice(span.start, span.end);
    const before = text.slice(0, span.open).trim();
    const kind =
      before === '' ||
      before.endsWith(':') ||
      text
        .slice(span.close + 1, span.close + 3)
        .trim()
        .startsWith(':')
        ? 'direct'
        : 'partial';
    const named = before.endsWith(':') ? mentions.find((m) => m.end <= span.open && m.end >= span.open - 4 - 1 && m.type === 'person') : undefined;
    const same = body.find((d) => d.span && d.speaker?.entity != null && fold(text.slice(d.start, d.end)).includes(fold(q))) ?? paraphrased(text, q, body);
    const speaker: Speaker | null = named
      ? { entity: named.entity, surface: text.slice(named.start, named.end), role: named.role, via: 'name', at: named.start, start: named.start }
      : same
        ? { ...same.speaker!, surface: before.endsWith(':') ? before.slice(0, -1) : null }
        : null;
    out.push({ kind, start: span.start, end: span.end, unit, span, frame: null, speaker, label: 'headline', region: '' });
  }
  const toks = tokenize(doc, text, 0, titleEnd, quotes);
  const colon = colonDraft(toks, text, mentions, unit);
  if (colon) return [...out, colon];
  const v = toks.findIndex(
    (t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && lex.clause.has(t.lower) && !lex.participles.has(t.lower) && toks[i - 1]!.kind === 'word',
  );
  const m = v > 0 ? mentions.find((x) => x.start <= toks[v - 1]!.start && x.end >= toks[v - 1]!.end) : undefined;
  const rest = toks.slice(v + 1).filter((t) => t.kind === 'word');
  if (m && rest.length >= 3 && !toks.slice(v + 1).some((t) => t.kind === 'quote')) {
    const speaker: Speaker = { entity: m.entity, surface: text.slice(m.start, m.end), role: m.role, via: 'name', at: m.start, start: m.start };
    const frame = { verb: toks[v]!.text } as Frame;
    out.push({ kind: 'indirect', start: rest[0]!.start, end: rest[rest.length - 1]!.end, unit, span: null, frame, speaker, label: 'headline', region: '' });
  }
  return out;
}

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'is',
  'it',
  'its',
  'my',
  'not',
  'of',
  'on',
  'or',
  'our',
  'that',
  'the',
  'their',
  'this',
  'to',
  'was',
  'we',
  'were',
  'will',
  'with',
  'you',
  'your',
]);

/**
 * A headline quotation put together from a speaker's words in the body ("‘Our goal is to end invasion’" for
 * `X said the group’s “main goal” is to “put an end” to the “invasion”`): every content word of it (three at least)
 * in one body sentence whose quotations have a speaker, and all such sentences with the same speaker.
 */
function paraphrased(text: string, q: string, body: StatementDraft[]): StatementDraft | undefined {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
  const content = [...new Set(words(q))];
  if (content.length < 3) return undefined;
  const units = new Map<number, StatementDraft[]>();
  for (const d of body) if (d.span && d.unit.paragraph >= 0) units.set(d.unit.start, [...(units.get(d.unit.start) ?? []), d]);
  const hits = [...units.values()].filter((ds) => {
    const have = new Set(words(text.slice(ds[0]!.unit.start, ds[0]!.unit.end)));
    return content.every((w) => have.has(w));
  });
  const speakers = new Set(hits.flatMap((ds) => ds.map((d) => d.speaker?.entity ?? null)));
  return speakers.size === 1 && !speakers.has(null) ? hits[0]!.find((d) => d.speaker?.entity != null) : undefined;
}

/** "Kushner: Deal is the last chance" / "Talks end without a deal: Mekhlafi": words attributed by a colon, no quotation. */
function colonDraft(toks: UnitToken[], text: string, mentions: Mention[], unit: StatementDraft['unit']): StatementDraft | null {
  if (toks.some((t) => t.kind === 'quote')) return null;
  const c = toks.findIndex((t) => t.text === ':');
  if (c <= 0 || toks.slice(c + 1).some((t) => t.text === ':')) return null;
  const speakerIn = (from: number, to: number) =>
    mentions.find((m) => (m.type === 'person' || m.type === 'organization') && m.start === toks[from]?.start && m.end === toks[to - 1]?.end);
  const words = (a: number, b: number) => toks.slice(a, b).filter((t) => t.kind === 'word');
  let end = toks.length;
  while (end > c + 1 && toks[end - 1]!.kind === 'punct') end--;
  const [m, said] = speakerIn(0, c) ? [speakerIn(0, c)!, words(c + 1, end)] : speakerIn(c + 1, end) ? [speakerIn(c + 1, end)!, words(0, c)] : [null, []];
  if (!m || said.length < 3) return null;
  const speaker: Speaker = { entity: m.entity, surface: text.slice(m.start, m.end), role: m.role, via: 'name', at: m.start, start: m.start };
  const frame = { verb: null } as Frame;
  return { kind: 'indirect', start: said[0]!.start, end: said[said.length - 1]!.end, unit, span: null, frame, speaker, label: 'headline', region: '' };
}
