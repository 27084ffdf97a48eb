/**
 * html-metadata: reads an article's metadata from a parsed HTML document (a DOM from linkedom).
 * Input: the Document, before any extractor has pruned it. Output: HtmlMeta, every value the raw string
 * as found (only surrounding whitespace trimmed, and a site-name suffix cut off titles), or null, with
 * `origins` naming the source of each value found ('og:title', 'json-ld:datePublished', '<title>', ...).
 * Sources, in order of trust: JSON-LD (Article types, incl. @graph and arrays), Open Graph / article:*,
 * other <meta> names, microdata, <time datetime>, <link rel=canonical>, <html lang>, <title>.
 * Reports no removals; JSON-LD that fails to parse is skipped.
 */

export interface HtmlMeta {
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  language: string | null;
  origins: Record<string, string>;
}

type Field = Exclude<keyof HtmlMeta, 'origins'>;
type Json = unknown;

/** Article types of schema.org that describe the page itself (not a list of teasers). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'techarticle',
  'report',
]);
const MAX_JSONLD_CHARS = 500_000;
const MAX_JSON_NODES = 20_000;
const MAX_VALUE_CHARS = 2_000;

/** A value is usable when it has text once trimmed; overlong values are cut so a hostile page stays small. */
function clean(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const s = String(v).trim();
  return s === '' ? null : s.slice(0, MAX_VALUE_CHARS);
}

function notUrl(v: string | undefined): string | undefined {
  return v && /^https?:\/\//i.test(v) ? undefined : v;
}

/** All <meta> values keyed by lower-cased property / name / itemprop; the first occurrence wins. */
function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const value = clean(el.getAttribute('content'));
    if (value === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, value);
    }
  }
  return out;
}

/** Parses one JSON-LD script; some sites leave raw newlines or tabs inside strings, so retry without them. */
function parseJson(text: string): Json {
  if (text.length > MAX_JSONLD_CHARS) return null;
  try {
    return JSON.parse(text);
  } catch {
    /* retry below */
  }
  try {
    return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
  } catch {
    return null;
  }
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasArticleType(o: Record<string, Json>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.has(x.toLowerCase()));
}

/** Every object in the JSON-LD scripts, breadth first, without recursion (pages can nest deeply). */
function jsonLdObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const queue: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    queue.push(parseJson(s.textContent ?? ''));
  }
  for (let i = 0; i < queue.length && i < MAX_JSON_NODES; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v);
    else if (isObject(v)) {
      out.push(v);
      for (const [k, child] of Object.entries(v)) if (k === '@graph' || typeof child === 'object') queue.push(child);
    }
  }
  return out;
}

/** Names of a person / organisation value: a string, {name}, an {@id} reference, or an array of these. */
function names(v: Json, byId: Map<string, Record<string, Json>>): string | null {
  const list = (Array.isArray(v) ? v : [v]).map((x) => {
    if (isObject(x) && typeof x['@id'] === 'string' && x.name === undefined) x = byId.get(x['@id']) ?? x;
    return isObject(x) ? clean(x.name) : clean(x);
  });
  const found = list.filter((x): x is string => x !== null);
  return found.length ? found.join(', ') : null;
}

function fromJsonLd(doc: Document): Partial<Record<Field, string | null>> {
  const objects = jsonLdObjects(doc);
  const article = objects.find(hasArticleType);
  if (!article) return {};
  const byId = new Map<string, Record<string, Json>>();
  for (const o of objects) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  const page = article.mainEntityOfPage;
  return {
    title: clean(article.headline) ?? clean(article.name),
    publisher: names(article.publisher, byId),
    url: clean(article.url) ?? (isObject(page) ? clean(page['@id']) : clean(page)),
    published: clean(article.datePublished),
    modified: clean(article.dateModified),
    author: names(article.author, byId),
    language: clean(article.inLanguage),
  };
}

