/**
 * The speaker before a speech verb, read from structure, not from lists of names. Input: a unit's tokens and the
 * verb's position. Output: a Speaker, or why there is none: the noun phrase before the verb (role words and a name
 * that ends it, ", NAME," or ", a lawyer for ...," in apposition, a relative "who"), a person in apposition after
 * a quotation, the issuer of documents, the subject that opens the clause.
 */
import type { Mention } from '../language/mention-types.ts';
import { roleUnlessCourtesy } from '../language/grammar.ts';
import {
  AUX,
  BOUNDARY,
  CONNECTIVES,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  TIME,
  isCap,
  isSpeechVerb,
  mentionAt,
  pastTense,
  tokIndexAt,
  verbForm,
  word,
} from './unit-tokens.ts';
import { quoteEnds } from './reported-material.ts';
import type { Speaker, UnitToken, UnitView } from './statement-types.ts';

/** Do-support before a bare verb ("Trump did say ..."). */
const DO = new Set(['did', 'does', 'do']);

/** Skip adverbs, do-support and time words leftwards from i. */
function skipLeft(u: UnitView, i: number): number {
  while (
    i >= 0 &&
    word(u.toks[i]) &&
    (u.lex.adverbs.has(u.toks[i]!.lower) || TIME.has(u.toks[i]!.lower) || DO.has(u.toks[i]!.lower) || /^\p{Ll}{3,}ly$/u.test(u.toks[i]!.text))
  )
    i--;
  return i;
}

export type Left = Speaker | 'start' | 'quote' | 'comma' | 'coord' | 'generic' | 'none';

