/**
 * extract-html: finds an HTML page's main content and turns it into blocks, and reads the page's metadata.
 * Input: the decoded HTML string. Output: { blocks, removed, meta } where blocks are the article body in reading
 * order (one per paragraph, heading, list item, blockquote, figure caption; the headline is left out), and meta is
 * HtmlMeta (see html-metadata.ts). Pure: no I/O, no clock, no environment.
 * Method: general boilerplate (navigation, share bars, hidden text) is cut from a linkedom DOM; Mozilla
 * Readability picks the content element; an iterative walker turns it into blocks; block rules then drop the
 * prompts, teasers, credits and date lines that Readability keeps.
 * Rule ids: html:truncated (input cut to MAX_HTML_CHARS), html:too-large (too many elements for Readability),
 * html:non-content (elements cut before Readability), html:headline (the title repeated), html:standfirst (the
 * page's summary set as a heading), html:boilerplate (prompts, "Advertisement", credits, date and byline lines,
 * tag lists), html:teaser ("Read more: ..." and all-link blocks), html:trailer (a "Related" / "More from" label
 * late in the text, and all after it), html:credit (a photo credit cut from the end of a paragraph, which then
 * counts as a caption; action 'rewrite').
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Block, Removal } from './blocks.ts';
import { readHtmlMetaDetailed, type HtmlMeta, type HtmlMetaDetail } from '../metadata/html-metadata.ts';

export type { HtmlMeta } from '../metadata/html-metadata.ts';

type Kind = NonNullable<Block['kind']>;

/** Bounds that keep hostile pages cheap; real articles are far below them (benchmark pages nest <= 52 deep). */
const MAX_HTML_CHARS = 5_000_000;
const MAX_DOM_DEPTH = 80;
/**
 * Readability's work grows with elements x depth (benchmark pages: up to 1,600 x 52); beyond these bounds the
 * plain walker reads the body instead.
 */
const MAX_ELEMENTS = 30_000;
const MAX_ELEMENTS_X_DEPTH = 1_000_000;
/** Finding source lines may scan the page this many times over in all, then gives up (lines stay null). */
const MAX_LINE_SCANS = 20;
const MAX_BLOCK_CHARS = 50_000;
const MAX_LOG_TEXT = 200;
const MAX_LOG_ENTRIES = 500;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul',
]);
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'button', 'select',
  'textarea', 'input', 'option', 'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link',
]);
const KIND_OF: Record<string, Kind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item', blockquote: 'quote', figcaption: 'caption', caption: 'caption',
};

/** A block as the walker finds it: `linked` is the share of its characters inside links. */
export interface RawBlock { text: string; kind: Kind; linked: number }

/** Adds to the removal log, which stays small: at most MAX_LOG_ENTRIES entries of MAX_LOG_TEXT characters. */
function log(removed: Removal[], rule: string, text: string, action?: Removal['action']): void {
  if (removed.length >= MAX_LOG_ENTRIES) return;
  removed.push({ rule, line: null, text: text.slice(0, MAX_LOG_TEXT), ...(action ? { action } : {}) });
}

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
}

/**
 * Visits the subtree in document order without recursion: `enter` on every node (return false to skip its
 * children), `exit` on every element after its children. Below maxDepth, children are not visited.
 */
function traverse(
  root: Node, maxDepth: number, enter: (n: Node, depth: number) => boolean, exit: (n: Node) => void,
): void {
  let node: Node | null = root.firstChild;
  let depth = 1;
  while (node) {
    if (enter(node, depth) && node.firstChild && depth < maxDepth) {
      node = node.firstChild; depth++;
      continue;
    }
    while (node && node !== root) {
      exit(node);
      if (node.nextSibling) { node = node.nextSibling; break; }
      node = node.parentNode; depth--;
    }
    if (node === root) node = null;
  }
}

