/**
 * The one element builder of Qingdu's own UI (the reader in a page's tab, the options page).
 * `doc` is the document the element belongs to: the page's for the reader, whose shadow root
 * lives in it, the extension page's for the options. Text only ever enters as textContent or
 * property values, never as markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  // `& object`: a bare string (a class name, as older helpers took) is refused, not spread into the element.
  props: Partial<HTMLElementTagNameMap[K]> & object = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

let counter = 0;

/** An id no other element of this document (or shadow root) has: `prefix-N`. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++counter}`;
}