/** The subject of the verb at v, read leftwards. */
export function subjectLeft(u: UnitView, v: number): Left {
  let i = skipLeft(u, v - 1);
  if (i < 0) return 'start';
  let t = u.toks[i]!;
  if (t.kind === 'quote') return 'quote';
  if (t.text === ')') {
    while (i > 0 && u.toks[i]!.text !== '(') i--;
    i--;
    if (i < 0) return 'none';
    t = u.toks[i]!;
  }
  if (t.text === ',') return commaLeft(u, i);
  if (t.kind !== 'word') return 'none';
  if (t.lower === 'and' || t.lower === 'but') return 'coord';
  if (DETERMINERS.has(t.lower) || /[’']s?$/.test(t.text) || /^\d/.test(t.text)) return 'none';
  if (PRONOUNS.has(t.lower)) {
    if (t.lower === 'who' && u.toks[i - 1]?.text === ',') {
      const m = u.toks[i - 2] && mentionAt(u, u.toks[i - 2]!);
      if (m?.type === 'person') return { entity: m.entity, surface: t.text, role: m.role, via: 'pronoun', at: m.start, start: m.start };
      const np = npEndingAt(u, i - 2);
      return np && np !== 'generic' && np.entity !== null ? { ...np, surface: t.text, via: 'pronoun' } : 'none';
    }
    return { entity: null, surface: t.text, role: null, via: 'pronoun', at: t.start, start: t.start };
  }
  const np = npEndingAt(u, i);
  if (np && np !== 'generic' && np.entity !== null) return np;
  return apposedBefore(u, i) ?? np ?? 'none';
}

/** "NAME, acting foreign minister said": a person, a comma and a role running to the verb with no comma after it. */
function apposedBefore(u: UnitView, i: number): Speaker | null {
  const T = u.toks;
  let c = i;
  while (c >= 0 && i - c < 8 && word(T[c]) && /^\p{Ll}/u.test(T[c]!.text) && !BOUNDARY.has(T[c]!.lower) && !PRONOUNS.has(T[c]!.lower)) c--;
  if (c === i || T[c]?.text !== ',' || !word(T[c - 1])) return null;
  const m = mentionAt(u, T[c - 1]!);
  if (!m || m.type !== 'person' || m.end !== T[c - 1]!.end) return null;
  const role = u.text.slice(T[c + 1]!.start, T[i]!.end);
  return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? role, via: 'apposition', at: m.start, start: m.start };
}

/** A noun phrase ending at token i: a name (with role words before it) or a description. */
function npEndingAt(u: UnitView, i: number): Speaker | 'generic' | null {
  const t = u.toks[i];
  if (!word(t) || BOUNDARY.has(t.lower) || isSpeechVerb(t, u.lex)) return null;
  const m = mentionAt(u, t);
  if (m && !/[’']s$/.test(t.text)) {
    let j = tokIndexAt(u.toks, m.start) - 1;
    const stop = j;
    const glued = (t: UnitToken | undefined, k: number) => t?.text === '.' && u.toks[k - 1]?.end === t.start && isCap(u.toks[k - 1]!);
    const roleWord = (t: UnitToken | undefined, k: number) =>
      glued(t, k) ||
      (word(t) &&
        !DETERMINERS.has(t.lower) &&
        !PREPOSITIONS.has(t.lower) &&
        !isSpeechVerb(t, u.lex) &&
        (!BOUNDARY.has(t.lower) || (t.lower === 'and' && /^\p{Ll}/u.test(u.toks[k - 1]?.text ?? '') && !mentionAt(u, u.toks[k - 1]!))));
    // "... mercenaries in Libya Putin said": a place right before the name ends the phrase, it is no title of it.
    const placeNext = (k: number) => k === stop && mentionAt(u, u.toks[k]!)?.type === 'place';
    while (j >= 0 && roleWord(u.toks[j], j) && !placeNext(j) && stop - j < 8) j--;
    // "Special Envoy for Yemen NAME": a role the name finder read with its preposition is no prepositional phrase.
    const roleStart = m.role && u.text.slice(m.start - m.role.length - 1, m.start - 1) === m.role ? m.start - m.role.length - 1 : null;
    if (roleStart !== null && (u.toks[j + 1]?.start ?? m.start) > roleStart) j = tokIndexAt(u.toks, roleStart) - 1;
    if (u.toks[j + 1]?.lower === 'and') j++;
    const before = u.toks[j];
    // "..., with NAME emphasising: ...": the name after "with" is the subject of the -ing form that follows it.
    const withSubject = before?.lower === 'with' && /\p{Ll}ing$/u.test(u.toks[i + 1]?.text ?? '');
    const inPP = !withSubject && ((before && PREPOSITIONS.has(before.lower)) || (before?.lower === 'the' && PREPOSITIONS.has(u.toks[j - 1]?.lower ?? '')));
    // "the office of Foreign Minister NAME said": the person's office speaks for the person.
    const T = u.toks;
    const office =
      m.type === 'person' && before?.lower === 'of' && T[j - 1]?.lower === 'office' && T[j - 2]?.lower === 'the' && !PREPOSITIONS.has(T[j - 3]?.lower ?? '');
    if (office)
      return {
        entity: m.entity,
        surface: u.text.slice(m.start, m.end),
        role: u.text.slice(T[j - 1]!.start, T[stop]!.end),
        via: 'name',
        at: m.start,
        start: T[j - 2]!.start,
      };
    // "the spokesperson for the committee NAME said": a person named right after a common noun, with no title of
    // their own, is in apposition to the whole description, not the object of its preposition ("a spokesman for
    // President NAME" and "a spokesman for the president NAME" keep the spokesman).
    const apposed = inPP && m.type === 'person' && !m.role && stop > j && u.toks[stop]!.pos === 'NOUN' && /^\p{Ll}/u.test(u.toks[stop]!.text);
    if (apposed) return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: null, via: 'name', at: m.start, start: m.start };
    if (!inPP) {
      const role = roleUnlessCourtesy(stop > j ? u.text.slice(u.toks[j + 1]!.start, u.toks[stop]!.end) : null);
      const det = before && DETERMINERS.has(before.lower) ? before : u.toks[j + 1]!;
      return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? role, via: 'name', at: m.start, start: det.start };
    }
  }
  let j = i;
  while (j > 0 && i - j < 12) {
    const p = u.toks[j - 1]!;
    if (!word(p) || BOUNDARY.has(p.lower) || verbForm(p, u.lex) || PRONOUNS.has(p.lower) || /^\p{Ll}{2,}ed$/u.test(p.text) || u.lex.irregular_past.has(p.lower))
      break;
    j--;
    if (DETERMINERS.has(p.lower) && !PREPOSITIONS.has(u.toks[j - 1]?.lower ?? '')) break;
  }
  const np = u.toks.slice(j, i + 1);
  const nouns = np.slice(0, (np.findIndex((x, k) => k > 0 && PREPOSITIONS.has(x.lower)) + 1 || np.length + 1) - 1);
  if (u.lex.generic.has(np[0]!.lower) || (!DETERMINERS.has(np[0]!.lower) && u.lex.generic.has(t.lower))) return 'generic';
  if (nouns.some((x) => u.lex.documents.has(x.lower) || u.lex.generic.has(x.lower))) return 'generic';
  if (np[0]!.lower === 'with') np.shift();
  if (PREPOSITIONS.has(np[0]?.lower ?? '')) return null;
  if (!np.length) return null;
  // A bare lower-case phrase is a speaker only when short ("officials", "sources"): else it is the walk gone astray.
  if (/^\p{Ll}/u.test(np[0]!.text) && !DETERMINERS.has(np[0]!.lower) && (np.length > 2 || np.some((x) => PREPOSITIONS.has(x.lower)))) return null;
  const surface = u.text.slice(np[0]!.start, t.end);
  return { entity: null, surface, role: surface.replace(/^(?:the|a|an)\s/i, ''), via: 'description', at: np[0]!.start, start: np[0]!.start };
}

