import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml as extract } from '../pipeline/clean/extract-html.ts';
import { articleContext } from '../pipeline/build/article-runner.ts';
import { EMPTY_LEXICON } from '../pipeline/clean/boilerplate-lexicon.ts';
import { hostLabel, stripSiteSuffix, type HtmlMeta } from '../pipeline/metadata/html-metadata.ts';

type Field = Exclude<keyof HtmlMeta, 'origins'>;

/** The extractor with the reference lexicon, as the build runs it. */
const extractHtml = (html: string) => extract(html, articleContext().lexicon);

// Handwritten fixtures about an invented town council; nothing here comes from the benchmark pages.
const P = [
  'The council of Lowmere voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had run for six years and divided the town.',
  '“We waited long enough,” said the mayor, Ada Brennan, after the vote, adding that work would begin in the spring once the engineers had finished their survey.',
  'Opponents, who had wanted a new crossing further upstream, said they would not appeal, although several of them asked for the costs to be published in full.',
  'The bridge, built in 1821, has been closed to lorries since a flood damaged two of its piers, forcing a detour of eleven miles through the hills.',
];
const para = (i: number) => `<p>${P[i]}</p>`;

function page(body: string, head = '<title>Lowmere votes to rebuild its bridge | Lowmere Post</title>'): string {
  return `<!doctype html>\n<html lang="en-GB">\n<head>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function article(inner: string): string {
  return page(`<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Lowmere votes to rebuild its bridge</h1>
${inner}
</article>
<footer><p>© Lowmere Post. All rights reserved.</p></footer>`);
}

const texts = (html: string) => extractHtml(html).blocks.map((b) => b.text);

describe('extractHtml: blocks', () => {
  const cases: { name: string; html: string; has: string[]; not: string[] }[] = [
    {
      name: 'paragraphs in reading order, headline left out, navigation and footer dropped',
      html: article(para(0) + para(1) + para(2) + para(3)),
      has: P,
      not: ['Lowmere votes to rebuild its bridge', 'Home', 'News', 'All rights reserved'],
    },
    {
      name: 'share bar, newsletter prompt and advertisement label',
      html: article(`${para(0)}<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
        ${para(1)}<p>Advertisement</p>${para(2)}
        <p>Sign up for our newsletter to get the latest stories in your inbox.</p>${para(3)}`),
      has: P,
      not: ['Share on Facebook', 'Advertisement', 'Sign up for our newsletter'],
    },
    {
      name: 'teasers, date lines, bylines and slideshow counters',
      html: article(`<p>By Tom Hale</p><p>Published 9:14 am, Tuesday, March 3, 2020</p>${para(0)}${para(1)}
        <p>Read more: Lowmere fair returns after two years</p><p>Image 1 of 5</p>${para(2)}${para(3)}
        <p>Reporting by Tom Hale; editing by Jo Park</p>`),
      has: P,
      not: ['By Tom Hale', 'Published 9:14', 'Read more', 'Image 1 of 5', 'Reporting by'],
    },
    {
      name: 'a related-stories section at the end goes with everything after it',
      html: article(`${para(0)}${para(1)}${para(2)}${para(3)}<h3>More from Lowmere</h3>
        <p>Lowmere library to open on Sundays from next month, the council says.</p>`),
      has: P,
      not: ['More from Lowmere', 'library to open'],
    },
    {
      name: 'a subheading inside the body is kept',
      html: article(`${para(0)}${para(1)}<h2>What happens next</h2>${para(2)}${para(3)}`),
      has: ['What happens next', ...P],
      not: [],
    },
    {
      name: 'a short text that only looks like boilerplate is kept when it is a sentence of the story',
      html: article(`${para(0)}<p>By noon the square was full of people who had come to hear the result of the vote.</p>${para(1)}${para(2)}`),
      has: ['By noon the square was full of people who had come to hear the result of the vote.'],
      not: [],
    },
    {
      name: 'short sentences that start like bylines, date lines or prompts are kept',
      html: article(`${para(0)}<p>By then it was too late.</p>${para(1)}<p>Published figures show the cost has doubled.</p>
        ${para(2)}<p>Follow the river and you reach the mill.</p><p>More than 300 people came.</p>${para(3)}`),
      has: [
        'By then it was too late.',
        'Published figures show the cost has doubled.',
        'Follow the river and you reach the mill.',
        'More than 300 people came.',
      ],
      not: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = texts(c.html);
      for (const t of c.has) expect(got).toContain(t);
      for (const t of c.not) expect(got.join('\n')).not.toContain(t);
    });
  }

  it("drops a line listing the page's own keywords, and keeps a list the keywords do not cover", () => {
    const head = '<title>Bridge vote</title><meta name="keywords" content="lowmere, bridge, council vote, river">';
    const html = page(`<article>${para(0)}${para(1)}${para(2)}<p>lowmere, bridge, council vote</p><p>lowmere, bread, cheese</p></article>`, head);
    const got = texts(html);
    expect(got).not.toContain('lowmere, bridge, council vote');
    expect(got).toContain('lowmere, bread, cheese');
  });

  it('gives each block its kind and keeps typographic quotes, collapsing whitespace', () => {
    const html = article(`${para(0)}
      <p>“We  waited
         long enough,” she said, and the room clapped for a long while before anyone spoke again.</p>
      <h2>The costs</h2>${para(2)}
      <ul><li>Repairs to the two damaged piers of the bridge, estimated at four hundred thousand pounds.</li>
          <li>A new surface for the road across the bridge and the approach on the northern bank.</li></ul>
      <blockquote><p>The bridge is the heart of the town and always has been, whatever its critics say.</p></blockquote>
      <figure><img src="b.jpg" alt=""><figcaption>The old bridge at Lowmere, seen from the south bank in winter.</figcaption></figure>
      ${para(3)}`);
    const blocks = extractHtml(html).blocks;
    const kindOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.kind;
    expect(blocks.map((b) => b.text)).toContain('“We waited long enough,” she said, and the room clapped for a long while before anyone spoke again.');
    expect(kindOf('The costs')).toBe('heading');
    expect(kindOf('Repairs to the two')).toBe('list-item');
    expect(kindOf('The bridge is the heart')).toBe('quote');
    expect(kindOf('The old bridge at Lowmere')).toBe('caption');
    expect(kindOf('The council of Lowmere')).toBe('paragraph');
  });

  it('keeps a quoted tweet that sits in a social-embed wrapper', () => {
    const html = article(
      `${para(0)}${para(1)}<div class="social-embed"><blockquote class="twitter-tweet"><p>The bridge vote is done, work starts in spring <a href="https://t.co/x">https://t.co/x</a></p>— Ada Brennan (@adabrennan) <a href="https://twitter.com/x">March 3, 2020</a></blockquote></div>${para(2)}${para(3)}`,
    );
    expect(texts(html).join('\n')).toContain('The bridge vote is done, work starts in spring');
  });

  it('cuts a photo credit from the end of a paragraph and marks it a caption', () => {
    const html = article(`${para(0)}${para(1)}<p>The bridge after the flood of last winter (Image: Lowmere Post)</p>${para(2)}${para(3)}`);
    const b = extractHtml(html).blocks.find((x) => x.text.startsWith('The bridge after the flood'));
    expect(b).toEqual({ text: 'The bridge after the flood of last winter', line: expect.any(Number), kind: 'caption' });
  });

  it('gives the source line where each block starts', () => {
    const html = article(`\n${para(0)}\n\n${para(1)}\n${para(2)}\n${para(3)}`);
    const lines = html.split('\n');
    for (const b of extractHtml(html).blocks) {
      expect(b.line).not.toBeNull();
      expect(lines[b.line! - 1]).toContain(b.text.slice(0, 30));
    }
  });

  it('logs what it dropped with html: rule ids', () => {
    const { removed } = extractHtml(article(`${para(0)}<p>Advertisement</p>${para(1)}${para(2)}`));
    expect(removed.length).toBeGreaterThan(0);
    for (const r of removed) expect(r.rule).toMatch(/^html:[a-z-]+$/);
    expect(removed).toContainEqual(expect.objectContaining({ rule: 'html:boilerplate', text: 'Advertisement' }));
  });

  it('takes its labels from the lexicon: without one, a label or a teaser is kept as text', () => {
    const html = article(`${para(0)}<p>Advertisement</p><p>Read more: <a href="/x">The old bridge</a> and its history</p>${para(1)}`);
    expect(texts(html)).not.toContain('Advertisement');
    const bare = extract(html, EMPTY_LEXICON).blocks.map((b) => b.text);
    expect(bare).toContain('Advertisement');
    expect(bare).toContain('Read more: The old bridge and its history');
  });
});

