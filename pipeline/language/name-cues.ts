/** Types of the name cues (reference/name-cues.yaml) and of the gazetteer built from them and the packages. */
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

export interface Place { name: string; country: string | null; kind: 'country' | 'city' | 'region'; population: number }

export interface Gazetteer {
  /** Surface form -> place (countries win over cities of the same name; bigger cities over smaller). */
  places: Map<string, Place>;
  /** Demonym -> its country ("Russian" -> Russia), or null for groups without one ("Pashtun"). */
  demonyms: Map<string, string | null>;
  /** Capital city -> its country (a capital standing alone for a government is a metonym). */
  capitals: Map<string, string>;
  /** Government buildings -> what they stand for. */
  metonyms: Map<string, string>;
}

/** Registry entry of reference/actors.yaml: seeds and corrections, never required. */
export interface RegistryActor { name: string; type: 'person' | 'organization' | 'place'; aliases: string[]; wikidata?: string; note?: string }

export interface NameContext {
  cues: NameCues;
  gazetteer: Gazetteer;
  registry: RegistryActor[];
}
