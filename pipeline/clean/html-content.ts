/**
 * html-content: finds a parsed page's main content and walks it into raw blocks. The DOM's depth is capped
 * (Readability recurses), furniture is cut, Mozilla Readability picks the content element; a page too large for
 * Readability, or one where it finds nothing, is read from a fresh parse's body less its navigation instead.
 * Input: the Document (changed in place), the page's HTML (for the fallback parse), the removal log, the
 * lexicon (for html-furniture).
 * Output: RawBlock[] in reading order. Rule ids: html:too-large (too many elements for Readability), and
 * html:non-content through html-furniture.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Removal } from './blocks.ts';
import type { BoilerplateLexicon } from './boilerplate-lexicon.ts';
import { cutFurniture } from './html-furniture.ts';
import { logRemoval, traverse, walkBlocks, type RawBlock } from './html-walk.ts';

/** Deeper elements are flattened to their text (benchmark pages nest <= 52 deep). */
const MAX_DOM_DEPTH = 80;
/**
 * Readability's work grows with elements x depth (benchmark pages: up to 1,600 x 52); beyond these bounds the
 * plain walker reads the body instead.
 */
const MAX_ELEMENTS = 30_000;
const MAX_ELEMENTS_X_DEPTH = 1_000_000;

/**
 * Replaces the children of elements at MAX_DOM_DEPTH by their text, so Readability's recursion cannot overflow;
 * returns the number of elements and the depth of the deepest, which bound Readability's work.
 */
function capDomDepth(root: Node): { elements: number; depth: number } {
  let elements = 0,
    deepest = 0;
  traverse(
    root,
    Number.MAX_SAFE_INTEGER,
    (n, depth) => {
      if (n.nodeType !== 1) return false;
      elements++;
      deepest = Math.max(deepest, depth);
      if (depth >= MAX_DOM_DEPTH && n.firstChild) {
        // Setting the text replaces the subtree with one text node: the page keeps its words, not its depth.
        // eslint-disable-next-line no-self-assign
        n.textContent = n.textContent;
        return false;
      }
      return true;
    },
    () => {},
  );
  return { elements, depth: deepest };
}

/** Readability's choice of content element, or null when it finds none or fails on odd markup. */
function readabilityRoot(doc: Document): Element | null {
  try {
    const article = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * linkedom takes a fragment's first element for the root (or none, for plain text); a page without an <html>
 * root is parsed again inside one, so that head and body exist.
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName.toLowerCase() === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Without Readability: the body of a fresh parse minus navigation. Crude, but better than nothing. */
function fallbackRoot(html: string): Element | null {
  const document = parseDocument(html);
  for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, [role="navigation"]'))) el.remove();
  capDomDepth(document.documentElement);
  return document.body ?? document.documentElement ?? null;
}

/** The page's content as raw blocks: Readability's choice once furniture is cut, else the fallback's body. */
export function contentBlocks(document: Document, html: string, removed: Removal[], lex: BoilerplateLexicon): RawBlock[] {
  const size = capDomDepth(document.documentElement);
  let raw: RawBlock[] = [];
  if (size.elements <= MAX_ELEMENTS && size.elements * size.depth <= MAX_ELEMENTS_X_DEPTH) {
    cutFurniture(document, removed, lex);
    const root = readabilityRoot(document);
    if (root) raw = walkBlocks(root);
  } else logRemoval(removed, 'html:too-large', `${size.elements} elements, ${size.depth} deep; read without Readability`);
  if (raw.length === 0) {
    const fallback = fallbackRoot(html);
    raw = fallback ? walkBlocks(fallback) : [];
  }
  return raw;
}
