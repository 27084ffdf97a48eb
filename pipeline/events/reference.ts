/**
 * Reference data for event extraction, compiled once: the type vocabulary with its triggers
 * (reference/event-types.yaml), cue-word lists, and the shared gazetteer (language/gazetteer.ts).
 * Input: the parsed YAML and the gazetteer (the command-line layer reads the files and packages).
 * Output: an EventReference that extractEvents reads. Pure; no rule ids (a malformed file throws, naming it).
 */
import { fold } from '../language/gazetteer.ts';
import type { Gazetteer, Place as GazetteerPlace } from '../language/gazetteer.ts';

export { fold };
export type { Gazetteer };

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
  places: {
    landmarks: { name: string; city: string; country: string }[];
    exonyms: { name: string; gazetteer: string }[];
    country_names: { code: string; name: string; reason: string }[];
  };
}

export type TriggerKind = 'noun' | 'weak' | 'dated' | 'verb';

/** One trigger form: its words (lower case), its type and kind; `base` marks a verb's base form (also a noun), `plural` a noun's plural. */
export interface TriggerForm {
  words: string[];
  type: string;
  kind: TriggerKind;
  base: boolean;
  plural: boolean;
  lemma: string;
}

/** An event's place: the gazetteer's record, of which events read the name, country and kind. */
export type Place = Pick<GazetteerPlace, 'name' | 'country' | 'kind'>;

export interface EventReference {
  types: Map<string, EventTypeEntry>;
  /** First word -> forms starting with it, longest first. */
  triggers: Map<string, TriggerForm[]>;
  patterns: { type: string; re: RegExp }[];
  /** Cue lists as word sequences (lower case), by list name. */
  cues: Map<string, string[][]>;
  gazetteer: Gazetteer;
}

export const words = (s: string) => fold(s).split(/\s+/).filter(Boolean);

/** Regular forms of a verb lemma; an entry "meet|met|meets|meeting" lists its forms itself. */
export function verbForms(entry: string): { forms: string[]; lemma: string } {
  const parts = entry.split('|').map((p) => p.trim());
  const lemma = parts[0]!;
  if (parts.length > 1) return { forms: parts, lemma };
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const w = head!;
  let s = `${w}s`,
    ed = `${w}ed`,
    ing = `${w}ing`;
  if (w.endsWith('e')) {
    ed = `${w}d`;
    ing = w.endsWith('ee') ? `${w}ing` : `${w.slice(0, -1)}ing`;
  }
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
  if (!list.some((f) => f.words.join(' ') === form.words.join(' ') && f.type === form.type && (f.kind === 'verb') === (form.kind === 'verb'))) list.push(form);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(form.words[0]!, list);
}

export function compileEventReference(file: EventTypesFile, gazetteer: Gazetteer): EventReference {
  const triggers = new Map<string, TriggerForm[]>();
  const patterns: { type: string; re: RegExp }[] = [];
  for (const t of file.types) {
    const nouns = (list: string[] | undefined, kind: TriggerKind) => {
      for (const n of list ?? [])
        nounForms(n).forEach((f, i) => addForm(triggers, { words: words(f), type: t.id, kind, base: false, plural: i > 0, lemma: n }));
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
        throw new Error(`reference/event-types.yaml: type ${t.id}: bad pattern ${JSON.stringify(p)}, expected a regular expression (${(e as Error).message})`, {
          cause: e,
        });
      }
    }
  }
  const cues = new Map<string, string[][]>();
  for (const [name, list] of Object.entries(file.cues)) cues.set(name, list.map(words));
  return { types: new Map(file.types.map((t) => [t.id, t])), triggers, patterns, cues, gazetteer };
}
