/**
 * The final fields of a statement. Input: a draft with its speaker, the text, the publication date, the lexicon.
 * Output: its StatementCandidate: attribution label, confidence, medium, and said_on: the date the frame's own words
 * state (resolved against the publication date by language/dates.ts), else the publication date.
 */
import { firstPastDate } from '../language/dates.ts';
import type { SpeechLexicon, StatementCandidate, StatementDraft } from './statement-types.ts';

export function finish(d: StatementDraft, text: string, published: string | null, lex: SpeechLexicon): StatementCandidate {
  const f = d.frame;
  const sp = d.speaker;
  const label =
    d.label ??
    (f?.type === 'quoted'
      ? 'quoted-as-saying'
      : f?.type === 'according'
        ? 'according-to'
        : f?.type === 'told'
          ? 'told'
          : sp?.via === 'pronoun'
            ? 'pronoun'
            : sp?.via === 'apposition'
              ? 'apposition'
              : f?.order === 'after'
                ? 'after'
                : 'before');
  const confidence =
    !sp || sp.entity === null
      ? sp?.surface
        ? 0.5
        : 0
      : label === 'continuation'
        ? 0.8
        : sp.via === 'pronoun'
          ? 0.8
          : sp.via === 'inherited'
            ? 0.7
            : label === 'headline'
              ? 0.7
              : 0.95;
  const pieces = d.pieces?.map(([start, end]) => ({ start, end, quote: text.slice(start, end) })) ?? null;
  return {
    kind: d.kind,
    quote: pieces ? pieces.map((p) => p.quote.trim()).join(' ') : text.slice(d.start, d.end),
    quoteStart: d.start,
    quoteEnd: d.end,
    pieces,
    evidenceStart: d.unit.start,
    evidenceEnd: d.unit.end,
    speakerEntity: sp?.entity ?? null,
    speakerSurface: label === 'continuation' ? null : (sp?.surface ?? null),
    speakerRole: sp?.role ?? null,
    attribution: label,
    verb: label === 'continuation' ? null : (f?.verb ?? null),
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

/** The date the text gives for the speech act (the one date resolver, language/dates.ts), else the publication date at its own precision. */
export function saidOn(region: string, published: string | null): StatementCandidate['saidOn'] {
  const stated = region ? firstPastDate(region, published) : null;
  if (stated) return { value: stated.value, precision: stated.precision, basis: 'stated', text: stated.text };
  const pub = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published ?? '');
  if (!pub) return null;
  const precision = pub[3] ? 'day' : pub[2] ? 'month' : 'year';
  return { value: pub[0], precision, basis: 'publication', text: null };
}
