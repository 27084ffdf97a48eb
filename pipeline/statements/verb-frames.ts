/**
 * The frame of a speech verb. Input: a unit's tokens and a token position. Output: the Frame of the verb there, or
 * null: its type, its speaker (before the verb, inverted after it, or inherited by a participle) and whether the
 * reported material follows or precedes it. Unlisted past-tense verbs count right next to a quotation (`"...,"
 * NAME VERBed`, `NAME VERBed: "..."`); hypothetical or denied speech ("might have wondered", "did not say") is none.
 */
import { BOUNDARY, PASSIVE, endsClause, isSpeechVerb, mentionAt, pastTense, tokIndexAt, word } from './unit-tokens.ts';
import { quoteEnds, quoteLead, skipAdjuncts } from './reported-material.ts';
import type { Frame, FrameType, Speaker, SpeechLexicon, UnitToken, UnitView } from './statement-types.ts';
import { appositionAfterQuote, documentsOf, subjectLeft } from './speaker-before-verb.ts';
import { subjectRight } from './speaker-after-verb.ts';

export function frameType(lower: string, lex: SpeechLexicon): FrameType {
  if (lex.object.has(lower)) return 'object';
  if (lex.naming.has(lower) || lex.acts.has(lower)) return 'naming';
  // Verbs with a hearer before their clause: "told reporters that", "informed the council that", "reassured them that".
  if (/^(?:tell|told|inform|reassur)/.test(lower)) return 'told';
  return lex.clause.has(lower) ? 'say' : 'quote';
}

const PARTICLES = new Set(['back', 'in', 'on', 'out', 'up']);
const SUBORDINATORS = new Set(['after', 'as', 'because', 'before', 'since', 'when', 'while']);
const AFTER_COMMA = new Set([...BOUNDARY, 'according', 'citing', 'ever', 'in', 'without']);