describe('extractHtml: metadata', () => {
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const body = `<article>${para(0)}${para(1)}${para(2)}</article>`;
  const cases: { name: string; head: string; body?: string; expect: Partial<Record<Field, string | null>>; origins?: Record<string, string> }[] = [
    {
      name: 'Open Graph, canonical link, html lang',
      head: `<meta property="og:title" content="Bridge vote"><meta property="og:site_name" content="Lowmere Post">
        <meta property="og:url" content="https://post.example/og"><link rel="canonical" href="https://post.example/bridge">
        <meta property="article:published_time" content="2020-03-03T09:14:00Z"><meta property="article:author" content="Tom Hale">`,
      expect: {
        title: 'Bridge vote',
        publisher: 'Lowmere Post',
        url: 'https://post.example/bridge',
        published: '2020-03-03T09:14:00Z',
        author: 'Tom Hale',
        language: 'en-GB',
      },
      origins: { title: 'og:title', url: 'link[rel=canonical]', published: 'article:published_time', language: 'html[lang]' },
    },
    {
      name: 'JSON-LD in a @graph, with an author array and a publisher given by @id',
      head: ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'Lowmere Post' },
          {
            '@type': 'NewsArticle',
            headline: 'Bridge to be rebuilt',
            datePublished: '2020-03-03',
            dateModified: '2020-03-04',
            author: [
              { '@type': 'Person', name: 'Tom Hale' },
              { '@type': 'Person', name: 'Jo Park' },
            ],
            publisher: { '@id': '#org' },
          },
        ],
      }),
      expect: { title: 'Bridge to be rebuilt', publisher: 'Lowmere Post', published: '2020-03-03', modified: '2020-03-04', author: 'Tom Hale, Jo Park' },
      origins: { published: 'json-ld:datePublished', author: 'json-ld:author.name', publisher: 'json-ld:publisher.name' },
    },
    {
      name: 'JSON-LD as an array with a ReportageNewsArticle after a WebSite',
      head: ld([
        { '@type': 'WebSite', name: 'Not the article' },
        { '@type': ['ReportageNewsArticle'], headline: 'Piers damaged', author: 'Jo Park' },
      ]),
      expect: { title: 'Piers damaged', author: 'Jo Park' },
    },
    {
      name: 'broken JSON-LD is skipped and the next source used',
      head: `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta name="author" content="Tom Hale">`,
      expect: { author: 'Tom Hale' },
      origins: { author: 'meta[name=author]' },
    },
    {
      name: 'byl meta and time[datetime]',
      head: '<meta name="byl" content="By Jo Park">',
      body: `<article><time datetime="2020-03-03T10:00">March 3</time>${para(0)}${para(1)}</article>`,
      expect: { author: 'By Jo Park', published: '2020-03-03T10:00' },
      origins: { author: 'meta[name=byl]', published: 'time[datetime]' },
    },
    {
      name: 'a page with no metadata gives nulls, except the <title>',
      head: '<title>Just a page</title>',
      expect: { title: 'Just a page', publisher: null, url: null, published: null, modified: null, author: null },
      origins: { title: '<title>' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { meta } = extractHtml(page(c.body ?? body, c.head));
      for (const [k, v] of Object.entries(c.expect)) expect(meta[k as Field], k).toBe(v);
      for (const [k, v] of Object.entries(c.origins ?? {})) expect(meta.origins[k], k).toBe(v);
    });
  }

  it.each([
    ['Bridge vote | Lowmere Post', 'Lowmere Post', 'Bridge vote'],
    ['Bridge vote - Lowmere Post', 'lowmere post', 'Bridge vote'],
    ['Bridge vote – LowmerePost', 'Lowmere Post', 'Bridge vote'],
    // negative cases: the suffix is not the site's name, or there is no site name
    ['Bridge vote - What happens next', 'Lowmere Post', 'Bridge vote - What happens next'],
    ['Bridge vote | Lowmere Post', null, 'Bridge vote | Lowmere Post'],
    ['Lowmere Post', 'Lowmere Post', 'Lowmere Post'],
    ['Bridge vote | Lowmere', 'Lowmere Post magazine', 'Bridge vote'],
    ['Bridge vote - LowmerePost.com', 'Lowmere Post', 'Bridge vote'],
    ['Bridge vote - Low', 'Lowmere Post', 'Bridge vote - Low'],
  ])('stripSiteSuffix(%j, %j) is %j', (title, site, want) => {
    expect(stripSiteSuffix(title, site)).toBe(want);
  });

  it.each([
    ['https://www.lowmerepost.co.uk/news/1', 'lowmerepost'],
    ['http://news.lowmere.org/a', 'lowmere'],
    ['not a url', null],
    [null, null],
  ])('hostLabel(%j) is %j', (url, want) => {
    expect(hostLabel(url)).toBe(want);
  });

  it('takes the site name from the URL when the page states none', () => {
    const { meta } = extractHtml(page(body, '<title>Bridge vote - LowmerePost</title><link rel="canonical" href="https://lowmerepost.com/bridge">'));
    expect(meta.title).toBe('Bridge vote');
  });

  it('prefers an author name to a profile URL in article:author', () => {
    const url = '<meta property="article:author" content="https://social.example/tomhale">';
    expect(extractHtml(page(body, url + '<meta name="byl" content="By Tom Hale">')).meta.author).toBe('By Tom Hale');
    expect(extractHtml(page(body, url)).meta.author).toBe('https://social.example/tomhale');
  });

  it('strips the site suffix from <title> when og:site_name names the site', () => {
    const { meta } = extractHtml(page(body, '<title>Bridge vote | Lowmere Post</title><meta property="og:site_name" content="Lowmere Post">'));
    expect(meta.title).toBe('Bridge vote');
  });
});

