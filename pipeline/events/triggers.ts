/**
 * Event triggers in one sentence: nouns, verbs and patterns of reference/event-types.yaml, with the filters
 * that keep statements of events and drop the rest. Input: the sentence, its tokens, the compiled reference.
 * Output: TriggerHit records (sentence offsets). A hit is dropped when it sits in an idiom ("peace process"),
 * modifies another noun ("election workers"), is negated ("did not meet"), hypothetical ("could hold talks",
 * "If ..."), an infinitive of purpose ("agreed to meet"), or a verb whose object does not fit ("released a
 * video", "visiting a common nuisance", "meet the thresholds"). A weak noun is `anchored` when a word around it
 * makes it one event ("held talks", "talks between ..."); extract-events.ts adds date and place anchors.
 * Rule ids (the `why` of a dropped hit, for debugging): idiom, modifier, negated, hypothetical, infinitive,
 * object, topic, name, adjective, passive.
 */
import type { EventReference, TriggerForm } from './reference.ts';
import { weekdayNumber } from '../language/grammar.ts';
import { BE, DETERMINERS } from './trigger-objects.ts';
import { isCue, objectFits } from './trigger-objects.ts';
import type { TriggerHit } from './trigger-hit.ts';
import { clauseBreaks, clauseOf, findCue, findLastCue, inSpans, seqAt, tokenAt, type Token } from './text.ts';

export type { TriggerHit };

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|latest|last|new|\d{1,2}(?:st|nd|rd|th))$/;
const possessive = (t: Token | undefined) => !!t && /['’]s?$|['’]s$/.test(t.text);
const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

function rawHits(text: string, tokens: Token[], ref: EventReference): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const make = (type: string, kind: TriggerHit['kind'], lemma: string, tok: number, tokEnd: number, start: number, end: number): TriggerHit => ({
    type,
    kind,
    lemma,
    start,
    end,
    tok,
    tokEnd,
    anchored: false,
    generic: false,
    quoted: false,
    definite: false,
    intent: null,
    datedOnly: false,
    plural: false,
    why: null,
  });
  for (let i = 0; i < tokens.length; i++) {
    const forms = (ref.triggers.get(tokens[i]!.lower) ?? []).filter((f) => seqAt(tokens, i, f.words));
    if (!forms.length) continue;
    const longest = forms[0]!.words.length;
    const same = forms.filter((f) => f.words.length === longest);
    const f = pickReading(same, tokens[i - 1], tokens[i]!);
    const end = i + longest;
    const h = make(f.type, f.kind === 'verb' ? 'verb' : f.kind === 'noun' ? 'noun' : 'weak', f.lemma, i, end, tokens[i]!.start, tokens[end - 1]!.end);
    // A plural of a singular event noun ("orders", "attacks", "interactions") is generic unless dated or counted.
    h.datedOnly = f.kind === 'dated' || (f.kind === 'weak' && f.plural && !f.lemma.endsWith('s'));
    h.plural = f.plural;
    hits.push(h);
  }
  for (const p of ref.patterns) {
    for (const m of text.matchAll(p.re)) {
      const tok = tokenAt(tokens, m.index);
      const tokEnd = tokenAt(tokens, m.index + m[0].length);
      hits.push(make(p.type, 'pattern', m[0].toLowerCase(), tok, Math.max(tokEnd, tok + 1), m.index, m.index + m[0].length));
    }
  }
  // The longest trigger wins where two overlap ("signing ceremony" over "signing", a pattern over its noun).
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** "the meeting" is a noun, "after meeting with" a verb; a verb's base form after a determiner is its noun. */
function pickReading(forms: TriggerForm[], prev: Token | undefined, word: Token): TriggerForm {
  const nounish = !!prev && (DETERMINERS.has(prev.lower) || possessive(prev) || /^\d/.test(prev.text));
  const verb = forms.find((f) => f.kind === 'verb');
  const noun = forms.find((f) => f.kind !== 'verb');
  // A word that is both ("release", "attack", "visit"): the tagger reads it in its sentence.
  if (verb && noun) return word.pos === 'VERB' ? verb : noun;
  if (verb && verb.base && nounish) return { ...verb, kind: 'weak' };
  return forms[0]!;
}

