import { blockLines, leafBlocks } from '../dom/blocks';

/** The article body as text: one line per paragraph, heading, list item, caption or table row. */
export function articleLines(root: Element | DocumentFragment): string[] {
  // nodeType, not instanceof: the DOM may be another realm's (jsdom in Node, a page in the browser).
  const container = root.nodeType === 1 ? (root as Element) : wrap(root as DocumentFragment);
  return leafBlocks(container).flatMap(blockLines);
}

function wrap(fragment: DocumentFragment): Element {
  const div = fragment.ownerDocument.createElement('div');
  div.appendChild(fragment);
  return div;
}