describe('extractHtml: robustness', () => {
  it('survives 5,000 nested elements without overflowing the stack', () => {
    const deep = '<div>'.repeat(5000) + P.map((p) => `<p>${p}</p>`).join('') + '</div>'.repeat(5000);
    const t = Date.now();
    const { blocks } = extractHtml(page(deep));
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(blocks.map((b) => b.text).join(' ')).toContain('rebuild the old stone bridge');
  });

  it.each([
    ['an empty string', '', ''],
    ['a document without a body', '<html><head><title>Nothing</title></head></html>', ''],
    ['an empty body', '<html><body></body></html>', ''],
    ['plain text', 'just some words', 'just some words'],
    ['a fragment', '<p>A short note on the bridge.</p>', 'A short note on the bridge.'],
    ['broken markup', '<p><div>Bridge <<b>news</p> &amp; more<script>alert(1)', 'Bridge <news & more'],
    ['markup without words', '<p><div><<>>&&&;<script>alert(1)', ''],
  ])('returns without throwing for %s', (_name, html, text) => {
    const r = extractHtml(html);
    expect(r.blocks.map((b) => b.text).join('\n')).toBe(text);
    expect(r.meta.origins).toBeTypeOf('object');
  });

  it('does not hang on hostile text: long runs of spaces, dates and punctuation', () => {
    const junk = ' '.repeat(100_000) + '1 2 3 '.repeat(20_000) + '((((('.repeat(20_000) + 'Photo: '.repeat(10_000);
    const t = Date.now();
    extractHtml(page(`<article><p>${junk}</p>${para(0)}${para(1)}</article>`, `<title>${junk.slice(0, 50_000)}</title>`));
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  it.each([
    ['deep groups', ('<div>'.repeat(100) + '<p>Words, words, words.</p>' + '</div>'.repeat(100)).repeat(500)],
    ['many links whose text is split by markup', '<p><a href="/x">link text here</a> and, more</p>'.repeat(20_000)],
    ['many siblings', '<div class="c"><p>Some words, here, and there.</p></div>'.repeat(20_000)],
  ])(
    'stays fast on hostile shapes: %s',
    (_name, body) => {
      const t = Date.now();
      const { blocks } = extractHtml(page(`<article>${body}</article>`));
      expect(blocks.length).toBeGreaterThan(0);
      expect(Date.now() - t).toBeLessThan(15_000);
    },
    30_000,
  );

  it('reads a page with too many elements for Readability with the plain walker, and says so', () => {
    const r = extractHtml(page(`<article>${'<p><span>Lowmere</span> <b>news</b></p>'.repeat(11_000)}</article>`));
    expect(r.removed.map((x) => x.rule)).toContain('html:too-large');
    expect(r.blocks[0]?.text).toBe('Lowmere news');
  }, 30_000);

  it('cuts input beyond its size bound and says so', () => {
    const huge = page(`<article>${para(0).repeat(35_000)}</article>`);
    const r = extractHtml(huge);
    expect(r.removed[0]?.rule).toBe('html:truncated');
  }, 60_000);

  it('is pure: the stage files import nothing that reads files, the network, the clock or the environment', () => {
    const stage = ['extract-html', 'html-block-rules', 'html-content', 'html-datelines', 'html-furniture', 'html-walk'];
    for (const f of [...stage.map((m) => `clean/${m}.ts`), 'metadata/html-metadata.ts']) {
      const src = readFileSync(new URL(`../pipeline/${f}`, import.meta.url), 'utf8');
      expect(src, f).not.toMatch(/from 'node:|from '(?:fs|http|https|net|child_process)'|process\.env|Date\.now|new Date\(|Math\.random/);
    }
  });
});
