/** Metadata: cues in the text, HTML metadata, curator sidecars, and never inventing a value. */
import { describe, expect, it } from 'vitest';
import { readMetadata as readCues } from '../pipeline/metadata/read-metadata.ts';
import { parseDateLine } from '../pipeline/language/date-line.ts';
import { articleContext, readSidecar } from '../pipeline/build/article-runner.ts';
import { formatMessage } from '../pipeline/core/message.ts';
import { runBytes } from './helpers.ts';

/** The text cues read with the reference lexicon, as the build reads them. */
const readMetadata = (blocks: Parameters<typeof readCues>[0]) => readCues(blocks, articleContext().lexicon);

const body =
  'The delegations met in the capital on Tuesday and agreed to meet again next month, officials from both sides told reporters after the talks ended.';

describe('dates at the precision the text states', () => {
  it.each([
    ['28 May 2019 - 22:05', '2019-05-28T22:05', 'minute'],
    ['9 Nov, 2018 22:21', '2018-11-09T22:21', 'minute'],
    ['February 06, 2019', '2019-02-06', 'day'],
    ['May 2019', '2019-05', 'month'],
    ['2019-05-28T10:00:00+03:00', '2019-05-28T10:00:00+03:00', 'second'],
  ])('%s -> %s (%s)', (text, value, precision) => {
    expect(parseDateLine(text)).toMatchObject({ value, precision });
  });

  it.each([['Tuesday'], ['3 hours ago'], ['The talks began on May 5, 2019 in Doha and went on all week.']])('reads no publication date from %s', (text) => {
    expect(parseDateLine(text)).toBeNull();
  });
});

describe('cues in the text', () => {
  const read = (...lines: string[]) => readMetadata(lines.map((text, i) => ({ text, line: i + 1 })));

  it('reads a line that is only a date after a standfirst, among the first blocks, and not in the body', () => {
    const r = read(
      'Delegations Agree to Meet Again After Talks',
      body,
      '2 min read',
      '20 April, 2016',
      ...Array(7).fill(body),
      'March 3, 2017',
      ...Array(4).fill(body),
    );
    expect(r.meta.published?.value).toEqual({ value: '2016-04-20', precision: 'day' });
    expect(r.blocks.map((b) => b.text)).not.toContain('20 April, 2016');
    // The twelfth block is body, neither header nor footer: a date alone there stays (a timeline's heading).
    expect(r.blocks.map((b) => b.text)).toContain('March 3, 2017');
  });

  it('reads a labelled ISO date that opens the first line and cuts it from the line ("date 2022-05-18 With ...")', () => {
    const r = read(` date 2022-05-18 ${body}`, body);
    expect(r.meta.published?.value).toEqual({ value: '2022-05-18', precision: 'day' });
    expect(r.blocks[0]!.text).toBe(body);
    expect(r.removed).toEqual([{ rule: 'metadata:date-prefix', line: 1, text: 'date 2022-05-18', action: 'rewrite' }]);
    // Only at the start of the first line: the same words later are the body's.
    expect(read(body, ` date 2022-05-18 ${body}`).meta.published).toBeNull();
  });

  it('reads domain, id, labelled date, title and keeps the body', () => {
    const r = read('example-news.org', 'News ID: 1234', 'Publish Date : 28 May 2019 - 22:05', 'Delegations Agree to Meet Again After Talks', body);
    expect(r.meta.domain?.value).toBe('example-news.org');
    expect(r.meta.published?.value).toEqual({ value: '2019-05-28T22:05', precision: 'minute' });
    expect(r.meta.title?.value).toBe('Delegations Agree to Meet Again After Talks');
    expect(r.blocks.map((b) => b.text)).toEqual([body]);
    expect(r.removed.map((x) => x.rule)).toEqual(['metadata:domain-line', 'metadata:id-line', 'metadata:date-line']);
  });

  it('reads a byline, drops a repeat of it, and reads a source footer', () => {
    const r = read('Delegations Agree to Meet Again After Talks', 'By Jane Roe', 'Jane Roe', body, 'Original url:', '<https://example.org/2019/05/talks>');
    expect(r.meta.author?.value).toBe('Jane Roe');
    expect(r.meta.url?.value).toBe('https://example.org/2019/05/talks');
    expect(r.blocks.map((b) => b.text)).toEqual([body]);
  });

  it('takes no title when no short line shares the subject of the opening paragraphs', () => {
    const r = read('Skip to Article', 'Open Menu', body);
    expect(r.meta.title).toBeNull();
    expect(read('Skip to Article', 'Delegations Meet Again in the Capital', body).meta.title?.value).toBe('Delegations Meet Again in the Capital');
  });

  it('takes a heading over an earlier short line', () => {
    const r = readMetadata([
      { text: 'Menu Line', line: 1 },
      { text: 'Real Title', line: 2, kind: 'heading' },
      { text: body, line: 3 },
    ]);
    expect(r.meta.title?.value).toBe('Real Title');
  });

  it('reads nothing from the body: a date or a byline-like sentence inside prose stays', () => {
    const inside = 'By May 28, 2019 the delegations had met twice.';
    const r = read(
      'A Title',
      body,
      inside,
      body.replace('Tuesday', 'Monday'),
      'More text follows here in the same article with several words.',
      'And then the last paragraph of this article, which is prose.',
    );
    expect(r.blocks.map((b) => b.text)).toContain(inside);
    expect(r.meta.published).toBeNull();
  });
});