/** Collects the text of each run between block-level boundaries; its kind is the innermost kind-giving tag. */
export function walkBlocks(root: Node): RawBlock[] {
  const out: RawBlock[] = [];
  const kinds: Kind[] = [];
  let parts: string[] = [], size = 0, linkedSize = 0, inLink = 0, kind: Kind = 'paragraph';
  const flush = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) out.push({ text: text.slice(0, MAX_BLOCK_CHARS), kind, linked: size ? linkedSize / size : 0 });
    parts = []; size = 0; linkedSize = 0;
  };
  const enter = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      if (size === 0 && /\S/.test(t)) kind = kinds[kinds.length - 1] ?? 'paragraph';
      if (size < MAX_BLOCK_CHARS) { parts.push(t); size += t.length; if (inLink) linkedSize += t.length; }
      return false;
    }
    const tag = tagOf(n);
    if (!tag || SKIP_TAGS.has(tag)) return false;
    if (BLOCK_TAGS.has(tag)) flush();
    else if (tag === 'td' || tag === 'th') parts.push(' '); // a table row is one block, its cells spaced
    if (KIND_OF[tag]) kinds.push(KIND_OF[tag]);
    if (tag === 'a') inLink++;
    return true;
  };
  const exit = (n: Node) => {
    const tag = tagOf(n);
    if (!tag || SKIP_TAGS.has(tag)) return;
    if (BLOCK_TAGS.has(tag)) flush();
    if (KIND_OF[tag]) kinds.pop();
    if (tag === 'a') inLink--;
  };
  traverse(root, Number.MAX_SAFE_INTEGER, enter, exit);
  flush();
  return out;
}

/**
 * Replaces the children of elements at MAX_DOM_DEPTH by their text, so Readability's recursion cannot overflow;
 * returns the number of elements and the depth of the deepest, which bound Readability's work.
 */
function capDomDepth(root: Node): { elements: number; depth: number } {
  let elements = 0, deepest = 0;
  traverse(root, Number.MAX_SAFE_INTEGER, (n, depth) => {
    if (n.nodeType !== 1) return false;
    elements++;
    deepest = Math.max(deepest, depth);
    if (depth >= MAX_DOM_DEPTH && n.firstChild) { n.textContent = n.textContent; return false; }
    return true;
  }, () => {});
  return { elements, depth: deepest };
}

/**
 * Class / id words of page furniture: share bars, newsletter and subscription prompts, related-story rails,
 * ads, breadcrumbs, comments, bylines and datelines, photo credits. Matched on whole dash/underscore parts.
 */
const FURNITURE = new RegExp('(?:^|[-_])(?:' + [
  'share', 'sharing', 'sharebar', 'social', 'socials', 'newsletter', 'newsletters', 'subscribe', 'subscription',
  'signup', 'related', 'recommended', 'recirc', 'trending', 'popular', 'promo', 'advert', 'advertisement', 'ad',
  'ads', 'adslot', 'sponsored', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'comments', 'byline',
  'dateline', 'timestamp', 'credit', 'credits', 'copyright', 'toolbar', 'cookie', 'consent', 'paywall', 'modal',
  'popup', 'readmore', 'skip', 'sr', 'visually', 'print', 'tags', 'author', 'bio', 'hidden', 'invisible',
  'offscreen', 'tooltip', 'popover', 'hovercard', 'rollover',
].join('|') + ')(?:$|[-_])', 'i');
const HIDDEN_STYLE = /(?:display\s{0,9}:\s{0,9}none|visibility\s{0,9}:\s{0,9}hidden)/i;
const NON_CONTENT = 'nav, [role="navigation"], [role="complementary"], [hidden]';

function isFurniture(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.slice(0, 500).split(/\s+/);
  return words.some((w) => w && FURNITURE.test(w)) || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Tweets and other posts quoted in a story sit in "social" wrappers that Readability drops (by class, or for
 * their links): the quote replaces its wrappers, and a bare blockquote is never cleaned away.
 */
function protectEmbeds(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll('blockquote.twitter-tweet, blockquote.instagram-media'))) {
    const len = (quote.textContent ?? '').length;
    let outer: Element = quote;
    for (let a = quote.parentElement; a && a !== doc.body; a = a.parentElement) {
      if ((a.textContent ?? '').length > len * 1.5 + 200) break;
      outer = a;
    }
    if (outer !== quote) outer.replaceWith(quote);
    quote.removeAttribute('class');
  }
}

/**
 * Cuts navigation, hidden and furniture elements, never one holding a large share of the page's paragraphs
 * (a site may well call its story container "story-share-wrapper"). The depth cap bounds the work: a node
 * lies inside at most MAX_DOM_DEPTH candidates.
 */
function cutFurniture(doc: Document, removed: Removal[]): void {
  const body = doc.body;
  if (!body) return;
  protectEmbeds(doc);
  const pText = (el: Element) => Array.from(el.querySelectorAll('p')).reduce((s, p) => s + (p.textContent ?? '').length, 0);
  const total = pText(body);
  const candidates = [...Array.from(body.querySelectorAll(NON_CONTENT)),
    ...Array.from(body.querySelectorAll('[class], [id], [style]')).filter(isFurniture)];
  for (const el of candidates) {
    if (!el.isConnected || /^(?:body|main|article|html)$/i.test(el.tagName)) continue;
    if ((el.textContent ?? '').length > total * 0.3 && pText(el) > total * 0.3) continue;
    const text = (el.textContent ?? '').slice(0, MAX_LOG_TEXT * 4).replace(/\s+/g, ' ').trim();
    if (text) log(removed, 'html:non-content', text);
    el.remove();
  }
}

