/**
 * html-block-rules: drops the blocks of an extracted page that Readability keeps but that are not the story:
 * the headline repeated, the summary set as a heading, ad markers and widget labels, prompts to subscribe or
 * follow, notes on the reporting, tag lists, slideshow counters, credits, date lines and bylines, teaser links,
 * and the related-stories or comments section late in the text; and cuts a photo credit ending a paragraph.
 * Input: the raw blocks, the page's metadata detail (titles, summary, keywords, author) and the lexicon
 * (furniture, section ends, teaser and tag labels, prompt words).
 * Output: the kept blocks; each drop is logged. Rule ids: html:headline, html:standfirst, html:boilerplate,
 * html:teaser, html:trailer, html:credit (action 'rewrite': the paragraph is kept as a caption, less its credit).
 */
import type { Removal } from './blocks.ts';
import { anyOf, perLexicon, type BoilerplateLexicon } from './boilerplate-lexicon.ts';
import type { HtmlMetaDetail } from '../metadata/html-metadata.ts';
import { isByline, isDateLine } from './html-datelines.ts';
import { logRemoval, norm, type RawBlock } from './html-walk.ts';

/** Slideshow counters ("Image 1 of 23", "1 of 6"), compared normalised. */
const COUNTER = /^(?:(?:image|photo|picture|slide)s? )?\d{1,4} of \d{1,4}$/;

