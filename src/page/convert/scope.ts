/**
 * Which nodes of a page are ours to convert: text a reader sees and the attributes that label it,
 * never what the user types, chooses or submits, nor the page's code (script, style, code, pre,
 * textarea content, select options, contenteditable, a document in designMode, translate="no",
 * class="notranslate", Qingdu's own reader host).
 * Queries only: nothing here writes to the page.
 */
import { mayConvert } from '../../core/convert/converter';
import { UNREADABLE_SELECTOR } from '../../core/dom/unreadable';

/** Elements whose content is never converted (matched on the element or an ancestor). */
export const EXCLUDED_SELECTOR = [
  ...UNREADABLE_SELECTOR.split(', '),
  'code',
  'pre',
  'textarea',
  // An <option> without a value attribute submits its text: converting it changes FormData.
  'select',
  'datalist',
  'option',
  // Qingdu's own reader and notice hosts.
  '[data-qingdu]',
  '[contenteditable]:not([contenteditable="false"])',
  '[translate="no"]',
  '.notranslate',
].join(',');

/** Attributes a reader sees. */
export const CONVERTED_ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'] as const;
const ATTRIBUTE_SELECTOR = CONVERTED_ATTRIBUTES.map((a) => `[${a}]`).join(',');
/** Elements whose only content is their own raw text. */
const RAW_TEXT_PARENTS: ReadonlySet<string> = new Set([...UNREADABLE_SELECTOR.split(', '), 'textarea']);
/** The other excluded elements: their whole subtree is skipped. */
const NESTED_EXCLUDED_SELECTOR = EXCLUDED_SELECTOR.split(',')
  .filter((sel) => !RAW_TEXT_PARENTS.has(sel))
  .join(',');

const SHOW_TEXT = 4;
export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** The scope of one document's conversion. */
export class ConversionScope {
  constructor(private readonly doc: Document) {}

  /** In the body or the title, and still in the document. */
  inScope(node: Node): boolean {
    if (!node.isConnected || this.editable()) return false;
    const body = this.doc.body;
    if (body && body.contains(node)) return true;
    const title = this.doc.querySelector('head > title, title');
    return !!title && title.contains(node);
  }

  /** A document in designMode is an editor as a whole: all of its text is the user's. */
  editable(): boolean {
    return this.doc.designMode === 'on';
  }

  excluded(el: Element | null): boolean {
    return !!el && el.closest(EXCLUDED_SELECTOR) !== null;
  }

  /** A text area's content is the user's, but its placeholder / title / aria-label are labels. */
  attributesExcluded(el: Element): boolean {
    return el.localName === 'textarea' ? this.excluded(el.parentElement) : this.excluded(el);
  }

  /**
   * Text nodes (document order) then elements with converted attributes under `root`, exclusions
   * skipped. Native iteration only (SHOW_TEXT walkers, querySelectorAll): text in script, style,
   * noscript, template and textarea is told by its parent; text in code, pre, contenteditable
   * … by walking those few subtrees first. No callback or closest() per node, which matters cold
   * on a large page.
   */
  collect(root: Node, into: Node[]): void {
    if (root.nodeType === TEXT_NODE) {
      into.push(root);
      return;
    }
    if (root.nodeType !== ELEMENT_NODE || this.editable()) return;
    const el = root as Element;
    if (el.matches(EXCLUDED_SELECTOR)) {
      if (el.localName === 'textarea') into.push(el); // its attributes only
      return;
    }
    const skip = new Set<Node>();
    for (const region of el.querySelectorAll(NESTED_EXCLUDED_SELECTOR)) {
      const w = this.doc.createTreeWalker(region, SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) skip.add(n);
    }
    const walker = this.doc.createTreeWalker(el, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!mayConvert((n as Text).data)) continue;
      const parent = n.parentElement;
      if (parent && RAW_TEXT_PARENTS.has(parent.localName)) continue;
      if (skip.size > 0 && skip.has(n)) continue;
      into.push(n);
    }
    if (el.matches(ATTRIBUTE_SELECTOR)) into.push(el);
    for (const a of el.querySelectorAll(ATTRIBUTE_SELECTOR)) if (!this.attributesExcluded(a)) into.push(a);
  }

  /**
   * Like collect, for a node the page added or changed after the start: it may have left the
   * page since, or sit inside an excluded element (which collect, given the node itself, cannot
   * see). False when it has left the page: nothing was looked at.
   */
  collectChanged(root: Node, into: Node[]): boolean {
    if (!this.inScope(root)) return false;
    if (root.nodeType === TEXT_NODE) {
      if (!this.excluded(root.parentElement)) into.push(root);
    } else if (root.nodeType === ELEMENT_NODE) {
      const parent = (root as Element).parentElement;
      if (!this.excluded(parent)) this.collect(root, into);
    }
    return true;
  }
}