/**
 * "NAME, a lawyer for X, said" / "The head of X, NAME, said" / "NAME, who ..., said" / "NAME, a fellow at X in
 * Munich, Germany, said": the comma-separated pieces before the verb; the speaker is the piece that is nothing but
 * a name (a person before an organisation, a place only when it opens the clause); a description piece next to it
 * is the role. With no such piece, a description that opens the pieces ("A spokesman for X, who ..., said").
 */
function commaLeft(u: UnitView, i: number): Left {
  const T = u.toks;
  let a = i - 1;
  while (a >= 0 && i - a < 45 && !quoteEnds(u, a) && T[a]!.text !== ';' && T[a]!.text !== ':' && T[a]!.text !== '—') a--;
  const segs: [number, number][] = [];
  let s = a + 1;
  for (let k = a + 1; k <= i; k++) {
    // "NAME- the rebel group spokesperson, told ...": a hyphen or en dash sets an apposition apart as a comma does.
    if (T[k]!.text !== ',' && !(k < i && (T[k]!.text === '-' || T[k]!.text === '–'))) continue;
    if (k > s) segs.push([s, k]);
    s = k + 1;
  }
  const names = segs.map(([x, e]) => wholeName(u, x, e));
  const pick = (ok: (m: Mention) => boolean) => names.findIndex((n, k) => n !== null && ok(n.mention) && (n.mention.type !== 'place' || k === 0));
  let k = pick((m) => m.type === 'person');
  if (k < 0) k = pick(() => true);
  if (k < 0) {
    const first = segs.find(([x]) => DETERMINERS.has(T[x]!.lower));
    // A description, not a clause ("One county station has seen no rain, said X"): no verb in it.
    const verbless =
      first && T.slice(first[0] + 1, first[1]).every((x) => !(AUX.has(x.text) || /^\p{Ll}{2,}ed$/u.test(x.text) || u.lex.irregular_past.has(x.text)));
    const short = first && first[1] - first[0] <= 16 && segs.length >= 2 && verbless;
    if (!first || !short || !DETERMINERS.has(T[first[0]]!.lower)) return 'comma';
    const surface = u.text.slice(T[first[0]]!.start, T[first[1] - 1]!.end);
    return { entity: null, surface, role: surface.replace(/^(?:the|a|an)\s/i, ''), via: 'description', at: T[first[0]]!.start, start: T[first[0]]!.start };
  }
  const sp = names[k]!.speaker;
  const text = ([x, e]: [number, number]) => u.text.slice(T[x]!.start, T[e - 1]!.end);
  const after = segs[k + 1] && !BOUNDARY.has(T[segs[k + 1]![0]]!.lower) ? segs[k + 1]! : null;
  const before = k > 0 && isRolePiece(u, segs[k - 1]!) ? segs[k - 1]! : null;
  const role = sp.role ?? (after ? text(after) : before ? text(before) : null);
  const start = before ? T[before[0]]!.start : sp.start;
  return { ...sp, role, via: after || before ? 'apposition' : 'name', start };
}

/** Tokens [s, e) that are only a name, with its role words ("the Kenyan Foreign Minister Amina Odhiambo"). */
function wholeName(u: UnitView, s: number, e: number): { speaker: Speaker; mention: Mention } | null {
  if (CONNECTIVES.has(u.toks[s]!.lower) && s + 1 < e) s++;
  const np = npEndingAt(u, e - 1);
  if (!np || np === 'generic' || np.entity === null) return null;
  const first = u.toks[s]!;
  const opens = np.start === first.start || (first.lower === 'the' && np.start === u.toks[s + 1]?.start);
  return opens ? { speaker: np, mention: mentionAt(u, u.toks[e - 1]!)! } : null;
}

/** A description that can stand before a name as its role: not an adjunct opened by a preposition. */
function isRolePiece(u: UnitView, [s, e]: [number, number]): boolean {
  const t = u.toks[s]!;
  return e - s <= 12 && !PREPOSITIONS.has(t.lower) && !BOUNDARY.has(t.lower) && t.lower !== 'according' && !u.toks.slice(s, e).some((x) => x.kind === 'quote');
}

