/**
 * select-body: tables of small handwritten pages (each line marked "+" must keep, "-" must drop, " " either),
 * the five seed articles (no sentence of the article may be lost), the lexicon's canonical form, and bounds on
 * hostile input.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Block } from '../pipeline/clean/blocks.ts';
import { EMPTY_LEXICON, parseLexicon, selectBody, type BoilerplateLexicon } from '../pipeline/clean/select-body.ts';
import { articleContext } from '../pipeline/build/article-runner.ts';

const ROOT = join(import.meta.dirname, '..');
const LEXICON_FILE = join(ROOT, 'reference/boilerplate-lexicon.yaml');
const lexicon = articleContext().lexicon;

const toBlocks = (lines: string[]): Block[] => lines.map((text, i) => ({ text, line: i + 1 }));

/** A page is written as lines marked "+ " (must keep), "- " (must drop) or "  " (either). */
function checkPage(page: string[], lex: BoilerplateLexicon) {
  const blocks = toBlocks(page.map((l) => l.slice(2)));
  const result = selectBody(blocks, lex);
  const kept = new Set(result.blocks.map((b) => b.line));
  const wrong = page.flatMap((l, i) => {
    if (l.startsWith('+ ') && !kept.has(i + 1)) return [`dropped: ${l}`];
    if (l.startsWith('- ') && kept.has(i + 1)) return [`kept: ${l}`];
    return [];
  });
  return { result, wrong, blocks };
}

const NAV = ['- Home', '- World', '- Politics', '- Business', '- Tech', '- Sport', '- Subscribe', '- Sign In'];
const FOOTER = ['- About Us', '- Contact', '- Careers', '- Privacy Policy', '- Terms of Use', '- © 2024 Example Media Group. All rights reserved.'];