/** A site name reduced for comparison: lower-case letters and digits, without a trailing ".com" and the like. */
function siteKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.(?:com|org|net|co|news|info)(?:\.[a-z]{2})?$|\.[a-z]{2}$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The host's main label ("entermedia" for www.entermedia.co.kr), a stand-in for a site with no stated name. */
export function hostLabel(url: string | null): string | null {
  const host = /^https?:\/\/([^/:?#]{1,253})/i.exec(url ?? '')?.[1]?.toLowerCase();
  if (!host) return null;
  const parts = host.split('.').filter((p) => p !== 'www');
  const generic = /^(?:com|org|net|co|gov|ac|edu|news|info)$/;
  while (parts.length > 1 && (parts[parts.length - 1]!.length <= 3 || generic.test(parts[parts.length - 1]!))) parts.pop();
  return parts[parts.length - 1] ?? null;
}

/**
 * Cuts " | Site" (or " - Site", " – Site", ...) when the suffix names the site: equal to one of `sites` once
 * reduced, or one beginning the other ("Inexhibit" for "Inexhibit magazine"). Otherwise keeps the title.
 */
export function stripSiteSuffix(title: string, sites: string | null | (string | null)[]): string {
  const keys = (Array.isArray(sites) ? sites : [sites])
    .filter((x): x is string => !!x)
    .map(siteKey)
    .filter((k) => k.length >= 3);
  if (keys.length === 0) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ']) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const suffix = siteKey(title.slice(at + sep.length));
    const related = (k: string) => k === suffix || (Math.min(k.length, suffix.length) >= 4 && (k.startsWith(suffix) || suffix.startsWith(k)));
    if (suffix.length >= 3 && keys.some(related)) {
      return title.slice(0, at).trim();
    }
  }
  return title;
}

/** What the extractor also uses to spot the page's own labels repeated in the body. */
export interface HtmlMetaDetail {
  meta: HtmlMeta;
  titles: string[];
  description: string | null;
  keywords: string[];
}

/**
 * Reads every source, then fills each field from the first source that has it. `titles` lists every title the
 * page states, so the extractor can spot the headline repeated at the top of the body; `description` the summary
 * (standfirst) and `keywords` the tags the page states, likewise.
 */
export function readHtmlMetaDetailed(doc: Document): HtmlMetaDetail {
  const m = metaMap(doc);
  const ld = fromJsonLd(doc);
  const attr = (sel: string, name: string) => clean(doc.querySelector(sel)?.getAttribute(name));
  const docTitle = clean(doc.querySelector('title')?.textContent);
  // Order matters: the title's site suffix is judged against the publisher and the URL found before it.
  const candidates: Record<Field, [string, string | null | undefined][]> = {
    publisher: [
      ['json-ld:publisher.name', ld.publisher],
      ['og:site_name', m.get('og:site_name')],
      ['meta[name=application-name]', m.get('application-name')],
    ],
    url: [
      ['link[rel=canonical]', attr('link[rel="canonical"]', 'href')],
      ['og:url', m.get('og:url')],
      ['json-ld:url', ld.url],
    ],
    title: [
      ['og:title', m.get('og:title')],
      ['json-ld:headline', ld.title],
      ['twitter:title', m.get('twitter:title')],
      ['<title>', docTitle],
    ],
    published: [
      ['json-ld:datePublished', ld.published],
      ['article:published_time', m.get('article:published_time')],
      ['itemprop=datePublished', m.get('datepublished') ?? attr('[itemprop="datePublished"]', 'datetime')],
      ['time[datetime]', attr('time[datetime]', 'datetime')],
    ],
    modified: [
      ['json-ld:dateModified', ld.modified],
      ['article:modified_time', m.get('article:modified_time')],
      ['og:updated_time', m.get('og:updated_time')],
    ],
    // article:author is often a profile URL, not a name: it comes last then.
    author: [
      ['json-ld:author.name', ld.author],
      ['meta[name=author]', m.get('author')],
      ['article:author', notUrl(m.get('article:author'))],
      ['meta[name=byl]', m.get('byl')],
      ['article:author', m.get('article:author')],
    ],
    language: [
      ['html[lang]', attr('html', 'lang')],
      ['meta[http-equiv=content-language]', m.get('content-language')],
      ['og:locale', m.get('og:locale')],
      ['json-ld:inLanguage', ld.language],
    ],
  };
  const meta: HtmlMeta = {
    title: null,
    publisher: null,
    url: null,
    published: null,
    modified: null,
    author: null,
    language: null,
    origins: {},
  };
  for (const field of Object.keys(candidates) as Field[]) {
    const hit = candidates[field].find(([, v]) => v);
    if (!hit) continue;
    const sites = [meta.publisher, m.get('og:site_name') ?? null, hostLabel(meta.url)];
    meta[field] = field === 'title' ? stripSiteSuffix(hit[1]!, sites) : hit[1]!;
    meta.origins[field] = hit[0];
  }
  const titles = candidates.title.map(([, v]) => v).filter((t): t is string => !!t);
  if (meta.title) titles.push(meta.title);
  const description = m.get('og:description') ?? m.get('description') ?? m.get('twitter:description') ?? null;
  const keywords = `${m.get('keywords') ?? ''},${m.get('news_keywords') ?? ''}`
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return { meta, titles, description, keywords };
}
