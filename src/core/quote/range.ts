import { blockLines, leafBlocks, wrapInlineRuns } from '../dom/blocks';
import { quoteParagraphs } from './clean';
import { alwaysHidden } from './hidden';

export interface RangeQuoteOptions {
  /**
   * Whether an element (of the live page) and everything in it is hidden from the reader. In a
   * browser pass computedHidden (getComputedStyle: display, visibility, opacity, tiny fonts,
   * transparent or background-coloured text). alwaysHidden applies in any case.
   */
  isHidden?: (el: Element) => boolean;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The selected text as a reader expects it: one line per paragraph (block), joined by a single
 * "\n"; white space collapsed; invisible characters removed; hidden elements left out (checked on
 * the live elements, so computed styles are right); figure marks and other inline markup reduced
 * to their text; a copy notice at the end dropped. "" when nothing visible is selected.
 *
 * Takes a Range or a StaticRange (what Selection.getComposedRanges gives for a selection inside
 * a shadow root, e.g. the reader view).
 *
 * The page is never changed: the visible part of the range is copied, text nodes cut at the range's
 * ends, into a detached container of bare elements (tag names only: no attributes, so nothing
 * loads), which the block helpers then read.
 */
export function quoteTextFromRange(input: Range | StaticRange, options: RangeQuoteOptions = {}): string {
  const range = liveRange(input);
  if (!range) return '';
  const hidden = (el: Element): boolean => alwaysHidden(el) || (options.isHidden?.(el) ?? false);
  const common = range.commonAncestorContainer;
  const doc = common.nodeType === 9 ? (common as Document) : common.ownerDocument;
  if (!doc) return '';
  // The selection's ancestors: a selection inside a hidden element shows nothing. (A shadow root
  // or the document itself has no parent element: nothing to check.)
  for (let el = common.nodeType === 1 ? (common as Element) : common.parentElement; el; el = el.parentElement) {
    if (hidden(el)) return '';
  }

  const container = doc.createElement('div');
  if (common.nodeType === 3 || common.nodeType === 4) appendText(common as Text, range, container, doc);
  else copyChildren(common, range, container, doc, hidden);

  wrapInlineRuns(container);
  const lines = leafBlocks(container).flatMap(blockLines);
  return quoteParagraphs(lines.join('\n')).join('\n');
}

function appendText(text: Text, range: Range, into: Node, doc: Document): void {
  const start = text === range.startContainer ? range.startOffset : 0;
  const end = text === range.endContainer ? range.endOffset : text.data.length;
  if (end > start) into.appendChild(doc.createTextNode(text.data.slice(start, end)));
}

function copyChildren(from: Node, range: Range, into: Node, doc: Document, hidden: (el: Element) => boolean): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (!range.intersectsNode(child)) continue;
    if (child.nodeType === 3 || child.nodeType === 4) appendText(child as Text, range, into, doc);
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (hidden(el)) continue;
      // Bare copies: the tag name is all the block helpers read. Foreign (SVG/MathML) elements become spans.
      const copy = doc.createElement(el.namespaceURI === HTML_NS ? el.localName : 'span');
      into.appendChild(copy);
      copyChildren(el, range, copy, doc, hidden);
    }
  }
}

/** A Range for a StaticRange (same boundary points); null when its ends are no longer valid. */
function liveRange(input: Range | StaticRange): Range | null {
  if ('intersectsNode' in input) return input;
  const doc = input.startContainer.nodeType === 9 ? (input.startContainer as Document) : input.startContainer.ownerDocument;
  if (!doc) return null;
  try {
    const range = doc.createRange();
    range.setStart(input.startContainer, input.startOffset);
    range.setEnd(input.endContainer, input.endOffset);
    return range;
  } catch {
    return null;
  }
}
