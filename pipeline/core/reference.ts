/**
 * Reference data: loaded once by the command-line layer and passed to stages in their context, so stages stay
 * pure. Each file is YAML in reference/, checked against its schema in schemas/reference/ by test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface BoilerplateData {
  max_words: number;
  groups: Record<string, string[]>;
  teasers: { labels: string[] };
}

export interface PublisherEntry { domain: string; name: string }

export interface Reference {
  boilerplate: BoilerplateData;
  publishers: PublisherEntry[];
  languages: Record<string, string[]>;
}

export const REFERENCE_DIR = new URL('../../reference/', import.meta.url).pathname;

export function readYaml<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

export function loadReference(dir = REFERENCE_DIR): Reference {
  return {
    boilerplate: readYaml<BoilerplateData>(join(dir, 'boilerplate.yaml')),
    publishers: readYaml<{ publishers: PublisherEntry[] }>(join(dir, 'publishers.yaml')).publishers,
    languages: readYaml<{ languages: Record<string, string[]> }>(join(dir, 'languages.yaml')).languages,
  };
}
