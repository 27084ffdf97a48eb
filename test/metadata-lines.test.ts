/**
 * Title and publication date of plain-text dumps, form by form: every common way a page states its date is read
 * at the precision written, and nothing else is taken for it (a relative stamp, a date in a sentence, a caption's
 * or a tweet's date, an ambiguous numeric date, an update stamp). Each case runs the whole per-article stage.
 */
import { describe, expect, it } from 'vitest';
import { readMetadata as readCues } from '../pipeline/metadata/read-metadata.ts';
import { parseDateLine } from '../pipeline/language/date-line.ts';
import { articleContext } from '../pipeline/build/article-runner.ts';
import { runBytes } from './helpers.ts';

const title = 'Delegations Agree to Meet Again After Border Talks';
const body =
  'The delegations met in the border town on Tuesday and agreed to meet again next month, officials from both sides told reporters after the talks ended.';
const body2 = 'Neither side gave details of the agenda, but a spokesman for the mediators said the border crossings would be the first item discussed.';

/** A dump: the title, the lines given, then two paragraphs of body. */
const dump = (...lines: string[]) => runBytes('raw/dump.txt', [title, ...lines, body, body2].join('\n\n') + '\n').source!;
const cues = (...lines: string[]) =>
  readCues(
    lines.map((text, i) => ({ text, line: i + 1 })),
    articleContext().lexicon,
  );

describe('publication date lines a dump states', () => {
  it.each([
    // label, if any, then the date at the precision written
    ['publish: 26 May 2019', '2019-05-26', 'day'],
    ['Published: 26 May 2019 10:32 BST', '2019-05-26T10:32+01:00', 'minute'],
    ['Published on May 26, 2019', '2019-05-26', 'day'],
    ['date 2019-05-28', '2019-05-28', 'day'],
    ['Posted at 10:32 PM, May 26, 2019', '2019-05-26T22:32', 'minute'],
    ['Monday 27 May 2019 08.00 BST', '2019-05-27T08:00+01:00', 'minute'],
    ['27.05.2019', '2019-05-27', 'day'],
    ['05/26/2019', '2019-05-26', 'day'],
    ['26/05/2019', '2019-05-26', 'day'],
    ['05/05/2019', '2019-05-05', 'day'],
    ['2019/05/04', '2019-05-04', 'day'],
    ['2019-05-26T10:32:00Z', '2019-05-26T10:32:00Z', 'second'],
    ['28 May 2019 | 10:32 GMT', '2019-05-28T10:32Z', 'minute'],
    ['Mon 27 May 2019 08.00 BST Last modified on Mon 27 May 2019 10.15 BST', '2019-05-27T08:00+01:00', 'minute'],
    ['Published 26 May 2019 | Updated 27 May 2019', '2019-05-26', 'day'],
    ['Published: May 2019', '2019-05', 'month'],
  ])('%s -> %s (%s), and the line leaves the text', (line, value, precision) => {
    const s = dump(line);
    expect({ published: s.published, precision: s.published_precision, title: s.title }).toEqual({ published: value, precision, title });
    expect(s.text).not.toContain(line);
  });

  it.each([
    ['Feb. 16, 2017 (AGENCY) -- ', '2017-02-16'],
    ['WASHINGTON, Feb. 16, 2017 (Reuters) - ', '2017-02-16'],
    ['RIVERTON, March 14, 2024 -- ', '2024-03-14'],
    ['PORT ELLEN, Islay, 3 June 2021 — ', '2021-06-03'],
    ['Tuesday, May 28, 2019 — ', '2019-05-28'],
    ['Riverton, Sept. 3, 2019 (Agency) – ', '2019-09-03'],
  ])('reads the dateline "%s" opening the first paragraph, and leaves the paragraph whole', (dateline, value) => {
    const s = dump(dateline + body);
    expect(s.published).toBe(value);
    expect(s.text).toContain(dateline + body);
  });

  it('reads a dateline on a line of its own', () => {
    expect(dump('Feb. 16, 2017 (AGENCY) --').published).toBe('2017-02-16');
  });

  it('reads a byline that carries the date', () => {
    const s = dump('By Jane Roe | May 26, 2019');
    expect({ author: s.author, published: s.published }).toEqual({ author: 'Jane Roe', published: '2019-05-26' });
  });
});

