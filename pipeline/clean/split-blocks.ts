/**
 * Split decoded text into blocks: one per non-empty line, with its 1-based line number.
 * Web dumps put one block per line and most articles one paragraph per line, so a line is the safe unit;
 * paragraphs broken across lines are rejoined later by join-paragraphs, by evidence, not by assumption.
 * Whitespace inside a line is normalised: Unicode spaces (NBSP, thin space ...) become a space, runs collapse,
 * zero-width characters and soft hyphens go (they are invisible and break matching).
 */
import type { Block } from './blocks.ts';

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

export function splitBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const blocks: Block[] = [];
  lines.forEach((raw, i) => {
    const t = normaliseLine(raw);
    if (t) blocks.push({ text: t, line: i + 1 });
  });
  return blocks;
}
