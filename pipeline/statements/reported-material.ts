/**
 * Where reported material lies. Input: a unit's tokens (UnitView) and its speech frames. Output: token positions
 * and ranges: adjuncts after a speech verb (skipAdjuncts), the quotation a frame follows (leadQuote), each frame's
 * material (fillComps) and its cuts at "; ", ", while" and "and that" (splitComp), frames nested in a that-clause
 * (withoutNested), and the test that material reads as a reported clause (reported).
 */
import { AUX, CONNECTIVES, DETERMINERS, OBJECT_PRONOUNS, endsClause, isSpeechVerb, isTime, mentionAt, word } from './unit-tokens.ts';
import type { Frame, UnitToken, UnitView } from './statement-types.ts';

/** Where a media cue starts at token k, the token after it; else k. */
export function skipMedium(u: UnitView, k: number): number {
  const t = u.toks[k];
  if (!word(t)) return k;
  const rest = u.text.slice(t.start, t.start + 40).toLowerCase();
  for (const m of u.lex.media) {
    if (rest.startsWith(m) && !/[\p{L}]/u.test(rest[m.length] ?? ' ')) {
      let e = k;
      while (e < u.toks.length && u.toks[e]!.start < t.start + m.length) e++;
      return e;
    }
  }
  return k;
}

/** Tokens after a speech verb before its reported material: addressee, time, medium, adjunct phrases. */
export function skipAdjuncts(u: UnitView, k: number, told: boolean): number {
  const T = u.toks;
  const that = T.slice(k, k + 10).findIndex((t) => t.lower === 'that' || t.text === ',' || t.kind === 'quote');
  if (told && that > 0 && T[k + that]!.lower === 'that') return k + that;
  if (told && word(T[k])) {
    const m = mentionAt(u, T[k]!) ?? (T[k]!.lower === 'the' && T[k + 1] ? mentionAt(u, T[k + 1]!) : undefined);
    if (OBJECT_PRONOUNS.has(T[k]!.lower) || u.lex.addressees.has(T[k]!.lower)) k++;
    else if (m) while (k < T.length && T[k]!.start < m.end) k++;
    else if (DETERMINERS.has(T[k]!.lower) && word(T[k + 1]) && u.lex.addressees.has(T[k + 1]!.lower)) k += 2;
  }
  for (let guard = 0; guard < 8 && k < T.length; guard++) {
    const med = skipMedium(u, k);
    if (med > k) {
      // "in a video message", "on his Twitter account": the medium's noun phrase goes on past the listed words.
      k = med;
      while (word(T[k]) && T[k]!.pos === 'NOUN' && /^\p{Ll}/u.test(T[k]!.text)) k++;
      continue;
    }
    // "said in a video message to the convention": "to" and a noun phrase, not an infinitive ("said to expect delays").
    if (T[k]?.lower === 'to' && word(T[k + 1]) && T[k + 1]!.pos !== 'VERB' && T[k + 1]!.pos !== 'AUX') {
      // Only as an adjunct that ends the frame ("... to the convention." / ", " / "that"); "pointed to the success of
      // X" is an object, not an adjunct before reported material.
      let e = k + 1;
      while (word(T[e]) && T[e]!.lower !== 'that' && !isSpeechVerb(T[e]!, u.lex) && T[e]!.pos !== 'VERB') e++;
      if (!(endsClause(T[e]) || T[e]?.text === ',' || T[e]?.lower === 'that')) break;
      k = e;
      continue;
    }
    if (isTime(T[k]) && (T[k]!.lower !== 'on' || isTime(T[k + 1]))) {
      k++;
      continue;
    }
    if (T[k]?.text === '.' && T[k - 1]?.end === T[k]!.start && isTime(T[k - 1])) {
      k++;
      continue;
    }
    if (word(T[k]) && ADJUNCT_PREPS.has(T[k]!.lower)) {
      let e = k + 1;
      while (e < T.length && word(T[e]) && T[e]!.lower !== 'that' && !isSpeechVerb(T[e]!, u.lex) && e - k < 12) e++;
      k = T[e]?.lower === 'that' ? e : e;
      continue;
    }
    break;
  }
  return k;
}

export const ADJUNCT_PREPS = new Set(['after', 'at', 'before', 'during', 'from', 'in', 'on', 'with']);
/** The utterance that only role words and commas ("chairman, CEO and president") separate from token `from`. */
export function leadQuote(u: UnitView, from: number): number {
  let i = from - 1;
  if (u.toks[i]?.text === ',' && u.toks[i - 1]?.kind === 'quote') return i - 1;
  while (i >= 0 && from - i <= 8 && ((word(u.toks[i]) && !isSpeechVerb(u.toks[i]!, u.lex)) || u.toks[i]!.text === ',')) i--;
  return quoteEnds(u, i) ? i : -1;
}
export const quoteLead = (u: UnitView, from: number) => leadQuote(u, from) >= 0;