const PAGES: { name: string; page: string[] }[] = [
  {
    name: 'news page: byline, subheads, one-line quote, related list, footer',
    page: [
      ...NAV,
      '  Council approves new bus lanes for the city centre',
      '- By Jane Doe',
      '- 12 March 2024, 10:15',
      '+ The city council voted on Tuesday to create six new bus lanes in the centre, a plan that has divided shop owners and commuters for more than a year.',
      '+ Supporters say the lanes will cut journey times by a quarter during the morning rush, while critics fear that deliveries to small shops will become much harder.',
      '+ What happens next',
      '+ Work on the first two lanes is expected to begin in the summer, according to the council, and the rest should follow before the end of next year.',
      '+ "We have waited long enough," said one councillor.',
      '+ The transport department said it would publish a detailed timetable for the works in the coming weeks, after talks with the bus companies.',
      '- Share this article',
      '- Facebook',
      '- Twitter',
      '- Related stories',
      '- Parking fees to rise in the new year',
      '- New cycle path opens along the river',
      '- Mayor defends budget plans',
      ...FOOTER,
    ],
  },
  {
    name: 'short article of three paragraphs',
    page: [
      ...NAV,
      '+ A small earthquake shook the northern coast early on Sunday morning, waking residents but causing no serious damage, officials said.',
      '+ The tremor, which had a magnitude of 4.1, was centred about twenty kilometres offshore at a depth of ten kilometres, the national seismic service reported.',
      '+ Several people called the emergency services to report fallen shelves and cracked windows, but nobody was hurt.',
      ...FOOTER,
    ],
  },
  {
    name: 'article written in one-line paragraphs',
    page: [
      ...NAV,
      '+ The museum will reopen its east wing next month.',
      '+ The wing has been closed for repairs since the storm in January.',
      '+ Visitors will be able to see the restored ceiling for the first time.',
      '+ Tickets go on sale on Friday at the usual prices.',
      '+ Children under twelve will still get in for free.',
      '+ The director said she was proud of the work of the builders.',
      ...FOOTER,
    ],
  },
  {
    name: 'comments after the article',
    page: [
      ...NAV,
      '+ The regional airline announced on Monday that it would add three daily flights between the two largest cities, starting in the spring.',
      '+ The company said demand on the route had grown by a third since last year and that the new flights would use larger aircraft.',
      '+ Ticket prices are expected to stay the same, a spokesperson said.',
      '- 3 Comments',
      '- john_smith',
      '- 2 days ago',
      '- Finally! I have been waiting for this for years, the morning flight is always full and the evening one is too late for me.',
      '- Reply',
      '- traveller88',
      '- 1 day ago',
      '- Let us see if they keep the prices the same after the first month, I would not bet on it to be honest.',
      '- Reply',
      ...FOOTER,
    ],
  },
  {
    name: 'comments thread longer than the article',
    page: [
      ...NAV,
      '+ The water company will replace the old pipes under the high street next month, which means the road will be closed to cars for three weeks.',
      '+ Buses will be diverted through the station road, and the company said it would work at night near the school to keep the noise down.',
      '- 48 Comments',
      '- Top Comments',
      '- river_walker',
      '- November 18, 2019 at 8:49 am',
      '- Three weeks is optimistic. The last time they dug up the high street it took them two months, and the shops on the corner lost half of their customers while the road was closed, so I would not believe a word of the schedule until I see the machines leave.',
      '- The council should have asked for a guarantee in writing, with a fine for every day of delay, as other towns in the region have done when the same company came to dig up their streets last year.',
      '- Reply',
      '- anna.k',
      '- November 18, 2019 at 9:12 am',
      '- At least they are doing it at all. The pipes are older than my grandmother and we have had two bursts on our street this year alone, each time without water for a whole day, which is not what you expect from a company that raises its prices every single spring.',
      '- And do not get me started on the bills. They went up again in April, and the letter explaining why was three pages long and said nothing at all about the pipes or about when they would finally be fixed.',
      '- Reply',
      '- old_timer',
      '- November 18, 2019 at 9:40 am',
      '- I remember when they last replaced them, in the seventies. They closed the street for a whole summer and nobody complained as much as people do now, but then again there were far fewer cars in town and the buses ran on time, which they certainly do not today.',
      '- Still, it has to be done, and better now than in the middle of a cold winter when a burst pipe would leave half of the town without heating as well as without water for days on end.',
      '- Reply',
      ...FOOTER,
    ],
  },
  {
    name: 'cookie banner after the footer',
    page: [
      ...NAV,
      '+ The local library has received a donation of four thousand books from the estate of a retired teacher, the largest gift in its history.',
      '+ The collection includes rare first editions of regional poetry, which will be kept in a special reading room open to the public on weekdays.',
      ...FOOTER,
      '- This website uses cookies to improve your experience while you navigate through the website. Out of these cookies, the cookies that are necessary are stored on your browser.',
      '- We also use third-party cookies that help us analyse how you use this website. These cookies will be stored in your browser only with your consent.',
    ],
  },
  {
    name: 'hard-wrapped paragraphs',
    page: [
      ...NAV,
      '+ The old railway bridge over the river will be demolished next spring after',
      '+ engineers found that its steel frame had been weakened by decades of',
      '+ corrosion, the regional transport authority said on Thursday.',
      '+ A temporary footbridge will be built alongside it so that walkers and',
      '+ cyclists can still cross while the new bridge is under construction.',
      ...FOOTER,
    ],
  },
  {
    name: 'related box in the middle of a long article',
    page: [
      ...NAV,
      '+ Farmers in the valley have started the grape harvest two weeks earlier than usual after the hottest summer on record, growers said this week.',
      '+ The early start has created problems for vineyards that rely on seasonal workers, many of whom had planned to arrive only at the end of the month.',
      '- Related',
      '- Drought hits olive growers hard',
      '+ Despite the heat, the quality of the grapes is said to be excellent, with high sugar levels that should produce strong wines, according to the growers association.',
      '+ Prices for the new vintage are expected to rise slightly, because the total volume of the harvest will be smaller than in previous years.',
      '+ Some growers are now planting varieties that cope better with heat, a change that could reshape the character of the region over the next decades.',
      ...FOOTER,
    ],
  },
  {
    name: 'captions, teaser links and pitches inside the article',
    page: [
      ...NAV,
      '+ The national park will close two of its hiking trails for the winter after heavy rain damaged several bridges, rangers announced on Wednesday.',
      '- A ranger inspects a damaged bridge near the northern entrance (Image: Getty Images)',
      '+ The trails are among the most popular in the park and attract tens of thousands of walkers every year, most of them in the autumn months.',
      '- READ MORE: Record number of visitors in the park this summer',
      '+ Repairs are expected to cost several hundred thousand euros and should be finished in time for the spring, the park management said.',
      '- GET THE LATEST NEWS ON YOUR PHONE WITH OUR FREE APP',
      '+ Other trails remain open, but visitors are advised to check the weather forecast before setting out and to carry warm clothing.',
      '- Sign up to our newsletter to get the best stories in your inbox every morning. You can unsubscribe at any time.',
      ...FOOTER,
    ],
  },
  {
    name: 'teaser list of excerpts and dates after the article',
    page: [
      ...NAV,
      '+ The hockey team won its third game in a row on Tuesday night, beating the visitors 4-1 in front of a sold-out crowd at home.',
      '+ The captain scored twice in the second period, and the young goalkeeper stopped thirty shots in only his fifth start of the season.',
      '+ "We have found our rhythm," the coach said after the game. "The players trust each other again, and it shows on the ice."',
      '- More from the team',
      '- Young forward finds his feet in his first season',
      '- November 19, 2019 at 5:10 pm',
      '- About three years ago, a young draft prospect started working out with some of the veterans at a small rink outside the city, and what he learned there...',
      '- Coach explains why he stopped changing the lines',
      '- November 18, 2019 at 2:01 pm',
      '- Contrary to what his track record might suggest, the coach does not like tinkering with his lines, and after a slow start he has finally found a set that...',
      ...FOOTER,
    ],
  },
  {
    name: 'bullet list inside the article, numbered list of links after it',
    page: [
      ...NAV,
      '+ The government presented its budget for next year on Wednesday, with more money for schools and hospitals and a small cut in income tax.',
      '+ Key points:',
      '+ - Teachers get a pay rise of four percent',
      '+ - Two new hospitals in the north',
      '+ - Income tax falls by half a point',
      '+ - Fuel duty stays the same',
      '+ - Pensions rise with inflation',
      '+ The opposition said the plan was built on optimistic forecasts and would leave a gap in the public finances within two years.',
      '- Most Read',
      '- 1. Storm warning for the coast this weekend',
      '- 2. Football club appoints new manager',
      '- 3. Ten restaurants to try this autumn',
      ...FOOTER,
    ],
  },
  {
    name: 'a brief of two short sentences',
    page: [
      ...NAV,
      '+ Police closed the coast road for two hours on Monday after a lorry lost its load.',
      '+ Nobody was hurt, and the road reopened in the early afternoon.',
      ...FOOTER,
    ],
  },
  {
    name: 'Chinese article (no spaces, no letter case) with a menu',
    page: [
      '- 首页',
      '- 新闻',
      '- 体育',
      '- 财经',
      '+ 市政府周一宣布，将在明年春天之前在市中心开通三条新的公交线路，以缓解早晚高峰时段的交通拥堵问题。',
      '+ 据交通部门介绍，新线路将连接火车站、大学城和新建的医院，每隔十分钟发一班车，票价与现有线路相同。',
      '+ 不少市民对此表示欢迎，但也有商户担心施工期间顾客会减少。',
      '- 关于我们',
      '- 联系我们',
      '- © 2024 示例新闻网 版权所有',
    ],
  },
  {
    name: 'German article with a menu',
    page: [
      '- Startseite',
      '- Politik',
      '- Wirtschaft',
      '- Sport',
      '+ Der Stadtrat hat am Dienstag beschlossen, dass die alte Markthalle bis zum Ende des Jahres renoviert und danach wieder für den Wochenmarkt geöffnet wird.',
      '+ Die Kosten für die Arbeiten werden auf rund zwei Millionen Euro geschätzt, wie die Verwaltung mitteilte, und sollen zum Teil vom Land getragen werden.',
      '+ Die Händler begrüßten die Entscheidung, da sie seit drei Jahren auf einem Parkplatz verkaufen müssen.',
      '- Impressum',
      '- Datenschutz',
      '- © 2024 Beispiel Verlag GmbH',
    ],
  },
];

