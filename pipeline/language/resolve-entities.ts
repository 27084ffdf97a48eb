/**
 * Settle what each drafted name is, and group an article's mentions into entities:
 * - a name of two or more words is a person unless it reads as ordinary words or holds an acronym;
 * - a single word is the person whose name ends (or, failing that, holds) that word ("Petrovsky"; "Rahmani" for
 *   Ashraf Rahmani, never for Abdul Rahmani Qasimi whose surname is Qasimi), or a person by its own cues (a title,
 *   a speech verb after it), or an organisation after "the" or when written as an acronym; otherwise it is
 *   left out (no cue, no guess);
 * - a name followed by "(ACRONYM)" whose initials it spells is an organisation, and the acronym its alias;
 * - in a Title Case headline only names the body or the gazetteer confirms are kept.
 * Roles in lower case before or after a person ("former president", ", an analyst at ...,") are attached.
 * Input: drafts in text order. Output: mentions (without sentence index) and entities.
 */
import anyAscii from 'any-ascii';
import type { Entity, Mention, MentionType } from './mention-types.ts';
import type { Draft, NameLexicon } from './name-lexicon.ts';
import { nameKey } from '../actors/cluster-actors.ts';
import { genders } from './genders.ts';

export type { Draft };

const fold = (s: string) =>
  anyAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '');
/** Name words folded for comparison: transliteration variants (Mohammed / Muhammad, Yury / Yuri) agree. */
const nameTokens = (s: string) => words(fold(s)).map(nameKey);
const words = (s: string) => s.split(/[\s]+/).filter(Boolean);

/** Lower-case role phrase right before a name: "former president", "chief negotiator", "ex-national security chief". */
function roleBefore(text: string, start: number, lex: NameLexicon): string | null {
  // Skip an honorific between role and name: "chief negotiator Mullah Nasir Akhund".
  let before = text.slice(Math.max(0, start - 80), start);
  const honorific = /(\p{Lu}[\p{L}.]{1,15}) $/u.exec(before);
  if (honorific && lex.honorifics.has(honorific[1]!)) before = before.slice(0, before.length - honorific[0].length);
  const m = /(?<![\p{L}'’-])((?:\p{Ll}[\p{L}'’-]*\s){1,5})$/u.exec(before);
  if (!m) return null;
  const ws = words(m[1]!);
  const last = ws[ws.length - 1]!;
  if (!lex.roleNouns.has(last)) return null;
  let k = ws.length - 1;
  while (k > 0 && !STOP_BEFORE.has(ws[k - 1]!)) k--;
  return ws.slice(k).join(' ');
}

const STOP_BEFORE = new Set([
  'the',
  'a',
  'an',
  'and',
  'said',
  'by',
  'with',
  'of',
  'to',
  'that',
  'as',
  'included',
  'including',
  'among',
  'like',
  'told',
  'met',
  'says',
]);