/** `quotes`: the sentence's spans of quoted speech (sentence offsets), from the document's quotations. */
export function findTriggers(text: string, tokens: Token[], ref: EventReference, quotes: [number, number][] = []): TriggerHit[] {
  const breaks = clauseBreaks(text);
  const idioms = idiomSpans(tokens, ref);
  const conditional = /^(?:if|unless|should)\b/i.test(text.replace(/^\W{0,3}/, ''));
  const hits = rawHits(text, tokens, ref);
  return hits.map((h, n) => {
    const [cs, ce] = clauseOf(breaks, text.length, h.start);
    const from = tokenAt(tokens, cs);
    const to = tokenAt(tokens, ce);
    h.why = dropReason(h, tokens, ref, from, to, idioms, conditional) ?? (isTopic(h, hits[n - 1], tokens) ? 'topic' : null);
    h.quoted = inSpans(quotes, h.start) && !namedByWriter(h, tokens, quotes);
    if (h.kind === 'weak' || h.kind === 'noun') {
      const det = findCue(tokens, ref.cues.get('definite'), Math.max(from, h.tok - 3), h.tok);
      // "asserts that talks have resumed": before a plural noun "that" is a conjunction, not a determiner.
      h.definite = !!det && !((det[1] === 'that' || det[1] === 'this') && /s$/.test(tokens[h.tokEnd - 1]!.lower));
    }
    if (h.kind === 'weak') {
      h.anchored = anchoredByWords(h, tokens, ref, from, to, idioms);
      const before = tokens.slice(Math.max(from, h.tok - 2), h.tok).map((t) => [t.lower]);
      h.generic = before.some((w) => ref.cues.get('generic_determiners')?.some((g) => g.join(' ') === w[0]));
    }
    return h;
  });
}

/** "a signing ceremony for the water-sharing deal": a weak noun in the complement of the trigger before it is its topic. */
function isTopic(h: TriggerHit, prev: TriggerHit | undefined, tokens: Token[]): boolean {
  if (!prev || h.tok - prev.tokEnd > 4) return false;
  // "a peace deal it is negotiating": the negotiation is the deal's, not separate talks.
  if (h.kind === 'verb' && h.type === 'talks' && prev.type === 'agreement') return h.tok - prev.tokEnd <= 3;
  const prepAt = (t: Token | undefined) => !!t && /^(?:for|of|on)$/.test(t.lower);
  return h.kind === 'weak' && (prepAt(tokens[prev.tokEnd]) || prepAt(tokens[prev.tokEnd - 1]));
}

function idiomSpans(tokens: Token[], ref: EventReference): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const seq of ref.cues.get('idioms') ?? []) if (seqAt(tokens, i, seq)) out.push([i, i + seq.length]);
  }
  return out;
}

function dropReason(
  h: TriggerHit,
  tokens: Token[],
  ref: EventReference,
  from: number,
  to: number,
  idioms: [number, number][],
  conditional: boolean,
): string | null {
  const cue = (name: string, a: number, b: number) => findCue(tokens, ref.cues.get(name), a, b);
  if (idioms.some(([a, b]) => h.tok < b && a < h.tokEnd)) return 'idiom';
  const next = tokens[h.tokEnd];
  if ((h.kind === 'noun' || h.kind === 'weak') && next && ref.cues.get('modifier_heads')?.some((m) => m.length === 1 && m[0] === next.lower)) return 'modifier';
  if (h.type !== 'boycott' && findLastCue(tokens, ref.cues.get('negation'), Math.max(from, h.tok - 5), h.tok)) return 'negated';
  // A wish with a fixed plan is a plan: "Russia wants to host another round ..., planned for mid-April".
  const fixedPlan = cue('planned', h.tokEnd, to) || cue('scheduled', h.tokEnd, to);
  if (conditional || (cue('hypothetical', Math.max(from, h.tok - 10), h.tok) && !fixedPlan)) return 'hypothetical';
  if (h.kind === 'verb' && tokens[h.tok - 1]?.lower === 'to') {
    const intent = tokens[h.tok - 2]?.lower;
    if (!intent || !ref.cues.get('intent')?.some((c) => c.length === 1 && c[0] === intent)) return 'infinitive';
    h.intent = intent;
  }
  if (h.kind === 'verb' && !objectFits(h, tokens, ref, to)) return 'object';
  if (h.kind === 'weak' && tokens[h.tok - 1]?.lower === 'to') return 'infinitive'; // "an attempt to stop"
  if (
    h.kind === 'weak' &&
    (h.type === 'release' || h.type === 'arrest') &&
    tokens[h.tokEnd]?.lower === 'of' &&
    !objectFits({ ...h, kind: 'verb' }, tokens, ref, to)
  )
    return 'object';
  if (h.kind === 'weak' && h.tok > 0 && capital(tokens[h.tok]) && !titleCase(tokens) && (capital(tokens[h.tok - 1]) || capital(tokens[h.tokEnd])))
    return 'name';
  // "a discount is typically negotiated": a passive negotiation names no parties' talks.
  if (
    h.kind === 'verb' &&
    h.type === 'talks' &&
    /ed$/.test(tokens[h.tokEnd - 1]!.lower) &&
    tokens.slice(Math.max(0, h.tok - 2), h.tok).some((t) => BE.has(t.lower))
  )
    return 'passive';
  // "Radio Free Europe": a capitalised verb inside a name; "a negotiated settlement": a participle as adjective.
  if (h.kind === 'verb' && h.tok > 0 && capital(tokens[h.tok]) && !titleCase(tokens) && (capital(tokens[h.tok - 1]) || capital(tokens[h.tokEnd])))
    return 'name';
  if (h.kind === 'verb' && /ed$/.test(tokens[h.tokEnd - 1]!.lower) && /^(?:a|an|the)$/.test(tokens[h.tok - 1]?.lower ?? '')) return 'adjective';
  return null;
}

