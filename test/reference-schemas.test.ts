/**
 * Reference files are checked against schemas/reference/ when they are loaded: a broken file stops the run with
 * every problem at its line, as `file:line:column: error: field (path): expected ..., found ... [reference:rule]`.
 * The broken files are small ones written to a temporary folder, so the expected lines do not move when the
 * real reference data grows.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/build/corpus.ts';
import { checkReference, checkReferenceDir, readYaml, ReferenceFileError, REFERENCE_DIR } from '../pipeline/core/reference.ts';
import { formatMessage } from '../pipeline/core/message.ts';
import { referenceSchemaNames, schemaNames } from '../pipeline/core/schemas.ts';
import { guessSchema, validateFile } from '../pipeline/cli/validate.ts';

mkdirSync(join(ROOT, 'build'), { recursive: true });
const tmp = mkdtempSync(join(ROOT, 'build', 'reference-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const list = (keys: string[]) => keys.map((k) => `${k}: [x]\n`).join('');
const SPEECH_VERBS = [
  'acts',
  'addressees',
  'adverbs',
  'anaphors',
  'channels',
  'clause',
  'documents',
  'generic',
  'irregular_past',
  'media',
  'modals',
  'naming',
  'noun_verbs',
  'nouns',
  'object',
  'participles',
  'person_anaphors',
  'quote',
];
const NAME_CUES = [
  'titles',
  'title_modifiers',
  'honorifics',
  'role_nouns',
  'particles',
  'org_heads',
  'place_heads',
  'org_connectors',
  'not_names',
  'demonyms',
  'regions',
  'person_verbs',
  'event_heads',
  'org_tails',
  'place_tails',
  'person_tails',
  'institutions',
];
const EVENT_TYPE = (cameo: string, pattern: string) => `types:
  - id: meeting
    description: A meeting.
    cameo: ${cameo}
    cameo_name: Meet at third location
    plover: CONSULT
    nouns: []
    weak_nouns: [meeting]
    dated_nouns: []
    verbs: ['meet|met|meets|meeting']
    patterns: ['${pattern}']
cues:
  anchors: [held]
places:
  landmarks: [{name: Kremlin, city: Moscow, country: Russia}]
  exonyms: []
  country_names: []
`;

/** The smallest valid file of each kind. */
const VALID: Record<string, string> = {
  'abbreviations.yaml': 'titles: [Dr]\nothers: [Inc]\ndotted: [U.S]\nopeners: [The]\n',
  'actors.yaml': 'actors:\n  - name: NATO\n    type: organization\n    aliases: [NATO]\n    wikidata: Q7184\n',
  'boilerplate-lexicon.yaml': 'furniture: [share]\n',
  'boilerplate.yaml': 'max_words: 16\ngroups:\n  share:\n    - "tweet( this)?"\nteasers:\n  labels: [read more]\n',
  'event-types.yaml': EVENT_TYPE(`'044'`, '\\bmet with\\b'),
  'languages.yaml': 'languages:\n  en: [the, of]\n',
  'name-cues.yaml': `${list(NAME_CUES)}metonyms: {Kremlin: Russia}\ncountry_codes: {US: United States}\n`,
  'publishers.yaml': 'publishers:\n  - { domain: reuters.com, name: Reuters }\n',
  'speech-verbs.yaml': list(SPEECH_VERBS),
};

function check(name: string, text: string): string[] {
  const dir = join(tmp, name.replace(/\.yaml$/, ''));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  // Messages name the file relative to the repository; here that is the temporary folder.
  return checkReference(file, text).messages.map((m) => formatMessage(m).replace(`${relative(ROOT, dir)}/`, 'reference/'));
}