describe('the merged record', () => {
  it('leaves unknown values null with a warning per field, naming the file', () => {
    const r = runBytes('raw/plain.txt', `Delegations Agree to Meet Again\n\n${body}\n`);
    expect(r.source).toMatchObject({
      title: 'Delegations Agree to Meet Again',
      publisher: null,
      url: null,
      published: null,
      author: null,
      publisher_origin: null,
    });
    expect(r.messages.map(formatMessage)).toEqual([
      'raw/plain.txt: warning: No publisher found in the article; left null (a curator can supply it in raw/plain.txt.meta.yaml) [metadata:missing-publisher]',
      'raw/plain.txt: warning: No url found in the article; left null (a curator can supply it in raw/plain.txt.meta.yaml) [metadata:missing-url]',
      'raw/plain.txt: warning: No published found in the article; left null (a curator can supply it in raw/plain.txt.meta.yaml) [metadata:missing-published]',
    ]);
  });

  it('names an outlet it does not know by its domain', () => {
    const r = runBytes('raw/x.txt', `A Title Of Some Words\n\n${body}\n\nOriginal url:\n\n<https://www.unheard-of-outlet.net/a/b>\n`);
    expect(r.source).toMatchObject({ publisher: 'unheard-of-outlet.net', publisher_origin: 'text', url_origin: 'text' });
  });

  it('lets a curator supply and correct values, and state that one is unknown', () => {
    const r = runBytes('raw/x.txt', `By Someone Else\n\nA Title Of Some Words\n\n${body}\n`, {
      publisher: 'Reuters',
      published: '2019-05',
      author: null,
      reason: 'test',
    });
    expect(r.source).toMatchObject({
      publisher: 'Reuters',
      publisher_origin: 'curator',
      published: '2019-05',
      published_precision: 'month',
      published_origin: 'curator',
      author: null,
      author_origin: 'curator',
    });
  });

  it('prefers HTML metadata to text cues and records the origin', () => {
    const html = `<html lang="en"><head><title>Doha Talks | Example</title><meta property="og:site_name" content="Example News">
      <meta property="og:title" content="Doha Talks"><meta property="article:published_time" content="2019-05-28T10:00:00+03:00">
      <link rel="canonical" href="https://example.org/doha-talks"></head><body><article><h1>Doha Talks</h1>
      <p>${body}</p><p>${body.replace('Tuesday', 'Wednesday')}</p><p>${body.replace('Tuesday', 'Thursday')}</p></article></body></html>`;
    const r = runBytes('raw/x.html', html);
    expect(r.source).toMatchObject({
      format: 'html',
      title: 'Doha Talks',
      title_origin: 'html',
      publisher: 'Example News',
      publisher_origin: 'html',
      url: 'https://example.org/doha-talks',
      published: '2019-05-28T10:00:00+03:00',
      published_precision: 'second',
      language: 'en',
      language_origin: 'html',
    });
    expect(r.source!.text.startsWith(`Doha Talks\n\n${body}`)).toBe(true);
  });
});

describe('curator sidecars', () => {
  it('reads a valid sidecar', () => {
    expect(readSidecar('raw/a.txt.meta.yaml', 'publisher: Reuters\npublished: 2019-05-28\nreason: printed edition\n')).toEqual({
      curator: { publisher: 'Reuters', published: '2019-05-28', reason: 'printed edition' },
      messages: [],
    });
  });

  it('reports a wrong field with its line, and ignores the sidecar', () => {
    const r = readSidecar('raw/a.txt.meta.yaml', 'publisher: Reuters\npublished: 28/05/2019\n');
    expect(r.curator).toBeNull();
    expect(r.messages.map(formatMessage)).toEqual([
      'raw/a.txt.meta.yaml:2:12: error: Sidecar ignored: /published: expected an ISO 8601 date or date-time such as 2019, 2019-05, 2019-05-28 or 2019-05-28T22:05 [curator:bad-field]',
    ]);
  });

  it('reports an unknown field and unreadable YAML', () => {
    expect(readSidecar('raw/a.txt.meta.yaml', 'titel: Oops\n').messages[0]!.reason).toBe('Sidecar ignored: (record): unexpected field "titel"');
    expect(readSidecar('raw/a.txt.meta.yaml', 'title: [unclosed\n').messages[0]).toMatchObject({ ruleId: 'bad-yaml', line: 2 });
  });
});