describe('what is no publication date (null, never a guess)', () => {
  it.each([
    ['a dateline without a date', 'KABUL, Afghanistan (AP) — ' + body],
    ['a dateline without a year', 'RIVERTON, March 14 (Reuters) - ' + body],
    ['a top bar with a date and menu items', 'Tuesday, May 28, 2019 - Home - World'],
    ['a relative stamp', '2 hours ago'],
    ['a relative stamp with a label', 'Updated 2 hours ago'],
    ['yesterday', 'Yesterday'],
    ['an update stamp alone (not the publication)', 'Last Updated On 26 May 2019'],
    ['a numeric update stamp', 'Updated: 05/26/2019'],
    ['an ambiguous numeric date (day or month?)', '05/04/2019'],
    ['an ambiguous labelled numeric date', 'Published: 04.05.2019'],
    ['an ambiguous numeric date with dashes', '05-04-2019'],
    ['a date in a sentence of the body', 'Officials said the talks held on May 26, 2019 were the first in a year.'],
    ['a caption with a date', 'Delegates arrive for the talks in the border town, May 26, 2019. REUTERS/Jane Roe'],
    ['a tweet embed', '— Jane Roe (@janeroe) May 26, 2019'],
    ['a span of days (an event)', 'May 26-27, 2019'],
    ['a month alone (a section or timeline heading)', 'May 2019'],
  ])('%s: %s', (_, line) => {
    expect(dump(line).published).toBeNull();
  });

  it('keeps the ambiguous and update lines out of the text all the same (they are page furniture)', () => {
    for (const line of ['05/04/2019', 'Last Updated On 26 May 2019', 'Updated: 05/26/2019']) expect(dump(line).text).not.toContain(line);
  });

  it('reads the update stamp as the modification date', () => {
    expect(cues(title, 'Last Updated On 26 May 2019', body).meta).toMatchObject({ published: null, modified: { value: { value: '2019-05-26' } } });
    expect(cues(title, 'Updated: 05/26/2019', body).meta.modified?.value).toEqual({ value: '2019-05-26', precision: 'day' });
  });

  it('takes no date from a tweet embed whose date stands on a line of its own', () => {
    expect(dump('Talks went well today pic.twitter.com/abc123', '— Jane Roe (@janeroe)', 'May 26, 2019').published).toBeNull();
  });

  it('takes no bare date from the footer (a comment stamp, a related story), but a labelled one', () => {
    const tail = (line: string) => runBytes('raw/d.txt', [title, body, body2, body.replace('Tuesday', 'Friday'), line].join('\n\n') + '\n').source!;
    expect(tail('May 27, 2019 at 10:32 am').published).toBeNull();
    expect(tail('Published: May 26, 2019').published).toBe('2019-05-26');
  });

  it('takes none of two bare date lines that disagree, but one stated twice', () => {
    expect(dump('May 28, 2019', 'May 26, 2019').published).toBeNull();
    expect(dump('May 26, 2019', '26 May 2019 10:32').published).toBe('2019-05-26');
  });

  it('prefers a labelled date to a bare one, and a dateline to a bare date line', () => {
    expect(dump('May 28, 2019', 'Published: May 26, 2019').published).toBe('2019-05-26');
    expect(dump('May 28, 2019', 'RIVERTON, May 26, 2019 (Agency) - ' + body).published).toBe('2019-05-26');
  });

  it.each([['05/04/2019'], ['04.05.2019'], ['05-04-2019'], ['Tuesday'], ['3 hours ago'], ['Yesterday']])('parseDateLine reads no date from %s', (text) => {
    expect(parseDateLine(text)).toBeNull();
  });
});

describe('the title of a dump', () => {
  it.each([
    ['a navigation line before it', ['Home | News', title]],
    ['a site name before it', ['Example Gazette', title]],
    ['a date line before it', ['May 26, 2019', title]],
    ['a lower-case section tag before it', ['border talks', title]],
  ])('takes the headline after %s', (_, head) => {
    const s = runBytes('raw/t.txt', [...head, body, body2].join('\n\n') + '\n').source!;
    expect(s.title).toBe(title);
  });

  it('takes a first line that reads as a headline though it shares one word with the lede', () => {
    const headline = 'Mediator: Next Round Is the Last Chance for a Settlement';
    const lede =
      'The mediator told reporters on Tuesday that both sides would be expected to return with written proposals, and that no further delay would be accepted.';
    const s = runBytes('raw/t.txt', [headline, lede, body2].join('\n\n') + '\n').source!;
    expect(s.title).toBe(headline);
  });

  it.each([
    ['a sentence of the body', ['The talks ended late on Tuesday.', body, body2]],
    ['prose from the first line', [body, body2]],
    ['navigation only', ['Home | World | Politics', body, body2]],
    ['a line of two words', ['Border Talks', body, body2]],
  ])('takes no title from %s', (_, lines) => {
    expect(runBytes('raw/t.txt', lines.join('\n\n') + '\n').source!.title).toBeNull();
  });
});
