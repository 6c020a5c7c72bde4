import { normalizeText } from '../text/normalize';

/** Elements that start a new line of text when a page is read. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Table cells are read along their row: a row is one line, its cells joined by a space. */
const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

function hasBlockDescendant(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if ((isBlock(child) && !CELL_TAGS.has(child.tagName)) || hasBlockDescendant(child)) return true;
  }
  return false;
}

/**
 * The innermost blocks under root, in document order: the units a reader sees as paragraphs,
 * headings, list items, captions and table rows. Text sitting directly in a container beside
 * child blocks is returned as its own block too (wrapped by the caller if it wants to remove it).
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      if (!isBlock(child) || CELL_TAGS.has(child.tagName)) {
        // Inline wrappers (span, font, a, strong) may still contain blocks on messy pages.
        if (hasBlockDescendant(child)) visit(child);
        continue;
      }
      if (hasBlockDescendant(child)) visit(child);
      else out.push(child);
    }
  };
  if (!hasBlockDescendant(root)) return [root];
  visit(root);
  return out;
}

/** The lines of text a block shows: <br> breaks lines; table cells are joined by a space. */
export function blockLines(el: Element): string[] {
  let raw = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) raw += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') raw += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        else {
          if (CELL_TAGS.has(tag)) raw += ' ';
          walk(child);
        }
      }
    }
  };
  walk(el);
  return raw.split('\n').map(normalizeText).filter(Boolean);
}

/** A block's text on one line. */
export function blockText(el: Element): string {
  return blockLines(el).join(' ');
}

/** Text inside links, as a share of all text: high for lists of headlines, near zero for paragraphs. */
export function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += normalizeText(a.textContent ?? '').length;
  return Math.min(1, linked / textLength);
}

/** Removes el and then every ancestor up to (not including) root that is left without text or media. */
export function removeWithEmptyAncestors(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && isEmpty(parent)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

function isEmpty(el: Element): boolean {
  return normalizeText(el.textContent ?? '') === '' && !el.querySelector('img, picture, video, table');
}

/** Removes el and everything after it in document order inside root. */
export function removeFromHereOn(el: Element, root: Element): void {
  let node: Node | null = el;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentNode;
  }
  removeWithEmptyAncestors(el, root);
}
