/**
 * boilerplate-lexicon: the word lists of the cleaners, their parser, and helpers to build patterns from them.
 * The lists sharpen select-body's features (function words, furniture phrases, section ends, notice words, teaser
 * labels, caption cues) and are the vocabulary of the HTML extractor (furniture, section ends, teaser and tag
 * labels, furniture class words, prompt words, date labels), of clean-noise's teaser links and of read-metadata's
 * date lines.
 * Input: the text of reference/boilerplate-lexicon.yaml and the teaser labels of reference/boilerplate.yaml (the
 * caller reads the files: stages do no I/O). Output: a BoilerplateLexicon; a list that is not a list of strings
 * throws, naming the key. Reports no rule ids.
 */
import { parse } from 'yaml';

/** A word: letters, marks and digits. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The word lists of the cleaners. Every feature and rule has a structural fallback, so an empty lexicon still
 * works. Labels (furniture, teaser labels, section ends, tag labels) are each in one list; a list may serve
 * several rules: every label is page furniture when it makes up a whole line, and a section end followed by a
 * separator and more text opens a link, as a teaser label does.
 */
export interface BoilerplateLexicon {
  /** Lower-case function words of the languages seen (the, der, le, que, dan ...): prose has many. */
  functionWords: ReadonlySet<string>;
  /**
   * Phrase keys of page furniture: a short line that is one of them, or starts with one of several words, is
   * a menu entry, a share prompt, an ad slot (teaser labels, section ends and tag labels included).
   */
  furniture: ReadonlySet<string>;
  /** Phrase keys of headings (whole line) that open a comments or related-links section after the body. */
  sectionEnds: ReadonlySet<string>;
  /** Lower-case words of cookie banners and legal notices: a long block dense with them is not the article. */
  noticeWords: ReadonlySet<string>;
  /** Lower-case labels that open a link to another story ("read more", "see also"): boilerplate.yaml's teasers. */
  teaserLabels: readonly string[];
  /**
   * Lower-case labels that, followed by a separator and more text, open a link to another story: the teaser
   * labels and the section ends ("Related: ...", "Most read - ...").
   */
  linkLabels: readonly string[];
  /** Lower-case text found in photo captions and credits ("(image:", "getty images"), punctuation included. */
  captionCues: readonly string[];
  /** Lower-case class and id words of page furniture in HTML (share bars, ads, related rails, bylines). */
  furnitureClasses: readonly string[];
  /** Lower-case openings of an invitation to subscribe, follow or share ("sign up", "never miss"). */
  promptOpeners: readonly string[];
  /** Lower-case words of what such an invitation asks for ("newsletter", "inbox", "app"). */
  promptAsks: readonly string[];
  /** Lower-case labels of the tag and category line under a post ("tags", "filed under"), before a colon. */
  tagLabels: readonly string[];
  /** Lower-case labels of a date line: of the publication ("published", "posted on") and of an update. */
  dateLabels: readonly string[];
  updateLabels: readonly string[];
}

export const EMPTY_LEXICON: BoilerplateLexicon = {
  functionWords: new Set(),
  furniture: new Set(),
  sectionEnds: new Set(),
  noticeWords: new Set(),
  teaserLabels: [],
  linkLabels: [],
  captionCues: [],
  furnitureClasses: [],
  promptOpeners: [],
  promptAsks: [],
  tagLabels: [],
  dateLabels: [],
  updateLabels: [],
};

/**
 * Parses reference/boilerplate-lexicon.yaml, with the teaser labels of reference/boilerplate.yaml (the clean-noise
 * pass reads them there too); the caller reads the files (stages do no I/O).
 */
export function parseLexicon(yamlText: string, teasers: readonly string[] = []): BoilerplateLexicon {
  const doc = (parse(yamlText) ?? {}) as Record<string, unknown>;
  const strings = (key: string): string[] => {
    const v = doc[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new Error(`boilerplate lexicon: ${key}: expected a list of strings, got ${JSON.stringify(v)}`);
    }
    return v as string[];
  };
  const lower = (key: string) => strings(key).map((x) => x.toLowerCase());
  const list = (key: string) => new Set(strings(key).map(phraseKey));
  const sectionEnds = list('section_ends');
  const teaserLabels = teasers.map((x) => x.toLowerCase());
  const tagLabels = lower('tag_labels');
  return {
    functionWords: list('function_words'),
    furniture: new Set([...list('furniture'), ...sectionEnds, ...[...teaserLabels, ...tagLabels].map(phraseKey)]),
    sectionEnds,
    noticeWords: list('notice_words'),
    teaserLabels,
    linkLabels: [...teaserLabels, ...lower('section_ends')],
    captionCues: lower('caption_cues'),
    furnitureClasses: lower('furniture_classes'),
    promptOpeners: lower('prompt_openers'),
    promptAsks: lower('prompt_asks'),
    tagLabels,
    dateLabels: lower('date_labels'),
    updateLabels: lower('update_labels'),
  };
}

/** A regular expression source matching any of `phrases` literally, longest first; one that never matches if none. */
export function anyOf(phrases: readonly string[]): string {
  if (phrases.length === 0) return '(?!)';
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}

/** Normalises a phrase or a line for look-ups: lower case, words joined by one space. */
function phraseKey(text: string): string {
  return (text.slice(0, 300).toLowerCase().match(WORD) ?? []).join(' ');
}

/** What a stage derives from a lexicon (its compiled patterns), built once per lexicon. */
export function perLexicon<T>(build: (lex: BoilerplateLexicon) => T): (lex: BoilerplateLexicon) => T {
  const cache = new WeakMap<BoilerplateLexicon, T>();
  return (lex) => {
    let value = cache.get(lex);
    if (value === undefined) cache.set(lex, (value = build(lex)));
    return value;
  };
}
