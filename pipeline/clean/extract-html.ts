/**
 * extract-html: finds an HTML page's main content and turns it into blocks, and reads the page's metadata.
 * Input: the decoded HTML string and the boilerplate lexicon (its labels, class words and prompt words; see
 * reference/boilerplate-lexicon.yaml). Output: { blocks, removed, meta } where blocks are the article body in
 * reading order (one per paragraph, heading, list item, blockquote, figure caption; the headline is left out),
 * each with the line of the source where its text is found, and meta is HtmlMeta (see html-metadata.ts).
 * Pure: no I/O, no clock, no environment.
 * Method: html-content cuts general boilerplate (navigation, share bars, hidden text) from a linkedom DOM and
 * lets Mozilla Readability pick the content element, which html-walk turns into blocks; html-block-rules then
 * drops the prompts, teasers, credits and date lines that Readability keeps.
 * Rule ids: html:truncated (input cut to MAX_HTML_CHARS); through html-content: html:too-large, html:non-content;
 * through html-block-rules: html:headline, html:standfirst, html:boilerplate, html:teaser, html:trailer,
 * html:credit.
 */
import type { Block, Removal } from './blocks.ts';
import type { BoilerplateLexicon } from './boilerplate-lexicon.ts';
import { readHtmlMetaDetailed, type HtmlMeta } from '../metadata/html-metadata.ts';
import { filterBlocks, splitCredit } from './html-block-rules.ts';
import { contentBlocks, parseDocument } from './html-content.ts';
import { logRemoval } from './html-walk.ts';

export type { HtmlMeta } from '../metadata/html-metadata.ts';

/** Bounds that keep hostile pages cheap; real articles are far below them. */
const MAX_HTML_CHARS = 5_000_000;
/** Finding source lines may scan the page this many times over in all, then gives up (lines stay null). */
const MAX_LINE_SCANS = 20;

/** 1-based line of each offset in `html`, by binary search over the newline offsets. */
function lineFinder(html: string): (offset: number) => number {
  const starts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Finds each block's line in the source by a run of its letters and spaces (markup and entities rarely fall
 * inside one), searching on from the previous block. Blocks whose probe is not found keep line null.
 */
function assignLines(blocks: Block[], html: string): void {
  const lineOf = lineFinder(html);
  let from = 0;
  let budget = MAX_LINE_SCANS * html.length; // a probe that is never found costs a scan of the whole page
  for (const b of blocks) {
    const probe = /[\p{L}\p{N}][\p{L}\p{N} ]{11,39}/u.exec(b.text.slice(0, 2000))?.[0];
    if (!probe) continue;
    if (budget <= 0) break;
    let at = html.indexOf(probe, from);
    budget -= at < 0 ? html.length - from : at - from;
    if (at < 0 && budget > 0) {
      at = html.indexOf(probe);
      budget -= at < 0 ? html.length : at;
    }
    if (at < 0) continue;
    b.line = lineOf(at);
    from = Math.max(from, at);
  }
}

export function extractHtml(html: string, lex: BoilerplateLexicon): { blocks: Block[]; removed: Removal[]; meta: HtmlMeta } {
  const removed: Removal[] = [];
  if (html.length > MAX_HTML_CHARS) {
    logRemoval(removed, 'html:truncated', `input cut at ${MAX_HTML_CHARS} of ${html.length} chars`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const document = parseDocument(html);
  const page = readHtmlMetaDetailed(document);
  const raw = contentBlocks(document, html, removed, lex);
  const blocks: Block[] = filterBlocks(raw, page, removed, lex).map((raw) => {
    const b = splitCredit(raw, removed);
    return { text: b.text, line: null, kind: b.kind };
  });
  assignLines(blocks, html);
  return { blocks, removed, meta: page.meta };
}
