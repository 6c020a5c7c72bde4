import { textWeight } from '../text/normalize';
import { UNREADABLE_SELECTOR } from '../dom/unreadable';

/** Pages with more elements than this are declined rather than risk freezing the tab. */
export const MAX_ELEMENTS = 150_000;
/** Characters of page text past which a page is declined (a long article is ~20,000). */
export const MAX_TEXT_CHARS = 1_000_000;

/**
 * Text weight of the page's body, scripts and styles aside. Read in place, never by cloning: a
 * clone of the live page's elements belongs to the live page, and a cloned <img onerror> loads
 * and runs there.
 */
export function pageWeight(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(UNREADABLE_SELECTOR)) text += `${node.nodeValue ?? ''} `;
  }
  return textWeight(text);
}

/**
 * Characters of text in <body>, less what scripts and styles hold: an inline state blob
 * (window.__INITIAL_STATE__ = {…}, __NEXT_DATA__) can be megabytes that no stage reads, and
 * counting it declined a 10 MB page with 0.7 M characters of readable text.
 */
export function pageTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let chars = body.textContent?.length ?? 0;
  for (const el of Array.from(body.querySelectorAll(UNREADABLE_SELECTOR))) {
    // Where scripting is off, <noscript> holds elements, a <script> among them: count it once.
    if (!el.parentElement?.closest('noscript')) chars -= el.textContent?.length ?? 0;
  }
  return chars;
}

/**
 * Browsers' HTML parsers stop nesting at 512 levels (deeper tags become siblings), so no page a
 * browser parsed is deeper; one built deeper (by script, or parsed by a DOM without that limit,
 * as jsdom in the CLI) would overflow the stack of every recursive walk, Readability's included.
 */
export const MAX_DEPTH = 512;

/** Whether any element lies more than `limit` levels below <body>. One walk, no recursion; stops early. */
export function deeperThan(doc: Document, limit: number): boolean {
  const body = doc.body;
  if (!body) return false;
  let node: Element | null = body;
  let depth = 0;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      if (++depth > limit) return true;
      continue;
    }
    while (node && node !== body && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === body) return false;
    node = node.nextElementSibling;
  }
  return false;
}
