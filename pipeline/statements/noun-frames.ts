/**
 * Speech in a noun: "X's announcement that ...", "his warning that ...", "expressed cautious optimism on Sunday that
 * ...". Input: a unit's tokens and a token position. Output: the frame of the noun there (material after "that"),
 * or null. The nouns and the verbs that voice them are reference data (speech-verbs.yaml `nouns`, `noun_verbs`); the
 * speaker is the possessor (a name or his/her/its/their) or the subject of the verb before the noun.
 */
import { skipAdjuncts } from './reported-material.ts';
import { subjectLeft } from './speaker-before-verb.ts';
import type { Frame, Speaker, UnitView } from './statement-types.ts';
import { tokIndexAt, word } from './unit-tokens.ts';

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

export function nounFrame(u: UnitView, v: number): Frame | null {
  const T = u.toks;
  const t = T[v]!;
  if (!u.lex.nouns.has(t.lower) || t.pos === 'VERB') return null;
  const k = skipAdjuncts(u, v + 1, false);
  if (T[k]?.lower !== 'that') return null;
  // Adjectives between the owner and the noun ("his repeated warning", "cautious optimism").
  let p = v - 1;
  while (p >= 0 && word(T[p]) && T[p]!.pos === 'ADJ') p--;
  const owner = T[p];
  if (!word(owner)) return null;
  let speaker: Speaker | null = null;
  let from = p;
  const m = /[’']s$/.test(owner.text) ? u.mentions.find((x) => x.end > owner.start && x.end <= owner.end) : undefined;
  if (m) {
    speaker = { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role, via: 'name', at: m.start, start: m.start };
    from = tokIndexAt(T, m.start);
  } else if (POSSESSIVE_PRONOUNS[owner.lower]) {
    speaker = { entity: null, surface: POSSESSIVE_PRONOUNS[owner.lower]!, role: null, via: 'pronoun', at: owner.start, start: owner.start };
  } else if (u.lex.noun_verbs.has(owner.lower)) {
    const left = subjectLeft(u, p);
    if (typeof left === 'object') [speaker, from] = [left, tokIndexAt(T, left.start)];
  }
  if (!speaker) return null;
  return { verb: t.text, v, from, to: k + 1, speaker, order: 'before', that: true, type: 'say', comps: [[k + 1, T.length]], reportedBy: null, nominal: true };
}
