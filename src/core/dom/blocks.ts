import { childList } from './walk';
import { normalizeText } from '../text/normalize';
import { isUnreadable } from './unreadable';

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

/**
 * The innermost blocks under root, in document order: the units a reader sees as paragraphs,
 * headings, list items, captions and table rows (cells are read along their row). One post-order
 * pass: a block is a leaf when nothing below it is a block.
 */
export function leafBlocks(root: Element, cellsAsBlocks = false): Element[] {
  const out: Element[] = [];
  // Returns whether el's subtree (el excluded) contains a block; pushes leaves in document order.
  const visit = (el: Element): boolean => {
    let containsBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const start = out.length;
      const below = visit(child);
      const block = isBlock(child) && (cellsAsBlocks || !CELL_TAGS.has(child.tagName));
      if (block && !below) out.splice(start, 0, child);
      containsBlock ||= block || below;
    }
    return containsBlock;
  };
  return visit(root) ? out : [root];
}

/** The lines of text a block shows: <br> breaks lines; table cells are joined by a space. */
export function blockLines(el: Element): string[] {
  let raw = '';
  const walk = (node: Node): void => {
    for (const child of childList(node)) {
      // Line breaks in the page's source are white space; only <br> breaks a line.
      if (child.nodeType === 3) raw += (child.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') raw += '\n';
        else if (isUnreadable(child as Element)) continue;
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

/**
 * No text (after normalizing) and no media. Stops at the first text node with content: removing
 * many blocks from one big container must not read the whole container each time (that made the
 * clean stage quadratic: minutes on a 10 MB page).
 */
function isEmpty(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (normalizeText((node as Text).data) !== '') return false;
  }
  return !el.querySelector('img, picture, video, table');
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

/**
 * Wraps runs of inline content that sit beside blocks ("<p>…</p>text<img><br><span>caption</span><p>…")
 * in paragraphs of their own, so that every piece of text belongs to exactly one block.
 * Mutates root: use on a working copy.
 */
export function wrapInlineRuns(root: Element): void {
  const doc = root.ownerDocument;
  const visit = (el: Element): void => {
    let hasBlockChild = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isBlock(child) || CELL_TAGS.has(child.tagName)) hasBlockChild = true;
    }
    if (hasBlockChild && !CELL_TAGS.has(el.tagName) && el.tagName !== 'TR') {
      let run: Node[] = [];
      const flush = (before: Node | null): void => {
        if (run.some(hasContent)) {
          const p = doc.createElement('p');
          el.insertBefore(p, before);
          for (const node of run) p.appendChild(node);
        }
        run = [];
      };
      for (let node = el.firstChild; node; ) {
        const next = node.nextSibling;
        if (node.nodeType === 1 && (isBlock(node as Element) || CELL_TAGS.has((node as Element).tagName))) flush(node);
        else run.push(node);
        node = next;
      }
      flush(null);
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(root);
}

function hasContent(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test(node.nodeValue ?? '');
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.tagName === 'IMG' || /\S/.test(el.textContent ?? '') || el.querySelector('img') !== null;
}

/**
 * A list of headlines rather than an article: most blocks carry a substantial link (an index page,
 * a channel page, a search result). Inline source links in a paragraph do not count.
 */
export function looksLikeLinkList(root: Element): boolean {
  const blocks = leafBlocks(root);
  if (blocks.length < 8) return false;
  let linked = 0;
  let chars = 0;
  let linkChars = 0;
  for (const block of blocks) {
    const length = normalizeText(block.textContent ?? '').length;
    const density = linkDensity(block, length);
    if (length > 0 && density >= 0.3) linked++;
    chars += length;
    linkChars += density * length;
  }
  // Most blocks linked, and most of the text in links: a Wikipedia article has many linked rows
  // (infobox, lists) but its text is prose, about a quarter of it in links.
  return linked / blocks.length >= 0.5 && linkChars >= chars * MIN_LIST_LINK_SHARE;
}

/** Share of a link list's text that is link text. */
const MIN_LIST_LINK_SHARE = 0.4;

/** Trims the indentation pages put in front of paragraphs (全角空格, &nbsp;) and trailing blanks. */
export function trimBlockEdges(root: Element): void {
  for (const block of leafBlocks(root)) {
    const first = firstText(block, 'firstChild', 'nextSibling');
    if (first) first.nodeValue = (first.nodeValue ?? '').replace(/^[\s\u00a0\u3000]+/, '');
    const last = firstText(block, 'lastChild', 'previousSibling');
    if (last) last.nodeValue = (last.nodeValue ?? '').replace(/[\s\u00a0\u3000]+$/, '');
  }
}

/** The first (or last) non-empty text node in document order under el. */
function firstText(el: Node, start: 'firstChild' | 'lastChild', step: 'nextSibling' | 'previousSibling'): Text | null {
  for (let node = el[start]; node; node = node[step]) {
    if (node.nodeType === 3 && /\S|\u00a0|\u3000/.test(node.nodeValue ?? '')) return node as Text;
    if (node.nodeType === 1) {
      if ((node as Element).tagName === 'IMG') return null;
      const inner = firstText(node, start, step);
      if (inner) return inner;
    }
  }
  return null;
}

/** Blocks whose <br>-separated lines are separate paragraphs; list items and cells keep their breaks. */
const SPLITTABLE: ReadonlySet<string> = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'CENTER', 'BLOCKQUOTE']);

/**
 * Forum posts and old CMSes separate paragraphs with single <br>s inside one block; each line
 * becomes a paragraph of its own so that rules see one line at a time. Inline wrappers around a
 * <br> (font, span) are unwrapped first. Mutates root: use on a working copy.
 */
export function splitAtBreaks(root: Element, options: { cells?: boolean } = {}): void {
  const doc = root.ownerDocument;
  for (const block of leafBlocks(root, options.cells)) {
    const cell = CELL_TAGS.has(block.tagName);
    if ((!SPLITTABLE.has(block.tagName) && !(cell && options.cells)) || !block.querySelector('br')) continue;
    for (let br = nestedBreak(block); br; br = nestedBreak(block)) unwrap(br.parentElement!);
    const parts: Node[][] = [[]];
    for (const node of childList(block)) {
      if (node.nodeType === 1 && (node as Element).tagName === 'BR') parts.push([]);
      else parts[parts.length - 1]!.push(node);
    }
    const filled = parts.filter((part) => part.some(hasContent));
    if (filled.length < 2) continue;
    // A cell keeps its place in the table and gets the paragraphs inside it.
    const parent = cell ? block : block.parentNode;
    const before = cell ? null : block;
    for (const br of childList(block)) if (br.nodeType === 1 && (br as Element).tagName === 'BR') (br as ChildNode).remove();
    for (const part of filled) {
      const p = doc.createElement('p');
      for (const node of part) p.appendChild(node);
      parent?.insertBefore(p, before);
    }
    if (!cell) block.remove();
  }
}

function nestedBreak(block: Element): Element | null {
  for (const br of Array.from(block.querySelectorAll('br'))) if (br.parentElement !== block) return br;
  return null;
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}
