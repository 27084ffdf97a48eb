/**
 * Read an article's metadata from the cues its own text carries, and remove those cue lines from the body:
 * a markdown heading or first short line (title, see pick-title.ts), "By ..." (author, and a date after a bar:
 * "By Jane Roe | May 26, 2019"), a date line, optionally labelled ("Publish Date : 28 May 2019 - 22:05",
 * "Published on May 26, 2019", "27.05.2019"; an update label gives the modification date, never the
 * publication's), a bare domain line ("kayhan.ir"), "News ID: 66452", a URL line or a source footer ("Original
 * url:" then "<https://...>"). A wire dateline opening the story ("WASHINGTON, Feb. 16, 2017 (Reuters) - ") is
 * read and left in the text.
 * Cues are looked for only in the header (the blocks before the first paragraph of prose) and the footer (the
 * last blocks), never in the body, so a sentence that mentions a date or a URL is never taken for metadata.
 * Publication date, by trust: a labelled date, a dateline, a line that is only a date (in the first blocks,
 * before article prose, naming a day; none when two such lines disagree). Not a publication date: a relative
 * stamp ("2 hours ago"), an update stamp, a date whose day and month could be swapped ("05/04/2019"), a span
 * ("May 26-27, 2019"), a caption's or a tweet embed's date, a date in the footer unless labelled.
 * Input: blocks after noise removal, and the boilerplate lexicon (its date and update labels).
 * Output: blocks without the cue lines, the removals, the values found.
 * The title block is moved out of the body (the caller puts it first), not logged as a removal.
 * Rule ids: metadata:byline, metadata:byline-repeat, metadata:date-line, metadata:domain-line,
 * metadata:id-line, metadata:url-line, metadata:source-footer, metadata:date-prefix (a labelled ISO date opening the
 * first line, cut from it). A line that is only a date is also read in the first blocks after the header.
 */
import type { Block, Removal } from '../clean/blocks.ts';
import { anyOf, perLexicon, type BoilerplateLexicon } from '../clean/boilerplate-lexicon.ts';
import { parseDateLine, parseStoryDateline, readDateLine, type IsoDate } from '../language/date-line.ts';
import { isProse, pickTitle, wordCount } from './pick-title.ts';

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

/** A date line's label (the lexicon's date and update labels), then an optional colon, bar or dash. */
const dateLabel = perLexicon((lex) => new RegExp(`^(?:(${anyOf([...lex.dateLabels, ...lex.updateLabels])})\\s?[:|-]?\\s?)`, 'i'));

/** A date label and an ISO date opening a line that goes on ("date 2022-05-18 With ..."). */
const datePrefix = perLexicon((lex) => new RegExp(`^\\s?(${anyOf(lex.dateLabels)})\\s?:?\\s(\\d{4}-\\d{2}-\\d{2})\\s`, 'i'));

function readDatePrefix(text: string, lex: BoilerplateLexicon): { date: IsoDate; length: number } | null {
  const m = datePrefix(lex).exec(text);
  const parsed = m ? parseDateLine(m[2]!) : null;
  return parsed ? { date: { value: parsed.value, precision: parsed.precision }, length: m![0].length } : null;
}

/** An update label inside a line that opened with the publication date ("... 08.00 BST Last modified on ..."). */
const updateInside = perLexicon((lex) => new RegExp(`[ |,;·•] ?(${anyOf(lex.updateLabels)})\\b`, 'i'));

interface DateRead {
  published: IsoDate | null;
  modified: IsoDate | null;
  labelled: boolean;
}

/** One labelled or bare date (null: no date line; dates null: a date line whose day and month are ambiguous). */
function readOneDate(text: string, lex: BoilerplateLexicon): DateRead | null {
  const label = dateLabel(lex).exec(text);
  const r = readDateLine(label ? text.slice(label[0].length) : text);
  if (!r) return null;
  const date = 'value' in r ? { value: r.value, precision: r.precision } : null;
  const updated = !!label && lex.updateLabels.includes(label[1]!.toLowerCase());
  return { published: updated ? null : date, modified: updated ? date : null, labelled: !!label };
}

