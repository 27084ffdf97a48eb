/**
 * Speakers in text order. Input: an article's drafts, sorted, and its context. Output: none; the drafts' speakers
 * are set in place: he/she/it and definite descriptions resolve (resolve-anaphora); a quotation without
 * attribution continues the previous speaker in its paragraph, or in the next when it stands alone; a quotation
 * still open at the end of its paragraph takes the speaker of its continuation in the next.
 */
import { quoteWords } from './find-quotes.ts';
import { resolveDescription, resolvePronoun } from './resolve-anaphora.ts';
import type { Mention } from '../language/mention-types.ts';
import type { SpeechLexicon, StatementArticleContext, StatementDraft } from './statement-types.ts';

/** Continuations, multi-paragraph quotations and pronouns, in text order. */
export function resolveSpeakers(drafts: StatementDraft[], ctx: StatementArticleContext & { lex: SpeechLexicon }): void {
  let last: StatementDraft | null = null;
  const done: StatementDraft[] = [];
  drafts.forEach((d) => {
    done.push(d);
    if (d.speaker && d.speaker.entity === null && /^(?:he|she|it)$/i.test(d.speaker.surface ?? '')) {
      // "..., he said": the pronoun follows what it reports; names in that material are not its candidates.
      const material = d.frame?.order === 'after' ? d.start : null;
      const entity = resolvePronoun(ctx, d.speaker, last?.speaker?.entity ?? null, last?.unit.paragraph ?? null, material);
      d.speaker = { ...d.speaker, entity };
    } else if (d.speaker?.via === 'description') {
      const entity =
        resolveDescription(ctx, d.speaker, ctx.lex.anaphors, ctx.lex.person_anaphors) ?? namedBy(ctx, d.speaker.surface) ?? issuerOf(d.speaker, done);
      if (entity !== null) d.speaker = { ...d.speaker, entity, via: 'pronoun' };
    }
    const signer = !d.speaker && d.span && !d.frame ? signedBy(d, ctx) : null;
    if (signer) {
      const speaker = {
        entity: signer.entity,
        surface: ctx.text.slice(signer.start, signer.end),
        role: signer.role,
        via: 'name' as const,
        at: signer.start,
        start: signer.start,
      };
      Object.assign(d, { speaker, label: 'after' });
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

/**
 * A speaker written as a name that the name finder left unlinked ("..., said Salehi."): the one person of the
 * article with that name, or with it as the last word of their name. Two such persons: unknown.
 */
function namedBy(ctx: StatementArticleContext, surface: string | null): number | null {
  if (!surface || !/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}$/u.test(surface)) return null;
  const want = surface.toLowerCase();
  const hits = ctx.entities.filter((e) => {
    if (e.type !== 'person') return false;
    const name = e.name.toLowerCase();
    // "Kiir" for "Salva Kiir Mayardit": a single word may be any but the first of a name of three or more.
    const inner = !want.includes(' ') && name.split(' ').length >= 3 && name.split(' ').slice(1).includes(want);
    return name === want || name.endsWith(` ${want}`) || inner || e.surfaces.some((x) => x.toLowerCase() === want);
  });
  return hits.length === 1 ? hits[0]!.id : null;
}

/** Documents that speak for whoever issued them ("The statement said"). */
const ISSUED =
  /^(?:the|a|an|this|that|its|their)\s+(?:(?:joint|latest|earlier|new|written|official|simultaneous)\s+)?(?:statement|communiqu[eé]|declaration|press release|release)$/i;
/**
 * "The statement said ...": the one who issued the statement the article last reported from, the speaker of the
 * last statement made "in a statement" (or framed by one) before it; else unknown.
 */
function issuerOf(sp: NonNullable<StatementDraft['speaker']>, done: StatementDraft[]): number | null {
  if (!ISSUED.test(sp.surface?.trim() ?? '')) return null;
  for (let k = done.length - 2; k >= 0; k--) {
    const p = done[k]!;
    if (p.speaker?.entity != null && /\bstatement\b/i.test(p.region)) return p.speaker.entity;
  }
  return null;
}

/** A quote with no attribution: the previous speaker's words, or nobody's we can name. */
function continueFrom(d: StatementDraft, last: StatementDraft | null, ctx: StatementArticleContext): void {
  // The statement just before: a quotation, or reported speech with a named speaker ("X said Y. “...”").
  const prev = last?.span || (last?.kind === 'indirect' && last.speaker?.entity != null) ? last : null;
  const sameParagraph = prev && prev.unit.paragraph === d.unit.paragraph;
  // A paragraph that is one quotation without a closing mark ("“… prevent the evacuation of civilians”") is a pull
  // quote or a subhead, not the previous speaker going on.
  const pulled = d.alone && !/[.?!,…;:]$/.test(ctx.text.slice(d.span!.start, d.span!.end).trim());
  const chained =
    prev &&
    prev.unit.paragraph === d.unit.paragraph - 1 &&
    (prev.span?.close === -1 || (d.alone && !pulled && opensParagraph(d, ctx) && lastUnitOf(prev, ctx)));
  // "That process led to a realization: “...”" right after a paragraph that ends with X's words: a colon whose
  // clause names nobody goes on with X (a clause that names someone is that one's, or nobody's).
  const introduced =
    d.label === 'before' &&
    !d.frame &&
    d.alone &&
    prev &&
    prev.speaker?.entity != null &&
    prev.unit.paragraph === d.unit.paragraph - 1 &&
    lastUnitOf(prev, ctx) &&
    quoteWords(ctx.text.slice(d.start, d.end)) >= 8 &&
    !ctx.mentions.some((m) => m.start >= d.unit.start && m.end <= d.span!.open);
  if ((prev && (sameParagraph || chained) && d.label !== 'before') || introduced) {
    Object.assign(d, { speaker: prev.speaker ? { ...prev.speaker } : null, frame: prev.frame, label: 'continuation', region: prev.region });
    if (!d.speaker) d.label = 'continuation';
    return;
  }
  const subject = d.alone && !d.frame && !d.label ? subjectBefore(d, ctx) : null;
  if (subject !== null) {
    Object.assign(d, {
      speaker: { entity: subject.entity, surface: null, role: null, via: 'inherited', at: subject.start, start: subject.start },
      label: 'continuation',
    });
    return;
  }
  d.label = d.label ?? 'none';
}

/**
 * "Commerce Secretary Wilbur Ross downplayed the prospect of a deal. “I think ...”": a quotation standing alone
 * after a sentence of its paragraph whose subject (a person named at its start, titles aside) is the one it goes on
 * about.
 */
function subjectBefore(d: StatementDraft, ctx: StatementArticleContext): Mention | null {
  const k = ctx.sentences.findIndex((s) => s.start <= d.span!.open && s.end > d.span!.open);
  const s = ctx.sentences[k - 1];
  // The sentence before, in the quotation's paragraph, or ending the paragraph before on a colon ("Cruz continued:").
  const colon = s && s.paragraph === ctx.sentences[k]!.paragraph - 1 && s.text.trimEnd().endsWith(':') && opensParagraph(d, ctx);
  if (!s || (s.paragraph !== ctx.sentences[k]!.paragraph && !colon)) return null;
  const m = ctx.mentions.find((x) => x.start >= s.start && x.end <= s.end);
  if (!m || ctx.entities[m.entity]?.type !== 'person') return null;
  return /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(ctx.text.slice(s.start, m.start)) ? m : null;
}

const opensParagraph = (d: StatementDraft, ctx: StatementArticleContext) =>
  ctx.sentences.some((s, i) => s.start === d.span!.open && ctx.sentences[i - 1]?.paragraph !== s.paragraph);
/** The previous statement ends its paragraph: nothing but its own sentence stands between them. */
function lastUnitOf(prev: StatementDraft, ctx: StatementArticleContext): boolean {
  const para = ctx.sentences.filter((s) => s.paragraph === ctx.sentences.find((x) => x.start <= prev.start && x.end >= prev.start)?.paragraph);
  const lastSentence = para[para.length - 1];
  return !!lastSentence && prev.unit.end >= lastSentence.end;
}

/** "“...” ― Pamela Padilla": a quotation signed after a dash by a person or an organisation, in its paragraph. */
function signedBy(d: StatementDraft, ctx: StatementArticleContext): Mention | null {
  if (d.span!.close < 0) return null;
  const after = ctx.text.slice(d.span!.close + 1, d.span!.close + 12);
  const dash = /^\s*[―—–]\s*/.exec(after);
  if (!dash) return null;
  const at = d.span!.close + 1 + dash[0].length;
  const m = ctx.mentions.find((x) => x.start === at);
  return m && (ctx.entities[m.entity]?.type === 'person' || ctx.entities[m.entity]?.type === 'organization') ? m : null;
}
