/**
 * html-walk: walks a DOM subtree for the HTML path. `traverse` visits nodes in document order without recursion
 * (pages nest deeply); `walkBlocks` turns a subtree into raw blocks, one per run of text between block-level
 * tags, with its kind (heading, list item, quote, caption, paragraph) and the share of it inside links.
 * Also the removal log every HTML step writes to, bounded so that a hostile page keeps it small.
 * Input: a DOM node (linkedom). Output: RawBlock[]. Reports no rule ids itself.
 */
import type { Block, Removal } from './blocks.ts';

type Kind = NonNullable<Block['kind']>;

/** A block's text is cut at this length. */
const MAX_BLOCK_CHARS = 50_000;
/** Bounds of the removal log: entries, and characters of each entry's text. */
export const MAX_LOG_TEXT = 200;
const MAX_LOG_ENTRIES = 500;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'button',
  'select',
  'textarea',
  'input',
  'option',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);
const KIND_OF: Record<string, Kind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  blockquote: 'quote',
  figcaption: 'caption',
  caption: 'caption',
};

/** A block as the walker finds it: `linked` is the share of its characters inside links. */
export interface RawBlock {
  text: string;
  kind: Kind;
  linked: number;
}

/** Lower-case letters and digits only, single-spaced: the form in which block texts are compared. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Adds to the removal log, which stays small: at most MAX_LOG_ENTRIES entries of MAX_LOG_TEXT characters. */
export function logRemoval(removed: Removal[], rule: string, text: string, action?: Removal['action']): void {
  if (removed.length >= MAX_LOG_ENTRIES) return;
  removed.push({ rule, line: null, text: text.slice(0, MAX_LOG_TEXT), ...(action ? { action } : {}) });
}

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
}

/**
 * Visits the subtree in document order without recursion: `enter` on every node (return false to skip its
 * children), `exit` on every element after its children. Below maxDepth, children are not visited.
 */
export function traverse(root: Node, maxDepth: number, enter: (n: Node, depth: number) => boolean, exit: (n: Node) => void): void {
  let node: Node | null = root.firstChild;
  let depth = 1;
  while (node) {
    if (enter(node, depth) && node.firstChild && depth < maxDepth) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== root) {
      exit(node);
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      depth--;
    }
    if (node === root) node = null;
  }
}

/** Collects the text of each run between block-level boundaries; its kind is the innermost kind-giving tag. */
export function walkBlocks(root: Node): RawBlock[] {
  const out: RawBlock[] = [];
  const kinds: Kind[] = [];
  let parts: string[] = [],
    size = 0,
    linkedSize = 0,
    inLink = 0,
    kind: Kind = 'paragraph';
  const flush = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) out.push({ text: text.slice(0, MAX_BLOCK_CHARS), kind, linked: size ? linkedSize / size : 0 });
    parts = [];
    size = 0;
    linkedSize = 0;
  };
  const enter = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      if (size === 0 && /\S/.test(t)) kind = kinds[kinds.length - 1] ?? 'paragraph';
      if (size < MAX_BLOCK_CHARS) {
        parts.push(t);
        size += t.length;
        if (inLink) linkedSize += t.length;
      }
      return false;
    }
    const tag = tagOf(n);
    if (!tag || SKIP_TAGS.has(tag)) return false;
    if (BLOCK_TAGS.has(tag)) flush();
    else if (tag === 'td' || tag === 'th') parts.push(' '); // a table row is one block, its cells spaced
    if (KIND_OF[tag]) kinds.push(KIND_OF[tag]);
    if (tag === 'a') inLink++;
    return true;
  };
  const exit = (n: Node) => {
    const tag = tagOf(n);
    if (!tag || SKIP_TAGS.has(tag)) return;
    if (BLOCK_TAGS.has(tag)) flush();
    if (KIND_OF[tag]) kinds.pop();
    if (tag === 'a') inLink--;
  };
  traverse(root, Number.MAX_SAFE_INTEGER, enter, exit);
  flush();
  return out;
}
