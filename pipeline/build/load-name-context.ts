/** Load the language stages' reference data once per thread: name cues, the actor registry, the gazetteer,
 * abbreviations, speech verbs and event types (the I/O layer for analyse-article). */
import { join } from 'node:path';
import { readYaml, REFERENCE_DIR } from '../core/reference.ts';
import { loadGazetteer } from './load-gazetteer.ts';
import { makeSplitter, type Abbreviations } from '../language/sentences.ts';
import type { LanguageContext } from './analyse-article.ts';
import type { SpeechVerbs } from '../statements/extract-statements.ts';
import { loadEventReference } from './load-event-reference.ts';
import type { NameCues, RegistryActor } from '../language/name-cues.ts';

let cached: LanguageContext | null = null;

/** The actor registry alone: the corpus stage needs it, not the gazetteers the per-article stages load. */
export function actorRegistry(): RegistryActor[] {
  return readYaml<{ actors: RegistryActor[] }>(join(REFERENCE_DIR, 'actors.yaml')).actors;
}

export function languageContext(): LanguageContext {
  if (!cached) {
    const cues = readYaml<NameCues>(join(REFERENCE_DIR, 'name-cues.yaml'));
    const registry = actorRegistry();
    cached = {
      names: { cues, registry, gazetteer: loadGazetteer() },
      split: makeSplitter(readYaml<Abbreviations>(join(REFERENCE_DIR, 'abbreviations.yaml'))),
      speechVerbs: readYaml<SpeechVerbs>(join(REFERENCE_DIR, 'speech-verbs.yaml')),
      events: loadEventReference(),
    };
  }
  return cached;
}
