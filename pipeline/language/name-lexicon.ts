/**
 * Cut one run of capitalised tokens into typed pieces (see find-mentions): registry aliases, places and
 * metonyms, organisations, titles that become roles, and names. Names get a type from their cues, or stay
 * `name` (undecided) for resolve-entities to settle against the people the article names in full.
 * Input: a run of tokens and the text. Output: drafts with offsets, type, role and the cue that decided.
 */
import type { NameContext, RegistryActor } from './name-cues.ts';
import { fold, isNoteworthy, placeNamed, type Place } from './gazetteer.ts';
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

/** The word that ends just before `at` (lower-cased), found by a scan rather than a `\s*$` pattern. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 30 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

// Words after a capital that show it is the subject of a clause (a government acting), not a modifier of a noun.
const NOT_A_NOUN = new Set([
  'and',
  'or',
  'but',
  'has',
  'have',
  'had',
  'is',
  'was',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'did',
  'does',
  'still',
  'also',
  'already',
  'never',
  'again',
  'now',
  'then',
  'only',
  'just',
  'too',
  'alone',
  'itself',
  'insisted',
  'wants',
  'appears',
  'seems',
]);

// Words after which a capital is a place, not a government: prepositions of place and verbs of travel.
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'via',
  'of',
  'toward',
  'towards',
  'through',
  'visit',
  'visits',
  'visited',
  'visiting',
  'reach',
  'reached',
  'leave',
  'left',
  'leaving',
  'entered',
  'enter',
]);
const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_SPAN = 6;

export interface NameLexicon {
  connectors: Set<string>;
  titles: Set<string>;
  honorifics: Set<string>;
  lowerWords: Set<string>;
  personVerbs: Set<string>;
  roleNouns: Set<string>;
  notNames: Set<string>;
  registry: Map<string, RegistryActor>;
  place(surface: string): Place | null;
  segment(run: Token[], text: string, headline?: boolean): Draft[];
  tails: { org: Set<string>; place: Set<string>; person: Set<string> };
  institutions: string[];
  demonymCountry(word: string): string | null;
}

export function makeLexicon(ctx: NameContext, text: string): NameLexicon {
  const c = ctx.cues;
  const set = (xs: string[]) => new Set(xs);
  const modifiers = set(c.title_modifiers);
  // A role noun written with a capital before a name is a title too: "Administrator Jim Bridenstine".
  const titles = new Set([...c.titles, ...c.role_nouns.map((w) => w[0]!.toUpperCase() + w.slice(1))]),
    honorifics = set(c.honorifics),
    orgHeads = set(c.org_heads),
    placeHeads = set(c.place_heads);
  const notNames = set(c.not_names),
    eventHeads = set(c.event_heads),
    roleNouns = set(c.role_nouns),
    personVerbs = set(c.person_verbs);
  const registry = new Map<string, RegistryActor>();
  for (const a of ctx.registry) for (const alias of a.aliases) registry.set(alias, a);
  // Words the article also writes in lower case are ordinary words, whatever their capital at a sentence start.
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{N}.'’-])\p{Ll}[\p{L}'’-]{0,40}/gu) ?? []);
  const place = (s: string): Place | null => {
    // Keys are folded, so a dateline's capitals (KABUL) find the city too.
    // A landmark ("Oval Office") is where an event happens, not a name of a place an actor is.
    // Keys are folded, so the text's case is checked here: "van" in "van der Berg" is no town.
    if (!/^\p{Lu}/u.test(s)) return null;
    const p = placeNamed(ctx.gazetteer, s);
    return p && p.kind !== 'landmark' && isNoteworthy(p) ? p : null;
  };
  // "Pakistanis", "Afghans": a demonym in the plural is still no name.
  const isDemonym = (t: Token) => ctx.gazetteer.demonyms.has(fold(t.text)) || (t.text.endsWith('s') && ctx.gazetteer.demonyms.has(fold(t.text.slice(0, -1))));
  /** Demonyms of two or three words ("South Korean"): how many tokens from i. */
  const demonymLength = (run: Token[], i: number): number => {
    for (let n = 3; n >= 1; n--) if (i + n <= run.length && ctx.gazetteer.demonyms.has(fold(spanText(run, i, i + n - 1)))) return n;
    return 0;
  };
  const spanText = (run: Token[], i: number, j: number) =>
    run
      .slice(i, j + 1)
      .map((t, k) => (k ? t.gap : '') + t.text)
      .join('');

  /** Longest match from i, up to MAX_SPAN tokens, of a lookup. */
  function longest<T>(run: Token[], i: number, look: (s: string) => T | null | undefined): [number, T] | null {
    for (let j = Math.min(run.length - 1, i + MAX_SPAN - 1); j >= i; j--) {
      if (run.slice(i + 1, j + 1).some((t) => t.gap !== ' ') || run.slice(i, j).some((t) => t.possessive)) continue;
      const hit = look(spanText(run, i, j));
      if (hit) return [j, hit];
    }
    return null;
  }

  function draft(run: Token[], i: number, j: number, type: Draft['type'], cue: string, extra: Partial<Draft> = {}): Draft {
    return {
      start: run[i]!.start,
      end: run[j]!.end,
      surface: text.slice(run[i]!.start, run[j]!.end),
      type,
      role: null,
      cue,
      canonical: null,
      refersTo: null,
      ...extra,
    };
  }

  /** A capital or government building standing for a government, unless it follows "in", "from" ... or modifies a noun. */
  function placeOrMetonym(run: Token[], i: number, j: number, p: Place, text: string): Draft {
    const surface = spanText(run, i, j);
    const building = ctx.gazetteer.metonyms.get(fold(surface));
    if (building) return draft(run, i, j, 'metonym', 'metonym-building', { canonical: surface, refersTo: building });
    // A capital in capitals is a dateline ("KABUL -"): where the report was filed, not a government.
    const country = /^[\p{Lu}\s.-]+$/u.test(surface) ? undefined : ctx.gazetteer.capitalCountry.get(fold(surface));
    if (country) {
      const before = wordBefore(text, run[i]!.start);
      const after = /^\s(\p{Ll}+)/u.exec(text.slice(run[j]!.end, run[j]!.end + 30))?.[1];
      const modifies = after !== undefined && !personVerbs.has(after) && !/(?:ed|s|ly)$/.test(after) && !NOT_A_NOUN.has(after);
      if (
        !LOCATIVE.has(before ?? '') &&
        !ARTICLES.has(before ?? '') &&
        !modifies &&
        !titles.has(run[j + 1]?.text ?? '') &&
        !orgHeads.has(run[j + 1]?.text ?? '')
      ) {
        return draft(run, i, j, 'metonym', 'metonym-capital', { canonical: surface, refersTo: country });
      }
    }
    return draft(run, i, j, 'place', `gazetteer-${p.kind}`, { canonical: p.name, refersTo: p.country });
  }

  /** In a headline every word is capitalised: keep what the lexicon knows, and single words for resolve-entities. */
  function segmentHeadline(run: Token[]): Draft[] {
    const out: Draft[] = [];
    for (let i = 0; i < run.length; i++) {
      const t = run[i]!;
      if (!(t.cap || t.upper) || notNames.has(t.text)) continue;
      const reg = longest(run, i, (s) => registry.get(s));
      if (reg) {
        out.push(draft(run, i, reg[0], reg[1].type, 'registry', { canonical: reg[1].name }));
        i = reg[0];
        continue;
      }
      const pl = longest(run, i, lookupPlace);
      if (pl) {
        out.push(placeOrMetonym(run, i, pl[0], pl[1], text));
        i = pl[0];
        continue;
      }
      out.push(draft(run, i, i, 'name', titles.has(run[i - 1]?.text ?? '') && !modifiers.has(run[i - 1]!.text) ? 'title' : 'headline'));
    }
    return out;
  }

  /** "Voice of America (VOA)": the tokens whose initials spell the acronym after the run are one organisation. */
  function spelledOut(run: Token[], text: string): number {
    const acro = /^ \(([A-Z][A-Z&]{1,9})\)/.exec(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 14))?.[1];
    if (!acro) return -1;
    for (let k = 0; k < run.length - 1; k++) {
      const toks = run.slice(k);
      const all = toks.map((t) => t.text[0]!.toUpperCase()).join('');
      const caps = toks
        .filter((t) => t.cap || t.upper)
        .map((t) => t.text[0]!)
        .join('');
      if (run[k]!.cap && (all === acro || caps === acro)) return k;
    }
    return -1;
  }

  function segment(run: Token[], text: string, headline = false): Draft[] {
    if (headline) return segmentHeadline(run);
    const k = spelledOut(run, text);
    if (k >= 0) return [...(k > 0 ? segment(run.slice(0, k), text) : []), draft(run, k, run.length - 1, 'organization', 'acronym-expansion')];
    const out: Draft[] = [];
    let i = 0;
    let role: Token[] = [];
    let ofCountry: string | null = null;
    while (i < run.length) {
      const t = run[i]!;
      if (!(t.cap || t.upper) && !(particles.has(t.text) && run[i + 1])) {
        i++;
        continue;
      }
      // A sentence may open with a capitalised participle or adverb ("Hosting ...", "Reportedly ..."): not a name.
      const opensSentence = i === 0 && /(?:^|[.!?]["”’]?\s+|^\W*)$/u.test(text.slice(Math.max(0, t.start - 3), t.start));
      const early = notNames.has(t.text) ? longest(run, i, lookupPlace) : null;
      if (early && early[0] > i) {
        out.push(placeOrMetonym(run, i, early[0], early[1], text));
        i = early[0] + 1;
        role = [];
        continue;
      }
      if ((notNames.has(t.text) || (opensSentence && /\p{Ll}(?:ing|ly)$/u.test(t.text))) && !registry.has(spanText(run, i, Math.min(i + 1, run.length - 1)))) {
        i++;
        role = [];
        continue;
      }
      const reg = longest(run, i, (s) => registry.get(s));
      if (reg && !orgHeads.has(run[reg[0] + 1]?.text ?? '')) {
        const [j, a] = reg;
        out.push(draft(run, i, j, a.type, 'registry', { canonical: a.name }));
        i = j + 1;
        role = [];
        continue;
      }
      let head = run.findIndex((x, k) => k >= i && orgHeads.has(x.text));
      // "Kabir Sethi of the Observer Research Foundation": a head after "of" starts its own name there.
      const of = run.findIndex((x, k) => k > i && k < head && (x.text === 'of' || x.text === 'for'));
      if (head >= 0 && of > i && !run.slice(i, of).some((x) => orgHeads.has(x.text))) head = -1;
      if (head >= 0 && !run.slice(i, head).some((x) => x.possessive) && !run.slice(i, head).some((x) => honorifics.has(x.text))) {
        if (isDemonym(t) || (place(t.text)?.kind === 'country' && head > i + 1)) {
          if (!isDemonym(t)) out.push(placeOrMetonym(run, i, i, place(t.text)!, text));
          // "the Russian Foreign Ministry" and "the Afghan Foreign Ministry" are two bodies: the country names them.
          ofCountry = ctx.gazetteer.demonyms.get(fold(t.text)) ?? place(t.text)?.country ?? null;
          i++;
          continue;
        }
        let end = head;
        // After the head, a name goes on with capitalised words, "of", "for" or "on" ("Bureau of South Asian
        // Affairs", "Radio Free Europe/Radio Liberty"); "and" after the head joins a second name.
        let tail = false; // inside an "of ..." tail, "and" and "the" belong to the name ("... of South and Central Asian Affairs")
        while (end + 1 < run.length && !run[end]!.possessive) {
          const next = run[end + 1]!;
          if (['of', 'for', 'on'].includes(next.text)) tail = true;
          else if (!(next.cap || next.upper) && !(tail && ['and', 'the'].includes(next.text))) break;
          end++;
        }
        while (end > head && !(run[end]!.cap || run[end]!.upper)) end--;
        const name = spanText(run, i, end);
        out.push(
          draft(
            run,
            i,
            end,
            'organization',
            'org-head',
            ofCountry && !name.includes(ofCountry) ? { canonical: `${name} of ${ofCountry}`, refersTo: ofCountry } : {},
          ),
        );
        ofCountry = null;
        i = end + 1;
        role = [];
        continue;
      }
      if (titles.has(t.text) || honorifics.has(t.text) || (isDemonym(t) && run[i + 1] && titles.has(run[i + 1]!.text))) {
        if (!honorifics.has(t.text)) role.push(t);
        i++;
        continue;
      }
      const dem2 = demonymLength(run, i);
      if (dem2 >= 2) {
        i += dem2;
        role = [];
        continue;
      } // "Central Asian" is no place named Central
      const pl = role.length === 0 ? longest(run, i, lookupPlace) : null;
      if (pl && !startsPersonName(run, pl[0], pl[1])) {
        const [j, p] = pl;
        out.push(placeOrMetonym(run, i, j, p, text));
        // "U.S. President Donald Trump": the country is a place and also part of the role.
        if (run[j + 1] && titles.has(run[j + 1]!.text)) role.push(...run.slice(i, j + 1));
        i = j + 1;
        continue;
      }
      const placeHead = run.findIndex((x, k) => k > i && placeHeads.has(x.text) && !run.slice(i, k).some((y) => y.possessive || titles.has(y.text)));
      if (placeHead > 0 || (placeHeads.has(t.text) && run[i + 1] && !run[i]!.possessive)) {
        const end = placeHead > 0 ? placeHead : i + 1;
        out.push(draft(run, i, end, 'place', 'place-head'));
        i = end + 1;
        role = [];
        continue;
      }
      const dem = demonymLength(run, i);
      if (eventHeads.has(t.text) || dem) {
        i = eventHeads.has(t.text) ? run.length : i + dem;
        role = [];
        continue;
      }
      let j = i;
      while (
        j + 1 < run.length &&
        !titles.has(run[j + 1]!.text) &&
        !orgHeads.has(run[j + 1]!.text) &&
        !run[j]!.possessive &&
        (run[j + 1]!.cap || run[j + 1]!.upper || lexParticle(run[j + 1]!))
      )
        j++;
      while (j > i && !(run[j]!.cap || run[j]!.upper)) j--;
      // "Browns DL Sheldon Richardson", "CBS Sports NFL Insider ...": a name does not run through an acronym.
      const lastUpper = run
        .slice(i, j + 1)
        .map((x) => x.upper)
        .lastIndexOf(true);
      if (lastUpper >= 0 && i + lastUpper < j - 1) {
        out.push(draft(run, i, i + lastUpper, 'organization', 'acronym-in-name'));
        i += lastUpper + 1;
        continue;
      }
      out.push(draft(run, i, j, 'name', role.length ? 'title' : 'name', { role: role.length ? spanText(role, 0, role.length - 1) : null }));
      i = j + 1;
      role = [];
    }
    return out;
  }

  const lookupPlace = (s: string): Place | null =>
    place(s) ?? (ctx.gazetteer.metonyms.has(fold(s)) ? { name: s, country: null, kind: 'region', population: 0, seat: false } : null);

  /** A city name followed by another name word opens a person's name ("Jordan" is not a place in "Jordan Smith"). */
  function startsPersonName(run: Token[], j: number, p: Place): boolean {
    const next = run[j + 1];
    if (!next || p.kind === 'country' || p.population === 0 || next.gap !== ' ' || run[j]!.possessive) return false;
    // Two city names in a row without a comma are a person's names ("Brent Sherwood"), unless they form a place.
    return (
      (next.cap || next.upper) &&
      !next.upper &&
      !titles.has(next.text) &&
      !orgHeads.has(next.text) &&
      !isDemonym(next) &&
      lookupPlace(next.text)?.kind !== 'country'
    );
  }

  const particles = set(c.particles);
  const lexParticle = (t: Token) => particles.has(t.text);

  const tails = { org: set(c.org_tails), place: set(c.place_tails), person: set(c.person_tails) };
  const demonymCountry = (w: string) => ctx.gazetteer.demonyms.get(fold(w)) ?? null;
  return {
    connectors: new Set([...c.org_connectors, ...c.particles]),
    titles,
    honorifics,
    lowerWords,
    personVerbs,
    roleNouns,
    notNames,
    registry,
    place,
    segment,
    tails,
    institutions: c.institutions,
    demonymCountry,
  };
}
