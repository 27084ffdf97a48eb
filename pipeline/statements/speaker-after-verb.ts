/**
 * The speaker after a speech verb ("..., said X", "..., said the head of X, NAME,"). Input: a unit's tokens and the
 * verb's position. Output: the Speaker, with a role in apposition if any, and the token where the subject ends.
 */
import type { Mention } from '../language/mention-types.ts';
import { AUX, BOUNDARY, DETERMINERS, PREPOSITIONS, PRONOUNS, endsClause, isCap, isTime, mentionAt, tokIndexAt, word } from './unit-tokens.ts';
import type { Speaker, UnitView } from './statement-types.ts';
import { roleUnlessCourtesy } from '../language/grammar.ts';

/** "..., said X" / "..., said the head of X, NAME,": the speaker after the verb; returns it and the end token. */
export function subjectRight(u: UnitView, v: number): { speaker: Speaker; end: number } | null {
  let i = v + 1;
  while (i < u.toks.length && word(u.toks[i]) && (u.lex.adverbs.has(u.toks[i]!.lower) || isTime(u.toks[i]))) i++;
  const start = i;
  // "said Mr. Sperling", "said Gen. Barry R. McCaffrey": the stop of an abbreviated title or an initial goes on.
  const glued = (k: number) =>
    u.toks[k]?.text === '.' && u.toks[k - 1]?.end === u.toks[k]!.start && isCap(u.toks[k - 1]!) && isCap(u.toks[k + 1] ?? u.toks[k]!);
  while (i < u.toks.length && ((word(u.toks[i]) && !BOUNDARY.has(u.toks[i]!.lower)) || (i > start && glued(i))) && i - start < 14) i++;
  if (i === start || u.lex.participles.has(u.toks[start]!.lower) || PREPOSITIONS.has(u.toks[start]!.lower)) return null;
  const np = u.toks.slice(start, i);
  // "..., said they would provide ...": a clause, not the speaker's noun phrase.
  if ((np.length > 1 && PRONOUNS.has(np[0]!.lower)) || np.some((x) => AUX.has(x.text))) return null;
  // The head is the last name before any prepositional phrase ("Deputy Energy Minister Pavel Sorokin at ...").
  const pp = np.findIndex((t, k) => k > 0 && PREPOSITIONS.has(t.lower));
  const pre = pp < 0 ? np : np.slice(0, pp);
  const lastOf = (ok: (m: Mention) => boolean) => pre.map((t, k) => (mentionAt(u, t) && ok(mentionAt(u, t)!) ? k : -1)).reduce((a, b) => Math.max(a, b), -1);
  const person = lastOf((m) => m.type === 'person');
  const named = person >= 0 ? person : lastOf(() => true);
  const first = named < 0 ? -1 : tokIndexAt(np, mentionAt(u, np[named]!)!.start);
  const lead = first < 0 ? np : np.slice(0, first);
  // The name must be the head: nothing but a prepositional phrase after it ("the CDC requirement" is no name).
  const heads = first >= 0 && mentionAt(u, pre[pre.length - 1]!) === mentionAt(u, np[first]!);
  const ends = heads && mentionAt(u, np[first]!)!.type === 'person';
  const led = lead.length > 0 && DETERMINERS.has(lead[0]!.lower) && !(lead[0]!.lower === 'the' && lead.slice(1).every(isCap)) && !ends;
  const next = u.toks[i];
  if (first >= 0 && heads && !led && !lead.some((t) => PREPOSITIONS.has(t.lower))) {
    const m = mentionAt(u, np[first]!)!;
    const role = roleUnlessCourtesy(lead.length ? u.text.slice(lead[0]!.start, lead[lead.length - 1]!.end) : null);
    const appo = next?.text === ',' ? appositionRight(u, i + 1) : null;
    const speaker: Speaker = {
      entity: m.entity,
      surface: u.text.slice(m.start, m.end),
      role: m.role ?? role ?? appo?.text ?? null,
      via: appo ? 'apposition' : 'name',
      at: m.start,
      start: np[0]!.start,
    };
    return { speaker, end: appo ? appo.end : i };
  }
  if (PRONOUNS.has(np[0]!.lower) && np.length === 1)
    return { speaker: { entity: null, surface: np[0]!.text, role: null, via: 'pronoun', at: np[0]!.start, start: np[0]!.start }, end: i };
  const surface = u.text.slice(np[0]!.start, np[np.length - 1]!.end);
  if (next?.text === ',') {
    const k = i + 1;
    const m = u.toks[k] ? mentionAt(u, u.toks[k]!) : undefined;
    if (m && m.type === 'person') {
      let e = k;
      while (e < u.toks.length && u.toks[e]!.end <= m.end) e++;
      if (!word(u.toks[e]))
        return {
          speaker: { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? surface, via: 'apposition', at: m.start, start: np[0]!.start },
          end: e,
        };
    }
  }
  return {
    speaker: { entity: null, surface, role: surface.replace(/^(?:the|a|an)\s/i, ''), via: 'description', at: np[0]!.start, start: np[0]!.start },
    end: i,
  };
}

/** ", a lawyer for the families" after a name: a description up to the next comma or the end. */
function appositionRight(u: UnitView, k: number): { text: string; end: number } | null {
  const t = u.toks[k];
  if (!t || (!DETERMINERS.has(t.lower) && !/^\p{Ll}/u.test(t.text))) return null;
  if (u.lex.participles.has(t.lower) || BOUNDARY.has(t.lower)) return null;
  let e = k;
  while (e < u.toks.length && ((word(u.toks[e]) && !BOUNDARY.has(u.toks[e]!.lower)) || /^[’'-]$/.test(u.toks[e]!.text))) e++;
  const closed = u.toks[e]?.text === ',' || endsClause(u.toks[e]);
  return e - k <= 12 && closed ? { text: u.text.slice(t.start, u.toks[e - 1]!.end), end: e } : null;
}