/** Lower-case letters and digits only, single-spaced: the form in which block texts are compared. */
function norm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whole blocks that are never article text: widget labels, prompts, ad markers (compared normalised). */
const BOILERPLATE = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'continue reading below', 'story continues below',
  'article continues below', 'continue reading', 'subscribe', 'sign in', 'sign up', 'log in', 'caption', 'close',
  'enlarge image', 'enlarge this image', 'hide caption', 'toggle caption', 'comments', 'comment', 'loading',
  'loading content', 'share', 'share this', 'share this article', 'share this story', 'tweet', 'email', 'print',
  'read more', 'more', 'skip to content', 'skip to main content', 'view author archive', 'email the author',
  'follow on twitter', 'getty images', 'image', 'photo', 'video', 'play', 'play video', 'watch', 'listen',
  'highlights', 'related', 'related articles', 'related stories', 'related content', 'recommended', 'menu',
  'search', 'home', 'back to top', 'next', 'previous', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'pinterest',
  'reddit', 'copy link', 'copied', 'show comments', 'leave a comment', 'view comments', 'post comment',
  'media playback is unsupported on your device', 'this slideshow requires javascript', 'text size', 'tags',
  'breaking news', 'don t miss', 'learn more', 'subscriber services', 'opinion columnist', 'review',
  'anzeige', 'werbung', 'publicidad', 'publicité', 'pubblicità', 'publicidade', 'reklama', 'реклама', 'iklan',
]);

/** Slideshow counters ("Image 1 of 23", "1 of 6"), compared normalised. */
const COUNTER = /^(?:(?:image|photo|picture|slide)s? )?\d{1,4} of \d{1,4}$/;

