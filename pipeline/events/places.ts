/**
 * Places in one sentence, as an event's location: a gazetteer name after a place preposition ("in Moscow",
 * "over Hanoi", "Doha, Qatar"), a name used as a modifier ("the Moscow meeting", "Iowa caucuses") or possessor
 * ("Afghanistan's presidential election"), a demonym's capital ("the Russian capital", "the Qatari capital
 * Doha"), a province ("in Zabul province"), a landmark ("in the Oval Office" -> Washington), "the city" (the
 * place of the sentence before, else the dateline's city) and "across the country" (the country the sentence
 * names before it), a host ("Qatar is expected to host ..."). Also the dateline of the article ("HANOI, Vietnam (AP) —"). Input: sentence, tokens,
 * gazetteer, context. Output: PlaceMention records. Pure; no rule ids.
 */
import type { Gazetteer, Place } from './reference.ts';
import { isNoteworthy } from '../language/gazetteer.ts';
import type { Token } from './text.ts';

export interface PlaceMention {
  tok: number;
  tokEnd: number;
  place: Place;
  /** A name as written, a reference ("the city", "the country"), or a host ("Qatar is expected to host"). */
  how: 'name' | 'reference' | 'host';
  /** The preposition that governs it ("in", "at", "over"), or null. */
  prep: string | null;
  /** It qualifies the noun after it: a modifier ("the Moscow meeting") or possessor ("Afghanistan's election"). */
  modifies: boolean;
  /** Written as a possessor ("Washington's request"): a place only for the noun it qualifies. */
  possessive: boolean;
}

export interface PlaceContext {
  previous: Place | null;
  dateline: Place | null;
  defaultCountry: string | null;
  lastCountry: string | null;
  /** How often the article names each country (by name, demonym, or a city in it). */
  countries: Map<string, number>;
}

const PREPS = new Set(['in', 'at', 'near', 'over', 'outside', 'inside', 'into', 'across', 'throughout', 'from', 'to', 'around', 'within']);
const SKIP = new Set([
  'the',
  'southern',
  'northern',
  'eastern',
  'western',
  'central',
  'heart',
  'of',
  'capital',
  'city',
  'town',
  'province',
  'region',
  'a',
  'state',
  'nearby',
]);
const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
const poss = (t: Token) => /['’]s$/.test(t.text);
const FUNCTION_WORDS =
  /^(?:with|and|or|but|on|for|of|to|by|as|that|which|who|where|when|while|is|are|was|were|has|have|had|will|would|said|says|after|before|since|until|last|this|next|earlier|later)$/;
const REGION = /^(?:province|region|district|state|governorate|prefecture|oblast)$/i;

/** The preposition governing token i, looking back over articles and place words ("in the heart of Afghan capital"). */
function prepBefore(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.lower;
    if (PREPS.has(w)) return w;
    if (!SKIP.has(w) && !capital(tokens[k])) return null;
  }
  return null;
}