describe('reference schemas', () => {
  it('there is one schema per reference file, and none without its file', () => {
    const files = readdirSync(REFERENCE_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `reference/${f.replace(/\.yaml$/, '')}`)
      .sort();
    expect(referenceSchemaNames()).toEqual(files);
  });

  it('reference schemas are not record types: gen-types, gen-docs and the table list do not see them', () => {
    expect(schemaNames().filter((n) => n.includes('/') || n === 'actor-registry')).toEqual([]);
  });

  it('every reference file in the repository passes its schema', () => {
    expect(checkReferenceDir().map(formatMessage)).toEqual([]);
  });

  it.each(Object.keys(VALID))('the smallest valid %s passes', (name) => {
    expect(check(name, VALID[name]!)).toEqual([]);
  });
});

describe('a broken reference file is reported at its line', () => {
  it.each([
    [
      'a string where a list belongs',
      'speech-verbs.yaml',
      list(SPEECH_VERBS).replace('modals: [x]', 'modals: could'),
      ['reference/speech-verbs.yaml:11:9: error: modals (/modals): expected type array, found "could" [reference:bad-field]'],
    ],
    [
      'a word listed twice (the second copy)',
      'speech-verbs.yaml',
      list(SPEECH_VERBS).replace('quote: [x]', 'quote: [asked, laughed, asked]'),
      ['reference/speech-verbs.yaml:18:25: error: quote (/quote): expected no item twice, found "asked" as items 0 and 2 [reference:bad-field]'],
    ],
    [
      'a misspelt list name (missing, and unknown)',
      'speech-verbs.yaml',
      list(SPEECH_VERBS).replace('naming:', 'namin:'),
      [
        'reference/speech-verbs.yaml:1:1: error: naming: expected a value (required field), found nothing [reference:bad-field]',
        'reference/speech-verbs.yaml:12:1: error: namin: expected no such field (not in the schema), found ["x"] [reference:bad-field]',
      ],
    ],
    [
      'a number in a word list',
      'abbreviations.yaml',
      'titles: [Dr, 3]\nothers: [Inc]\ndotted: [U.S]\nopeners: [The]\n',
      ['reference/abbreviations.yaml:1:14: error: titles.1 (/titles/1): expected type string, found 3 [reference:bad-field]'],
    ],
    [
      'a CAMEO code written as a number',
      'event-types.yaml',
      EVENT_TYPE('44', '\\bmet with\\b'),
      ['reference/event-types.yaml:4:12: error: types.0.cameo (/types/0/cameo): expected type string or null, found 44 [reference:bad-field]'],
    ],
    [
      'a trigger pattern that is no regular expression',
      'event-types.yaml',
      EVENT_TYPE(`'044'`, '\\bmet (with\\b'),
      [
        'reference/event-types.yaml:11:16: error: types.0.patterns.0 (/types/0/patterns/0): expected a valid regular expression, found "\\\\bmet (with\\\\b" [reference:bad-field]',
      ],
    ],
    [
      'a cue list named in capitals',
      'event-types.yaml',
      EVENT_TYPE(`'044'`, '\\bmet with\\b').replace('  anchors:', '  Anchors:'),
      [
        'reference/event-types.yaml:13:3: error: cues.Anchors (/cues): expected a key: a lower-case list name such as not_event_date, found "Anchors" [reference:bad-field]',
      ],
    ],
    [
      'a landmark without its country',
      'event-types.yaml',
      EVENT_TYPE(`'044'`, '\\bmet with\\b').replace(', country: Russia', ''),
      ['reference/event-types.yaml:15:15: error: country (/places/landmarks/0): expected a value (required field), found nothing [reference:bad-field]'],
    ],
    [
      'a word count in words',
      'boilerplate.yaml',
      VALID['boilerplate.yaml']!.replace('max_words: 16', 'max_words: sixteen'),
      ['reference/boilerplate.yaml:1:12: error: max_words (/max_words): expected type integer, found "sixteen" [reference:bad-field]'],
    ],
    [
      'a domain in capitals',
      'publishers.yaml',
      'publishers:\n  - { domain: Reuters.com, name: Reuters }\n',
      [
        'reference/publishers.yaml:2:15: error: publishers.0.domain (/publishers/0/domain): expected a lower-case domain such as reuters.com, found "Reuters.com" [reference:bad-field]',
      ],
    ],
    [
      'an actor of an unknown type',
      'actors.yaml',
      VALID['actors.yaml']!.replace('organization', 'company'),
      [
        'reference/actors.yaml:3:11: error: actors.0.type (/actors/0/type): expected one of "person", "organization", "place", found "company" [reference:bad-field]',
      ],
    ],
    [
      'a metonym that refers to a number',
      'name-cues.yaml',
      VALID['name-cues.yaml']!.replace('Kremlin: Russia', 'Kremlin: 7'),
      ['reference/name-cues.yaml:18:21: error: metonyms.Kremlin (/metonyms/Kremlin): expected type string, found 7 [reference:bad-field]'],
    ],
    [
      'a language named by three letters',
      'languages.yaml',
      'languages:\n  eng: [the, of]\n',
      ['reference/languages.yaml:2:3: error: languages.eng (/languages): expected a key: an ISO 639-1 code such as en, found "eng" [reference:bad-field]'],
    ],
    [
      'a lexicon list the selector does not know',
      'boilerplate-lexicon.yaml',
      'furniture: [share]\nfooter_words: [imprint]\n',
      ['reference/boilerplate-lexicon.yaml:2:1: error: footer_words: expected no such field (not in the schema), found ["imprint"] [reference:bad-field]'],
    ],
    [
      'unreadable YAML',
      'abbreviations.yaml',
      'titles: [Dr\nothers: [Inc]\n',
      [
        'reference/abbreviations.yaml:2:1: error: Unreadable YAML (BAD_INDENT): Flow sequence in block collection must be sufficiently indented and end with a ] [reference:bad-yaml]',
      ],
    ],
    ['an empty file', 'languages.yaml', '', ['reference/languages.yaml:1:1: error: (record): expected type object, found null [reference:bad-field]']],
    [
      'a file no schema describes',
      'places.yaml',
      'places: []\n',
      ['reference/places.yaml: error: No schema for this reference file, expected schemas/reference/places.schema.json [reference:no-schema]'],
    ],
  ])('%s', (_label, name, text, expected) => {
    expect(check(name, text)).toEqual(expected);
  });

  it('must not report a valid file that merely looks odd (comments, flow maps, quoted numbers as strings)', () => {
    expect(check('publishers.yaml', '# outlets\npublishers:\n  - {domain: "1tv.ru", name: "1"}  # a number as a string\n')).toEqual([]);
  });
});