/** Notes on the reporting and the reporters, ending a story: "Reporting by ...", "X contributed to this report". */
const AUTHOR_NOTE = /^[[(]?(?:additional )?(?:reporting|writing|editing) by\b|\bcontributed(?: reporting| to this (?:report|story|article))\b|^(?:write to|email|e-mail|contact|reach) .{1,80}(?:@|\bat\b|\btwitter\b)|^(?:have a tip|follow (?:him|her|them|us|@)|follow \S+(?: \S+)? on (?:twitter|facebook|instagram))/i;

/** Invitations to subscribe, sign up, share or follow, told by an opening verb and what it asks for. */
const PROMPT_START = /^(?:subscribe|sign up|sign-up|join|follow|get|download|like this|want more|if you (?:enjoyed|liked|like)|don't forget|click|tap|support|let our|never miss|stay (?:on top|up to date|informed)|start your day|there's plenty more)\b/i;
const PROMPT_ASK = /https?:\/\/|\bwww\.|\b(?:newsletters?|inbox|subscribe|subscription|sign up|twitter|facebook|instagram|app|e-?mail|share (?:it|this)|forums?|members?)\b/i;

/** Tag and category lines under a post. */
const TAGLINE = /^(?:tags?|tagged|filed under|categor(?:y|ies|ia)|topics?|labels?)\s{0,3}:/i;

/** "Read more: ...", "Related: ..." and similar lead-ins of links to other stories. */
const TEASER = /^[[(]?(?:read more|read also|also read|read next|related|see more|see also|also see|more|don't miss|do not miss|recommended|watch|listen|click here|also on [\w.]+|up next|more on this|further reading|trending)\b\s{0,3}(?:[:|»>–—-]|on\b)/i;

/** Photo credits and image labels: "Photo: X", "(Image: © X)", "Image copyright X", "© X", "X/Getty Images". */
const CREDIT = /^(?:[[(]?(?:photos?|images?|pictures?|credits?|source|foto|fotos|imagem|bild|video)(?: credits?)?\s{0,3}[:.…]|image copyright\b|image caption\b|copyright\b|©|\(c\)\s)|(?:getty images?|shutterstock|\bafp|\breuters|\bap|\bepa)(?: file)?\)?$/i;

/** Date, time and byline lines (with few words): "Published 4:00 am ...", "Updated Nov 19", "By Jane Doe". */
const DATELINE_START = /^(?:published|updated|posted|last updated|first published|modified|created|date)\b/i;
/** Words of a date line in the languages most pages here use; compared normalised, so accents are kept. */
const DATE_WORD = new RegExp('^(?:\\d{1,4}(?:st|nd|rd|th|a|o|er|e|am|pm|h)?|' + [
  'am', 'pm', 'a', 'p', 'm', 'h', 'at', 'on', 'of', 'ago', 'today', 'yesterday', 'hours?', 'minutes?', 'days?', 'min',
  'read', 'published', 'updated', 'posted', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet',
  'cest', 'ist', 'et', 'pt', 'ct',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mon', 'tue', 'tues',
  'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday',
  // es / pt / fr / it / de / nl: months, weekdays, and the particles between them
  'de', 'del', 'às', 'à', 'le', 'el', 'di', 'der', 'den', 'um', 'om', 'feira', 'enero', 'febrero', 'marzo', 'abril',
  'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'janeiro',
  'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'janvier',
  'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'januar',
  'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'segunda', 'terça', 'quarta', 'quinta', 'sexta',
  'sábado', 'domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
].join('|') + ')$');

/** A month or weekday name, or a clock time: what makes a run of numbers a date rather than a score or a range. */
const DATE_ANCHOR = /(?<!\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?!\p{L})|\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/iu;

function isDateLine(text: string): boolean {
  const words = norm(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 16) return false;
  if (DATELINE_START.test(text) && words.length <= 12 && (DATE_ANCHOR.test(text) || /\d|\bago\b/.test(text))) return true;
  const dateish = words.filter((w) => DATE_WORD.test(w)).length;
  return dateish >= 2 && dateish / words.length >= 0.8 && DATE_ANCHOR.test(text);
}

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters | May 3": after "By", capitalised names and date words only. */
const BY_FILLER = new Set(['and', 'in', 'on', 'at', 'for', 'the', 'of', 'with', 'from', 'staff', 'reporter', 'writer']);

function isByline(text: string): boolean {
  if (!/^by\s/i.test(text)) return false;
  const words = text.slice(3).split(/[\s,|/·–—-]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 12) return false;
  const names = words.filter((w) => !BY_FILLER.has(w.toLowerCase()) && !DATE_WORD.test(w.toLowerCase().replace(/\./g, '')));
  return names.length > 0 && names.every((w) => /^\p{Lu}/u.test(w));
}

/** The rule that drops a block on its own, or null to keep it. */
function blockRule(b: RawBlock, author: string | null): string | null {
  const n = norm(b.text);
  const words = n ? n.split(' ').length : 0;
  if (words === 0 || BOILERPLATE.has(n) || COUNTER.test(n)) return 'html:boilerplate';
  if (words <= 40 && (AUTHOR_NOTE.test(b.text) || (PROMPT_START.test(b.text) && PROMPT_ASK.test(b.text)))) {
    return 'html:boilerplate';
  }
  if (words <= 40 && TAGLINE.test(b.text)) return 'html:boilerplate';
  // A caption of a few words without a full stop is the photographer or agency, not a description.
  if (b.kind === 'caption' && words <= 8 && !/[.!?…"”)]$/.test(b.text)) return 'html:boilerplate';
  if (words <= 30 && TEASER.test(b.text)) return 'html:teaser';
  // A link that is all of a short block points elsewhere, unless it is a web address the author spelt out.
  if (b.linked > 0.9 && words <= 20 && b.kind !== 'quote' && !/^(?:https?:\/\/|www\.)\S+$/i.test(b.text)) return 'html:teaser';
  if (words <= 20 && CREDIT.test(b.text)) return 'html:boilerplate';
  if (isDateLine(b.text) || isByline(b.text)) return 'html:boilerplate';
  if (author && words <= 12 && (n === norm(author) || n === `by ${norm(author)}`)) return 'html:boilerplate';
  return null;
}

/**
 * The whole text of a label that opens the related-stories / comments section (normalised: lower case, no
 * punctuation). It and all after it go, when it comes late in the text.
 */
const TRAILER = /^(?:related(?: \w+)?|more from(?: \w+){1,3}|more on this|more(?: \w+)? (?:news|stories)|you (?:may|might) also (?:like|enjoy)|you may like|recommended(?: for you)?|trending(?: now)?|most (?:popular|read|viewed)|popular (?:now|this week)|latest news|recent (?:articles|posts|stories)|read next|comments?|leave a (?:comment|reply)|tell us what you think|about the author|other stories|we recommend)$/;

/** A list of the page's own keywords ("tag one, tag two, tag three"): the tags shown under a post. */
function isKeywordList(text: string, keywords: Set<string>): boolean {
  if (keywords.size === 0) return false;
  const items = text.split(/[,;|]/).map(norm).filter(Boolean);
  return items.length >= 3 && items.filter((k) => keywords.has(k)).length >= items.length * 0.8;
}

/** The blocks to keep; each dropped block is logged in `removed` with its rule. */
export function filterBlocks(raw: RawBlock[], page: HtmlMetaDetail, removed: Removal[]): RawBlock[] {
  const { meta, titles, description } = page;
  const drop = (rule: string, b: RawBlock) => log(removed, rule, b.text);
  const titleKeys = new Set(titles.map(norm));
  const keywords = new Set(page.keywords.map(norm));
  const total = raw.reduce((s, b) => s + b.text.length, 0);
  const kept: RawBlock[] = [];
  let before = 0;
  for (const [i, b] of raw.entries()) {
    const n = norm(b.text);
    const words = n.split(' ').length;
    before += b.text.length;
    if (i < 5 && titleKeys.has(n)) { drop('html:headline', b); continue; }
    // The summary above the story, when set as a heading; as a paragraph it is usually the story's first one.
    if (i < 5 && b.kind === 'heading' && description && n === norm(description)) { drop('html:standfirst', b); continue; }
    if (words <= 6 && before > total * 0.5 && TRAILER.test(n)) {
      for (const rest of raw.slice(i)) drop('html:trailer', rest);
      break;
    }
    const rule = isKeywordList(b.text, keywords) ? 'html:boilerplate' : blockRule(b, meta.author);
    if (rule) { drop(rule, b); continue; }
    kept.push(b);
  }
  return kept;
}

/** Readability's choice of content element, or null when it finds none or fails on odd markup. */
function readabilityRoot(doc: Document): Element | null {
  try {
    const article = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * linkedom takes a fragment's first element for the root (or none, for plain text); a page without an <html>
 * root is parsed again inside one, so that head and body exist.
 */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName.toLowerCase() === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Without Readability: the body of a fresh parse minus navigation. Crude, but better than nothing. */
function fallbackRoot(html: string): Element | null {
  const document = parseDocument(html);
  for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, [role="navigation"]'))) el.remove();
  capDomDepth(document.documentElement);
  return document.body ?? document.documentElement ?? null;
}

/** 1-based line of each offset in `html`, by binary search over the newline offsets. */
function lineFinder(html: string): (offset: number) => number {
  const starts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
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
    if (at < 0 && budget > 0) { at = html.indexOf(probe); budget -= at < 0 ? html.length : at; }
    if (at < 0) continue;
    b.line = lineOf(at);
    from = Math.max(from, at);
  }
}

/**
 * A photo credit closing a paragraph ("... (Image: GETTY)", "... (AP Photo/Jane Doe)", "...Credit: EPA") marks
 * the paragraph as a caption; the credit itself is cut.
 */
const CREDIT_SUFFIX = /\s{0,3}(?:[([]\s{0,3}(?:(?:ap|afp|epa|reuters)\s)?(?:images?|photos?|pictures?|pictured|credits?|source|foto)(?:\s(?:credit|by))?\s{0,3}[:/][^()[\]]{1,80}[)\]]|\bcredit:[^.:]{1,60})$/i;

function splitCredit(b: RawBlock, removed: Removal[]): RawBlock {
  const m = CREDIT_SUFFIX.exec(b.text);
  if (!m || m.index < 10 || b.kind === 'heading') return b;
  log(removed, 'html:credit', b.text, 'rewrite');
  return { ...b, text: b.text.slice(0, m.index).trim(), kind: 'caption' };
}

export function extractHtml(html: string): { blocks: Block[]; removed: Removal[]; meta: HtmlMeta } {
  const removed: Removal[] = [];
  if (html.length > MAX_HTML_CHARS) {
    log(removed, 'html:truncated', `input cut at ${MAX_HTML_CHARS} of ${html.length} chars`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const document = parseDocument(html);
  const page = readHtmlMetaDetailed(document);
  const size = capDomDepth(document.documentElement);
  let raw: RawBlock[] = [];
  if (size.elements <= MAX_ELEMENTS && size.elements * size.depth <= MAX_ELEMENTS_X_DEPTH) {
    cutFurniture(document, removed);
    const root = readabilityRoot(document);
    if (root) raw = walkBlocks(root);
  } else log(removed, 'html:too-large', `${size.elements} elements, ${size.depth} deep; read without Readability`);
  if (raw.length === 0) {
    const fallback = fallbackRoot(html);
    raw = fallback ? walkBlocks(fallback) : [];
  }
  const blocks: Block[] = filterBlocks(raw, page, removed).map((raw) => {
    const b = splitCredit(raw, removed);
    return { text: b.text, line: null, kind: b.kind };
  });
  assignLines(blocks, html);
  return { blocks, removed, meta: page.meta };
}
