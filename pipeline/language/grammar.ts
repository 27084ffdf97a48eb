/**
 * English grammar words, once: the closed word classes (articles, determiners, pronouns, auxiliaries,
 * prepositions, conjunctions) and the calendar (months, weekdays). Stages build their purpose-made sets from
 * these classes instead of spelling words out again; open vocabularies (speech verbs, role nouns, event
 * triggers, boilerplate) live in reference/. All lower case. Pure data.
 */

export const ARTICLES: readonly string[] = ['a', 'an', 'the'];
export const DEMONSTRATIVES: readonly string[] = ['that', 'these', 'this', 'those'];
export const POSSESSIVE_DETERMINERS: readonly string[] = ['her', 'his', 'its', 'my', 'our', 'their', 'your'];
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'i', 'it', 'she', 'they', 'we', 'you'];
export const OBJECT_PRONOUNS: readonly string[] = ['her', 'him', 'it', 'me', 'them', 'us', 'you'];
export const BE: readonly string[] = ['am', 'are', 'be', 'been', 'being', 'is', 'was', 'were'];
export const HAVE: readonly string[] = ['had', 'has', 'have'];
export const MODALS: readonly string[] = ['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would'];
export const COORDINATORS: readonly string[] = ['and', 'but', 'nor', 'or', 'so', 'yet'];
export const SUBORDINATORS: readonly string[] = [
  'after',
  'although',
  'as',
  'because',
  'before',
  'if',
  'since',
  'though',
  'unless',
  'until',
  'when',
  'whereas',
  'while',
];
export const RELATIVES: readonly string[] = ['that', 'which', 'who', 'whom', 'whose'];
/** Courtesy words before a surname, with or without their stop: never a role of their own ("Mr Frost said"). */
export const COURTESY_TITLES: readonly string[] = ['messrs', 'miss', 'mme', 'mr', 'mrs', 'ms'];
const COURTESY = new Set(COURTESY_TITLES);
/** Role words as written before a name, or null when they are only a courtesy title ("Mr", "Mrs."). */
export const roleUnlessCourtesy = (written: string | null) => (written && !COURTESY.has(written.toLowerCase().replace(/\.$/, '')) ? written : null);

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Weekday names and their usual short forms ("mon", "tues", "thurs"), lower case. */
export const WEEKDAY_FORMS: readonly string[] = [...WEEKDAYS, ...WEEKDAYS.map((d) => d.slice(0, 3)), 'tues', 'thurs'];

/** Nouns and adverbs of time that name a when, not a what ("last week", "on Tuesday morning", "yesterday"). */
export const TIME_WORDS: readonly string[] = [
  'earlier',
  'evening',
  'later',
  'month',
  'morning',
  'night',
  'today',
  'tonight',
  'week',
  'weekend',
  'year',
  'yesterday',
];

/** Month names and their usual short forms ("jan", "sept"), lower case. */
export const MONTH_FORMS: readonly string[] = [...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept'];

/** 1-12 for a month name or its first three letters ("Feb.", "February"), else undefined. */
export function monthNumber(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const head = word.slice(0, 3).toLowerCase();
  const i = MONTHS.findIndex((m) => m.startsWith(head));
  return i >= 0 ? i + 1 : undefined;
}

/** 0 (Sunday) - 6 for a weekday name, else -1. */
export const weekdayNumber = (word: string) => WEEKDAYS.indexOf(word.toLowerCase());

/** A regular-expression alternation of the words, longest first, for patterns built from this module. */
export const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');

/** Words too common to tell two texts apart (content-word comparisons across articles). */
export const STOPWORDS: readonly string[] = [
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ...POSSESSIVE_DETERMINERS,
  ...SUBJECT_PRONOUNS,
  ...OBJECT_PRONOUNS,
  ...BE,
  ...HAVE,
  ...MODALS,
  ...COORDINATORS,
  ...SUBORDINATORS,
  ...RELATIVES,
  'about',
  'against',
  'also',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'including',
  'into',
  'more',
  'of',
  'on',
  'only',
  'other',
  'over',
  'said',
  'says',
  'some',
  'such',
  'than',
  'there',
  'to',
  'what',
  'where',
  'with',
];

export const setOf = (...classes: (readonly string[])[]) => new Set(classes.flat());
