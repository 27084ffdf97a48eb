/**
 * Rejoin paragraphs that a copy or an export broke in the middle of a sentence:
 * "... leave them at the mercy of the" + "Taliban. The militant group ..." is one paragraph.
 * Evidence required: the first block is prose-length and ends on a word that cannot end an English sentence
 * (an article, preposition, conjunction or possessive), or ends without punctuation (or with a quotation closed
 * on a word) while the next block starts in lower case and has three words or ends the sentence. Headings,
 * captions and short first lines are never joined.
 * Input: blocks. Output: blocks, with joins logged (action 'join'). Rule id: join:broken-paragraph.
 */
import type { Block, PassResult, Removal } from './blocks.ts';

// Words after which a paragraph cannot stop: articles, most prepositions, conjunctions, possessives.
// Verbs are left out on purpose: a caption may end on "said" without a full stop.
const CANNOT_END = new Set('a an the of to in at for from with into onto upon than and or but nor whose its their his her our your my'.split(' '));

/** The letters (and apostrophes) at the end of a text, found by a scan from the end. */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && /[\p{L}']/u.test(s[i - 1]!)) i--;
  return s.slice(i).toLowerCase();
}
const wordCount = (s: string) => s.split(' ').length;

function broken(a: Block, b: Block): boolean {
  if (a.kind === 'heading' || b.kind === 'heading' || wordCount(a.text) < 8) return false;
  const lower = /^\p{Ll}/u.test(b.text);
  // A quotation that closes on a word, not on punctuation ('... step up to the plate"'), goes on in the next
  // line when that starts in lower case ("and achieve ...").
  if (/\p{L}["”]$/u.test(a.text) && lower && wordCount(b.text) >= 3) return true;
  if (/[.!?:;"”’)\]…]$/.test(a.text)) return false;
  if (CANNOT_END.has(lastWord(a.text))) return true;
  // A hard-wrapped line's tail: a lower-case line that ends the sentence ("... nearly five years" + "ago.").
  return lower && (wordCount(b.text) >= 3 || /[.!?]["”’]?$/.test(b.text));
}

export function joinParagraphs(blocks: Block[]): PassResult {
  const out: Block[] = [];
  const removed: Removal[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && broken(prev, b)) {
      removed.push({ rule: 'join:broken-paragraph', line: prev.line, text: prev.text, action: 'join' });
      out[out.length - 1] = { ...prev, text: `${prev.text} ${b.text}` };
    } else out.push(b);
  }
  return { blocks: out, removed };
}
