/**
 * Cut one run of capitalised tokens into typed pieces (see find-mentions): registry aliases, places and
 * metonyms, organisations, titles that become roles, and names. Names get a type from their cues, or stay
 * `name` (undecided) for resolve-entities to settle against the people the article names in full.
 * Input: the article's name lexicon (name-lexicon.ts), a run of tokens and the text. Output: drafts with
 * offsets, type, role and the cue that decided.
 */
import { fold, type Place } from './gazetteer.ts';
import { ARTICLES as ARTICLE_WORDS, COORDINATORS, HAVE, MODALS, setOf } from './grammar.ts';
import type { Token } from './tokens.ts';
import type { Draft, NameLexicon } from './name-lexicon.ts';
import { followingName, startsPersonName } from './name-shapes.ts';

const MAX_SPAN = 6;
const ARTICLES = setOf(ARTICLE_WORDS);
// Words after a capital that show it is the subject of a clause (a government acting), not a modifier of a noun.
const NOT_A_NOUN = setOf(
  COORDINATORS.filter((w) => w === 'and' || w === 'or' || w === 'but'),
  HAVE,
  MODALS.filter((w) => w !== 'shall'),
  ['is', 'was', 'did', 'does', 'still', 'also', 'already', 'never', 'again', 'now', 'then', 'only', 'just', 'too', 'alone', 'itself'],
  ['insisted', 'wants', 'appears', 'seems'],
);
// Words before a capital that make it the place itself ("in Moscow", "visited Kabul"), not its government.
const LOCATIVE = setOf(
  ['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'across', 'around', 'via', 'of', 'toward', 'towards', 'through'],
  ['visit', 'visits', 'visited', 'visiting', 'reach', 'reached', 'leave', 'left', 'leaving', 'entered', 'enter'],
);

/** The word that ends just before `at` (lower-cased), found by a scan rather than a `\s*$` pattern. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 30 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** The text of run[i..j] as written, gaps included. */
export const spanText = (run: Token[], i: number, j: number) =>
  run
    .slice(i, j + 1)
    .map((t, k) => (k ? t.gap : '') + t.text)
    .join('');

/** Longest match from i, up to MAX_SPAN tokens, of a lookup. */
export function longest<T>(run: Token[], i: number, look: (s: string) => T | null | undefined): [number, T] | null {
  for (let j = Math.min(run.length - 1, i + MAX_SPAN - 1); j >= i; j--) {
    if (run.slice(i + 1, j + 1).some((t) => t.gap !== ' ') || run.slice(i, j).some((t) => t.possessive)) continue;
    const hit = look(spanText(run, i, j));
    if (hit) return [j, hit];
  }
  return null;
}

export function draft(text: string, run: Token[], i: number, j: number, type: Draft['type'], cue: string, extra: Partial<Draft> = {}): Draft {
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
function placeOrMetonym(lex: NameLexicon, run: Token[], i: number, j: number, p: Place, text: string): Draft {
  const surface = spanText(run, i, j);
  const building = lex.gazetteer.metonyms.get(fold(surface));
  if (building) return draft(text, run, i, j, 'metonym', 'metonym-building', { canonical: surface, refersTo: building });
  // A capital in capitals is a dateline ("KABUL -"): where the report was filed, not a government.
  const country = /^[\p{Lu}\s.-]+$/u.test(surface) ? undefined : lex.gazetteer.capitalCountry.get(fold(surface));
  if (country) {
    const before = wordBefore(text, run[i]!.start);
    const after = /^\s(\p{Ll}+)/u.exec(text.slice(run[j]!.end, run[j]!.end + 30))?.[1];
    const modifies = after !== undefined && !lex.personVerbs.has(after) && !/(?:ed|s|ly)$/.test(after) && !NOT_A_NOUN.has(after);
    if (
      !LOCATIVE.has(before ?? '') &&
      !ARTICLES.has(before ?? '') &&
      !modifies &&
      !lex.titles.has(run[j + 1]?.text ?? '') &&
      !lex.orgHeads.has(run[j + 1]?.text ?? '')
    ) {
      return draft(text, run, i, j, 'metonym', 'metonym-capital', { canonical: surface, refersTo: country });
    }
  }
  return draft(text, run, i, j, 'place', `gazetteer-${p.kind}`, { canonical: p.name, refersTo: p.country });
}

/** In a headline every word is capitalised: keep what the lexicon knows, and single words for resolve-entities. */
function segmentHeadline(lex: NameLexicon, run: Token[], text: string): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < run.length; i++) {
    const t = run[i]!;
    if (!(t.cap || t.upper) || lex.notNames.has(t.text)) continue;
    const reg = longest(run, i, (s) => lex.registry.get(s));
    if (reg) {
      out.push(draft(text, run, i, reg[0], reg[1].type, 'registry', { canonical: reg[1].name }));
      i = reg[0];
      continue;
    }
    const pl = longest(run, i, lex.lookupPlace);
    if (pl) {
      out.push(placeOrMetonym(lex, run, i, pl[0], pl[1], text));
      i = pl[0];
      continue;
    }
    out.push(draft(text, run, i, i, 'name', lex.titles.has(run[i - 1]?.text ?? '') && !lex.modifiers.has(run[i - 1]!.text) ? 'title' : 'headline'));
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

export function segment(lex: NameLexicon, run: Token[], text: string, headline = false): Draft[] {
  if (headline) return segmentHeadline(lex, run, text);
  const k = spelledOut(run, text);
  if (k >= 0) return [...(k > 0 ? segment(lex, run.slice(0, k), text) : []), draft(text, run, k, run.length - 1, 'organization', 'acronym-expansion')];
  const out: Draft[] = [];
  let i = 0;
  let role: Token[] = [];
  let ofCountry: string | null = null;
  while (i < run.length) {
    const t = run[i]!;
    if (!(t.cap || t.upper) && !(lex.particles.has(t.text) && run[i + 1])) {
      i++;
      continue;
    }
    // A sentence may open with a capitalised participle or adverb ("Hosting ...", "Reportedly ..."): not a name;
    // a capital or a city of a million is the place all the same ("Beijing denied ...").
    const bigPlace = (w: string) => lex.gazetteer.capitalCountry.has(fold(w)) || (lex.lookupPlace(w)?.population ?? 0) >= 1e6;
    const opensSentence = i === 0 && /(?:^|[.!?]["”’]?\s+|^\W*)$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) && !bigPlace(t.text);
    const early = lex.notNames.has(t.text) ? longest(run, i, lex.lookupPlace) : null;
    if (early && early[0] > i) {
      out.push(placeOrMetonym(lex, run, i, early[0], early[1], text));
      i = early[0] + 1;
      role = [];
      continue;
    }
    if (
      (lex.notNames.has(t.text) || (opensSentence && /\p{Ll}(?:ing|ly)$/u.test(t.text))) &&
      !lex.honorifics.has(run[i - 1]?.text ?? '') && // "Mrs May": a name after an honorific, even a month's
      !lex.registry.has(spanText(run, i, Math.min(i + 1, run.length - 1)))
    ) {
      i++;
      role = [];
      continue;
    }
    const reg = longest(run, i, (s) => lex.registry.get(s));
    if (reg && !lex.orgHeads.has(run[reg[0] + 1]?.text ?? '')) {
      const [j, a] = reg;
      out.push(draft(text, run, i, j, a.type, 'registry', { canonical: a.name }));
      i = j + 1;
      role = [];
      continue;
    }
    let head = run.findIndex((x, k) => k >= i && lex.orgHeads.has(x.text));
    // "Kabir Sethi of the Observer Research Foundation": a head after "of" starts its own name there.
    const of = run.findIndex((x, k) => k > i && k < head && (x.text === 'of' || x.text === 'for'));
    if (head >= 0 && of > i && !run.slice(i, of).some((x) => lex.orgHeads.has(x.text))) head = -1;
    if (head >= 0 && !run.slice(i, head).some((x) => x.possessive) && !run.slice(i, head).some((x) => lex.honorifics.has(x.text))) {
      if (lex.isDemonym(t) || (lex.place(t.text)?.kind === 'country' && head > i + 1)) {
        if (!lex.isDemonym(t)) out.push(placeOrMetonym(lex, run, i, i, lex.place(t.text)!, text));
        // "the Russian Foreign Ministry" and "the Afghan Foreign Ministry" are two bodies: the country names them.
        ofCountry = lex.gazetteer.demonyms.get(fold(t.text)) ?? lex.place(t.text)?.country ?? null;
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
        // "Atomic Energy Organization of Iran Ali Akbar Salehi": a country ends an "of" tail when two or more
        // capitalised words follow that hold no organisation head: they are the next name, not this one's.
        if (tail && lex.place(next.text)?.kind === 'country' && followingName(lex, run, end + 1)) break;
      }
      while (end > head && !(run[end]!.cap || run[end]!.upper)) end--;
      const name = spanText(run, i, end);
      out.push(
        draft(
          text,
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
    if (lex.titles.has(t.text) || lex.honorifics.has(t.text) || (lex.isDemonym(t) && run[i + 1] && lex.titles.has(run[i + 1]!.text))) {
      if (!lex.honorifics.has(t.text)) role.push(t);
      i++;
      continue;
    }
    const dem2 = lex.demonymLength(run, i);
    if (dem2 >= 2) {
      i += dem2;
      role = [];
      continue;
    } // "Central Asian" is no place named Central
    // "President of Ukraine Petro Poroshenko": a place after a title's "of" belongs to the role of the name after
    // it; with no name after it ("the President of Ukraine said"), it is a place and no one's name.
    const ofPlace = role.length && run[i - 1]?.text === 'of' ? longest(run, i, lex.lookupPlace) : null;
    if (ofPlace) {
      out.push(placeOrMetonym(lex, run, i, ofPlace[0], ofPlace[1], text));
      role = followingName(lex, run, ofPlace[0] + 1) ? [...role, ...run.slice(i - 1, ofPlace[0] + 1)] : [];
      i = ofPlace[0] + 1;
      continue;
    }
    const pl = role.length === 0 ? longest(run, i, lex.lookupPlace) : null;
    if (pl && !startsPersonName(lex, run, pl[0], pl[1])) {
      const [j, p] = pl;
      out.push(placeOrMetonym(lex, run, i, j, p, text));
      // "U.S. President Donald Trump": the country is a place and also part of the role.
      if (run[j + 1] && lex.titles.has(run[j + 1]!.text)) role.push(...run.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const placeHead = run.findIndex((x, k) => k > i && lex.placeHeads.has(x.text) && !run.slice(i, k).some((y) => y.possessive || lex.titles.has(y.text)));
    if (placeHead > 0 || (lex.placeHeads.has(t.text) && run[i + 1] && !run[i]!.possessive)) {
      const end = placeHead > 0 ? placeHead : i + 1;
      out.push(draft(text, run, i, end, 'place', 'place-head'));
      i = end + 1;
      role = [];
      continue;
    }
    const dem = lex.demonymLength(run, i);
    if (lex.eventHeads.has(t.text) || dem) {
      i = lex.eventHeads.has(t.text) ? run.length : i + dem;
      role = [];
      continue;
    }
    let j = i;
    while (
      j + 1 < run.length &&
      !lex.titles.has(run[j + 1]!.text) &&
      !lex.orgHeads.has(run[j + 1]!.text) &&
      !run[j]!.possessive &&
      (run[j + 1]!.cap || run[j + 1]!.upper || lex.particles.has(run[j + 1]!.text))
    )
      j++;
    while (j > i && !(run[j]!.cap || run[j]!.upper)) j--;
    // "Browns DL Sheldon Richardson", "CBS Sports NFL Insider ...": a name does not run through an acronym.
    const lastUpper = run
      .slice(i, j + 1)
      .map((x) => x.upper)
      .lastIndexOf(true);
    if (lastUpper >= 0 && i + lastUpper < j - 1) {
      out.push(draft(text, run, i, i + lastUpper, 'organization', 'acronym-in-name'));
      i += lastUpper + 1;
      continue;
    }
    const courtesy = lex.honorifics.has(run[i - 1]?.text ?? '');
    out.push(draft(text, run, i, j, 'name', role.length || courtesy ? 'title' : 'name', { role: role.length ? spanText(role, 0, role.length - 1) : null }));
    i = j + 1;
    role = [];
  }
  return out;
}
