/**
 * Every element under root, in document order. A TreeWalker: several times faster than
 * Array.from(getElementsByTagName('*')) in DOM implementations whose live collections are slow.
 */
export function elementsUnder(root: Element): Element[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Element);
  return out;
}