/** Longest gazetteer name of capitalised words starting at token i. */
function lookup(tokens: Token[], i: number, gaz: Gazetteer): { place: Place; end: number } | null {
  for (let n = Math.min(gaz.maxWords, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (!span.every((t, k) => capital(t) || (k > 0 && k < n - 1 && t.lower === 'of'))) continue;
    const key = span.map((t) => t.lower.replace(/'s$/, '')).join(' ');
    const found = gaz.names.get(key);
    const place = found && isNoteworthy(found) ? found : undefined;
    // An all-capitals word is an acronym ("UN"), not a town, unless it names a country ("US", "UAE").
    if (place && (place.kind === 'country' || !span.every((t) => /^[\p{Lu}.]+$/u.test(t.text)))) return { place, end: i + n };
  }
  return null;
}

/**
 * `skip(tok)`: the token is inside a person's name. `mentioned(tok)`: a place the mention finder names at this
 * token that the gazetteer lacks ("Iowa", "Nevada"), with its country, or null.
 */
export function findPlaces(
  tokens: Token[],
  gaz: Gazetteer,
  ctx: PlaceContext,
  skip: (tok: number) => boolean,
  mentioned: (tok: number) => { place: Place; end: number } | null = () => null,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  let country: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "the Russian-hosted initiative": the host country.
    const hosted = /^([\p{L}]+)-hosted$/u.exec(t.lower);
    const host = hosted ? gaz.demonyms.get(hosted[1]!) : null;
    if (host) {
      const name = host;
      out.push({ tok: i, tokEnd: i + 1, place: { name, country: name, kind: 'country' }, how: 'host', prep: null, modifies: false, possessive: false });
      continue;
    }
    const demonym = gaz.demonyms.get(t.lower) ?? null;
    if (demonym) {
      country = demonym;
      ctx.countries.set(demonym, (ctx.countries.get(demonym) ?? 0) + 1);
    }
    if (demonym && tokens[i + 1]?.lower === 'capital') {
      const named = capital(tokens[i + 2]) ? lookup(tokens, i + 2, gaz) : null;
      const city = named?.place ?? { name: gaz.countryCapital.get(demonym) ?? demonym, country: demonym, kind: 'city' as const };
      out.push({ tok: i, tokEnd: named?.end ?? i + 2, place: city, how: 'name', prep: prepBefore(tokens, i), modifies: false, possessive: false });
      i = (named?.end ?? i + 2) - 1;
      continue;
    }
    if (t.lower === 'city' && tokens[i - 1]?.lower === 'the') {
      const p = ctx.previous?.kind === 'city' ? ctx.previous : ctx.dateline;
      if (p) out.push({ tok: i - 1, tokEnd: i + 1, place: p, how: 'reference', prep: prepBefore(tokens, i - 1), modifies: false, possessive: false });
      continue;
    }
    // "across the country", "invaded the country": the country the text has been speaking of.
    const known = country ?? ctx.lastCountry;
    if (
      t.lower === 'country' &&
      tokens[i - 1]?.lower === 'the' &&
      /^(?:across|throughout|in|of|invaded|invade|invading)$/.test(tokens[i - 2]?.lower ?? '') &&
      known
    ) {
      out.push({
        tok: i - 1,
        tokEnd: i + 1,
        place: { name: known, country: known, kind: 'country' },
        how: 'reference',
        prep: tokens[i - 2]!.lower,
        modifies: false,
        possessive: false,
      });
      continue;
    }
    if (!capital(t)) continue;
    const found: { place: Place; end: number } | null = regionAt(tokens, i, country ?? ctx.defaultCountry, gaz) ?? lookup(tokens, i, gaz) ?? mentioned(i);
    // A one-word name inside a person's name is not a place ("Jordan" in "Michael Jordan"); "Lashkar Gah" is.
    if (!found || (found.end - i === 1 && skip(i))) continue;
    if (found.place.country) ctx.countries.set(found.place.country, (ctx.countries.get(found.place.country) ?? 0) + 1);
    const next = tokens[found.end];
    const prep = prepBefore(tokens, i);
    const possessive = poss(tokens[found.end - 1]!);
    const modifies = possessive || (!!next && /^\p{Ll}/u.test(next.text) && !PREPS.has(next.lower) && !FUNCTION_WORDS.test(next.lower));
    // "the country" later means a country the text placed something in, not an agent ("U.S.-led forces").
    if (found.place.kind === 'country' && (prep || possessive)) country = found.place.country;
    // A bare name that no preposition governs is an actor ("Kabul refused"), unless it is the country of an
    // apposition ("Doha, Qatar"); modifiers and possessors count only next to a trigger (event-attach.ts).
    const apposition = found.place.kind === 'country' && out.length > 0 && out[out.length - 1]!.tokEnd === i;
    if (hosts(tokens, found.end)) out.push({ tok: i, tokEnd: found.end, place: found.place, how: 'host', prep: null, modifies: false, possessive: false });
    else if (prep || modifies || apposition) out.push({ tok: i, tokEnd: found.end, place: found.place, how: 'name', prep, modifies, possessive });
    i = found.end - 1;
  }
  if (country) ctx.lastCountry = country;
  return refineAppositions(out);
}

/** "Qatar is expected to host", "Russia hosts": the host country or city is where the gathering is. */
function hosts(tokens: Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const w = tokens[j]!.lower;
    if (/^host(?:s|ed|ing)?$/.test(w)) return true;
    if (!/^(?:is|was|will|would|has|had|to|expected|set|due|scheduled|again|also)$/.test(w)) return false;
  }
  return false;
}

/** "Helmand province", "Zabul province": a region whose country the sentence (or the article) names. */
function regionAt(tokens: Token[], i: number, country: string | null, gaz: Gazetteer): { place: Place; end: number } | null {
  const owner = poss(tokens[i]!) ? gaz.names.get(tokens[i]!.lower.replace(/'s$/, '')) : undefined;
  if (owner?.kind === 'country') {
    country = owner.country;
    i++;
  }
  let k = i;
  while (k < i + 3 && capital(tokens[k]) && !REGION.test(tokens[k]!.text.replace(/['’]s$/, ''))) k++;
  if (k === i || !tokens[k] || !REGION.test(tokens[k]!.text.replace(/['’]s$/, ''))) return null;
  const name = `${tokens
    .slice(i, k)
    .map((t) => t.text)
    .join(' ')} ${tokens[k]!.lower.replace(/['’]s$/, '')}`;
  return { place: { name, country, kind: 'region' }, end: k + 1 };
}

/** "Doha, Qatar": the city, with the country the apposition states. */
function refineAppositions(ps: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of ps) {
    const last = out[out.length - 1];
    if (last && p.place.kind === 'country' && last.tokEnd === p.tok && last.place.kind !== 'country') {
      last.tokEnd = p.tokEnd;
      last.place = { ...last.place, country: p.place.country };
      continue;
    }
    out.push(p);
  }
  return out;
}

/** "HANOI, Vietnam (AP) —", "KABUL (Dispatches) –": the city an article is filed from. */
export function findDateline(body: string, gaz: Gazetteer): Place | null {
  const m = /^([A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,2})(?:, [A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20}){0,3})? ?(?:\([^()\n]{1,40}\))? ?[—–-] /.exec(
    body.slice(0, 200),
  );
  if (!m) return null;
  const place = gaz.names.get(m[1]!.toLowerCase());
  return place && isNoteworthy(place) ? place : null;
}