/** A date line, or a publication date and an update in one line ("Published 26 May 2019 | Updated 27 May 2019"). */
function readDate(text: string, lex: BoilerplateLexicon): DateRead | null {
  const whole = readOneDate(text, lex);
  if (whole) return whole;
  const at = updateInside(lex).exec(text);
  if (!at || at.index === 0) return null;
  const [first, update] = [readOneDate(text.slice(0, at.index), lex), readOneDate(text.slice(at.index + 1).trim(), lex)];
  if (!first || !update || first.modified) return null;
  return { published: first.published, modified: update.modified, labelled: true };
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

/** Where a date was read: 0 a labelled line (or a byline's), 1 a wire dateline, 2 a line that is only a date. */
interface DateCandidate {
  rank: 0 | 1 | 2;
  found: Found<IsoDate>;
}

/** A tweet embed's signature line ("— Jane Roe (@janeroe)") or its picture link: a date after it is the tweet's. */
const TWEET_END = /\(@\w{1,15}\)$|pic\.twitter\.com\/\w/;

/**
 * A line that is only a date dates the article when it stands in the first blocks with article prose after it,
 * and names a day: a date in the footer is a comment's or a related story's, one after a tweet embed is the
 * tweet's, a caption's is the picture's, and "March 2015" alone heads a section or a timeline.
 */
function bareDateCounts(input: Block[], i: number, date: IsoDate): boolean {
  if (i >= HEADER_MAX || input[i]!.kind === 'caption' || date.precision === 'year' || date.precision === 'month') return false;
  if (i > 0 && TWEET_END.test(input[i - 1]!.text)) return false;
  return input.slice(i + 1).some((b) => isProse(b.text));
}

/** Two readings agree when they name the same day, or one is the other at a coarser precision. */
const agree = (a: IsoDate, b: IsoDate) => {
  const n = Math.min(a.value.length, b.value.length, 10);
  return a.value.slice(0, n) === b.value.slice(0, n);
};

/**
 * The publication date: a labelled one first, then a wire dateline, then a line that is only a date. Lines that
 * are only dates and disagree ("May 28, 2019" in a page's top bar, "May 26, 2019" under the headline) give none:
 * nothing tells which is the article's.
 */
function choosePublished(dates: DateCandidate[]): Found<IsoDate> | null {
  for (const rank of [0, 1, 2]) {
    const c = dates.filter((d) => d.rank === rank);
    if (c.length === 0) continue;
    if (rank === 2 && c.some((d) => !agree(d.found.value, c[0]!.found.value))) continue;
    return c[0]!.found;
  }
  return null;
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
  const dates: DateCandidate[] = [];
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
      // "By Jane Roe | May 26, 2019": a part of the byline that is a date dates the article.
      const dated = t
        .split(/ [|•·] /)
        .slice(1)
        .map((part) => readDate(part, lex)?.published)
        .find(Boolean);
      if (dated) dates.push({ rank: 0, found: found(dated) });
      take(i, 'metadata:byline');
    } else if (i === 0 && (prefix = readDatePrefix(t, lex))) {
      // "date 2022-05-18 With the search for ...": a labelled date opening the first line, text after it.
      dates.push({ rank: 0, found: found(prefix.date) });
      removed.push({ rule: 'metadata:date-prefix', line: b.line, text: t.slice(0, prefix.length).trim(), action: 'rewrite' });
      input[i] = { ...b, text: t.slice(prefix.length) };
    } else {
      const d = t.length <= 120 ? readDate(t, lex) : null;
      if (!d) continue;
      if (d.modified) meta.modified ??= found(d.modified);
      if (d.published && (d.labelled || bareDateCounts(input, i, d.published))) dates.push({ rank: d.labelled ? 0 : 2, found: found(d.published) });
      take(i, 'metadata:date-line');
    }
  }
  // A wire dateline opens the first paragraph, or a line of the header that is the dateline alone or a short
  // paragraph ("WASHINGTON, Feb. 16, 2017 (Reuters) - "; not a top bar "Tuesday, May 28, 2019 - Home - World").
  // It stays in the text: it is the story's own first words.
  for (let i = 0; i <= Math.min(headerEnd, input.length - 1); i++) {
    const d = drop.has(i) ? null : parseStoryDateline(input[i]!.text);
    const after = d ? input[i]!.text.slice(d.text.length).trim() : '';
    if (!d || (i < headerEnd && after !== '' && !/[.!?"”’]$/.test(after))) continue;
    dates.push({ rank: 1, found: { value: { value: d.value, precision: d.precision }, line: input[i]!.line, text: d.text.trim() } });
    break;
  }
  meta.published = choosePublished(dates);
  // A line repeating the byline's name (a logo or bold credit) is furniture too.
  if (meta.author) {
    const name = meta.author.value.toLowerCase();
    for (const i of regions) if (!drop.has(i) && input[i]!.text.toLowerCase() === name) take(i, 'metadata:byline-repeat');
  }
  const titleIndex = pickTitle(input, drop, headerEnd, deep);
  if (titleIndex !== null) {
    const b = input[titleIndex]!;
    meta.title = { value: b.text, line: b.line, text: b.text };
    drop.add(titleIndex); // moved, not removed: the assembled text opens with the title
  }
  removed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { blocks: input.filter((_, i) => !drop.has(i)), removed, meta };
}
