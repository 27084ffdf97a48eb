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
  title: string | null; publisher: string | null; url: string | null; published: string | null;
  modified: string | null; author: string | null; language: string | null;
  origins: Record<string, string>;
}

type Field = Exclude<keyof HtmlMeta, 'origins'>;
type Json = unknown;

/** Article types of schema.org that describe the page itself (not a list of teasers). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'techarticle', 'report',
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
  try { return JSON.parse(text); } catch { /* retry below */ }
  try { return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')); } catch { return null; }
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

/** Cuts " | Site" (or " - Site", " – Site", ...) when the suffix is the site's name; else keeps the title. */
export function stripSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const siteKey = key(site);
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ']) {
    const at = title.lastIndexOf(sep);
    if (at > 0 && siteKey !== '' && key(title.slice(at + sep.length)) === siteKey) return title.slice(0, at).trim();
  }
  return title;
}

/**
 * Reads every source, then fills each field from the first source that has it. `titles` lists every title the
 * page states, so the extractor can spot the headline repeated at the top of the body; `description` the summary
 * (standfirst) the page states, likewise.
 */
export function readHtmlMetaDetailed(doc: Document): { meta: HtmlMeta; titles: string[]; description: string | null } {
  const m = metaMap(doc);
  const ld = fromJsonLd(doc);
  const attr = (sel: string, name: string) => clean(doc.querySelector(sel)?.getAttribute(name));
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const candidates: Record<Field, [string, string | null | undefined][]> = {
    publisher: [['json-ld:publisher.name', ld.publisher], ['og:site_name', m.get('og:site_name')],
      ['meta[name=application-name]', m.get('application-name')]],
    title: [['og:title', m.get('og:title')], ['json-ld:headline', ld.title], ['twitter:title', m.get('twitter:title')],
      ['<title>', docTitle]],
    url: [['link[rel=canonical]', attr('link[rel="canonical"]', 'href')], ['og:url', m.get('og:url')],
      ['json-ld:url', ld.url]],
    published: [['json-ld:datePublished', ld.published], ['article:published_time', m.get('article:published_time')],
      ['itemprop=datePublished', m.get('datepublished') ?? attr('[itemprop="datePublished"]', 'datetime')],
      ['time[datetime]', attr('time[datetime]', 'datetime')]],
    modified: [['json-ld:dateModified', ld.modified], ['article:modified_time', m.get('article:modified_time')],
      ['og:updated_time', m.get('og:updated_time')]],
    author: [['json-ld:author.name', ld.author], ['meta[name=author]', m.get('author')],
      ['article:author', m.get('article:author')], ['meta[name=byl]', m.get('byl')]],
    language: [['html[lang]', attr('html', 'lang')], ['meta[http-equiv=content-language]', m.get('content-language')],
      ['og:locale', m.get('og:locale')], ['json-ld:inLanguage', ld.language]],
  };
  const meta: HtmlMeta = {
    title: null, publisher: null, url: null, published: null, modified: null, author: null, language: null, origins: {},
  };
  for (const field of Object.keys(candidates) as Field[]) {
    const hit = candidates[field].find(([, v]) => v);
    if (!hit) continue;
    meta[field] = field === 'title' ? stripSiteSuffix(hit[1]!, meta.publisher) : hit[1]!;
    meta.origins[field] = hit[0];
  }
  const titles = candidates.title.map(([, v]) => v).filter((t): t is string => !!t);
  if (meta.title) titles.push(meta.title);
  const description = m.get('og:description') ?? m.get('description') ?? m.get('twitter:description') ?? null;
  return { meta, titles, description };
}

export function readHtmlMeta(doc: Document): HtmlMeta {
  return readHtmlMetaDetailed(doc).meta;
}