/** A quotation at token i that ends its utterance inside the marks ("...," / "...?"). */
export function quoteEnds(u: UnitView, i: number): boolean {
  const t = u.toks[i];
  return t?.kind === 'quote' && /[,?!…—-]["”’»']?$/.test(t.text.trimEnd());
}

export const SPLIT_AFTER_COMMA = new Set(['while', 'whereas']);

/** Cut reported material at "; ", ", while" and "and that" (a second reported clause). */
export function splitComp(T: UnitToken[], s: number, e: number, lexVerb: (t: UnitToken) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let a = s;
  for (let i = s; i < e; i++) {
    const t = T[i]!;
    const newSubject = t.text === ',' && T[i + 1]?.lower === 'and' && ['he', 'she', 'it', 'they', 'we', 'i'].includes(T[i + 2]?.lower ?? '');
    const nextAct = t.lower === 'and' && T[i + 1] && lexVerb(T[i + 1]!);
    // "Damascus says that rebels are besieging towns, and objects to ...": a finite verb right after ", and" is
    // the speaker's next predicate, not more of what was said.
    const ownPredicate = t.text === ',' && T[i + 1]?.lower === 'and' && T[i + 2]?.pos === 'VERB' && !/ing$/.test(T[i + 2]!.lower);
    if (nextAct || ownPredicate) {
      e = i;
      break;
    }
    const cut =
      t.text === ';' || (t.text === ',' && SPLIT_AFTER_COMMA.has(T[i + 1]?.lower ?? '')) || (t.lower === 'and' && T[i + 1]?.lower === 'that') || newSubject;
    if (!cut) continue;
    out.push([a, i]);
    a = t.lower === 'and' || newSubject ? i + 2 : i + 1;
    if (t.text === ',' && !newSubject) e = i;
  }
  out.push([a, e]);
  return out.map(([x, y]) => trim(T, x, y)).filter(([x, y]) => y > x);
}

export function trim(T: UnitToken[], s: number, e: number): [number, number] {
  while (e > s && (T[e - 1]!.kind === 'punct' || (CONNECTIVES.has(T[e - 1]!.lower) && T[e - 1]!.lower !== 'also'))) e--;
  while (s < e && T[s]!.kind === 'punct' && T[s]!.text !== '(') s++;
  return [s, e];
}

export const CONTRACTED = new Set(["he's", "she's", "it's", "that's", "there's", "what's", "who's"]);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there']);
export const NOT_CLAUSE = new Set([
  'to',
  'for',
  'about',
  'whether',
  'if',
  'how',
  'what',
  'why',
  'when',
  'where',
  'which',
  'who',
  'so',
  'nothing',
  'anything',
  'goodbye',
  'hello',
  'by',
]);

/** Does the material look like a reported clause (not an object, an infinitive or a question)? */
export function reported(u: UnitView, f: Frame, s: number, e: number): boolean {
  const ws = u.toks.slice(s, e).filter((t) => t.kind === 'word');
  if (ws.length < 3 || NOT_CLAUSE.has(ws[0]!.lower)) return false;
  if (AUX.has(ws[0]!.text)) return true;
  if (f.type === 'object') return ws.some((t) => t.lower === 'of' || t.lower === 'on' || t.lower === 'for');
  // "As the charges were unsealed, X testified": a subordinate clause alone is no reported material.
  if (
    f.order === 'after' &&
    /^(?:as|when|while|after|before|if|because|since|although|though|until)$/.test(ws[0]!.lower) &&
    !u.toks.slice(s, e).some((t) => t.text === ',')
  )
    return false;
  if (f.that || f.type === 'according' || f.order === 'after') return ws.length >= 3;
  // "warned people to stay away": an object and an infinitive are a directive, not a reported clause.
  // Unless a finite verb follows the infinitive: "said the failure to reach a deal stemmed from ..." reports a clause.
  const to = ws.findIndex((t) => t.lower === 'to');
  const object = ws.slice(0, to).every((t) => !AUX.has(t.text) && !/(?:ed|ing)$/.test(t.lower) && !SUBJECT_PRONOUNS.has(t.lower));
  const directive = to > 0 && to <= 3 && object;
  if (!directive && SUBJECT_PRONOUNS.has(ws[0]!.lower.split(/[’']/)[0]!)) return true;
  if (!directive && /^\p{Ll}{3,}ing$/u.test(ws[0]!.text)) return true;
  // A relative clause ("times that exceeded two hours", "the man who kidnapped the child, NAME, was") says
  // nothing about the verb of the reported clause: it is left out up to its comma.
  const all = u.toks.slice(s, e);
  const toks: UnitToken[] = [];
  for (let k = 0; k < all.length && toks.length < 10; k++) {
    if (k > 0 && ['that', 'which', 'who'].includes(all[k]!.lower)) while (k < all.length && all[k]!.text !== ',') k++;
    // "the deaths and injuries remained unclear": a coordinated noun goes on; a coordinated clause ends the first.
    else if (['and', 'but'].includes(all[k]!.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(all[k + 1]?.pos ?? '')) continue;
    else if (['and', 'but', 'when', 'because', 'if', 'while', 'although', 'since'].includes(all[k]!.lower)) break;
    else toks.push(all[k]!);
  }
  // A participle right after a comma modifies a noun ("his offensive, dubbed ..."); it is no verb of the clause.
  const verbs = toks.filter((t, k) => k > 0 && t.kind === 'word' && !(toks[k - 1]!.text === ',' && /ed$/.test(t.text)));
  // A finite verb, as the tagger reads the word in its sentence ("the left" is no verb; "talks" after a name is
  // one); a form in -ing alone ("sending shares lower") is a participle, not the clause's verb.
  const finite = (t: UnitToken) => (t.pos === 'VERB' && !/ing$/.test(t.lower)) || t.pos === 'AUX';
  const after = directive ? toks.indexOf(ws[to + 1]!) : -1;
  if (directive && after < 0) return false;
  return verbs.some((t) => toks.indexOf(t) > after && (finite(t) || /[’'](?:ll|d|re|ve)$|n[’']t$/.test(t.text) || CONTRACTED.has(t.lower.replace('’', "'"))));
}

/** Subordinators that open a sentence ("Before X concluded that ..., the city ..."). */
export const OPENERS = new Set(['after', 'although', 'as', 'because', 'before', 'if', 'since', 'though', 'until', 'when', 'while']);

/** Does the frame report anything: a reported clause or a quotation in its material? */
export const reports = (u: UnitView, f: Frame) => f.comps.some(([a, b]) => reported(u, f, a, b) || u.toks.slice(a, b).some((t) => t.kind === 'quote'));

/** Index of the first comma at or after s, or the end of the tokens when none follows. */
function commaOrEnd(T: UnitToken[], s: number): number {
  for (let k = s; k < T.length; k++) if (T[k]!.text === ',') return k;
  return T.length;
}

/** Where each frame's reported material lies, now that every frame of the unit is known. */
export function fillComps(u: UnitView, frames: Frame[]): void {
  const T = u.toks;
  // Frames material-first from the last, so that a frame knows whether a later one inside its material reports
  // anything: "said the insurgent group maintained its desire for peace" is one clause, not a cut at "maintained".
  // A later verb with no material of its own ("he said he told them") still ends the material before it.
  const cuts = (g: Frame) => reports(u, g) || g.comps.reduce((n, [a, b]) => n + T.slice(a, b).filter((t) => t.kind === 'word').length, 0) < 3;
  [...frames.entries()].reverse().forEach(([i, f]) => {
    if (f.order === 'after') {
      const prev = frames
        .slice(0, i)
        .reverse()
        .find((p) => p.order === 'after');
      let s = prev ? prev.to : 0;
      while (s < f.from && ((CONNECTIVES.has(T[s]!.lower) && T[s]!.lower !== 'also') || T[s]!.text === ',')) s++;
      let e = f.from;
      while (e > s && T[e - 1]!.kind === 'punct') e--;
      const lead = leadQuote(u, f.from);
      if (lead >= s) e = lead + 1;
      // "Yet X has amended his testimony once — “I now do recall,” he said": the dash sets the quotation apart.
      if (lead > s && /^[—–:]$/.test(T[lead - 1]!.text)) s = lead;
      const rest = f.comps.map(([a]): [number, number] => [a, Math.min(T.length, ...frames.filter((g) => g.from > a).map((g) => g.from))]);
      f.comps = [...(e > s ? [[s, e] as [number, number]] : []), ...rest.map(([a, b]) => trim(T, a, b))];
      return;
    }
    if (!f.comps.length) return;
    const [s] = f.comps[0]!;
    let e = T.length;
    if (f.from > 0 && f.from <= 2 && OPENERS.has(T[f.from - 1]!.lower)) e = commaOrEnd(T, s);
    if (f.type === 'object') e = Math.min(e, commaOrEnd(T, s));
    for (const g of frames) if (g !== f && g.from >= s && g.from < e && !(g.order === 'after' && g.from > s) && (g.order === 'after' || cuts(g))) e = g.from;
    f.comps = splitComp(T, s, e, (t) => /(?:ed|ing)$/.test(t.lower) && isSpeechVerb(t, u.lex));
  });
}

/**
 * "X said that after consultations Washington had concluded ...": a speech verb inside a that-clause, before any
 * cut ("; ", ", while"), is reported speech within reported speech and no frame of its own.
 */
export function withoutNested(u: UnitView, frames: Frame[]): Frame[] {
  const T = u.toks;
  const nested = (g: Frame) =>
    frames.some((f) => {
      if (
        f === g ||
        f.order !== 'before' ||
        f.nominal ||
        !f.that ||
        !f.comps.length ||
        g.v <= f.comps[0]![0] ||
        g.speaker.via === 'inherited' ||
        f.speaker.via === 'inherited'
      )
        return false;
      return T.slice(f.comps[0]![0], g.v).every(
        (t, k, xs) => t.text !== ';' && !(t.text === ',' && ['while', 'whereas', 'and', 'but'].includes(xs[k + 1]?.lower ?? T[g.v]!.lower)),
      );
    });
  return frames.filter((g) => !nested(g));
}