describe('loading', () => {
  it('readYaml refuses a broken file with every problem, one a line, instead of returning it', () => {
    const dir = join(tmp, 'load');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'speech-verbs.yaml');
    writeFileSync(file, list(SPEECH_VERBS).replace('modals: [x]', 'modals: could').replace('adverbs: [x]', 'adverbs: [1]'));
    let error: unknown;
    try {
      readYaml(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReferenceFileError);
    expect((error as Error).message.split('\n')).toEqual([
      `${relative(ROOT, file)}:3:11: error: adverbs.0 (/adverbs/0): expected type string, found 1 [reference:bad-field]`,
      `${relative(ROOT, file)}:11:9: error: modals (/modals): expected type array, found "could" [reference:bad-field]`,
    ]);
  });

  it('readYaml returns a valid file as parsed', () => {
    expect(readYaml<{ modals: string[] }>(join(REFERENCE_DIR, 'speech-verbs.yaml')).modals).toContain('might');
  });

  it('make validate checks a reference file against its schema, at the same lines', () => {
    const dir = join(tmp, 'validate');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'speech-verbs.yaml');
    writeFileSync(file, list(SPEECH_VERBS).replace('modals: [x]', 'modals: could'));
    expect(guessSchema(file)).toBe('reference/speech-verbs');
    expect(validateFile(file, 'reference/speech-verbs')).toEqual([{ line: 11, field: 'modals', path: '/modals', expected: 'type array', found: '"could"' }]);
  });
});
