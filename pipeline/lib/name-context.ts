/** Load the name cues, the actor registry and the gazetteer once per thread (I/O layer for find-mentions). */
import { join } from 'node:path';
import { readYaml, REFERENCE_DIR } from './reference.ts';
import { buildGazetteer } from './gazetteer.ts';
import { makeSplitter, type Abbreviations, type Sentence } from '../nlp/sentences.ts';
import type { NameContext, NameCues, RegistryActor } from '../nlp/names.ts';

let cached: { names: NameContext; split: (text: string) => Sentence[] } | null = null;

export function languageContext(): { names: NameContext; split: (text: string) => Sentence[] } {
  if (!cached) {
    const cues = readYaml<NameCues>(join(REFERENCE_DIR, 'name-cues.yaml'));
    const registry = readYaml<{ actors: RegistryActor[] }>(join(REFERENCE_DIR, 'actors.yaml')).actors;
    cached = {
      names: { cues, registry, gazetteer: buildGazetteer(cues) },
      split: makeSplitter(readYaml<Abbreviations>(join(REFERENCE_DIR, 'abbreviations.yaml'))),
    };
  }
  return cached;
}