describe.each([
  { lexName: 'with the lexicon', lex: lexicon },
  { lexName: 'without a lexicon', lex: EMPTY_LEXICON },
])('select-body $lexName', ({ lex, lexName }) => {
  // Without data the selector still finds the body; comment, cookie, caption and related-box cues need the lexicon.
  const pages = lexName === 'with the lexicon' ? PAGES : PAGES.filter((p) => !/comments|cookie|related box|pitches/.test(p.name));
  it.each(pages)('$name', ({ page }) => {
    expect(checkPage(page, lex).wrong).toEqual([]);
  });
});

describe('select-body output', () => {
  const { result, blocks } = checkPage(PAGES[0]!.page, lexicon);

  it('accounts for every block once: kept in order, or removed with a select-body rule', () => {
    const lines = [...result.blocks.map((b) => b.line), ...result.removed.map((r) => r.line)];
    expect(lines.sort((a, b) => a! - b!)).toEqual(blocks.map((b) => b.line));
    const keptLines = result.blocks.map((b) => b.line!);
    expect(keptLines).toEqual([...keptLines].sort((a, b) => a - b));
    for (const r of result.removed) expect(r.rule).toMatch(/^select-body:(outside-body|copyright|caption|notice|furniture|short-run|duplicate)$/);
  });

  it('logs the copyright line under its own rule, with its text and line', () => {
    const copyright = result.removed.find((r) => r.rule === 'select-body:copyright');
    expect(copyright).toEqual({ rule: 'select-body:copyright', line: blocks.length, text: '© 2024 Example Media Group. All rights reserved.' });
  });

  it('drops a second copy of the article and a teaser that repeats a paragraph', () => {
    const para = 'The city council voted on Tuesday to create six new bus lanes in the centre, a plan that has divided shop owners for a year.';
    const other = 'Supporters say the lanes will cut journey times by a quarter during the morning rush, while critics fear for deliveries.';
    const r = selectBody(toBlocks([para, other, 'Thumbnail', para, other]), lexicon);
    expect(r.blocks.map((b) => b.line)).toEqual([1, 2]);
    expect(r.removed.filter((x) => x.rule === 'select-body:duplicate').map((x) => x.line)).toEqual([4, 5]);
  });

  it('treats lines removed by earlier passes (gaps in line numbers) as furniture between teasers', () => {
    const article = PAGES[1]!.page.filter((l) => l.startsWith('+ ')).map((l) => l.slice(2));
    const teasers = [
      [
        'Hospital opens a new children ward after two years of building work',
        'The new ward has forty beds and a playground on the roof, and it will take its first patients in the spring, the hospital said on Monday.',
      ],
      [
        'Council names the winners of this year award for young volunteers',
        'Six young people were honoured for their work with elderly neighbours, homeless people and refugees at a ceremony in the town hall.',
      ],
      [
        'Farmers market moves to the old station square for the winter',
        'The stalls will stand under the roof of the old station from November to March, so that shoppers and traders can stay out of the rain.',
      ],
    ];
    // Each teaser had a section label above it, removed upstream as a repeat: only the gap in the lines is left.
    const blocks: Block[] = [
      ...PAGES[1]!.page.map((l, i) => ({ text: l.slice(2), line: i + 1 })).filter((b) => !FOOTER.includes(`- ${b.text}`)),
      ...teasers.flatMap(([title, summary], i) => [
        { text: title!, line: 40 + i * 3 },
        { text: summary!, line: 41 + i * 3 },
      ]),
    ];
    const kept = selectBody(blocks, lexicon).blocks.map((b) => b.text);
    expect(kept).toEqual(article);
    // Without the gaps the same blocks read as a run of short paragraphs: the placeholders make the difference.
    const closed = blocks.map((b, i) => ({ ...b, line: i + 1 }));
    expect(selectBody(closed, lexicon).blocks.length).toBeGreaterThan(article.length);
  });

  it('does not mistake blank lines between paragraphs for removed lines', () => {
    const paras = [
      'The bakery on the corner of the market square will close at the end of the month after more than sixty years in business.',
      '"We are tired," said the owner.',
      'Her parents opened the shop in the year she was born, and she has worked there every morning since she left school at sixteen.',
      'Regular customers have started a petition asking the town to help find someone who could take over the ovens and the recipes.',
    ];
    const blocks: Block[] = paras.map((text, i) => ({ text, line: 2 * i + 1 }));
    expect(selectBody(blocks, lexicon).blocks.map((b) => b.text)).toEqual(paras);
  });

  it('returns nothing for an empty page and for a page of menus only', () => {
    expect(selectBody([], lexicon)).toEqual({ blocks: [], removed: [] });
    const menu = selectBody(toBlocks(NAV.map((l) => l.slice(2))), lexicon);
    expect(menu.blocks).toEqual([]);
    expect(menu.removed).toHaveLength(NAV.length);
  });
});

