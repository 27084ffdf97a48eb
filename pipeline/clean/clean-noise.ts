/**
 * Drop page furniture that is recognisable block by block:
 * - icon-font residue: a line of glued icon names ("icon bookmark-bicon cameraicon ...") or of private-use glyphs;
 * - navigation, share, comment and subscribe prompts (reference/boilerplate.yaml, whole-block patterns, short
 *   blocks only);
 * - teaser links: "Related article: ...", "Read more: ..." (boilerplate.yaml's teaser labels and the lexicon's
 *   section ends).
 * Input: blocks; output: kept blocks and a log of the dropped ones.
 * Rule ids: noise:icon-font, noise:glyphs, boilerplate:<group>, teaser:link.
 */
import type { Block, PassResult, Removal } from './blocks.ts';
import type { BoilerplateData } from '../core/reference.ts';
import type { BoilerplateLexicon } from './boilerplate-lexicon.ts';

export interface CompiledBoilerplate {
  maxWords: number;
  groups: [string, RegExp][];
  teaser: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles boilerplate.yaml's groups, and the labels that open a teaser link: boilerplate.yaml's teaser labels and
 * the lexicon's section ends ("Related: ..."), both in the lexicon's linkLabels.
 */
export function compileBoilerplate(data: BoilerplateData, lex: BoilerplateLexicon): CompiledBoilerplate {
  const groups = Object.entries(data.groups).map(
    ([group, patterns]) => [group, new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'iu')] as [string, RegExp],
  );
  const all = [...new Set([...data.teasers.labels, ...lex.linkLabels])];
  const labels = all
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return { maxWords: data.max_words, groups, teaser: new RegExp(`^(?:${labels})\\s{0,3}[:|\u2013\u2014-]\\s{0,3}\\S`, 'iu') };
}

const words = (s: string) => s.split(' ').filter(Boolean);

/** A run of icon names glued together, as icon fonts leave when a page is flattened to text. */
export function isIconNoise(text: string): boolean {
  const tokens = words(text);
  if (tokens.length < 4) return false;
  const iconish = tokens.filter((t) => /icon/i.test(t)).length;
  return iconish >= 4 && iconish / tokens.length >= 0.3;
}

/** Icon fonts render to private-use code points; a block made mostly of them is not text. */
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u;

export function isGlyphNoise(text: string): boolean {
  if (!PRIVATE_USE.test(text)) return false; // the common case, without a walk over every character
  let pua = 0,
    letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) pua++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  return pua > 0 && pua >= letters;
}

/** Punctuation and decorations a prompt may carry around its words (›, », |, arrows). */
const DECOR = new Set([...' ›»«|→←▶►•·:!.']);

/** Trim decorations from both ends with a scan, not a `[...]+$` pattern (quadratic on long runs). */
function trimDecor(text: string): string {
  const chars = [...text];
  let start = 0,
    end = chars.length;
  while (start < end && DECOR.has(chars[start]!)) start++;
  while (end > start && DECOR.has(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

function boilerplateGroup(text: string, bp: CompiledBoilerplate): string | null {
  if (words(text).length > bp.maxWords || text.length > 200) return null;
  const bare = trimDecor(text);
  for (const [group, re] of bp.groups) if (re.test(text) || (bare && re.test(bare))) return group;
  return null;
}

export function cleanNoise(blocks: Block[], bp: CompiledBoilerplate): PassResult {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  for (const b of blocks) {
    let rule: string | null = null;
    if (isIconNoise(b.text)) rule = 'noise:icon-font';
    else if (isGlyphNoise(b.text)) rule = 'noise:glyphs';
    else {
      const group = boilerplateGroup(b.text, bp);
      if (group) rule = `boilerplate:${group}`;
      else if (b.text.length <= 400 && bp.teaser.test(b.text)) rule = 'teaser:link';
    }
    if (rule) removed.push({ rule, line: b.line, text: b.text });
    else kept.push(b);
  }
  return { blocks: kept, removed };
}
