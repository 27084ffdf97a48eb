/**
 * Drop repeated text, keeping the first occurrence in reading order:
 * - a block identical to an earlier one once case, quotes, dashes and spacing are folded (titles shown twice,
 *   whole bodies pasted twice);
 * - a near-duplicate teaser: a shorter block whose word trigrams are mostly (>= 70 %) contained in ONE earlier
 *   block (a summary standing above a repeated body, a pull quote).
 * Input: blocks, the title first when there is one. Output: blocks and removals.
 * Rule ids: dedupe:exact, dedupe:near-duplicate.
 */
import type { Block, PassResult, Removal } from './blocks.ts';

const NEAR_THRESHOLD = 0.7;
const MIN_TRIGRAMS = 6;

export function foldForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const words = foldForComparison(text).match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function dedupe(blocks: Block[]): PassResult {
  const seen = new Set<string>();
  const earlier: { grams: Set<string>; length: number }[] = [];
  // Index trigram -> earlier blocks holding it, so a block is compared only with blocks it shares words with.
  const index = new Map<string, number[]>();
  const kept: Block[] = [];
  const removed: Removal[] = [];
  for (const b of blocks) {
    const key = foldForComparison(b.text);
    if (seen.has(key)) {
      removed.push({ rule: 'dedupe:exact', line: b.line, text: b.text });
      continue;
    }
    const grams = trigrams(b.text);
    if (grams.size >= MIN_TRIGRAMS && nearDuplicate(grams, b.text.length, earlier, index)) {
      removed.push({ rule: 'dedupe:near-duplicate', line: b.line, text: b.text });
      continue;
    }
    seen.add(key);
    const id = earlier.push({ grams, length: b.text.length }) - 1;
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(id);
      else index.set(g, [id]);
    }
    kept.push(b);
  }
  return { blocks: kept, removed };
}

function nearDuplicate(grams: Set<string>, length: number, earlier: { grams: Set<string>; length: number }[], index: Map<string, number[]>): boolean {
  const shared = new Map<number, number>();
  for (const g of grams) for (const id of index.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  for (const [id, count] of shared) {
    if (earlier[id]!.length >= length && count / grams.size >= NEAR_THRESHOLD) return true;
  }
  return false;
}
