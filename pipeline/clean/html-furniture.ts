/**
 * html-furniture: cuts page furniture from a parsed page before Readability reads it: navigation, hidden
 * elements, and elements whose class or id names a share bar, a newsletter prompt, a related-stories rail, an
 * ad, a breadcrumb, comments, a byline or a credit. Quoted posts (tweets) are freed from their wrappers first.
 * Input: the Document (changed in place), the removal log and the lexicon (its furniture class words).
 * Output: none; every cut is logged.
 * Rule ids: html:non-content.
 */
import type { Removal } from './blocks.ts';
import { anyOf, perLexicon, type BoilerplateLexicon } from './boilerplate-lexicon.ts';
import { logRemoval, MAX_LOG_TEXT } from './html-walk.ts';

/** The lexicon's class / id words of page furniture, matched on whole dash/underscore parts ("story-share-bar"). */
const furnitureClass = perLexicon((lex) => new RegExp(`(?:^|[-_])${anyOf(lex.furnitureClasses)}(?:$|[-_])`, 'i'));
const HIDDEN_STYLE = /(?:display\s{0,9}:\s{0,9}none|visibility\s{0,9}:\s{0,9}hidden)/i;
const NON_CONTENT = 'nav, [role="navigation"], [role="complementary"], [hidden]';

function isFurniture(el: Element, classes: RegExp): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.slice(0, 500).split(/\s+/);
  return words.some((w) => w && classes.test(w)) || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Tweets and other posts quoted in a story sit in "social" wrappers that Readability drops (by class, or for
 * their links): the quote replaces its wrappers, and a bare blockquote is never cleaned away.
 */
function protectEmbeds(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll('blockquote.twitter-tweet, blockquote.instagram-media'))) {
    const len = (quote.textContent ?? '').length;
    let outer: Element = quote;
    for (let a = quote.parentElement; a && a !== doc.body; a = a.parentElement) {
      if ((a.textContent ?? '').length > len * 1.5 + 200) break;
      outer = a;
    }
    if (outer !== quote) outer.replaceWith(quote);
    quote.removeAttribute('class');
  }
}

/**
 * Cuts navigation, hidden and furniture elements, never one holding a large share of the page's paragraphs
 * (a site may well call its story container "story-share-wrapper"). The depth cap bounds the work: a node
 * lies inside at most MAX_DOM_DEPTH candidates.
 */
export function cutFurniture(doc: Document, removed: Removal[], lex: BoilerplateLexicon): void {
  const body = doc.body;
  if (!body) return;
  protectEmbeds(doc);
  const classes = furnitureClass(lex);
  const pText = (el: Element) => Array.from(el.querySelectorAll('p')).reduce((s, p) => s + (p.textContent ?? '').length, 0);
  const total = pText(body);
  const candidates = [
    ...Array.from(body.querySelectorAll(NON_CONTENT)),
    ...Array.from(body.querySelectorAll('[class], [id], [style]')).filter((el) => isFurniture(el, classes)),
  ];
  for (const el of candidates) {
    if (!el.isConnected || /^(?:body|main|article|html)$/i.test(el.tagName)) continue;
    if ((el.textContent ?? '').length > total * 0.3 && pText(el) > total * 0.3) continue;
    const text = (el.textContent ?? '')
      .slice(0, MAX_LOG_TEXT * 4)
      .replace(/\s+/g, ' ')
      .trim();
    if (text) logRemoval(removed, 'html:non-content', text);
    el.remove();
  }
}
