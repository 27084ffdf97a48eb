/**
 * Types shared by the statement extractor's modules. Input: none. Output: the shapes they pass: quotation spans,
 * writer units and their tokens (each quotation one token), the speech-verb lexicon (as listed and compiled),
 * speech frames and their speakers, statement drafts and the final StatementCandidate.
 */
import type { QuoteSpan } from '../language/quotes.ts';

export type { QuoteSpan };
import type { Sentence } from '../language/sentences.ts';
import type { Entity, Mention } from '../language/mention-types.ts';

export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  first: number;
  last: number;
}

export interface UnitToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** Index of the quote span, for quote tokens. */
  quote: number;
  /** Universal part of speech and lemma (language/tagger.ts); empty for a quotation. */
  pos: string;
  lemma: string;
}

export interface SpeechVerbs {
  acts: string[];
  addressees: string[];
  adverbs: string[];
  anaphors: string[];
  channels: string[];
  clause: string[];
  documents: string[];
  generic: string[];
  irregular_past: string[];
  media: string[];
  modals: string[];
  naming: string[];
  nouns: string[];
  noun_verbs: string[];
  object: string[];
  participles: string[];
  person_anaphors: string[];
  quote: string[];
}
export type SpeechLexicon = { [K in keyof SpeechVerbs]: Set<string> };

export interface UnitView {
  text: string;
  toks: UnitToken[];
  mentions: Mention[];
  lex: SpeechLexicon;
}

export interface Speaker {
  entity: number | null;
  surface: string | null;
  role: string | null;
  via: 'name' | 'apposition' | 'pronoun' | 'description' | 'inherited';
  /** Offset of the name or pronoun (for pronoun resolution) and of the whole subject phrase. */
  at: number;
  start: number;
}
export type FrameType = 'say' | 'quote' | 'object' | 'naming' | 'according' | 'quoted' | 'told';
export interface Frame {
  verb: string | null;
  v: number;
  from: number;
  to: number;
  speaker: Speaker;
  order: 'before' | 'after';
  that: boolean;
  type: FrameType;
  comps: [number, number][];
  reportedBy: string | null;
  /** The speaker is a generic group or a document ("critics say"): its quotations count, its clauses do not. */
  generic?: boolean;
  /** Speech in a noun ("X's announcement that"): its clause is a complement, never the host of the sentence's frames. */
  nominal?: boolean;
}

export interface StatementCandidate {
  kind: 'direct' | 'partial' | 'indirect';
  /** The quoted words; of a quotation in pieces, the pieces joined by a space. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** A quotation interrupted by its attribution or run over paragraphs: each piece's words and offsets; else null. */
  pieces: { start: number; end: number; quote: string }[] | null;
  evidenceStart: number;
  evidenceEnd: number;
  speakerEntity: number | null;
  speakerSurface: string | null;
  speakerRole: string | null;
  attribution: 'after' | 'before' | 'apposition' | 'pronoun' | 'continuation' | 'according-to' | 'told' | 'quoted-as-saying' | 'headline' | 'none';
  verb: string | null;
  medium: string | null;
  reportedBy: string | null;
  saidOn: { value: string; precision: 'year' | 'month' | 'week' | 'day'; basis: 'stated' | 'publication'; text: string | null } | null;
  confidence: number;
}

/** A statement before its speaker is final. */
export interface StatementDraft {
  kind: StatementCandidate['kind'];
  start: number;
  end: number;
  unit: { start: number; end: number; paragraph: number };
  span: QuoteSpan | null;
  frame: Frame | null;
  speaker: Speaker | null;
  label: StatementCandidate['attribution'] | null;
  region: string;
  /** The quotation stands alone in its sentence (nothing of the writer's but punctuation). */
  alone?: boolean;
  /** The pieces of one quotation interrupted by its attribution or run over paragraphs (join-pieces.ts). */
  pieces?: [number, number][];
}

export interface StatementArticleContext {
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  mentions: Mention[];
  entities: Entity[];
  titleEnd: number;
  /** Genders learnt from pronouns already resolved in this article ("he said" after a name). */
  learnt: Map<number, 'male' | 'female'>;
}
