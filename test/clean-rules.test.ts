/** The text-level cleaning rules, as tables of labelled cases, each with what must NOT be touched. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../pipeline/clean/blocks.ts';
import { splitBlocks } from '../pipeline/clean/split-blocks.ts';
import { cleanMarkup } from '../pipeline/clean/clean-markup.ts';
import { cleanNoise } from '../pipeline/clean/clean-noise.ts';
import { joinParagraphs } from '../pipeline/clean/join-paragraphs.ts';
import { dedupe } from '../pipeline/clean/dedupe.ts';
import { articleContext } from '../pipeline/build/article-runner.ts';

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ text, line: i + 1 }));
const texts = (bs: Block[]) => bs.map((b) => b.text);

describe('split-blocks', () => {
  it('keeps line numbers, normalises Unicode spaces and drops invisible characters', () => {
    expect(splitBlocks('a\u00a0b\r\n\r\n  c\u200bd \u2003 e  \n')).toEqual([
      { text: 'a b', line: 1 },
      { text: 'cd e', line: 3 },
    ]);
  });
});

describe('markup residue', () => {
  it.each([
    ['By [Bloomberg](#)', 'By Bloomberg'],
    ['**Bloomberg**', 'Bloomberg'],
    ['# A headline #', 'A headline'],
    ['<https://example.org/a>', 'https://example.org/a'],
    ['spending more than \\$900 billion', 'spending more than $900 billion'],
    ['Tom &amp; Jerry&#8217;s <b>show</b>', 'Tom & Jerry’s show'],
    ['> a quoted line', 'a quoted line'],
  ])('%s -> %s', (input, output) => {
    expect(texts(cleanMarkup(blocks(input)).blocks)).toEqual([output]);
  });

  it.each([['3 * 4 = 12 and 5 * 6 = 30'], ['He said “the 5 < 6 rule” applies'], ['U.S.-backed President Ashraf Ghani'], ['#MeToo started in 2017']])(
    'leaves %s alone',
    (input) => {
      const r = cleanMarkup(blocks(input));
      expect(texts(r.blocks)).toEqual([input]);
      expect(r.removed).toEqual([]);
    },
  );

  it('marks a markdown heading', () => {
    expect(cleanMarkup(blocks('## Background')).blocks[0]).toMatchObject({ text: 'Background', kind: 'heading' });
  });
});

describe('noise and furniture', () => {
  const bp = articleContext().boilerplate;
  it.each([
    ['icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon', 'noise:icon-font'],
    ['\ue001\ue002\ue003 \ue004', 'noise:glyphs'],
    ['Skip to main content', 'boilerplate:navigation'],
    ['Share this post', 'boilerplate:share'],
    ['Like this story? Share it with a friend!', 'boilerplate:share'],
    ['Share on Facebook', 'boilerplate:share'],
    ["Please let us know if you're having issues with commenting.", 'boilerplate:comments'],
    ['12 Comments', 'boilerplate:comments'],
    ['Subscribe to our newsletter', 'boilerplate:subscribe'],
    ['Sign up for our daily briefing', 'boilerplate:subscribe'],
    ['Thumbnail', 'boilerplate:media'],
    ['Advertisement', 'boilerplate:media'],
    ['Related article: Kabul Sees Talks As Betrayal', 'teaser:link'],
    ['Read more: How the talks collapsed', 'teaser:link'],
    ['READ ALSO - Taliban name new negotiator', 'teaser:link'],
  ])('drops %s as %s', (text, rule) => {
    const r = cleanNoise(blocks(text), bp);
    expect(r.blocks).toEqual([]);
    expect(r.removed).toEqual([{ rule, line: 1, text }]);
  });

  it.each([
    ['Russia said it would share intelligence with Kabul.'],
    ['“Share this with the world,” the envoy told reporters at the Moscow meeting on Friday.'],
    ['The icon of the movement, a white flag, flew over the compound.'],
    ['Related talks in Doha are expected to resume next week, officials said.'],
    ['Comments by the envoy drew a sharp response from Kabul on Tuesday, when the ministry spoke.'],
    ['Home Minister Amit Shah'],
    ['Latest round of talks ends without a deal'],
  ])('keeps %s', (text) => {
    expect(texts(cleanNoise(blocks(text), bp).blocks)).toEqual([text]);
  });
});

describe('broken paragraphs', () => {
  it('joins a paragraph cut after an article', () => {
    const r = joinParagraphs(
      blocks('The government is worrying openly that the U.S. will leave them at the mercy of the', 'Taliban. The group refuses talks.'),
    );
    expect(texts(r.blocks)).toEqual(['The government is worrying openly that the U.S. will leave them at the mercy of the Taliban. The group refuses talks.']);
    expect(r.removed[0]).toMatchObject({ rule: 'join:broken-paragraph', action: 'join' });
  });

  it('joins when the next block continues in lower case', () => {
    const r = joinParagraphs(blocks('Officials in Kabul and Moscow confirmed on Tuesday that the delegations', 'met for three hours.'));
    expect(r.blocks).toHaveLength(1);
  });

  it.each([
    [['The director-general from Nigeria said the world had changed since the last conference nearly five years', 'ago.']],
    [
      [
        'Speaking to ministers, the chief urged them to "show the world that the body can step up to the plate"',
        'and achieve agreements on fishing subsidies.',
      ],
    ],
  ])('joins a hard-wrapped line: %j', (pair) => {
    expect(joinParagraphs(blocks(...pair)).blocks).toHaveLength(1);
  });

  it.each([
    [['The talks ended on Friday with a statement that "nothing was agreed."', 'and that is all for today.']],
    [['Taliban Talks in Moscow: Russia Calls for Withdrawal of Foreign Troops', 'Russia on Wednesday is expected to host a conference.']],
    [['This is the first time a delegation takes part, the office of the minister (L) said', 'Russia on Wednesday is expected to host a conference.']],
    [['A short line of the', 'Next paragraph.']],
    [['The talks ended on Friday.', 'the rest follows in lower case but the first ended a sentence.']],
  ])('does not join %j', (pair) => {
    expect(joinParagraphs(blocks(...pair)).blocks).toHaveLength(2);
  });
});

describe('duplicates', () => {
  it('keeps the first of two identical paragraphs, folding quotes and case', () => {
    const r = dedupe(blocks('“We will not leave,” he said.', 'Other text here.', '"We will NOT leave," he said.'));
    expect(texts(r.blocks)).toEqual(['“We will not leave,” he said.', 'Other text here.']);
    expect(r.removed).toEqual([{ rule: 'dedupe:exact', line: 3, text: '"We will NOT leave," he said.' }]);
  });

  it('drops a shorter teaser mostly contained in one earlier paragraph', () => {
    const full =
      'According to a report, the special envoy for Afghanistan, Zamir Kabulov, said in an interview in Moscow that the call was justified in terms of opposing foreign military presence.';
    const teaser = 'The special envoy for Afghanistan, Zamir Kabulov, said that the call was justified in terms of opposing foreign military presence.';
    expect(dedupe(blocks(full, teaser)).removed.map((r) => r.rule)).toEqual(['dedupe:near-duplicate']);
  });

  it('keeps a longer paragraph that repeats and extends an earlier one', () => {
    const a = 'The envoy said the call was justified in terms of opposing foreign military presence.';
    const b =
      'The envoy said the call was justified in terms of opposing foreign military presence, and added that Moscow would host another round of talks in the spring.';
    expect(dedupe(blocks(a, b)).blocks).toHaveLength(2);
  });

  it('keeps two different paragraphs that share a stock phrase', () => {
    const a = 'Russian Foreign Minister Sergei Lavrov opened the meeting in Moscow on Friday with a call for peace.';
    const b = 'Russian Foreign Minister Sergei Lavrov later told reporters that the Taliban delegation had asked for a second round.';
    expect(dedupe(blocks(a, b)).blocks).toHaveLength(2);
  });
});