/** A headline in title case ("Taliban Talks in Moscow"): capitals say nothing there. */
const titleCase = (tokens: Token[]) => tokens.filter((t) => /^\p{L}{4,}/u.test(t.text)).every((t) => capital(t));

/** A weak noun names one event when a word around it says so: held, signed, between, "round of", "with X". */
function anchoredByWords(h: TriggerHit, tokens: Token[], ref: EventReference, from: number, to: number, idioms: [number, number][]): boolean {
  if (h.datedOnly)
    return tokens.slice(Math.max(from, h.tok - 3), h.tok).some((t) => /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several)$/.test(t.lower));
  const anchor = findCue(tokens, ref.cues.get('anchors'), Math.max(from, h.tok - 6), Math.min(to, h.tokEnd + 6));
  if (anchor && !idioms.some(([a, b]) => anchor[0] >= a && anchor[0] < b)) return true;
  if (tokens.slice(h.tokEnd, Math.min(to, h.tokEnd + 3)).some((t) => t.lower === 'between')) return true;
  const prev = tokens[h.tok - 1];
  if (prev && ORDINAL.test(prev.lower)) return true;
  if (prev && possessive(prev) && /^\p{Lu}/u.test(prev.text) && weekdayNumber(prev.lower.replace(/['’]s$/, '')) < 0)
    return h.type === 'arrest' || h.type === 'release';
  if (prev && /^(?:his|her|their)$/.test(prev.lower)) return h.type === 'arrest' || h.type === 'release' || h.type === 'visit';
  const after = tokens.slice(h.tokEnd, Math.min(to, h.tokEnd + 3));
  const withAt = after.findIndex((t) => t.lower === 'with');
  if (withAt >= 0 && capital(after[withAt + 1] ?? tokens[h.tokEnd + withAt + 1])) return true;
  if (tokens[h.tokEnd]?.lower === 'of' && isCue(ref, 'persons', tokens[h.tokEnd + 2]?.lower ?? tokens[h.tokEnd + 1]?.lower))
    return h.type === 'release' || h.type === 'arrest';
  return false;
}

/**
 * A noun the quotation ends on that the writer's own words go on to describe ('the little deal" announced in
 * October', 'a "phase one" agreement signed on Wednesday'): the writer asserts the event, the quotation only
 * names it. The quotation closes right after the trigger and a past participle follows the mark.
 */
function namedByWriter(h: TriggerHit, tokens: Token[], quotes: [number, number][]): boolean {
  if (h.kind === 'verb') return false;
  const span = quotes.find(([a, b]) => h.start >= a && h.start < b);
  if (!span || span[1] - h.end > 2) return false;
  const next = tokens.find((t) => t.start >= span[1]);
  return !!next && next.pos === 'VERB' && /(?:ed|en|wn)$/.test(next.lower);
}
