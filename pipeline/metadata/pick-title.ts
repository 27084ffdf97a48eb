/**
 * The headline of a text with no markup to name it: a markdown heading in the header, else a line shaped like a
 * headline (3 to 25 words, opening with a capital, a digit or a quotation mark, no closing stop, no link) that
 * shares its subject with the opening paragraphs: two content words anywhere before the first paragraph of prose,
 * or, in a plain-text dump, one when it is among the first two lines of the page (where a headline stands). A menu item, a site name,
 * "Home | News", a lower-case section tag, a date line or a sentence of the body is no headline; no such line
 * gives no title (null), never a guess.
 * Input: the blocks after the cue lines are read, the indexes already taken, the end of the header.
 * Output: the index of the title block, or null. Reports no rule ids (read-metadata moves the block).
 */
import type { Block } from '../clean/blocks.ts';

const WORD = /[\p{L}\p{N}]+/gu;

export const wordCount = (s: string) => (s.match(WORD) ?? []).length;

/** Prose: a long block that ends like a sentence. The header ends where prose starts. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 20 && /[.!?:;"”’)]$/.test(text);
}

const TITLE_SCAN = 300;
/** Lines a headline may open the page with, before the body, to be taken on one shared word. */
const TOP_LINES = 2;

/**
 * A headline opens with a capital in a script that has them (a lower-case line is a section tag), else with a
 * letter of a script without case (Korean, Arabic), a digit, a quotation mark or a bracket; two words in a
 * script with case are a menu item or a site name ("Open Menu"), so such a headline has three.
 */
function headlineShaped(b: Block): boolean {
  if (b.kind === 'heading') return true;
  const n = wordCount(b.text);
  const cased = /^\p{L}/u.test(b.text) && !/^\p{Lo}/u.test(b.text);
  if (n < (cased ? 3 : 2) || n > 25 || b.text.length > 250) return false;
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'[(]/u.test(b.text) && !/[.,;:]$/.test(b.text) && !/:\/\/|www\./.test(b.text);
}

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
const contentWords = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !STOP.has(w)));

/** `dump`: a plain-text dump, where a headline opens the page (an HTML page names its own title). */
export function pickTitle(input: Block[], drop: Set<number>, headerEnd: number, dump: boolean): number | null {
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
  const candidates: { i: number; top: boolean; shared: number }[] = [];
  let shown = 0; // lines of the page not taken as cues, before this one
  for (let i = 0; i < Math.min(firstProse, TITLE_SCAN); i++) {
    if (drop.has(i)) continue;
    if (headlineShaped(input[i]!)) {
      const shared = [...contentWords(input[i]!.text)].filter((w) => lede.has(w)).length;
      candidates.push({ i, top: shown < TOP_LINES, shared });
    }
    shown++;
  }
  const pick = candidates.find((c) => c.shared >= 2) ?? candidates.find((c) => dump && c.top && c.shared >= 1);
  return pick?.i ?? null;
}