/** Apposition before a name: "…’s special envoy for Syria, Anton Belov": the phrase from its role noun. */
function roleBeforeComma(text: string, start: number, lex: NameLexicon): string | null {
  if (text.slice(start - 2, start) !== ', ') return null;
  const clause = text
    .slice(Math.max(0, start - 120), start - 2)
    .split(/[,;:“”"(]|[.!?]\s/)
    .pop()!;
  const ws = words(clause);
  const at = ws.findIndex((w) => lex.roleNouns.has(w));
  if (at < 0) return null;
  let k = at;
  while (k > 0 && /^\p{Ll}/u.test(ws[k - 1]!) && !STOP_BEFORE.has(ws[k - 1]!)) k--;
  return ws.slice(k).join(' ');
}

/** Apposition after a name: ", a/an/the ... role noun ...," up to the next comma. */
function roleAfter(text: string, end: number, lex: NameLexicon): string | null {
  const m = /^, ((?:an?|the|[\p{Ll}-]+) [^,;.“”"]{1,120}?)(?:,|\.|;| who\b| said\b| was\b| with\b| as\b)/u.exec(text.slice(end, end + 160));
  if (!m) return null;
  const phrase = m[1]!.replace(/^(?:an?|the) /, '');
  return words(phrase)
    .slice(0, 4)
    .some((w) => lex.roleNouns.has(w))
    ? phrase
    : null;
}

const COMMON_ENDING = /(?:ical|ional|ative|istic|ology|ship|ment|ness|ism)$/;

/** "... president of X", "... director at X": the word before "of"/"at" is a role noun, so X is an organisation. */
function roleOfBefore(text: string, start: number, lex: NameLexicon): boolean {
  const ws = text.slice(Math.max(0, start - 40), start).split(' ');
  ws.pop(); // the empty string after the final space
  if (ws[ws.length - 1] === 'the') ws.pop();
  const prep = ws.pop();
  return (prep === 'of' || prep === 'at') && lex.roleNouns.has(ws.pop() ?? '');
}

const nextWord = (text: string, end: number): string | null => /^ (\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1] ?? null;

function speechVerbAfter(text: string, end: number, lex: NameLexicon): boolean {
  const m = /^(?:,? (?:who|also|then|later|again|meanwhile|reportedly))?,? ?(\p{Ll}+)/u.exec(text.slice(end, end + 40));
  return !!m && lex.personVerbs.has(m[1]!);
}

const initials = (s: string, withConnectors: boolean) =>
  words(s)
    .filter((w) => withConnectors || /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');

interface Settled extends Omit<Mention, 'sentence' | 'entity'> {
  key: string;
  canonical: string | null;
  refersTo: string | null;
}

export function resolveEntities(drafts: Draft[], text: string, lex: NameLexicon): { mentions: Omit<Mention, 'sentence'>[]; entities: Entity[] } {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const acronymOf = new Map<string, string>();
  sorted.forEach((d, k) => {
    const next = sorted[k + 1];
    if (next && /^[A-Z][A-Z/&.]{1,9}$/.test(next.surface) && text.slice(d.end, next.start) === ' (' && text[next.end] === ')') {
      const acro = next.surface.replace(/[/&.]/g, '');
      if (
        initials(d.surface, true) === acro ||
        initials(d.surface, false) === acro ||
        (acro.length >= 2 && initials(d.surface.replace(/\//g, ' '), false).startsWith(acro.slice(0, 2)))
      ) {
        if (d.type === 'name') d.type = 'organization';
        if (d.type === 'organization') acronymOf.set(next.surface, d.surface);
      }
    }
  });

  // People named in full (two or more words) first: they anchor the single words.
  const settled: Settled[] = [];
  const people: { key: string; tokens: string[]; display: string; first: number }[] = [];
  const isSuffix = (short: string[], long: string[]) => short.length < long.length && short.join(' ') === long.slice(long.length - short.length).join(' ');
  const personKey = (surface: string): string => {
    const toks = nameTokens(surface);
    const hit = people.find(
      (p) =>
        p.tokens.join(' ') === toks.join(' ') ||
        isSuffix(toks, p.tokens) ||
        isSuffix(p.tokens, toks) ||
        (p.tokens[p.tokens.length - 1] === toks[toks.length - 1] && (p.tokens[0] === toks[0] || p.tokens.length === 1 || toks.length === 1)),
    );
    if (hit) return hit.key;
    const key = `person:${toks.join(' ')}`;
    people.push({ key, tokens: toks, display: surface, first: 0 });
    return key;
  };
  const multi = (d: Draft) => words(d.surface).length >= 2;
  for (const d of sorted) {
    if (d.type !== 'name' || !multi(d) || d.inTitle) continue;
    const toks = words(d.surface);
    if (toks.some((w) => /^\p{Lu}{2,}$/u.test(w))) {
      d.type = 'organization';
      continue;
    }
    const named = toks.filter((w) => !lex.connectors.has(w));
    const ordinary =
      named.filter((w) => lex.lowerWords.has(w.toLowerCase())).length * 2 >= named.length &&
      d.cue !== 'title' &&
      !speechVerbAfter(text, d.end, lex) &&
      !roleBefore(text, d.start, lex);
    // "vice president of Advanced Development Programs", "at Blue Origin": a name after "<role> of" or "at" is a body.
    const body = roleOfBefore(text, d.start, lex);
    // Endings of English nouns and adjectives that names almost never have ("Political Science", "Partnership").
    if (named.some((w) => COMMON_ENDING.test(w))) continue;
    if (!ordinary) d.type = body ? 'organization' : 'person';
  }
  for (const d of sorted) if (d.type === 'person' && multi(d) && !d.inTitle) personKey(d.surface);
  // Words that the article also uses as a place ("Wardak province") are places when they stand alone.
  const placeWords = new Set<string>();
  for (const d of sorted) if (!multi(d) && lex.tails.place.has(nextWord(text, d.end) ?? '')) placeWords.add(d.surface);

  /** The person a single word names: by surname, the one mentioned most recently; else by given name. */
  const lastSeen = new Map<string, number>();
  const bySingle = (word: string): string | null => {
    const w = nameKey(fold(word));
    const last = people.filter((p) => p.tokens.length > 1 && p.tokens[p.tokens.length - 1] === w);
    if (last.length) return last.sort((a, b) => (lastSeen.get(b.key) ?? -1) - (lastSeen.get(a.key) ?? -1))[0]!.key;
    const inside = people.filter((p) => p.tokens.length > 1 && p.tokens[0] === w && !people.some((q) => q.tokens.slice(1).includes(w)));
    return inside.length === 1 ? inside[0]!.key : null;
  };

  // A small town's name before "administration" is far more likely a person's (the Obama administration).
  const smallTown = (d: Draft) => d.type === 'place' && d.cue === 'gazetteer-city' && (lex.place(d.surface)?.population ?? 0) < 100000;
  for (const d of sorted) {
    let type: MentionType | null = d.type === 'name' ? null : d.type;
    let key: string | null = null;
    let cue = d.cue;
    const tail = nextWord(text, d.end) ?? '';
    const single = !multi(d);
    const reading = (d.type === 'place' && d.cue === 'gazetteer-city') || (d.type === 'organization' && d.cue === 'registry');
    // An adjective before "movement" or "group" ("the Islamic movement") names nothing.
    const adjective = /(?:ic|ist|ian|ese|ish)$/.test(d.surface);
    if (single && !adjective && (d.type === 'name' || reading) && (lex.tails.org.has(tail) || lex.tails.place.has(tail) || placeWords.has(d.surface))) {
      type = lex.tails.org.has(tail) ? 'organization' : 'place';
      cue = 'tail-word';
    } else if (
      d.type === 'name' ||
      (d.type === 'person' && single) ||
      (reading && single && bySingle(d.surface)) ||
      (smallTown(d) && lex.tails.person.has(tail))
    ) {
      const hit = bySingle(d.surface) ?? (multi(d) ? (people.find((p) => isSuffix(nameTokens(d.surface), p.tokens))?.key ?? null) : null);
      if (hit) [type, key, cue] = ['person', hit, multi(d) ? cue : 'surname'];
      else if (single && (d.type === 'name' || smallTown(d)) && lex.tails.person.has(tail) && /^\p{Lu}\p{Ll}/u.test(d.surface))
        [type, cue] = ['person', 'the-x-administration'];
      else if (d.inTitle && d.cue === 'title' && !lex.lowerWords.has(d.surface.toLowerCase())) [type, cue] = ['person', 'title'];
      else if (!d.inTitle && (d.cue === 'title' || speechVerbAfter(text, d.end, lex) || roleBefore(text, d.start, lex) || roleAfter(text, d.end, lex))) {
        type = /^\p{Lu}{2,}$/u.test(d.surface) ? 'organization' : 'person';
        cue = d.cue === 'title' ? 'title' : 'speech-verb-or-role';
      } else if (!d.inTitle && (/^\p{Lu}[\p{Lu}.&]+$/u.test(d.surface) || /\bthe $/i.test(text.slice(Math.max(0, d.start - 4), d.start)))) {
        type = 'organization';
        cue = 'acronym-or-article';
      }
    }
    if (!type) continue;
    if (d.inTitle && type === 'person' && !key && cue !== 'title') continue;
    if (type === 'person' && !key) key = personKey(d.surface);
    if (type === 'person') lastSeen.set(key!, d.start);
    if (type === 'organization') key = `organization:${fold(acronymOf.get(d.surface) ?? d.canonical ?? d.surface)}`;
    if (type === 'place') key = `place:${fold(d.canonical ?? d.surface)}`;
    if (type === 'metonym') key = `metonym:${fold(d.surface)}`;
    const role = type === 'person' ? (d.role ?? roleBefore(text, d.start, lex) ?? roleBeforeComma(text, d.start, lex) ?? roleAfter(text, d.end, lex)) : null;
    settled.push({ start: d.start, end: d.end, surface: d.surface, type, role, cue, key: key!, canonical: d.canonical, refersTo: d.refersTo });
  }
  return group(linkAliases(joinHeadlineParts(settled, text), text), text);
}

/** "NAME, also known as ALIAS", "NAME, known by his nom de guerre ALIAS", "NAME (alias ALIAS)": the alias is the same person, wherever it is written. */
const ALIAS =
  /^(?:,?\s+(?:also\s+|better\s+)?known\s+(?:as|by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|alias|pseudonym|name))\s+|\s+\((?:alias\s+|aka\s+|a\.k\.a\.\s+|known\s+as\s+)?)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})/u;
function linkAliases(settled: Settled[], text: string): Settled[] {
  const rekey = new Map<string, string>();
  for (const a of settled) {
    const alias = a.type === 'person' ? ALIAS.exec(text.slice(a.end, a.end + 80))?.[1] : undefined;
    if (!alias) continue;
    for (const b of settled) if (b.key !== a.key && b.type !== 'place' && fold(b.surface) === fold(alias)) rekey.set(b.key, a.key);
  }
  return rekey.size ? settled.map((s) => (rekey.has(s.key) ? { ...s, key: rekey.get(s.key)!, type: 'person' } : s)) : settled;
}

/** Headline words resolved one by one ("Anton", "Belov") that name one person are one mention. */
function joinHeadlineParts(settled: Settled[], text: string): Settled[] {
  const out: Settled[] = [];
  for (const s of settled) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'person' && s.type === 'person' && prev.key === s.key && text.slice(prev.end, s.start) === ' ') {
      out[out.length - 1] = { ...prev, end: s.end, surface: text.slice(prev.start, s.end) };
    } else out.push(s);
  }
  return out;
}

/** Number the entities in order of first mention; name each by its fullest form. */
function group(settled: Settled[], text: string): { mentions: Omit<Mention, 'sentence'>[]; entities: Entity[] } {
  const ids = new Map<string, number>();
  const entities: Entity[] = [];
  const mentions = settled.map((s) => {
    let id = ids.get(s.key);
    if (id === undefined) {
      id = entities.length;
      ids.set(s.key, id);
      entities.push({ id, type: s.type, name: s.canonical ?? s.surface, surfaces: [], roles: [], gender: null, refersTo: s.refersTo });
    }
    const e = entities[id]!;
    if (!e.surfaces.includes(s.surface)) e.surfaces.push(s.surface);
    if (s.role && !e.roles.includes(s.role)) e.roles.push(s.role);
    if (s.type === 'person' && words(s.surface).length > words(e.name).length) e.name = s.surface;
    const { key: _k, canonical: _c, refersTo: _r, ...m } = s;
    return { ...m, entity: id };
  });
  const known = genders(entities, mentions, text);
  for (const e of entities) if (e.type === 'person') e.gender = known.get(e.id) ?? null;
  return { mentions, entities };
}
