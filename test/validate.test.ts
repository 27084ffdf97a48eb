/** `make validate`: contributors get every error with file:line, field, expected and found. */
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guessSchema, typeCell, validateCsv, validateFile, validateJsonl } from '../pipeline/cli/validate.ts';
import { ROOT } from '../pipeline/build/corpus.ts';

const good = {
  source_id: 'src-0123456789abcdef',
  file: 'raw/a.txt',
  title: 'T',
  publisher: null,
  url: null,
  published: '2019-05',
  published_precision: 'month',
  author: null,
  language: 'en',
  title_origin: 'text',
  publisher_origin: null,
  url_origin: null,
  published_origin: 'curator',
  author_origin: null,
  language_origin: 'text',
  format: 'text',
  encoding: 'utf-8',
  sha256: 'a'.repeat(64),
  body_offset: 3,
  char_count: 10,
  removed_count: 0,
  text: 'T\n\nbody',
};

describe('JSON Lines', () => {
  it('accepts a valid record', () => {
    expect(validateJsonl(JSON.stringify(good) + '\n', 'sources')).toEqual([]);
  });

  it('reports each problem with its line, field, expectation and what was found', () => {
    const bad = { ...good, published: '28/05/2019', published_precision: 'week', extra: 1 } as Record<string, unknown>;
    delete bad.title;
    const problems = validateJsonl(`${JSON.stringify(good)}\n\n${JSON.stringify(bad)}\nnot json\n`, 'sources');
    expect(problems.map((p) => `${p.line} ${p.field}: expected ${p.expected}, found ${p.found}`)).toEqual([
      '3 title: expected a value (required field), found nothing',
      '3 extra: expected no such field (not in the schema), found 1',
      '3 published: expected an ISO 8601 date or date-time such as 2019, 2019-05, 2019-05-28 or 2019-05-28T22:05, found "28/05/2019"',
      '3 published_precision: expected one of "year", "month", "day", "minute", "second", null, found "week"',
      '4 (line): expected one JSON object per line, found invalid JSON (Unexpected token \'o\', "not json" is not valid JSON)',
    ]);
  });
});

describe('CSV', () => {
  const header =
    'source_id,file,title,publisher,url,published,published_precision,author,language,title_origin,publisher_origin,url_origin,published_origin,author_origin,language_origin,format,encoding,sha256,body_offset,char_count,removed_count';
  const row = `src-0123456789abcdef,raw/a.txt,T,,,2019-05,month,,en,text,,,curator,,text,text,utf-8,${'a'.repeat(64)},3,10,0`;

  it('types cells by the schema: empty is null where allowed, integers must look like integers', () => {
    expect(typeCell('', { type: ['string', 'null'] })).toBeNull();
    expect(typeCell('', { type: 'string' })).toBe('');
    expect(typeCell('12', { type: 'integer' })).toBe(12);
    expect(typeCell('0x10', { type: 'integer' })).toBe('0x10');
    expect(typeCell(' ', { type: 'integer' })).toBe(' ');
  });

  it('accepts a valid file without the JSON-only text column', () => {
    expect(validateCsv(`${header}\n${row}\n`, 'sources')).toEqual([]);
  });

  it('reports a bad cell at its line, counting quoted newlines', () => {
    const multi = row.replace(',T,', ',"Two\nline title",').replace(',3,10,0', ',three,10,0');
    const problems = validateCsv(`${header}\n${row}\n${multi}\n`, 'sources');
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.expected}; ${p.found}`)).toEqual(['4 body_offset: type integer; "three"']);
  });

  it('reports unknown and missing columns on line 1', () => {
    const problems = validateCsv('source_id,titel\nsrc-0123456789abcdef,x\n', 'sources');
    expect(problems[0]).toMatchObject({ line: 1, field: 'titel' });
    expect(problems.some((p) => p.field === 'file' && p.expected === 'this column in the header')).toBe(true);
  });
});

describe('files', () => {
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'build', 'validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('guesses the schema from the file name', () => {
    expect(guessSchema('contrib/my-sources.csv')).toBe('sources');
    expect(guessSchema('contrib/cleaning-log.jsonl')).toBe('cleaning-log');
    expect(guessSchema('contrib/stuff.csv')).toBeNull();
  });

  it('refuses an unknown extension', () => {
    const f = join(dir, 'sources.xlsx');
    writeFileSync(f, 'x');
    expect(validateFile(f, 'sources')[0]).toMatchObject({ expected: 'a .jsonl, .ndjson or .csv file' });
  });
});