export function verbFrame(u: UnitView, v: number): Frame | null {
  const T = u.toks;
  const t = T[v]!;
  const listed = isSpeechVerb(t, u.lex, v === 0);
  if (p1Worth(T, v)) return null;
  // Unlisted verbs in the past ("twinkled") or the present of reporting ("Bozell concludes"), beside a quotation only.
  const present = t.pos === 'VERB' && /^\p{Ll}{3,}s$/u.test(t.text) && !/ss$/.test(t.lower);
  if (!listed && !pastTense(t, u.lex) && !present) return null;
  const p1 = T[v - 1]?.lower ?? '';
  // A bare -ing form with no auxiliary and no comma before it modifies a noun ("a reporting station").
  const participial = /ing$/.test(t.lower);
  if (participial && !(u.lex.participles.has(t.lower) || PASSIVE.has(p1)) && word(T[v - 1]) && p1 !== 'by' && p1 !== 'to') return null;
  // "went on to say", "proceeded to add": speech that was made; "plans to say", "refused to say": none yet.
  const wentOn = p1 === 'to' && ((T[v - 2]?.lower === 'on' && /^(?:go|goes|going|went)$/.test(T[v - 3]?.lower ?? '')) || T[v - 2]?.lower === 'proceeded');
  if ((PASSIVE.has(p1) && !participial) || (p1 === 'to' && !wentOn && !u.lex.naming.has(t.lower)) || p1 === 'not' || p1 === 'never' || p1 === 'having')
    return null;
  // "might have wondered", "did not say": hypothetical or denied speech (only the words right before the verb).
  for (let d = 1; d <= 3 && word(T[v - d]); d++)
    if ((u.lex.modals.has(T[v - d]!.lower) && !mentionAt(u, T[v - d]!)) || T[v - d]!.lower === 'not' || /n[’']t$/.test(T[v - d]!.lower)) return null;
  const type = frameType(t.lower, u.lex);
  // "called off", "called up": other verbs; "called on X to take “bold steps”" and "called for “...”" ask in the speaker's words.
  if (type === 'naming' && ['off', 'up', 'in'].includes(T[v + 1]?.lower ?? '')) return null;
  let speaker: Speaker | null = null;
  let from = v;
  let to = v + 1;
  let inverted = false;
  let generic = false;
  const participle =
    (u.lex.participles.has(t.lower) || p1 === 'to') &&
    (v === 0 ||
      p1 === 'to' ||
      quoteEnds(u, v - 1) ||
      [',', '—', '–', 'by', 'while', 'when', 'after', 'before', 'in'].includes(T[v - 1]!.lower || T[v - 1]!.text));
  if (participle) speaker = inherited(t.start);
  else {
    const left = subjectLeft(u, v);
    if (typeof left === 'object' && /^(?:i|we)$/i.test(left.surface ?? '')) return null;
    // A bare form ("say", "note") agrees with a plural or a pronoun ("officials say"), not with "The biggest".
    if (
      typeof left === 'object' &&
      left.via === 'description' &&
      !/(?:s|ed|ing)$/.test(t.lower) &&
      !u.lex.irregular_past.has(t.lower) &&
      !/s$/.test(left.surface ?? '') &&
      !participle
    )
      return null;
    // "His repeated claims of ...": a noun after a possessive, not a verb.
    if (
      typeof left === 'object' &&
      left.via === 'description' &&
      /s$/.test(t.lower) &&
      t.lower !== 'says' &&
      /^(?:his|her|its|their|our|my|your)\s/i.test(left.surface ?? '')
    )
      return null;
    const appo =
      typeof left === 'object' && left.via === 'description' && left.entity === null ? (appositionAfterQuote(u, v) ?? documentsOf(u, v, left)) : null;
    if (appo) {
      speaker = appo;
      from = tokIndexAt(T, appo.start);
    } else if (typeof left === 'object') {
      speaker = left;
      from = tokIndexAt(T, left.start);
    } else if (left === 'coord') speaker = inherited(t.start);
    else if (left === 'generic') {
      speaker = { entity: null, surface: null, role: null, via: 'description', at: t.start, start: t.start };
      generic = true;
    } else if ((left === 'start' || left === 'quote' || left === 'comma') && frameType(t.lower, u.lex) !== 'told' && invertible(t)) {
      const right = subjectRight(u, v);
      // "..., said X." / "..., said X, adding": the inverted subject ends the clause ("..., notes the CDC
      // requirement that ..." is no inversion).
      const relative = right?.speaker.entity !== null && ['that', 'who', 'which'].includes(T[right?.end ?? 0]?.lower ?? '');
      const closes = right && (endsClause(T[right.end]) || [',', ':', ';'].includes(T[right.end]!.text) || relative);
      if (right && closes) {
        speaker = right.speaker;
        to = right.end;
        inverted = true;
      }
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
  if ((quoteEnds(u, q) || (q === from - 2 && T[q]?.kind === 'quote')) && (inverted || afterOk)) return true;
  return !inverted && T[v + 1]?.text === ':' && T[v + 2]?.kind === 'quote';
}

/** "..., said X" / "..., say experts": a past or present form, never a bare imperative ("then add a jar of X"). */
const invertible = (t: UnitToken) => /(?:ed|s)$/.test(t.lower) || t.lower === 'say' || t.lower === 'said' || t.lower === 'told' || t.lower === 'wrote';

/** "It's worth noting that": the writer's voice. */
const p1Worth = (T: UnitToken[], v: number) => T[v - 1]?.lower === 'worth';

function inherited(at: number): Speaker {
  return { entity: null, surface: null, role: null, via: 'inherited', at, start: at };
}

/** Decide whether the reported material follows the frame or precedes it, and where the frame ends. */
function orderFrame(u: UnitView, f: Frame, inverted: boolean): Frame | null {
  const T = u.toks;
  let k = inverted ? f.to : f.type === 'object' ? f.v + 1 : skipAdjuncts(u, f.v + 1, f.type === 'told');
  if (T[k]?.lower === 'that' && !inverted) {
    f.that = true;
    k++;
  }
  if (T[k]?.lower === 'to' && /^\p{Ll}{3,}ing$/u.test(T[k + 1]?.text ?? '')) k++;
  const next = T[k];
  const comma = next?.text === ',';
  const tail =
    endsClause(next) ||
    (comma && (AFTER_COMMA.has(T[k + 1]?.lower ?? '') || /^\p{Ll}+ing$/u.test(T[k + 1]?.text ?? ''))) ||
    SUBORDINATORS.has(next?.lower ?? '');
  const quoteBefore = quoteLead(u, f.from);
  const separated = T[f.from - 1]?.text === ',' || T[f.from - 1]?.kind === 'quote';
  const own = f.speaker.via !== 'inherited';
  if (own && (inverted || (tail && separated) || (quoteBefore && next?.text !== ':')) && !f.that && f.from > 0) {
    f.order = 'after';
    f.to = k;
    // "..., Mayer said, and “patched” the software": the predicate goes on after the frame.
    let c = k + 2;
    while (comma && word(T[c]) && (u.lex.adverbs.has(T[c]!.lower) || /^\p{Ll}{3,}ly$|^instead$/u.test(T[c]!.text))) c++;
    if (comma && ['and', 'but'].includes(T[k + 1]?.lower ?? '') && (T[c]?.kind === 'quote' || /^\p{Ll}{2,}(?:ed|s)$/u.test(T[c]?.text ?? '')))
      f.comps = [[k + 2, T.length]];
    return f;
  }
  if (next?.text === ':' || comma) k++;
  f.to = k;
  f.comps = [[k, T.length]];
  return f;
}