/**
 * "X released two critical reports that depicted “...”": a document noun read as the verb; the one who issued the
 * documents (the named subject of the verb before them) speaks.
 */
export function documentsOf(u: UnitView, v: number, left: Speaker): Speaker | null {
  const T = u.toks;
  if (!u.lex.documents.has(T[v]!.lower) || T[v + 1]?.lower !== 'that') return null;
  const p = tokIndexAt(T, left.start) - 1;
  if (!word(T[p]) || !pastTense(T[p], u.lex) || isSpeechVerb(T[p]!, u.lex)) return null;
  const sub = subjectLeft(u, p);
  return typeof sub === 'object' && sub.entity !== null && sub.via === 'name' ? sub : null;
}

/**
 * `"...," NAME, a research analyst at the X think tank told Y`: a person right after the quotation, a comma, and a
 * description running to the verb with no closing comma; the person speaks (the description was read as subject).
 * Nothing verb-like may stand in the description ("NAME, and the others were told" is no apposition).
 */
export function appositionAfterQuote(u: UnitView, v: number): Speaker | null {
  const T = u.toks;
  let q = v - 1;
  while (q >= 0 && v - q <= 30 && T[q]!.kind !== 'quote') q--;
  if (q < 0 || T[q]!.kind !== 'quote' || (!quoteEnds(u, q) && T[q + 1]?.text !== ',')) return null;
  const k = T[q + 1]?.text === ',' ? q + 2 : q + 1;
  const m = T[k] && mentionAt(u, T[k]!);
  if (!m || m.type !== 'person' || m.start !== T[k]!.start) return null;
  let e = k;
  while (e < v && T[e]!.end <= m.end) e++;
  if (T[e]?.text !== ',' || e + 2 >= v) return null;
  const desc = T.slice(e + 1, v);
  const opens = DETERMINERS.has(desc[0]!.lower) || /^\p{Ll}/u.test(desc[0]!.text);
  const verbless =
    desc.every((x) => ((x.kind === 'word' || x.text === ',' || x.text === '-') && !AUX.has(x.lower) && !BOUNDARY.has(x.lower)) || x.lower === 'and') &&
    desc.every(
      (x) => x.kind !== 'word' || !(isSpeechVerb(x, u.lex) || /^\p{Ll}{2,}ed$/u.test(x.text) || u.lex.irregular_past.has(x.lower) || PRONOUNS.has(x.lower)),
    );
  if (!opens || !verbless || BOUNDARY.has(desc[0]!.lower)) return null;
  const role = u.text.slice(desc[0]!.start, desc[desc.length - 1]!.end);
  return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? role, via: 'apposition', at: m.start, start: m.start };
}

/** The subject at the start of the clause that holds token v: a pronoun or a name, when it opens the clause. */
export function clauseSubject(u: UnitView, v: number): Speaker | null {
  let s = 0;
  for (let i = v - 1; i > 0; i--) {
    const t = u.toks[i]!;
    if (t.text === ';' || (t.text === ',' && (u.toks[i + 1]?.lower === 'but' || u.toks[i + 1]?.lower === 'and'))) {
      // "He declined to comment on X, and said ...": a conjunct that is the verb alone shares the clause's subject.
      let k = i + 1;
      while (k < v && CONNECTIVES.has(u.toks[k]!.lower)) k++;
      if (k >= v) continue;
      s = i + 1;
      break;
    }
  }
  while (s < v && CONNECTIVES.has(u.toks[s]!.lower)) s++;
  const t = u.toks[s];
  if (!word(t)) return null;
  if (['he', 'she', 'it', 'they'].includes(t.lower)) return { entity: null, surface: t.text, role: null, via: 'pronoun', at: t.start, start: t.start };
  let e = s;
  const m = mentionAt(u, t);
  if (m) while (e < v && (u.toks[e]!.start < m.end || (isCap(u.toks[e]!) && word(u.toks[e])))) e++;
  else while (e < v && word(u.toks[e]) && !pastTense(u.toks[e], u.lex) && !AUX.has(u.toks[e]!.lower) && e - s < 6) e++;
  const np = e > s ? npEndingAt(u, e - 1) : null;
  const next = u.toks[e];
  if (!np || np === 'generic' || np.start !== t.start || !(next?.kind === 'word' || (next?.text === ',' && m))) return null;
  return np.entity !== null && mentionAt(u, u.toks[e - 1]!)?.type === 'place' ? null : np;
}
