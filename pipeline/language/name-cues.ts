/** Types of the name cues (reference/name-cues.yaml) and the context the name finder reads. */
import type { Gazetteer } from './gazetteer.ts';

export interface NameCues {
  titles: string[];
  title_modifiers: string[];
  honorifics: string[];
  role_nouns: string[];
  particles: string[];
  org_heads: string[];
  place_heads: string[];
  org_connectors: string[];
  not_names: string[];
  demonyms: string[];
  regions: string[];
  metonyms: Record<string, string>;
  country_codes: Record<string, string>;
  person_verbs: string[];
  event_heads: string[];
  org_tails: string[];
  place_tails: string[];
  person_tails: string[];
  institutions: string[];
}

/** Registry entry of reference/actors.yaml: seeds and corrections, never required. */
export interface RegistryActor {
  name: string;
  type: 'person' | 'organization' | 'place';
  aliases: string[];
  wikidata?: string;
  note?: string;
}

export interface NameContext {
  cues: NameCues;
  gazetteer: Gazetteer;
  registry: RegistryActor[];
}
