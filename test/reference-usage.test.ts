/**
 * Reference entries never matched: an entry is reported only when none of its forms occurs anywhere (whole
 * words, any case, accents folded); boilerplate patterns and teaser labels count only on the blocks the cleaner
 * dropped under their rule, as whole blocks and as openings. Lists and entries are sorted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies, referenceUsage, type Entry, type Vocabulary } from '../pipeline/build/reference-usage.ts';
import { ROOT } from '../pipeline/build/corpus.ts';
import { assertValid } from '../pipeline/core/schemas.ts';

const words = (...entries: (string | [string, string[]])[]): Entry[] =>
  entries.map((e) => (typeof e === 'string' ? { entry: e, kind: 'words', forms: [e] } : { entry: e[0], kind: 'words', forms: e[1] }));
const vocab = (list: string, entries: Entry[], over: Partial<Vocabulary> = {}): Vocabulary => ({
  file: 'reference/test.yaml',
  list,
  line: 1,
  searched: 'text',
  entries,
  ...over,
});
const unmatched = (v: Vocabulary, texts: string[], dropped: { rule: string; text: string }[] = []) =>
  referenceUsage([v], { texts, dropped }).lists[0]!.unmatched;

describe('word entries, searched in the cleaned texts', () => {
  const texts = ['The Minister SAID on Tuesday that talks with the Élysée\nwould resume.', 'Officials met in Doha.'];

  it.each([
    ['in any case', 'said'],
    ['with accents folded', 'Elysee'],
    ['over a line break', 'with the'],
    ['by any of its forms (a verb met as "met")', ['meet', ['meet', 'meets', 'met', 'meeting']] as [string, string[]]],
    ['with punctuation inside a word ignored', 'Minister.'],
  ])('matches an entry %s', (_label, entry) => {
    expect(unmatched(vocab('x', words(entry)), texts)).toEqual([]);
  });

  it.each([
    ['inside a longer word', 'Tues'],
    ['across two texts', 'resume officials'],
    ['a form the entry does not list', 'meeting'],
  ])('must not match %s', (_label, entry) => {
    expect(unmatched(vocab('x', words(entry)), texts)).toEqual([entry]);
  });

  it("reports the entries that matched nothing, sorted, with the list's counts", () => {
    const usage = referenceUsage([vocab('clause', words('warned', 'said', 'argued'))], { texts, dropped: [] });
    expect(usage).toEqual({
      sources: 2,
      lists: [{ file: 'reference/test.yaml', list: 'clause', line: 1, searched: 'text', entries: 3, matched: 1, unmatched: ['argued', 'warned'] }],
    });
  });

  it('leaves out empty lists and sorts lists by file, then list', () => {
    const usage = referenceUsage([vocab('b', words('x')), vocab('empty', []), vocab('a', words('y')), vocab('c', words('z'), { file: 'reference/a.yaml' })], {
      texts,
      dropped: [],
    });
    expect(usage.lists.map((l) => `${l.file} ${l.list}`)).toEqual(['reference/a.yaml c', 'reference/test.yaml a', 'reference/test.yaml b']);
  });
});

describe('patterns', () => {
  it('an event pattern matches anywhere in a text, in any case', () => {
    const v = vocab('types.talks.patterns', [
      { entry: '\\bheld (?:\\w{1,15} ){0,3}talks\\b', kind: 'pattern', source: '\\bheld (?:\\w{1,15} ){0,3}talks\\b' },
      { entry: '\\bpaid a visit\\b', kind: 'pattern', source: '\\bpaid a visit\\b' },
    ]);
    expect(unmatched(v, ['They HELD two rounds of talks.'])).toEqual(['\\bpaid a visit\\b']);
  });

  const block = (p: string): Entry => ({ entry: p, kind: 'block', source: p });
  const share = vocab('groups.share', [block('tweet( this)?'), block('print( this)?( article)?'), block('back to top')], {
    searched: 'cleaning-log',
    rule: 'boilerplate:share',
  });

  it('a boilerplate pattern counts only when it matches a whole block dropped under its group, decorations trimmed', () => {
    const dropped = [
      { rule: 'boilerplate:share', text: '» Tweet this »' },
      { rule: 'boilerplate:share', text: 'print this article for later' }, // not the whole block
      { rule: 'boilerplate:navigation', text: 'back to top' }, // another group's block
    ];
    expect(unmatched(share, ['Tweet this', 'print this article'], dropped)).toEqual(['back to top', 'print( this)?( article)?']);
  });

  it('a teaser label counts when a dropped teaser link opens with it and a separator, not a longer label', () => {
    const label = (l: string): Entry => ({ entry: l, kind: 'label', source: l });
    const v = vocab('teasers.labels', [label('related'), label('related articles'), label('read more')], { searched: 'cleaning-log', rule: 'teaser:link' });
    expect(unmatched(v, [], [{ rule: 'teaser:link', text: 'Related articles: Talks resume' }])).toEqual(['read more', 'related']);
  });
});

describe('the vocabularies of reference/', () => {
  const vocabularies = loadVocabularies();
  const lineOf = (file: string, re: RegExp) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .findIndex((l) => re.test(l)) + 1;
  const find = (file: string, list: string) => vocabularies.find((v) => v.file === file && v.list === list);

  it('cover speech verbs, name cues, event triggers and patterns, boilerplate patterns and teaser labels, at their lines', () => {
    expect(find('reference/speech-verbs.yaml', 'clause')).toMatchObject({ searched: 'text', line: lineOf('reference/speech-verbs.yaml', /^clause:/) });
    expect(find('reference/name-cues.yaml', 'metonyms')!.entries.map((e) => e.entry)).toContain('Kremlin');
    expect(find('reference/event-types.yaml', 'types.meeting.verbs')).toMatchObject({ line: lineOf('reference/event-types.yaml', /^ {4}verbs: \['meet\|/) });
    expect(find('reference/event-types.yaml', 'types.meeting.verbs')!.entries[0]).toMatchObject({
      kind: 'words',
      forms: expect.arrayContaining(['met', 'meets']),
    });
    expect(find('reference/event-types.yaml', 'types.attack.nouns')!.entries.find((e) => e.entry === 'bombing')).toMatchObject({
      forms: ['bombing', 'bombings'],
    });
    expect(find('reference/boilerplate.yaml', 'groups.share')).toMatchObject({
      searched: 'cleaning-log',
      rule: 'boilerplate:share',
      line: lineOf('reference/boilerplate.yaml', /^ {2}share:/),
    });
    expect(find('reference/boilerplate.yaml', 'teasers.labels')).toMatchObject({ rule: 'teaser:link' });
  });

  it('give a report the schema accepts, the same twice', () => {
    const corpus = { texts: ['The minister said the talks in Moscow were held.'], dropped: [{ rule: 'boilerplate:share', text: 'Tweet this' }] };
    const usage = referenceUsage(vocabularies, corpus);
    assertValid('reference-usage', usage, 'reference-usage');
    expect(JSON.stringify(referenceUsage(loadVocabularies(), corpus))).toBe(JSON.stringify(usage));
    expect(usage.lists.find((l) => l.list === 'clause')!.unmatched).not.toContain('said');
  });
});
