/**
 * boilerplate-lexicon: the optional word lists that sharpen select-body's features (function words, furniture
 * phrases, section-end headings, notice words, teaser labels, caption cues), and their parser.
 * Input: the text of reference/boilerplate-lexicon.yaml (the caller reads the file: stages do no I/O).
 * Output: a BoilerplateLexicon; a list that is not a list of strings throws, naming the key. Reports no rule ids.
 */
import { parse } from 'yaml';

/** A word: letters, marks and digits. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Optional word lists; every feature has a structural fallback, so an empty lexicon still works. */
export interface BoilerplateLexicon {
  /** Lower-case function words of the languages seen (the, der, le, que, dan ...): prose has many. */
  functionWords: ReadonlySet<string>;
  /** Lower-case word sequences that make a short line page furniture when it starts with them. */
  furniture: ReadonlySet<string>;
  /** Lower-case headings (whole line) that open a comments or related-links section after the body. */
  sectionEnds: ReadonlySet<string>;
  /** Lower-case words of cookie banners and legal notices: a long block dense with them is not the article. */
  noticeWords: ReadonlySet<string>;
  /** Lower-case labels that start a link to another story ("related:", "read more:"), punctuation included. */
  teaserLabels: readonly string[];
  /** Lower-case text found in photo captions and credits ("(image:", "getty images"), punctuation included. */
  captionCues: readonly string[];
}

export const EMPTY_LEXICON: BoilerplateLexicon = {
  functionWords: new Set(), furniture: new Set(), sectionEnds: new Set(), noticeWords: new Set(),
  teaserLabels: [], captionCues: [],
};

/** Parses reference/boilerplate-lexicon.yaml; the caller reads the file (stages do no I/O). */
export function parseLexicon(yamlText: string): BoilerplateLexicon {
  const doc = (parse(yamlText) ?? {}) as Record<string, unknown>;
  const strings = (key: string): string[] => {
    const v = doc[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new Error(`boilerplate lexicon: ${key}: expected a list of strings, got ${JSON.stringify(v)}`);
    }
    return v as string[];
  };
  const list = (key: string) => new Set(strings(key).map(phraseKey));
  return {
    functionWords: list('function_words'),
    furniture: list('furniture'),
    sectionEnds: list('section_ends'),
    noticeWords: list('notice_words'),
    teaserLabels: strings('teaser_labels').map((x) => x.toLowerCase()),
    captionCues: strings('caption_cues').map((x) => x.toLowerCase()),
  };
}

/** Normalises a phrase or a line for look-ups: lower case, words joined by one space. */
function phraseKey(text: string): string {
  return (text.slice(0, 300).toLowerCase().match(WORD) ?? []).join(' ');
}
