/**
 * Speech frames in one writer unit and who speaks in them. Input: the unit's tokens (each quotation one token),
 * the article's mentions, the speech-verb lexicon. Output: frames with a verb, a speaker (an entity, a pronoun to
 * resolve later, a description, or inherited from the clause), the order (material after the frame: "X said ...",
 * or before it: "..., X said") and the token ranges of the reported material (find-quotes bounds them).
 * The speaker is read from structure, not from lists of names: the noun phrase before the verb (role words and a
 * name that ends it, ", NAME," or ", a lawyer for ...," in apposition, a relative "who"), or after it in
 * "..., said X". Unlisted past-tense verbs count right next to a quotation (`"...," NAME VERBed`, `NAME VERBed:
 * "..."`). "according to X", "Y quoted X as saying", "X reported, citing Y" and channels ("..., Bloomberg
 * reported" around another frame) are frames of their own kind. Rule ids: none; extract-statements labels.
 */
import type { Mention } from '../language/mention-types.ts';
import {
  AUX, BOUNDARY, CONNECTIVES, DETERMINERS, PASSIVE, PREPOSITIONS, PRONOUNS, TIME, endsClause, isCap, isSpeechVerb, isTime,
  mentionAt, pastTense, tokIndexAt, verbForm, word,
} from './unit-tokens.ts';
import { fillComps, quoteEnds, quoteLead, reported, skipAdjuncts, withoutNested } from './reported-material.ts';
import type { Frame, FrameType, Speaker, SpeechLexicon, Token, UnitView } from './statement-types.ts';

export function frameType(lower: string, lex: SpeechLexicon): FrameType {
  if (lex.object.has(lower)) return 'object';
  if (lex.naming.has(lower)) return 'naming';
  if (/^tell|^told/.test(lower)) return 'told';
  return lex.clause.has(lower) ? 'say' : 'quote';
}

/** Skip adverbs, auxiliaries and time words leftwards from i. */
function skipLeft(u: UnitView, i: number): number {
  while (i >= 0 && word(u.toks[i]) && (u.lex.adverbs.has(u.toks[i]!.lower) || TIME.has(u.toks[i]!.lower) || /^\p{Ll}{3,}ly$/u.test(u.toks[i]!.text))) i--;
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
  return npEndingAt(u, i) ?? 'none';
}

