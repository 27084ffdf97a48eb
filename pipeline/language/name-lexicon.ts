/**
 * The name lexicon of one article: the name cues (reference/name-cues.yaml) as sets, the actor registry by
 * alias, the gazetteer's places, demonyms and metonyms behind lookups that check the text's case, and the
 * words the article also writes in lower case. segment-names.ts and resolve-entities.ts read it.
 * Input: the name context and the article's text. Output: a NameLexicon. Pure.
 */
import type { NameContext, RegistryActor } from './name-cues.ts';
import { fold, isNoteworthy, placeNamed, type Gazetteer, type Place } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import type { MentionType } from './mention-types.ts';

export interface Draft {
  start: number;
  end: number;
  surface: string;
  type: MentionType | 'name';
  role: string | null;
  cue: string;
  /** Canonical name the lexicon knows (gazetteer or registry), or what a metonym stands for. */
  canonical: string | null;
  refersTo: string | null;
  inTitle?: boolean;
}

export interface NameLexicon {
  gazetteer: Gazetteer;
  connectors: Set<string>;
  titles: Set<string>;
  /** Words that qualify a title without being one ("former", "acting"). */
  modifiers: Set<string>;
  honorifics: Set<string>;
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  eventHeads: Set<string>;
  particles: Set<string>;
  lowerWords: Set<string>;
  personVerbs: Set<string>;
  roleNouns: Set<string>;
  notNames: Set<string>;
  registry: Map<string, RegistryActor>;
  /** A place of note the name stands for (not a landmark); the name must be written with a capital. */
  place(surface: string): Place | null;
  /** A place, or a government building taken as a region. */
  lookupPlace(surface: string): Place | null;
  /** A demonym, in the singular or plural ("Afghans"). */
  isDemonym(t: Token): boolean;
  /** Demonyms of two or three words ("South Korean"): how many tokens from i. */
  demonymLength(run: Token[], i: number): number;
  tails: { org: Set<string>; place: Set<string>; person: Set<string> };
  institutions: string[];
  demonymCountry(word: string): string | null;
}

const spanText = (run: Token[], i: number, j: number) =>
  run
    .slice(i, j + 1)
    .map((t, k) => (k ? t.gap : '') + t.text)
    .join('');

/**
 * Titles: the listed ones and role nouns written with a capital ("Administrator Jim Bridenstine"), the listed
 * ones' plurals ("Deputy Foreign Ministers NAME and NAME"; not role nouns': "Officials said"), and the article's
 * hyphenated compounds of them ("Director-General", "Secretary-General").
 */
function titlesOf(listed: string[], roleNouns: string[], text: string): Set<string> {
  const titles = new Set([...listed, ...roleNouns.map((w) => w[0]!.toUpperCase() + w.slice(1))]);
  for (const t of listed) if (/^\p{Lu}\p{Ll}+$/u.test(t) && !t.endsWith('s')) titles.add(`${t}s`);
  for (const w of new Set(text.match(/\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+/gu) ?? [])) if (w.split('-').every((part) => titles.has(part))) titles.add(w);
  return titles;
}

export function makeLexicon(ctx: NameContext, text: string): NameLexicon {
  const c = ctx.cues;
  const g = ctx.gazetteer;
  const set = (xs: string[]) => new Set(xs);
  const place = (s: string): Place | null => {
    // Keys are folded ("KABUL" in a dateline finds the city), so the case is checked here: "van" in
    // "van der Berg" is no town. A landmark ("Oval Office") is where an event happens, not an actor.
    if (!/^\p{Lu}/u.test(s)) return null;
    const p = placeNamed(g, s);
    return p && p.kind !== 'landmark' && isNoteworthy(p) ? p : null;
  };
  const registry = new Map<string, RegistryActor>();
  for (const a of ctx.registry) for (const alias of a.aliases) registry.set(alias, a);
  return {
    gazetteer: g,
    connectors: new Set([...c.org_connectors, ...c.particles]),
    titles: titlesOf(c.titles, c.role_nouns, text),
    modifiers: set(c.title_modifiers),
    honorifics: set(c.honorifics),
    orgHeads: set(c.org_heads),
    placeHeads: set(c.place_heads),
    eventHeads: set(c.event_heads),
    particles: set(c.particles),
    // Words the article also writes in lower case are ordinary words, whatever their capital at a sentence start.
    lowerWords: new Set(text.match(/(?<![\p{L}\p{N}.'’-])\p{Ll}[\p{L}'’-]{0,40}/gu) ?? []),
    personVerbs: set(c.person_verbs),
    roleNouns: set(c.role_nouns),
    notNames: set(c.not_names),
    registry,
    place,
    lookupPlace: (s) => place(s) ?? (g.metonyms.has(fold(s)) ? { name: s, country: null, kind: 'region', population: 0, seat: false } : null),
    isDemonym: (t) => g.demonyms.has(fold(t.text)) || (t.text.endsWith('s') && g.demonyms.has(fold(t.text.slice(0, -1)))),
    demonymLength: (run, i) => {
      for (let n = 3; n >= 1; n--) if (i + n <= run.length && g.demonyms.has(fold(spanText(run, i, i + n - 1)))) return n;
      return 0;
    },
    tails: { org: set(c.org_tails), place: set(c.place_tails), person: set(c.person_tails) },
    institutions: c.institutions,
    demonymCountry: (w) => g.demonyms.get(fold(w)) ?? null,
  };
}