/**
 * The seeds are fairly clean articles: every line of their body (worked out by hand) must survive. Lines not
 * listed are titles, dates, bylines, captions and furniture, which may go either way.
 */
const SEED_BODY_LINES: Record<string, number[]> = {
  '000_b694a6a33e31e74a.txt': [13, 15, 17, 19, 21, 23, 27, 29, 31, 33],
  '001_811fa3d8880d0689.txt': [8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30],
  '002_118c63d55cfce902.txt': [5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55],
  '003_b6cfda06223cf234.txt': [7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29],
  '004_8f58a4efe25b996b.txt': [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
};
/** Lines that are furniture for certain. */
const SEED_NOISE_LINES: Record<string, number[]> = {
  '001_811fa3d8880d0689.txt': [1, 32],
  '003_b6cfda06223cf234.txt': [1, 3, 35, 61],
};

describe.each([
  { lexName: 'with the lexicon', lex: lexicon },
  { lexName: 'without a lexicon', lex: EMPTY_LEXICON },
])('seed articles $lexName', ({ lex }) => {
  const files = readdirSync(join(ROOT, 'raw'))
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('covers every seed file', () => {
    expect(files).toEqual(Object.keys(SEED_BODY_LINES).sort());
  });

  it.each(files)('%s keeps every body line', (file) => {
    const lines = readFileSync(join(ROOT, 'raw', file), 'utf8')
      .normalize('NFC')
      .split('\n');
    const blocks = lines.map((t, i) => ({ text: t.trim(), line: i + 1 })).filter((b) => b.text !== '');
    const kept = new Set(selectBody(blocks, lex).blocks.map((b) => b.line));
    expect(SEED_BODY_LINES[file]!.filter((n) => !kept.has(n))).toEqual([]);
    if (lex === lexicon) expect((SEED_NOISE_LINES[file] ?? []).filter((n) => kept.has(n))).toEqual([]);
  });
});

describe('boilerplate lexicon', () => {
  const text = readFileSync(LEXICON_FILE, 'utf8');

  it('has sorted, unique, lower-case lists', () => {
    const doc = parseLexicon(text);
    for (const set of [doc.functionWords, doc.furniture, doc.sectionEnds, doc.noticeWords]) expect(set.size).toBeGreaterThan(0);
    const lists = [doc.linkLabels, doc.captionCues, doc.furnitureClasses, doc.promptOpeners, doc.promptAsks, doc.tagLabels, doc.dateLabels, doc.updateLabels];
    for (const list of lists) expect(list.length).toBeGreaterThan(0);
    for (const list of text.split(/^(?=\w+:)/m).slice(1)) {
      const items = list
        .split('\n')
        .filter((l) => l.startsWith('  - '))
        .map((l) => l.slice(4).replace(/^"(.*)"$/, '$1'));
      expect(items).toEqual([...new Set(items)].sort());
      expect(items.filter((x) => x !== x.toLowerCase())).toEqual([]);
    }
  });

  it("keeps each label in one list: furniture, section ends, tag labels, or boilerplate.yaml's teaser labels", () => {
    const doc = parse(text) as Record<string, string[]>;
    const teasers = (parse(readFileSync(join(ROOT, 'reference/boilerplate.yaml'), 'utf8')) as { teasers: { labels: string[] } }).teasers.labels;
    const key = (s: string) => (s.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ');
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [list, items] of [
      ['furniture', doc.furniture!],
      ['section_ends', doc.section_ends!],
      ['tag_labels', doc.tag_labels!],
      ['teasers.labels', teasers],
    ] as const) {
      for (const item of items) {
        const other = owner.get(key(item));
        if (other) twice.push(`${item}: ${other} and ${list}`);
        owner.set(key(item), list);
      }
    }
    expect(twice).toEqual([]);
  });

  it('rejects a list that is not a list of strings, saying what it got', () => {
    expect(() => parseLexicon('furniture: share')).toThrow('furniture: expected a list of strings, got "share"');
  });
});

describe('select-body bounds', () => {
  it('is a pure stage: no file, network, clock, randomness or environment access', () => {
    for (const m of ['select-body', 'body-features', 'body-labels', 'body-region', 'boilerplate-lexicon']) {
      const src = readFileSync(join(ROOT, `pipeline/clean/${m}.ts`), 'utf8');
      expect(src, m).not.toMatch(/node:fs|node:net|node:http|process\.env|Date\.now|new Date|Math\.random/);
    }
  });

  it('handles 100k lines within a time budget', () => {
    const unit = [...NAV, ...PAGES[0]!.page, ...FOOTER].map((l) => l.slice(2));
    const lines: string[] = [];
    while (lines.length < 100_000) lines.push(...unit);
    const t0 = performance.now();
    const r = selectBody(toBlocks(lines), lexicon);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.blocks.length + r.removed.length).toBe(lines.length);
  });

  it('handles hostile lines: a megabyte of one character, of spaces between words, of punctuation', () => {
    const lines = ['a'.repeat(1_000_000), 'a '.repeat(500_000), '.!?'.repeat(300_000), '“'.repeat(200_000) + 'x'];
    const t0 = performance.now();
    const r = selectBody(toBlocks(lines), lexicon);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.blocks.length + r.removed.length).toBe(lines.length);
  });
});