/** Notes on the reporting and the reporters, ending a story: "Reporting by ...", "X contributed to this report". */
const AUTHOR_NOTE =
  /^[[(]?(?:additional )?(?:reporting|writing|editing) by\b|\bcontributed(?: reporting| to this (?:report|story|article))\b|^(?:write to|email|e-mail|contact|reach) .{1,80}(?:@|\bat\b|\btwitter\b)|^(?:have a tip|follow (?:him|her|them|us|@)|follow \S+(?: \S+)? on (?:twitter|facebook|instagram))/i;

/**
 * The lexicon's patterns: invitations to subscribe, sign up, share or follow, told by an opening verb and what
 * it asks for; tag and category lines under a post; "Read more: ...", "Related: ..." and the other lead-ins of
 * links to other stories ("Also on example.com: ...").
 */
const patterns = perLexicon((lex) => ({
  promptStart: new RegExp(`^${anyOf(lex.promptOpeners)}\\b`, 'i'),
  promptAsk: new RegExp(`https?:\\/\\/|\\bwww\\.|\\b${anyOf(lex.promptAsks)}\\b`, 'i'),
  tagline: new RegExp(`^${anyOf(lex.tagLabels)}\\s{0,3}:`, 'i'),
  teaser: new RegExp(`^[[(]?(?:${anyOf(lex.linkLabels)}|also on [\\w.]+)\\b\\s{0,3}(?:[:|»>–—-]|on\\b)`, 'i'),
}));

/** Photo credits and image labels: "Photo: X", "(Image: © X)", "Image copyright X", "© X", "X/Getty Images". */
const CREDIT =
  /^(?:[[(]?(?:photos?|images?|pictures?|credits?|source|foto|fotos|imagem|bild|video)(?: credits?)?\s{0,3}[:.…]|image copyright\b|image caption\b|copyright\b|©|\(c\)\s)|(?:getty images?|shutterstock|\bafp|\breuters|\bap|\bepa)(?: file)?\)?$/i;

/** The rule that drops a block on its own, or null to keep it. */
function blockRule(b: RawBlock, author: string | null, lex: BoilerplateLexicon): string | null {
  const n = norm(b.text);
  const words = n ? n.split(' ').length : 0;
  const p = patterns(lex);
  // Widget labels, prompts, ad markers: the lexicon's furniture as a whole block, compared normalised.
  if (words === 0 || lex.furniture.has(n) || COUNTER.test(n)) return 'html:boilerplate';
  if (words <= 40 && (AUTHOR_NOTE.test(b.text) || (p.promptStart.test(b.text) && p.promptAsk.test(b.text)))) {
    return 'html:boilerplate';
  }
  if (words <= 40 && p.tagline.test(b.text)) return 'html:boilerplate';
  // A caption of a few words without a full stop is the photographer or agency, not a description.
  if (b.kind === 'caption' && words <= 8 && !/[.!?…"”)]$/.test(b.text)) return 'html:boilerplate';
  if (words <= 30 && p.teaser.test(b.text)) return 'html:teaser';
  // A link that is all of a short block points elsewhere, unless it is a web address the author spelt out.
  if (b.linked > 0.9 && words <= 20 && b.kind !== 'quote' && !/^(?:https?:\/\/|www\.)\S+$/i.test(b.text)) return 'html:teaser';
  if (words <= 20 && CREDIT.test(b.text)) return 'html:boilerplate';
  if (isDateLine(b.text, lex) || isByline(b.text)) return 'html:boilerplate';
  if (author && words <= 12 && (n === norm(author) || n === `by ${norm(author)}`)) return 'html:boilerplate';
  return null;
}

/**
 * The whole text of a label that opens the related-stories / comments section (normalised: lower case, no
 * punctuation): one of the lexicon's section ends, or one of these open shapes ("Related topics", "More from
 * Reuters", "More world news"). It and all after it go, when it comes late in the text.
 */
const TRAILER_SHAPES = /^(?:related \w+|more from(?: \w+){1,3}|more \w+ (?:news|stories))$/;

/** A list of the page's own keywords ("tag one, tag two, tag three"): the tags shown under a post. */
function isKeywordList(text: string, keywords: Set<string>): boolean {
  if (keywords.size === 0) return false;
  const items = text.split(/[,;|]/).map(norm).filter(Boolean);
  return items.length >= 3 && items.filter((k) => keywords.has(k)).length >= items.length * 0.8;
}

/** The blocks to keep; each dropped block is logged in `removed` with its rule. */
export function filterBlocks(raw: RawBlock[], page: HtmlMetaDetail, removed: Removal[], lex: BoilerplateLexicon): RawBlock[] {
  const { meta, titles, description } = page;
  const drop = (rule: string, b: RawBlock) => logRemoval(removed, rule, b.text);
  const titleKeys = new Set(titles.map(norm));
  const keywords = new Set(page.keywords.map(norm));
  const total = raw.reduce((s, b) => s + b.text.length, 0);
  const kept: RawBlock[] = [];
  let before = 0;
  for (const [i, b] of raw.entries()) {
    const n = norm(b.text);
    const words = n.split(' ').length;
    before += b.text.length;
    if (i < 5 && titleKeys.has(n)) {
      drop('html:headline', b);
      continue;
    }
    // The summary above the story, when set as a heading; as a paragraph it is usually the story's first one.
    if (i < 5 && b.kind === 'heading' && description && n === norm(description)) {
      drop('html:standfirst', b);
      continue;
    }
    if (words <= 6 && before > total * 0.5 && (lex.sectionEnds.has(n) || TRAILER_SHAPES.test(n))) {
      for (const rest of raw.slice(i)) drop('html:trailer', rest);
      break;
    }
    const rule = isKeywordList(b.text, keywords) ? 'html:boilerplate' : blockRule(b, meta.author, lex);
    if (rule) {
      drop(rule, b);
      continue;
    }
    kept.push(b);
  }
  return kept;
}
/**
 * A photo credit closing a paragraph ("... (Image: GETTY)", "... (AP Photo/Jane Doe)", "...Credit: EPA") marks
 * the paragraph as a caption; the credit itself is cut.
 */
const CREDIT_SUFFIX =
  /\s{0,3}(?:[([]\s{0,3}(?:(?:ap|afp|epa|reuters)\s)?(?:images?|photos?|pictures?|pictured|credits?|source|foto)(?:\s(?:credit|by))?\s{0,3}[:/][^()[\]]{1,80}[)\]]|\bcredit:[^.:]{1,60})$/i;

export function splitCredit(b: RawBlock, removed: Removal[]): RawBlock {
  const m = CREDIT_SUFFIX.exec(b.text);
  if (!m || m.index < 10 || b.kind === 'heading') return b;
  logRemoval(removed, 'html:credit', b.text, 'rewrite');
  return { ...b, text: b.text.slice(0, m.index).trim(), kind: 'caption' };
}