/** A noun phrase ending at token i: a name (with role words before it) or a description. */
function npEndingAt(u: UnitView, i: number): Speaker | 'generic' | null {
  const t = u.toks[i];
  if (!word(t) || BOUNDARY.has(t.lower) || isSpeechVerb(t, u.lex)) return null;
  const m = mentionAt(u, t);
  if (m && !/[’']s$/.test(t.text)) {
    let j = tokIndexAt(u.toks, m.start) - 1;
    const stop = j;
    const glued = (t: Token | undefined, k: number) => t?.text === '.' && u.toks[k - 1]?.end === t.start && isCap(u.toks[k - 1]!);
    const roleWord = (t: Token | undefined, k: number) => glued(t, k) || word(t) && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !isSpeechVerb(t, u.lex)
      && (!BOUNDARY.has(t.lower) || t.lower === 'and' && /^\p{Ll}/u.test(u.toks[k - 1]?.text ?? '') && !mentionAt(u, u.toks[k - 1]!));
    while (j >= 0 && roleWord(u.toks[j], j) && stop - j < 8) j--;
    if (u.toks[j + 1]?.lower === 'and') j++;
    const before = u.toks[j];
    const inPP = before && PREPOSITIONS.has(before.lower) || (before?.lower === 'the' && PREPOSITIONS.has(u.toks[j - 1]?.lower ?? ''));
    // "the office of Foreign Minister NAME said": the person's office speaks for the person.
    const T = u.toks;
    const office = m.type === 'person' && before?.lower === 'of' && T[j - 1]?.lower === 'office' && T[j - 2]?.lower === 'the' && !PREPOSITIONS.has(T[j - 3]?.lower ?? '');
    if (office) return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: u.text.slice(T[j - 1]!.start, T[stop]!.end), via: 'name', at: m.start, start: T[j - 2]!.start };
    if (!inPP) {
      const role = stop > j ? u.text.slice(u.toks[j + 1]!.start, u.toks[stop]!.end) : null;
      const det = before && DETERMINERS.has(before.lower) ? before : u.toks[j + 1]!;
      return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? role, via: 'name', at: m.start, start: det.start };
    }
  }
  let j = i;
  while (j > 0 && i - j < 12) {
    const p = u.toks[j - 1]!;
    if (!word(p) || BOUNDARY.has(p.lower) || verbForm(p, u.lex) || PRONOUNS.has(p.lower) || /^\p{Ll}{2,}ed$/u.test(p.text) || u.lex.irregular_past.has(p.lower)) break;
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
    if (T[k]!.text !== ',') continue;
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
    const verbless = first && T.slice(first[0] + 1, first[1]).every((x) => !(AUX.has(x.text) || /^\p{Ll}{2,}ed$/u.test(x.text) || u.lex.irregular_past.has(x.text)));
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
function documentsOf(u: UnitView, v: number, left: Speaker): Speaker | null {
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
function appositionAfterQuote(u: UnitView, v: number): Speaker | null {
  const T = u.toks;
  let q = v - 1;
  while (q >= 0 && v - q <= 30 && T[q]!.kind !== 'quote') q--;
  if (q < 0 || T[q]!.kind !== 'quote' || !quoteEnds(u, q) && T[q + 1]?.text !== ',') return null;
  const k = T[q + 1]?.text === ',' ? q + 2 : q + 1;
  const m = T[k] && mentionAt(u, T[k]!);
  if (!m || m.type !== 'person' || m.start !== T[k]!.start) return null;
  let e = k;
  while (e < v && T[e]!.end <= m.end) e++;
  if (T[e]?.text !== ',' || e + 2 >= v) return null;
  const desc = T.slice(e + 1, v);
  const opens = DETERMINERS.has(desc[0]!.lower) || /^\p{Ll}/u.test(desc[0]!.text);
  const verbless = desc.every((x) => (x.kind === 'word' || x.text === ',' || x.text === '-') && !AUX.has(x.lower) && !BOUNDARY.has(x.lower) || x.lower === 'and')
    && desc.every((x) => x.kind !== 'word' || !(isSpeechVerb(x, u.lex) || /^\p{Ll}{2,}ed$/u.test(x.text) || u.lex.irregular_past.has(x.lower) || PRONOUNS.has(x.lower)));
  if (!opens || !verbless || BOUNDARY.has(desc[0]!.lower)) return null;
  const role = u.text.slice(desc[0]!.start, desc[desc.length - 1]!.end);
  return { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? role, via: 'apposition', at: m.start, start: m.start };
}

/** "..., said X" / "..., said the head of X, NAME,": the speaker after the verb; returns it and the end token. */
export function subjectRight(u: UnitView, v: number): { speaker: Speaker; end: number } | null {
  let i = v + 1;
  while (i < u.toks.length && word(u.toks[i]) && (u.lex.adverbs.has(u.toks[i]!.lower) || isTime(u.toks[i]))) i++;
  const start = i;
  while (i < u.toks.length && word(u.toks[i]) && !BOUNDARY.has(u.toks[i]!.lower) && i - start < 14) i++;
  if (i === start || u.lex.participles.has(u.toks[start]!.lower) || PREPOSITIONS.has(u.toks[start]!.lower)) return null;
  const np = u.toks.slice(start, i);
  // "..., said they would provide ...": a clause, not the speaker's noun phrase.
  if (np.length > 1 && PRONOUNS.has(np[0]!.lower) || np.some((x) => AUX.has(x.text))) return null;
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
    const role = lead.length ? u.text.slice(lead[0]!.start, lead[lead.length - 1]!.end) : null;
    const appo = next?.text === ',' ? appositionRight(u, i + 1) : null;
    const speaker: Speaker = { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? role ?? appo?.text ?? null, via: appo ? 'apposition' : 'name', at: m.start, start: np[0]!.start };
    return { speaker, end: appo ? appo.end : i };
  }
  if (PRONOUNS.has(np[0]!.lower) && np.length === 1) return { speaker: { entity: null, surface: np[0]!.text, role: null, via: 'pronoun', at: np[0]!.start, start: np[0]!.start }, end: i };
  const surface = u.text.slice(np[0]!.start, np[np.length - 1]!.end);
  if (next?.text === ',') {
    const k = i + 1;
    const m = u.toks[k] ? mentionAt(u, u.toks[k]!) : undefined;
    if (m && m.type === 'person') {
      let e = k;
      while (e < u.toks.length && u.toks[e]!.end <= m.end) e++;
      if (!word(u.toks[e])) return { speaker: { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role ?? surface, via: 'apposition', at: m.start, start: np[0]!.start }, end: e };
    }
  }
  return { speaker: { entity: null, surface, role: surface.replace(/^(?:the|a|an)\s/i, ''), via: 'description', at: np[0]!.start, start: np[0]!.start }, end: i };
}

/** ", a lawyer for the families" after a name: a description up to the next comma or the end. */
function appositionRight(u: UnitView, k: number): { text: string; end: number } | null {
  const t = u.toks[k];
  if (!t || !DETERMINERS.has(t.lower) && !/^\p{Ll}/u.test(t.text)) return null;
  if (u.lex.participles.has(t.lower) || BOUNDARY.has(t.lower)) return null;
  let e = k;
  while (e < u.toks.length && (word(u.toks[e]) && !BOUNDARY.has(u.toks[e]!.lower) || /^[’'-]$/.test(u.toks[e]!.text))) e++;
  const closed = u.toks[e]?.text === ',' || endsClause(u.toks[e]);
  return e - k <= 12 && closed ? { text: u.text.slice(t.start, u.toks[e - 1]!.end), end: e } : null;
}

const PARTICLES = new Set(['back', 'in', 'on', 'out', 'up']);
const SUBORDINATORS = new Set(['after', 'as', 'because', 'before', 'since', 'when', 'while']);
const AFTER_COMMA = new Set([...BOUNDARY, 'according', 'citing', 'ever', 'in', 'without']);

/** Every speech frame of a unit, in order. */
export function findFrames(u: UnitView): Frame[] {
  const out: Frame[] = [];
  for (let v = 0; v < u.toks.length; v++) {
    const t = u.toks[v]!;
    if (!word(t)) continue;
    const f = t.lower === 'according' && u.toks[v + 1]?.lower === 'to' ? accordingFrame(u, v)
      : (t.lower === 'quoted' || t.lower === 'recalled') ? quotedFrame(u, v) ?? verbFrame(u, v)
      : verbFrame(u, v);
    if (f) out.push(f);
  }
  for (const f of out) cited(u, f);
  const frames = withoutNested(u, out);
  inheritSpeakers(u, frames);
  fillComps(u, frames);
  return dropChannels(u, frames);
}


function verbFrame(u: UnitView, v: number): Frame | null {
  const T = u.toks;
  const t = T[v]!;
  const listed = isSpeechVerb(t, u.lex, v === 0);
  if (p1Worth(T, v)) return null;
  if (!listed && !pastTense(t, u.lex)) return null;
  const p1 = T[v - 1]?.lower ?? '';
  // A bare -ing form with no auxiliary and no comma before it modifies a noun ("a reporting station").
  const participial = /ing$/.test(t.lower);
  if (participial && !(u.lex.participles.has(t.lower) || PASSIVE.has(p1)) && word(T[v - 1]) && p1 !== 'by' && p1 !== 'to') return null;
  if (PASSIVE.has(p1) && !participial || (p1 === 'to' && !u.lex.naming.has(t.lower)) || p1 === 'not' || p1 === 'never' || p1 === 'having') return null;
  // "might have wondered", "did not say": hypothetical or denied speech (only the words right before the verb).
  for (let d = 1; d <= 3 && word(T[v - d]); d++) if (u.lex.modals.has(T[v - d]!.lower) || T[v - d]!.lower === 'not' || /n[’']t$/.test(T[v - d]!.lower)) return null;
  const type = frameType(t.lower, u.lex);
  if (type === 'naming' && ['on', 'for', 'off', 'up', 'in'].includes(T[v + 1]?.lower ?? '')) return null;
  let speaker: Speaker | null = null;
  let from = v;
  let to = v + 1;
  let inverted = false;
  let generic = false;
  const participle = (u.lex.participles.has(t.lower) || p1 === 'to') && (v === 0 || p1 === 'to' || quoteEnds(u, v - 1) || [',', '—', '–', 'by', 'while', 'when', 'after', 'before', 'in'].includes(T[v - 1]!.lower || T[v - 1]!.text));
  if (participle) speaker = inherited(t.start);
  else {
    const left = subjectLeft(u, v);
    if (typeof left === 'object' && /^(?:i|we)$/i.test(left.surface ?? '')) return null;
    // A bare form ("say", "note") agrees with a plural or a pronoun ("officials say"), not with "The biggest".
    if (typeof left === 'object' && left.via === 'description' && !/(?:s|ed|ing)$/.test(t.lower) && !u.lex.irregular_past.has(t.lower) && !/s$/.test(left.surface ?? '') && !participle) return null;
    // "His repeated claims of ...": a noun after a possessive, not a verb.
    if (typeof left === 'object' && left.via === 'description' && /s$/.test(t.lower) && t.lower !== 'says' && /^(?:his|her|its|their|our|my|your)\s/i.test(left.surface ?? '')) return null;
    const appo = typeof left === 'object' && left.via === 'description' && left.entity === null ? appositionAfterQuote(u, v) ?? documentsOf(u, v, left) : null;
    if (appo) (speaker = appo), (from = tokIndexAt(T, appo.start));
    else if (typeof left === 'object') (speaker = left), (from = tokIndexAt(T, left.start));
    else if (left === 'coord') speaker = inherited(t.start);
    else if (left === 'generic') (speaker = { entity: null, surface: null, role: null, via: 'description', at: t.start, start: t.start }), (generic = true);
    else if ((left === 'start' || left === 'quote' || left === 'comma') && frameType(t.lower, u.lex) !== 'told' && invertible(t)) {
      const right = subjectRight(u, v);
      // "..., said X." / "..., said X, adding": the inverted subject ends the clause ("..., notes the CDC
      // requirement that ..." is no inversion).
      const relative = right?.speaker.entity !== null && ['that', 'who', 'which'].includes(T[right?.end ?? 0]?.lower ?? '');
      const closes = right && (endsClause(T[right.end]) || [',', ':', ';'].includes(T[right.end]!.text) || relative);
      if (right && closes) (speaker = right.speaker), (to = right.end), (inverted = true);
    }
  }
  if (!speaker) return null;
  if (!listed && !quoteAdjacent(u, from, to, v, inverted)) return null;
  return orderFrame(u, { verb: t.text, v, from, to, speaker, order: 'before', that: false, type, comps: [], reportedBy: null, generic }, inverted);
}

/** Unlisted verbs count only right next to a quotation: `"...," NP VERBed` or `NP VERBed: "..."`. */
function quoteAdjacent(u: UnitView, from: number, to: number, v: number, inverted: boolean): boolean {
  const T = u.toks;
  const q = T[from - 1]?.text === ',' ? from - 2 : from - 1;
  const t = PARTICLES.has(T[to]?.lower ?? '') ? to + 1 : to;
  const afterOk = endsClause(T[t]) || T[t]?.text === ',';
  if ((quoteEnds(u, q) || q === from - 2 && T[q]?.kind === 'quote') && (inverted || afterOk)) return true;
  return !inverted && T[v + 1]?.text === ':' && T[v + 2]?.kind === 'quote';
}

/** "..., said X" / "..., say experts": a past or present form, never a bare imperative ("then add a jar of X"). */
const invertible = (t: Token) => /(?:ed|s)$/.test(t.lower) || t.lower === 'say' || t.lower === 'said' || t.lower === 'told' || t.lower === 'wrote';

/** "It's worth noting that": the writer's voice. */
const p1Worth = (T: Token[], v: number) => T[v - 1]?.lower === 'worth';

function inherited(at: number): Speaker {
  return { entity: null, surface: null, role: null, via: 'inherited', at, start: at };
}

/** Decide whether the reported material follows the frame or precedes it, and where the frame ends. */
function orderFrame(u: UnitView, f: Frame, inverted: boolean): Frame | null {
  const T = u.toks;
  let k = inverted ? f.to : f.type === 'object' ? f.v + 1 : skipAdjuncts(u, f.v + 1, f.type === 'told');
  if (T[k]?.lower === 'that' && !inverted) (f.that = true), k++;
  if (T[k]?.lower === 'to' && /^\p{Ll}{3,}ing$/u.test(T[k + 1]?.text ?? '')) k++;
  const next = T[k];
  const comma = next?.text === ',';
  const tail = endsClause(next) || (comma && (AFTER_COMMA.has(T[k + 1]?.lower ?? '') || /^\p{Ll}+ing$/u.test(T[k + 1]?.text ?? ''))) || SUBORDINATORS.has(next?.lower ?? '');
  const quoteBefore = quoteLead(u, f.from);
  const separated = T[f.from - 1]?.text === ',' || T[f.from - 1]?.kind === 'quote';
  const own = f.speaker.via !== 'inherited';
  if (own && (inverted || tail && separated || quoteBefore && next?.text !== ':') && !f.that && f.from > 0) {
    f.order = 'after';
    f.to = k;
    // "..., Mayer said, and “patched” the software": the predicate goes on after the frame.
    let c = k + 2;
    while (comma && word(T[c]) && (u.lex.adverbs.has(T[c]!.lower) || /^\p{Ll}{3,}ly$|^instead$/u.test(T[c]!.text))) c++;
    if (comma && ['and', 'but'].includes(T[k + 1]?.lower ?? '') && (T[c]?.kind === 'quote' || /^\p{Ll}{2,}(?:ed|s)$/u.test(T[c]?.text ?? ''))) f.comps = [[k + 2, T.length]];
    return f;
  }
  if (next?.text === ':' || comma) k++;
  f.to = k;
  f.comps = [[k, T.length]];
  return f;
}

const NEWS = new Set(['article', 'report', 'reports', 'story']);

/** "according to X": X speaks; "According to X, ..." material after, "..., according to X" material before. */
function accordingFrame(u: UnitView, v: number): Frame | null {
  let right = subjectRight(u, v + 1);
  if (!right) return null;
  // "According to NAME, her former label X, which owns ..., is preventing ...": a piece followed by a relative
  // clause is the subject of the reported clause, not an apposition to the name.
  const T = u.toks;
  if (right.speaker.via === 'apposition' && T[right.end]?.text === ',' && ['which', 'who'].includes(T[right.end + 1]?.lower ?? '')) {
    let e = tokIndexAt(T, right.speaker.at);
    const m = T[e] && mentionAt(u, T[e]!);
    while (m && e < T.length && T[e]!.end <= m.end) e++;
    if (m && T[e]?.text === ',') right = { speaker: { ...right.speaker, role: m.role, via: 'name' }, end: e };
  }
  const head = u.text.slice(right.speaker.start, u.toks[right.end - 1]!.end).toLowerCase().split(/\s+/);
  const nounPart = head.slice(0, head.findIndex((w) => PREPOSITIONS.has(w)) >>> 0);
  let speaker = right.speaker;
  if (speaker.entity === null && nounPart.some((w) => u.lex.documents.has(w))) {
    // "according to a report in the Argus Leader", "a Bloomberg report": the outlet named with its story speaks.
    const story = nounPart.some((w) => NEWS.has(w));
    const outlet = story ? u.mentions.find((m) => m.type === 'organization' && m.start >= speaker.start && m.end <= u.toks[right.end - 1]!.end) : undefined;
    if (!outlet) return null;
    speaker = { entity: outlet.entity, surface: u.text.slice(outlet.start, outlet.end), role: null, via: 'name', at: outlet.start, start: speaker.start };
  }
  const lead = u.toks.slice(0, v).every((t) => CONNECTIVES.has(t.lower) || t.text === ',');
  const f: Frame = { verb: null, v, from: v, to: right.end, speaker, order: lead ? 'before' : 'after', that: false, type: 'according', comps: [], reportedBy: null };
  if (lead) {
    const k = u.toks[right.end]?.text === ',' ? right.end + 1 : right.end;
    f.comps = [[k, u.toks.length]];
    f.to = k;
  }
  return f;
}

/** "Y quoted X as saying ...", "X was quoted ... as saying ...", "Y recalled X saying ...": X speaks. */
function quotedFrame(u: UnitView, v: number): Frame | null {
  const T = u.toks;
  const passive = PASSIVE.has(T[v - 1]?.lower ?? '');
  let speaker: Speaker | null = null;
  let k = v + 1;
  let by: string | null = null;
  if (passive) {
    const left = subjectLeft(u, v - 1);
    if (typeof left === 'object') speaker = left;
  } else {
    const right = subjectRight(u, v);
    if (!right) return null;
    speaker = right.speaker;
    k = right.end;
    const left = subjectLeft(u, v);
    by = typeof left === 'object' ? left.surface : null;
  }
  if (!speaker) return null;
  while (k < T.length && T[k]!.lower !== 'as' && T[k]!.lower !== 'saying' && k - v < 12) k++;
  if (T[k]?.lower === 'as') k++;
  if (T[k]?.lower === 'having' && T[k + 1]?.lower === 'said') k += 2;
  else if (T[k]?.lower === 'saying') k++;
  else return null;
  const f: Frame = { verb: T[v]!.text, v, from: passive ? tokIndexAt(T, speaker.start) : v, to: k, speaker, order: 'before', that: false, type: 'quoted', comps: [], reportedBy: by };
  if (T[k]?.lower === 'that') (f.that = true), k++;
  if (T[k]?.text === ':' || T[k]?.text === ',') k++;
  f.to = k;
  f.comps = [[k, T.length]];
  return f;
}

/** "X reported, citing Y": Y is the speaker, X the channel. */
function cited(u: UnitView, f: Frame): void {
  if (f.order !== 'after' || u.toks[f.to]?.text !== ',' || u.toks[f.to + 1]?.lower !== 'citing') return;
  const right = subjectRight(u, f.to + 1);
  if (!right) return;
  f.reportedBy = f.speaker.surface;
  f.speaker = right.speaker;
}

/** Participles and coordinated verbs take the speaker of the frame before them, or the clause's subject. */
function inheritSpeakers(u: UnitView, frames: Frame[]): void {
  frames.forEach((f, i) => {
    if (f.speaker.via !== 'inherited' || f.speaker.entity !== null || f.speaker.surface) return;
    const prev = frames.slice(0, i).reverse().find((p) => p.speaker.via !== 'inherited' || p.speaker.surface)
      ?? (f.v === 0 ? frames.find((p) => p.v > f.v && p.speaker.via !== 'inherited') : undefined);
    if (prev) return void (f.speaker = { ...prev.speaker, via: prev.speaker.via === 'pronoun' ? 'pronoun' : 'inherited' });
    const own = u.mentions.filter((m) => m.type !== 'place' && m.end <= u.toks[f.v]!.start && m.start >= (u.toks[0]?.start ?? 0) && !u.toks.some((t) => t.kind === 'quote' && t.start <= m.start && t.end >= m.end));
    const first = clauseSubject(u, f.v);
    if (first) return void (f.speaker = { ...first, via: first.via === 'pronoun' ? 'pronoun' : 'inherited' });
    const m = own[own.length - 1];
    if (m) f.speaker = { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role, via: 'inherited', at: m.start, start: m.start };
  });
}

/** The subject at the start of the clause that holds token v: a pronoun or a name, when it opens the clause. */
export function clauseSubject(u: UnitView, v: number): Speaker | null {
  let s = 0;
  for (let i = v - 1; i > 0; i--) {
    const t = u.toks[i]!;
    if (t.text === ';' || (t.text === ',' && (u.toks[i + 1]?.lower === 'but' || u.toks[i + 1]?.lower === 'and'))) { s = i + 1; break; }
  }
  while (s < v && CONNECTIVES.has(u.toks[s]!.lower)) s++;
  const t = u.toks[s];
  if (!word(t)) return null;
  if (['he', 'she', 'it', 'they'].includes(t.lower)) return { entity: null, surface: t.text, role: null, via: 'pronoun', at: t.start, start: t.start };
  let e = s;
  const m = mentionAt(u, t);
  if (m) while (e < v && (u.toks[e]!.start < m.end || isCap(u.toks[e]!) && word(u.toks[e]))) e++;
  else while (e < v && word(u.toks[e]) && !pastTense(u.toks[e], u.lex) && !AUX.has(u.toks[e]!.lower) && e - s < 6) e++;
  const np = e > s ? npEndingAt(u, e - 1) : null;
  const next = u.toks[e];
  if (!np || np === 'generic' || np.start !== t.start || !(next?.kind === 'word' || next?.text === ',' && m)) return null;
  return np.entity !== null && mentionAt(u, u.toks[e - 1]!)?.type === 'place' ? null : np;
}


/** An outlet that passes on what another frame reports is a channel: its frame goes, its name is kept. */
function dropChannels(u: UnitView, frames: Frame[]): Frame[] {
  const gone = new Set<Frame>();
  for (const f of frames) {
    if (f.order !== 'after' && f.type !== 'according') continue;
    const speaks = (g: Frame) => g.comps.some(([s, e]) => reported(u, g, s, e) || u.toks.slice(s, e).some((t) => t.kind === 'quote'));
    // What the frame reports: all before it ("..., X reported"), or all after it ("According to X, ...").
    const prev = frames.filter((g) => g.order === 'after' && g.to <= f.from && g !== f).pop();
    const [s, e] = f.order === 'after' ? [prev?.to ?? 0, f.from] : [f.to, u.toks.length];
    const inner = frames.filter((g) => g !== f && g.v >= s && g.v < e && speaks(g));
    if (!inner.length) continue;
    const channel = f.type === 'according' || u.lex.channels.has(f.verb?.toLowerCase() ?? '');
    if (channel) for (const g of inner) g.reportedBy ??= f.speaker.surface;
    for (const g of channel ? [f] : inner) gone.add(g);
  }
  return frames.filter((f) => !gone.has(f));
}
