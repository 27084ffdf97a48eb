/**
 * The final fields of a statement. Input: a draft with its speaker, the text, the publication date, the lexicon.
 * Output: its StatementCandidate: attribution label, confidence, medium, and said_on: the date the frame's own words
 * state (chrono, the publication date as reference), else the publication date.
 */
import * as chrono from 'chrono-node';
import type { SpeechLexicon, StatementCandidate, StatementDraft } from './statement-types.ts';

export function finish(d: StatementDraft, text: string, published: string | null, lex: SpeechLexicon): StatementCandidate {
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
