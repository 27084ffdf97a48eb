/**
 * Statements of one article: direct quotes, partial quotes and indirect (reported) speech, each with its speaker.
 * Input: cleaned text, body offset, publication date, sentences (makeSplitter), mentions (find-mentions) and the
 * speech-verb lexicon (reference/speech-verbs.yaml). Output: StatementCandidate[] in text order.
 * The steps: quotations and writer units (find-quotes), each unit's tokens (unit-tokens) and speech frames
 * (attribute-speakers), drafts of its statements (statement-drafts) and of embedded posts; speakers in text order
 * (speaker-continuation, resolve-anaphora); the pieces of one quotation joined (join-pieces); the title's
 * statements (headline-drafts); the final fields (statement-fields).
 * Rule ids (a candidate's `attribution`): after, before, apposition, pronoun, continuation, according-to, told,
 * quoted-as-saying, headline, none. Reports no messages. Pure: no I/O, no clock. Offsets: UTF-16 indices.
 */
import type { Document } from '../language/document.ts';
import { writerUnits } from './find-quotes.ts';
import { tokenize } from './unit-tokens.ts';
import { findFrames } from './attribute-speakers.ts';
import { postDrafts, unitDrafts } from './statement-drafts.ts';
import { resolveSpeakers } from './speaker-continuation.ts';
import { possessiveGenders } from './resolve-anaphora.ts';
import { headlineDrafts } from './headline-drafts.ts';
import { joinPieces } from './join-pieces.ts';
import { finish } from './statement-fields.ts';
import type { SpeechLexicon, SpeechVerbs, StatementArticleContext, StatementCandidate, StatementDraft, UnitView } from './statement-types.ts';

export type { SpeechVerbs, StatementCandidate } from './statement-types.ts';
export { saidOn } from './statement-fields.ts';

/** The document model (language/document.ts): text, sentences, tokens and tags, mentions. */
export type StatementInput = Pick<Document, 'text' | 'bodyOffset' | 'published' | 'sentences' | 'tokens' | 'tags' | 'quotes' | 'mentions'>;

const compiled = new WeakMap<SpeechVerbs, SpeechLexicon>();
export function compileSpeechVerbs(ref: SpeechVerbs): SpeechLexicon {
  let lex = compiled.get(ref);
  if (!lex) {
    lex = Object.fromEntries(Object.entries(ref).map(([k, v]) => [k, new Set((v as string[]).map((w) => w.toLowerCase()))])) as SpeechLexicon;
    compiled.set(ref, lex);
  }
  return lex;
}

export function extractStatements(input: StatementInput, ref: SpeechVerbs): StatementCandidate[] {
  const lex = compileSpeechVerbs(ref);
  const { text, sentences } = input;
  const titleEnd = input.bodyOffset > 0 ? input.bodyOffset - 2 : 0;
  const { quotes } = input;
  const units = writerUnits(sentences, quotes).filter((u) => u.start >= titleEnd);
  const mentions = [...input.mentions.mentions].sort((a, b) => a.start - b.start);
  const drafts: StatementDraft[] = [];
  for (const unit of units) {
    const toks = tokenize(input, text, unit.start, unit.end, quotes);
    const view: UnitView = { text, toks, mentions: mentions.filter((m) => m.start >= unit.start && m.end <= unit.end), lex };
    drafts.push(...unitDrafts(view, findFrames(view), quotes, unit));
  }
  drafts.push(...postDrafts(text, quotes, mentions, titleEnd));
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const ctx: StatementArticleContext & { lex: SpeechLexicon } = {
    text,
    sentences,
    quotes,
    mentions,
    entities: input.mentions.entities,
    titleEnd,
    learnt: possessiveGenders(text, mentions, input.mentions.entities),
    lex,
  };
  resolveSpeakers(drafts, ctx);
  const joined = joinPieces(drafts, text);
  joined.push(...headlineDrafts(input, titleEnd, quotes, mentions, lex, joined));
  joined.sort((a, b) => a.start - b.start || a.end - b.end);
  return joined.map((d) => finish(d, text, input.published, lex));
}
