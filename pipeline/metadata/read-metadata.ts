/**
 * Read an article's metadata from the cues its own text carries, and remove those cue lines from the body:
 * a markdown heading or first short line (title), "By ..." (author), a line that is only a date, optionally
 * labelled ("Publish Date : 28 May 2019 - 22:05", "9 Nov, 2018 22:21"), a bare domain line ("kayhan.ir"),
 * "News ID: 66452", a URL line or a source footer ("Original url:" then "<https://...>").
 * Cues are looked for only in the header (the blocks before the first paragraph of prose) and the footer (the
 * last blocks), never in the body, so a sentence that mentions a date or a URL is never taken for metadata.
 * Input: blocks after noise removal, and the boilerplate lexicon (its date and update labels).
 * Output: blocks without the cue lines, the removals, the values found.
 * The title block is moved out of the body (the caller puts it first), not logged as a removal.
 * Rule ids: metadata:byline, metadata:byline-repeat, metadata:date-line, metadata:domain-line,
 * metadata:id-line, metadata:url-line, metadata:source-footer, metadata:date-prefix (a labelled ISO date opening the
 * first line, cut from it). A line that is only a date is also read in the first blocks after the header.
 */
import type { Block, Removal } from '../clean/blocks.ts';
import { anyOf, perLexicon, type BoilerplateLexicon } from '../clean/boilerplate-lexicon.ts';
import { parseDateLine, type IsoDate } from '../language/date-line.ts';

export interface Found<T> {
  value: T;
  line: number | null;
  text: string;
}

export interface TextMetadata {
  title: Found<string> | null;
  author: Found<string> | null;
  published: Found<IsoDate> | null;
  modified: Found<IsoDate> | null;
  domain: Found<string> | null;
  url: Found<string> | null;
}

export interface MetadataResult {
  blocks: Block[];
  removed: Removal[];
  meta: TextMetadata;
}

