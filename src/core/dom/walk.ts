import { compactText } from '../text/normalize';

/**
 * Every element under root, in document order. A TreeWalker: several times faster than
 * Array.from(getElementsByTagName('*')) in DOM implementations whose live collections are slow
 * (in jsdom, walking a live collection costs time quadratic in its length: 16,000 <p> take 1.3 s;
 * querySelectorAll, a static list, takes 57 ms).
 */
export function elementsUnder(root: Element): Element[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Element);
  return out;
}

/**
 * The children of a node as a plain array, read by walking siblings. Never through `childNodes`:
 * in jsdom a node whose live childNodes list was once read rebuilds that list on every later
 * insertion or removal among its children, so removing many children one by one (the clean stage
 * on a long article) turns quadratic.
 */
export function childList(node: Node): Node[] {
  const out: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/**
 * The first <p> of the page whose text (compacted) opens with a probe, trying the probes in order:
 * where the article's opening paragraph sits on the live page. Read only; each paragraph's text is
 * compacted at most once.
 */
export function paragraphOpeningWith(doc: Document, probes: readonly string[]): Element | null {
  const paragraphs = doc.body ? Array.from(doc.body.querySelectorAll('p')) : [];
  const openings: string[] = [];
  for (const probe of probes) {
    for (let i = 0; i < paragraphs.length; i++) {
      const opening = (openings[i] ??= compactText(paragraphs[i]!.textContent ?? ''));
      if (opening.startsWith(probe)) return paragraphs[i]!;
    }
  }
  return null;
}

/**
 * The page's inline scripts (no src) of at most `maxChars` characters, with their text: the data a
 * page hands its own scripts, read as text and never run. Larger ones are app bundles.
 */
export function* inlineScripts(doc: Document, maxChars = Number.POSITIVE_INFINITY): Generator<{ script: Element; text: string }> {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    if (text.length <= maxChars) yield { script, text };
  }
}
