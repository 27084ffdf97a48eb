/**
 * Record types shared by the per-article language stages (mentions, statements, events). Offsets are UTF-16
 * indices into the source's cleaned `text` (JavaScript string indexing); emitters convert them to code points
 * (codePointOffset in sentences.ts) before anything is written.
 */
export type MentionType = 'person' | 'organization' | 'place' | 'metonym';

export interface Mention {
  start: number;
  end: number;
  /** The name as written, without titles or honorifics: "Ivan Petrovsky", "Petrovsky", "High Peace Council". */
  surface: string;
  type: MentionType;
  /** The role or title the text attaches at this mention ("Russian Foreign Minister"), or null. */
  role: string | null;
  /** Article-local entity: mentions of one person, organisation or place share it (index into entities). */
  entity: number;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  /** Why this span is a mention (title, speech-verb, apposition, given-name, gazetteer, org-word, surname, alias ...). */
  cue: string;
}

export interface Entity {
  id: number;
  type: MentionType;
  /** The fullest form the article gives ("Mohammed Nabi Omari", not "Omari"). */
  name: string;
  surfaces: string[];
  roles: string[];
  /** Grammatical gender the text shows (he/she after the name, Mr/Mrs), for pronoun resolution; null if unknown. */
  gender: 'male' | 'female' | null;
  /** For metonyms and places: the country or body meant ("Kremlin" -> "Russia"), when known. */
  refersTo: string | null;
}

export interface ArticleMentions {
  mentions: Mention[];
  entities: Entity[];
}
