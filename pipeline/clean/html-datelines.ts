/**
 * html-datelines: tells the date, time and byline lines that pages set above or below a story ("Published 4:00
 * am ET, Nov 19", "Updated 3 hours ago", "By Jane Doe and John Roe | May 3") from article text.
 * Input: a block's text and the lexicon (its date and update labels). Output: true for a date line or a byline.
 * Reports no rule ids itself: html-block-rules logs what it finds as html:boilerplate.
 * English month and weekday names come from the grammar module; the other languages' are spelled out here.
 */
import { anyOf, perLexicon, type BoilerplateLexicon } from './boilerplate-lexicon.ts';
import { norm } from './html-walk.ts';
import { MONTH_FORMS, WEEKDAY_FORMS } from '../language/grammar.ts';

/** Date and time lines (with few words) open with a label: "Published 4:00 am ...", "Updated Nov 19". */
const datelineStart = perLexicon((lex) => new RegExp(`^${anyOf([...lex.dateLabels, ...lex.updateLabels])}\\b`, 'i'));
/** Words of a date line in the languages most pages here use; compared normalised, so accents are kept. */
const DATE_WORD = new RegExp(
  '^(?:\\d{1,4}(?:st|nd|rd|th|a|o|er|e|am|pm|h)?|' +
    [
      'am',
      'pm',
      'a',
      'p',
      'm',
      'h',
      'at',
      'on',
      'of',
      'ago',
      'today',
      'yesterday',
      'hours?',
      'minutes?',
      'days?',
      'min',
      'read',
      'published',
      'updated',
      'posted',
      'est',
      'edt',
      'cst',
      'cdt',
      'pst',
      'pdt',
      'gmt',
      'utc',
      'bst',
      'cet',
      'cest',
      'ist',
      'et',
      'pt',
      'ct',
      ...MONTH_FORMS,
      ...WEEKDAY_FORMS,
      // es / pt / fr / it / de / nl: months, weekdays, and the particles between them
      'de',
      'del',
      'às',
      'à',
      'le',
      'el',
      'di',
      'der',
      'den',
      'um',
      'om',
      'feira',
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'setiembre',
      'octubre',
      'noviembre',
      'diciembre',
      'janeiro',
      'fevereiro',
      'março',
      'maio',
      'junho',
      'julho',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
      'gennaio',
      'febbraio',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'settembre',
      'ottobre',
      'dicembre',
      'januar',
      'februar',
      'märz',
      'juni',
      'juli',
      'oktober',
      'dezember',
      'segunda',
      'terça',
      'quarta',
      'quinta',
      'sexta',
      'sábado',
      'domingo',
      'lunes',
      'martes',
      'miércoles',
      'jueves',
      'viernes',
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
      'montag',
      'dienstag',
      'mittwoch',
      'donnerstag',
      'freitag',
      'samstag',
      'sonntag',
    ].join('|') +
    ')$',
);

/** A month or weekday name, or a clock time: what makes a run of numbers a date rather than a score or a range. */
const DATE_ANCHOR =
  /(?<!\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?!\p{L})|\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/iu;

export function isDateLine(text: string, lex: BoilerplateLexicon): boolean {
  const words = norm(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 16) return false;
  if (datelineStart(lex).test(text) && words.length <= 12 && (DATE_ANCHOR.test(text) || /\d|\bago\b/.test(text))) return true;
  const dateish = words.filter((w) => DATE_WORD.test(w)).length;
  return dateish >= 2 && dateish / words.length >= 0.8 && DATE_ANCHOR.test(text);
}

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters | May 3": after "By", capitalised names and date words only. */
const BY_FILLER = new Set(['and', 'in', 'on', 'at', 'for', 'the', 'of', 'with', 'from', 'staff', 'reporter', 'writer']);

export function isByline(text: string): boolean {
  if (!/^by\s/i.test(text)) return false;
  const words = text
    .slice(3)
    .split(/[\s,|/·–—-]+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 12) return false;
  const names = words.filter((w) => !BY_FILLER.has(w.toLowerCase()) && !DATE_WORD.test(w.toLowerCase().replace(/\./g, '')));
  return names.length > 0 && names.every((w) => /^\p{Lu}/u.test(w));
}
