/**
 * Merge an article's metadata from its three possible origins, field by field: a curator's sidecar wins, then
 * the page's HTML metadata, then the cues in its text. Values are normalised (dates to ISO 8601 at their
 * stated precision, publisher named from the URL's domain) but never invented: what no origin gives is null,
 * with a warning. Input: the cues, the HTML metadata, the sidecar. Output: the fields and their origins.
 * Rule ids: metadata:missing-<field>, metadata:bad-date.
 */
import { message, type Message } from '../core/message.ts';
import type { Reference } from '../core/reference.ts';
import { parseDateLine, precisionOf, type IsoDate, type Precision } from '../language/date-line.ts';
import type { CuratorMeta, SourceRecord } from '../types/generated.ts';
import type { TextMetadata } from './read-metadata.ts';
import type { HtmlMeta } from './html-metadata.ts';
import { detectLanguage } from '../ingest/detect-language.ts';

export type { CuratorMeta };
type Origin = 'text' | 'html' | 'curator';
type Fields = Pick<
  SourceRecord,
  | 'title'
  | 'publisher'
  | 'url'
  | 'published'
  | 'published_precision'
  | 'author'
  | 'language'
  | 'title_origin'
  | 'publisher_origin'
  | 'url_origin'
  | 'published_origin'
  | 'author_origin'
  | 'language_origin'
>;

export interface MergeInput {
  file: string;
  text: string;
  cues: TextMetadata;
  html: HtmlMeta | null;
  curator: CuratorMeta | null;
  reference: Reference;
}

/** The first origin that has the field (a curator's explicit null counts: it states the value is unknown). */
function pick<T>(candidates: [Origin, T | null | undefined][]): [T | null, Origin | null] {
  for (const [origin, value] of candidates) {
    if (origin === 'curator' && value === null) return [null, 'curator'];
    if (value !== null && value !== undefined) return [value, origin];
  }
  return [null, null];
}

/** An HTML date is usually ISO already; anything else goes through the date parser. */
export function normaliseDate(raw: string): IsoDate | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  if (iso) {
    const [, day, hm, sec, zone] = iso;
    if (!hm) return { value: day!, precision: 'day' };
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return { value: `${day}T${hm}${sec ?? ''}${z}`, precision: sec ? 'second' : 'minute' };
  }
  const parsed = parseDateLine(raw);
  return parsed ? { value: parsed.value, precision: parsed.precision } : null;
}

export function domainOf(url: string): string | null {
  const m = /^https?:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(url);
  return m?.[1]?.toLowerCase() ?? null;
}

/** The outlet's usual name for a domain or any of its subdomains; else the domain itself. */
export function publisherFor(domain: string, reference: Reference): string {
  const entries = reference.publishers;
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const hit = entries.find((e) => e.domain === d);
    if (hit) return hit.name;
  }
  return domain;
}

export function mergeMetadata(input: MergeInput): { fields: Fields; messages: Message[] } {
  const { cues, html, curator, file } = input;
  const c = curator ?? {};
  const messages: Message[] = [];
  const [title, title_origin] = pick<string>([
    ['curator', c.title],
    ['html', html?.title],
    ['text', cues.title?.value],
  ]);
  const [url, url_origin] = pick<string>([
    ['curator', c.url],
    ['html', html?.url],
    ['text', cues.url?.value],
  ]);
  // A profile link in an author field names nobody: it is not a byline.
  const byline = (v: string | null | undefined) => (v && !/^https?:\/\//i.test(v) ? v : null);
  const [author, author_origin] = pick<string>([
    ['curator', c.author],
    ['html', byline(html?.author)],
    ['text', cues.author?.value],
  ]);

  const htmlDate = html?.published ? normaliseDate(html.published) : null;
  if (html?.published && !htmlDate) {
    messages.push(
      message(
        'warning',
        'metadata',
        'bad-date',
        file,
        `Unreadable publication date in the HTML metadata, expected a date, got "${html.published.slice(0, 80)}"`,
        { expected: 'a date', actual: html.published.slice(0, 80) },
      ),
    );
  }
  const curatorDate = typeof c.published === 'string' ? { value: c.published, precision: precisionOf(c.published) as Precision } : c.published;
  const [published, published_origin] = pick<IsoDate>([
    ['curator', curatorDate],
    ['html', htmlDate],
    ['text', cues.published?.value],
  ]);

  const domainFromUrl = url ? domainOf(url) : null;
  const [publisher, publisher_origin] = pick<string>([
    ['curator', c.publisher],
    ['html', html?.publisher],
    [url_origin ?? 'text', domainFromUrl ? publisherFor(domainFromUrl, input.reference) : null],
    ['text', cues.domain ? publisherFor(cues.domain.value, input.reference) : null],
  ]);
  const [language, language_origin] = pick<string>([
    ['curator', c.language],
    ['html', html?.language ? html.language.toLowerCase().split(/[-_]/)[0] : null],
    ['text', detectLanguage(input.text, input.reference.languages)],
  ]);

  const fields: Fields = {
    title,
    publisher,
    url,
    published: published?.value ?? null,
    published_precision: published?.precision ?? null,
    author,
    language,
    title_origin,
    publisher_origin,
    url_origin,
    published_origin,
    author_origin,
    language_origin,
  };
  for (const f of ['title', 'publisher', 'url', 'published', 'language'] as const) {
    if (fields[f] === null && fields[`${f}_origin`] !== 'curator') {
      messages.push(
        message('warning', 'metadata', `missing-${f}`, file, `No ${f} found in the article; left null (a curator can supply it in ${file}.meta.yaml)`, {
          expected: f,
          actual: 'nothing',
        }),
      );
    }
  }
  return { fields, messages };
}