const HEADER_MAX = 10;
const FOOTER_MAX = 4;
const DOMAIN = /^(?:www\.)?((?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24})\/?$/i;
const URL_LINE = /^(?:(?:original|source|canonical)?\s?(?:url|link|source)\s?:?\s?)?<?(https?:\/\/[^\s<>]{3,2000})>?$/i;
const FOOTER_LABEL = /^(?:original|source|canonical|read the original)(?: (?:url|link|article|story))?\s?:?$/i;
const ID_LINE = /^(?:news|article|story|post|content)\s?(?:id|no\.?|number)\s?[:#]\s?[\w-]{1,40}$/i;
const BYLINE_START = /^by /i;
const WORD = /[\p{L}\p{N}]+/gu;

const wordCount = (s: string) => (s.match(WORD) ?? []).length;

/** Prose: a long block that ends like a sentence. The header ends where prose starts. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 20 && /[.!?:;"”’)]$/.test(text);
}

function looksLikeTitle(b: Block): boolean {
  const n = wordCount(b.text);
  return b.kind === 'heading' || (n >= 2 && n <= 25 && b.text.length <= 250 && !/[.,;:]$/.test(b.text) && !/:\/\/|www\./.test(b.text));
}

/** A date line's label (the lexicon's date and update labels), then an optional colon, bar or dash. */
const dateLabel = perLexicon((lex) => new RegExp(`^(?:(${anyOf([...lex.dateLabels, ...lex.updateLabels])})\\s?[:|-]?\\s?)`, 'i'));

/** A date label and an ISO date opening a line that goes on ("date 2022-05-18 With ..."). */
const datePrefix = perLexicon((lex) => new RegExp(`^\\s?(${anyOf(lex.dateLabels)})\\s?:?\\s(\\d{4}-\\d{2}-\\d{2})\\s`, 'i'));

function readDatePrefix(text: string, lex: BoilerplateLexicon): { date: IsoDate; length: number } | null {
  const m = datePrefix(lex).exec(text);
  const parsed = m ? parseDateLine(m[2]!) : null;
  return parsed ? { date: { value: parsed.value, precision: parsed.precision }, length: m![0].length } : null;
}

function readDate(text: string, lex: BoilerplateLexicon): { date: IsoDate; updated: boolean } | null {
  const label = dateLabel(lex).exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  const parsed = parseDateLine(rest);
  if (!parsed) return null;
  const updated = !!label && lex.updateLabels.includes(label[1]!.toLowerCase());
  return { date: { value: parsed.value, precision: parsed.precision }, updated };
}

function readByline(text: string): string | null {
  if (!BYLINE_START.test(text) || text.length > 200) return null;
  // "By Jane Roe | Reuters" or "By Jane Roe, Reuters": the name is what comes before the separator.
  const name = text.slice(3).split(/[|,]/)[0]!.trim();
  if (name.length < 2) return null;
  // A byline names people or an agency: a few capitalised words, not a sentence.
  if (wordCount(name) > 8 || !/^\p{Lu}/u.test(name) || /[.!?]$/.test(name)) return null;
  return name;
}

/**
 * `deep`: also read date-only lines in the first blocks after the header (plain-text dumps, where the date line
 * often follows a standfirst); an HTML page's date comes from its metadata, and a date line in its extracted body
 * stays body (the article-extraction benchmark counts it as such).
 */
export function readMetadata(blocks: Block[], lex: BoilerplateLexicon, deep = true): MetadataResult {
  const input = blocks.slice(); // a rewritten line is a new block; the caller's list stays as it was
  const meta: TextMetadata = { title: null, author: null, published: null, modified: null, domain: null, url: null };
  const removed: Removal[] = [];
  const drop = new Set<number>();
  const take = (i: number, rule: string) => {
    drop.add(i);
    removed.push({ rule, line: input[i]!.line, text: input[i]!.text });
  };
  let headerEnd = input.findIndex((b) => isProse(b.text));
  if (headerEnd < 0 || headerEnd > HEADER_MAX) headerEnd = Math.min(HEADER_MAX, input.length);
  const footerStart = Math.max(headerEnd, input.length - FOOTER_MAX);
  const regions = [...Array(headerEnd).keys(), ...Array.from({ length: input.length - footerStart }, (_, k) => footerStart + k)];
  // A line that is nothing but a date is no sentence of the body: in a dump it is read in the first blocks even
  // after a standfirst or a caption ("Title / standfirst / 2 min read / 20 April, 2016 / body").
  if (deep) for (let i = headerEnd; i < Math.min(HEADER_MAX, footerStart); i++) regions.push(i);
  regions.sort((a, b) => a - b);

  for (const i of regions) {
    const b = input[i]!;
    const t = b.text;
    if (t.length > 300) continue;
    const found = <T>(value: T): Found<T> => ({ value, line: b.line, text: t });
    let m: RegExpExecArray | null;
    let prefix: ReturnType<typeof readDatePrefix>;
    if (ID_LINE.test(t)) take(i, 'metadata:id-line');
    else if ((m = URL_LINE.exec(t))) {
      if (!meta.url) meta.url = found(m[1]!);
      const prev = i - 1;
      if (prev >= 0 && !drop.has(prev) && FOOTER_LABEL.test(input[prev]!.text)) take(prev, 'metadata:source-footer');
      take(i, 'metadata:url-line');
    } else if (FOOTER_LABEL.test(t) && i + 1 < input.length && URL_LINE.test(input[i + 1]!.text)) {
      continue; // the URL line that follows takes this label with it
    } else if (i < headerEnd && (m = DOMAIN.exec(t))) {
      if (!meta.domain) meta.domain = found(m[1]!.toLowerCase());
      take(i, 'metadata:domain-line');
    } else if (i < headerEnd && !meta.author && readByline(t)) {
      meta.author = found(readByline(t)!);
      take(i, 'metadata:byline');
    } else if (i === 0 && !meta.published && (prefix = readDatePrefix(t, lex))) {
      // "date 2022-05-18 With the search for ...": a labelled date opening the first line, text after it.
      meta.published = found(prefix.date);
      removed.push({ rule: 'metadata:date-prefix', line: b.line, text: t.slice(0, prefix.length).trim(), action: 'rewrite' });
      input[i] = { ...b, text: t.slice(prefix.length) };
    } else {
      const d = t.length <= 120 ? readDate(t, lex) : null;
      if (!d) continue;
      if (d.updated) meta.modified ??= found(d.date);
      else meta.published ??= found(d.date);
      take(i, 'metadata:date-line');
    }
  }
  // A line repeating the byline's name (a logo or bold credit) is furniture too.
  if (meta.author) {
    const name = meta.author.value.toLowerCase();
    for (const i of regions) if (!drop.has(i) && input[i]!.text.toLowerCase() === name) take(i, 'metadata:byline-repeat');
  }
  const titleIndex = pickTitle(input, drop, headerEnd);
  if (titleIndex !== null) {
    const b = input[titleIndex]!;
    meta.title = { value: b.text, line: b.line, text: b.text };
    drop.add(titleIndex); // moved, not removed: the assembled text opens with the title
  }
  removed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { blocks: input.filter((_, i) => !drop.has(i)), removed, meta };
}

const TITLE_SCAN = 300;
const SHARED_WORDS = 2;
const contentWords = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'will',
  'were',
  'been',
  'their',
  'they',
  'what',
  'when',
  'which',
  'about',
  'after',
  'into',
  'over',
  'more',
  'than',
  'said',
  'says',
]);

/**
 * The headline: a markdown heading in the header, else the first short block before the first paragraph of
 * prose that shares at least two content words with the opening paragraphs (a headline and its lede share
 * their subject; a menu item, a site name or "Skip to Article" do not). No such block: no title (null, with a
 * warning), rather than a guess.
 */
function pickTitle(input: Block[], drop: Set<number>, headerEnd: number): number | null {
  const heading = [...Array(Math.min(headerEnd + 1, input.length)).keys()].find((i) => !drop.has(i) && input[i]!.kind === 'heading');
  if (heading !== undefined) return heading;
  let firstProse = input.findIndex((b) => isProse(b.text));
  if (firstProse < 0) firstProse = input.length;
  const lede = contentWords(
    input
      .slice(firstProse, firstProse + 3)
      .map((b) => b.text)
      .join(' '),
  );
  for (let i = 0; i < Math.min(firstProse, TITLE_SCAN); i++) {
    if (drop.has(i) || !looksLikeTitle(input[i]!)) continue;
    const shared = [...contentWords(input[i]!.text)].filter((w) => lede.has(w)).length;
    if (shared >= SHARED_WORDS) return i;
  }
  return null;
}
