import { findFigures } from './find';
import type { Figure } from './types';
import { FORM_CONTROL_TAGS, UNREADABLE_TAGS } from '../dom/unreadable';

/**
 * Marks key figures in a DOM subtree with DOM APIs only (createElement, splitText, appendChild):
 * no innerHTML, so nothing the page wrote is ever re-parsed. Text is read per block (paragraph,
 * heading, list item, table row, caption…): a figure never spans two blocks, nor a <br>. Within a
 * block it may span several text nodes ("<b>25.4</b>亿元"); it is then marked piece by piece, the
 * pieces sharing one data-fig-index.
 */
export const MARK_CLASS = 'qd-fig';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Table cells are read along their row, joined by a space, like the article text. */
const CELL_TAGS = new Set(['TD', 'TH']);
/** Never marked: unreadable elements, form controls, drawings and formulas. */
const SKIP_TAGS: ReadonlySet<string> = new Set([...UNREADABLE_TAGS, ...FORM_CONTROL_TAGS, 'svg', 'math']);

interface Run {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

function collectRuns(root: Element): Run[] {
  const runs: Run[] = [];
  let cur: Run = { text: '', nodes: [], starts: [] };
  const flush = (): void => {
    if (cur.nodes.length) runs.push(cur);
    cur = { text: '', nodes: [], starts: [] };
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        cur.starts.push(cur.text.length);
        cur.nodes.push(t);
        cur.text += t.data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(el.localName)) continue;
        if (tag === 'BR') flush();
        else if (CELL_TAGS.has(tag)) {
          if (cur.text) cur.text += ' '; // a virtual separator: belongs to no node
          walk(el);
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(el);
          flush();
        } else walk(el);
      }
    }
  };
  walk(root);
  flush();
  return runs;
}

/**
 * Wraps every key figure under root in `<mark class="qd-fig qd-fig-<category>" data-category
 * data-fig-index>` and returns the marks, one per figure, in document order (for a figure split
 * across text nodes, its first piece). Marks already there are removed first, so calling it twice
 * gives the same result. `recognize` reads one block's text (default: findFigures).
 */
export function markFigures(root: Element, recognize: (text: string) => readonly Figure[] = findFigures): HTMLElement[] {
  return figureMarker(root, recognize).next(Number.POSITIVE_INFINITY);
}

/** Marks the figures of a subtree a slice at a time (figureMarker). */
export interface FigureMarker {
  /** Marks the next blocks, about `maxChars` characters of text, and returns their marks in document order. */
  next(maxChars: number): HTMLElement[];
  /** Whether every block has been read. */
  readonly done: boolean;
}

/**
 * markFigures in slices: the blocks are collected once (the old marks removed first), then each
 * `next` reads and marks the following blocks. A very long article is marked from the top, a
 * slice per task, so that the first screen shows at once and the tab never freezes on marking.
 * Figure indices run on across slices. The subtree must not change between slices.
 */
export function figureMarker(root: Element, recognize: (text: string) => readonly Figure[] = findFigures): FigureMarker {
  unmarkFigures(root);
  const doc = root.ownerDocument;
  const runs = collectRuns(root);
  let at = 0;
  let index = 0;
  return {
    get done() {
      return at >= runs.length;
    },
    next(maxChars) {
      const planned: { run: Run; fig: Figure; index: number }[] = [];
      for (let chars = 0; at < runs.length && chars < maxChars; at++) {
        const run = runs[at]!;
        chars += run.text.length;
        if (!/[0-9０-９A-Za-z零〇一二两兩三四五六七八九十百千万萬亿億兆半翻]/.test(run.text)) continue;
        for (const fig of recognize(run.text)) planned.push({ run, fig, index: index++ });
      }
      return applyMarks(doc, planned);
    },
  };
}

function applyMarks(doc: Document, planned: readonly { run: Run; fig: Figure; index: number }[]): HTMLElement[] {
  const primary: HTMLElement[] = new Array(planned.length);
  // Last figure first: splitting a node keeps its head where it was, so earlier offsets stay valid.
  for (let p = planned.length - 1; p >= 0; p--) {
    const { run, fig, index: n } = planned[p]!;
    const pieces: HTMLElement[] = [];
    for (let i = run.nodes.length - 1; i >= 0; i--) {
      const node = run.nodes[i]!;
      const nodeStart = run.starts[i]!;
      const a = Math.max(fig.start, nodeStart) - nodeStart;
      const b = Math.min(fig.end, nodeStart + node.data.length) - nodeStart;
      if (a >= b) continue;
      let piece = node;
      if (b < piece.data.length) piece.splitText(b);
      if (a > 0) piece = piece.splitText(a);
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} ${MARK_CLASS}-${fig.category}`;
      mark.dataset.category = fig.category;
      mark.dataset.figIndex = String(n);
      piece.parentNode?.insertBefore(mark, piece);
      mark.appendChild(piece);
      pieces.unshift(mark);
    }
    pieces.forEach((m, k) => {
      if (k > 0) m.dataset.figPart = String(k);
    });
    if (pieces[0]) primary[p] = pieces[0];
  }
  return primary.filter(Boolean);
}

/** Removes the marks under root and joins the text back into the original text nodes. */
export function unmarkFigures(root: Element): void {
  const marks = Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`));
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    let last: ChildNode | null = null;
    while (mark.firstChild) {
      last = mark.firstChild;
      parent.insertBefore(last, mark);
    }
    const after = mark.nextSibling;
    mark.remove();
    mergeTextAround(last ?? after);
  }
}

/** Joins the run of adjacent text nodes around node into its first node (the one that was split). */
function mergeTextAround(node: Node | null): void {
  if (!node || node.nodeType !== 3) return;
  let first = node as Text;
  while (first.previousSibling?.nodeType === 3) first = first.previousSibling as Text;
  while (first.nextSibling?.nodeType === 3) {
    const next = first.nextSibling as Text;
    first.appendData(next.data);
    next.remove();
  }
}
