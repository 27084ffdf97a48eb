/**
 * Frames whose words someone else relays. Input: a unit's tokens and a token position (or a frame). Output: the
 * frame of "according to X" (X speaks), of "Y quoted X as saying" (X speaks, Y reports it), and the speaker of
 * "X reported, citing Y" (Y speaks, X is the channel).
 */
import { CONNECTIVES, PASSIVE, PREPOSITIONS, mentionAt, tokIndexAt } from './unit-tokens.ts';
import type { Frame, Speaker, UnitView } from './statement-types.ts';
import { subjectLeft } from './speaker-before-verb.ts';
import { subjectRight } from './speaker-after-verb.ts';

const NEWS = new Set(['article', 'report', 'reports', 'story']);

/** "according to X": X speaks; "According to X, ..." material after, "..., according to X" material before. */
export function accordingFrame(u: UnitView, v: number): Frame | null {
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
  const head = u.text
    .slice(right.speaker.start, u.toks[right.end - 1]!.end)
    .toLowerCase()
    .split(/\s+/);
  const cut = head.findIndex((w) => PREPOSITIONS.has(w));
  const nounPart = cut < 0 ? head : head.slice(0, cut);
  let speaker = right.speaker;
  if (speaker.entity === null && nounPart.some((w) => u.lex.documents.has(w))) {
    // "according to a report in the Argus Leader", "a Bloomberg report": the outlet named with its story speaks.
    const story = nounPart.some((w) => NEWS.has(w));
    const outlet = story ? u.mentions.find((m) => m.type === 'organization' && m.start >= speaker.start && m.end <= u.toks[right.end - 1]!.end) : undefined;
    if (!outlet) return null;
    speaker = { entity: outlet.entity, surface: u.text.slice(outlet.start, outlet.end), role: null, via: 'name', at: outlet.start, start: speaker.start };
  }
  const lead = u.toks.slice(0, v).every((t) => CONNECTIVES.has(t.lower) || t.text === ',');
  const f: Frame = {
    verb: null,
    v,
    from: v,
    to: right.end,
    speaker,
    order: lead ? 'before' : 'after',
    that: false,
    type: 'according',
    comps: [],
    reportedBy: null,
  };
  if (lead) {
    const k = u.toks[right.end]?.text === ',' ? right.end + 1 : right.end;
    f.comps = [[k, u.toks.length]];
    f.to = k;
  }
  return f;
}

/** "Y quoted X as saying ...", "X was quoted ... as saying ...", "Y recalled X saying ...": X speaks. */
export function quotedFrame(u: UnitView, v: number): Frame | null {
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
  const f: Frame = {
    verb: T[v]!.text,
    v,
    from: passive ? tokIndexAt(T, speaker.start) : v,
    to: k,
    speaker,
    order: 'before',
    that: false,
    type: 'quoted',
    comps: [],
    reportedBy: by,
  };
  if (T[k]?.lower === 'that') {
    f.that = true;
    k++;
  }
  if (T[k]?.text === ':' || T[k]?.text === ',') k++;
  f.to = k;
  f.comps = [[k, T.length]];
  return f;
}

/** "X reported, citing Y": Y is the speaker, X the channel. */
export function cited(u: UnitView, f: Frame): void {
  if (f.order !== 'after' || u.toks[f.to]?.text !== ',' || u.toks[f.to + 1]?.lower !== 'citing') return;
  const right = subjectRight(u, f.to + 1);
  if (!right) return;
  f.reportedBy = f.speaker.surface;
  f.speaker = right.speaker;
}
