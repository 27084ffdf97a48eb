/**
 * Strip markup residue that web dumps and markdown exports leave in text, keeping the words:
 * `[Bloomberg](#)` -> Bloomberg, `**x**` -> x, `# Title` -> Title (kind heading), `<https://...>` -> the URL,
 * markdown escapes (`\$`) -> the character, stray HTML tags and entities -> text.
 * Input: blocks. Output: the same blocks, rewritten; every change logged (action 'rewrite').
 * Rule ids: markup:markdown, markup:html.
 * Patterns have bounded repetition and no nested quantifiers (they run on every line of hostile input).
 */
import type { Block, PassResult, Removal } from './blocks.ts';

const LINK = /!?\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s"[^"\n]{0,200}")?\)/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]{1,2000})>/g;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]{1,1000}?)\1/g;
const EMPHASIS = /(?<![\w*])\*(?=\S)([^*\n]{1,500}?)\*(?![\w*])/g;
const HEADING = /^#{1,6}\s+/;
const CLOSING_HASHES = / #{1,6}$/; // blocks are whitespace-normalised: one space at most
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!$>|~])/g;
const QUOTE_PREFIX = /^(?:>\s?){1,5}/;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?>/g;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
};

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#x') || body.startsWith('#')) {
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  }
  return NAMED[body.toLowerCase()] ?? whole;
}

function stripMarkdown(block: Block): Block {
  let text = block.text;
  let kind = block.kind;
  if (HEADING.test(text)) {
    text = text.replace(HEADING, '').replace(CLOSING_HASHES, '');
    kind = 'heading';
  }
  text = text.replace(QUOTE_PREFIX, '');
  text = text.replace(LINK, (_m, label: string) => label).replace(AUTOLINK, (_m, url: string) => url);
  text = text.replace(STRONG, (_m, _d, inner: string) => inner).replace(EMPHASIS, (_m, inner: string) => inner);
  text = text.replace(ESCAPE, (_m, ch: string) => ch);
  return { ...block, text: text.trim(), ...(kind ? { kind } : {}) };
}

function stripHtml(text: string): string {
  return text.replace(TAG, ' ').replace(ENTITY, decodeEntity).replace(/ {2,}/g, ' ').trim();
}

export function cleanMarkup(blocks: Block[]): PassResult {
  const removed: Removal[] = [];
  const out: Block[] = [];
  for (const block of blocks) {
    const md = stripMarkdown(block);
    if (md.text !== block.text) removed.push({ rule: 'markup:markdown', line: block.line, text: block.text, action: 'rewrite' });
    const html = stripHtml(md.text);
    if (html !== md.text) removed.push({ rule: 'markup:html', line: block.line, text: md.text, action: 'rewrite' });
    if (html) out.push({ ...md, text: html });
    else removed.push({ rule: 'markup:html', line: block.line, text: md.text, action: 'drop' });
  }
  return { blocks: out, removed };
}
