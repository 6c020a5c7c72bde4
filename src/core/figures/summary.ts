import { MARK_CLASS } from './mark';
import type { FigureCategory } from './types';

/** One line of the "关键数字 / Key figures" panel. */
export interface FigureSummaryItem {
  index: number;
  text: string;
  category: FigureCategory;
  /** The clause the figure belongs to, cut at ，。；：！？ (and , ; : . ! ? before a space in English). */
  phrase: string;
  /** Offset of the figure in `phrase`. */
  at: number;
  /** The (first) mark of the figure: scroll to it, flash it. */
  mark: HTMLElement;
}

const EDGE = '\\s“”"\'‘’「」『』（）()【】\\[\\]—…·';
const LEAD = new RegExp(`^[${EDGE}]+`);
const TAIL = new RegExp(`[${EDGE}]+$`);
const MAX_PHRASE = 60;

/**
 * Whether text[i] ends a clause: Chinese ，。；：！？, a line break, ASCII ; ! ?, and ASCII , . :
 * unless between digits (1,200 and 3.1) or, for ".", after a one-letter abbreviation (U.S.).
 */
function isBreak(text: string, i: number): boolean {
  const c = text.charAt(i);
  if ('，。；：！？\n;!?'.includes(c)) return true;
  if (c !== ',' && c !== '.' && c !== ':') return false;
  if (/\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1))) return false;
  if (c === '.' && /(?:^|[^A-Za-z])[A-Za-z]$/.test(text.slice(Math.max(0, i - 2), i))) return false;
  return true;
}

/**
 * The clause around [start, end) of text: from the clause break before the figure to the one after
 * it, quotes and brackets at the edges trimmed, shortened around the figure with "…" when long.
 * `at` is where the figure starts in `phrase`.
 */
export function figureContext(text: string, start: number, end: number): { phrase: string; at: number } {
  let s = start;
  while (s > 0 && !isBreak(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !isBreak(text, e)) e++;
  // A Chinese figure that is its whole clause ("截至2022年底,") leads into the next one.
  if (!/[\p{L}]/u.test(text.slice(s, start) + text.slice(end, e)) && !/[A-Za-z]/.test(text.slice(start, end)) && e < text.length) {
    e++;
    while (e < text.length && !isBreak(text, e)) e++;
  }
  let phrase = text.slice(s, e);
  let at = start - s;
  const len = end - start;
  const lead = Math.min(LEAD.exec(phrase)?.[0].length ?? 0, at);
  phrase = phrase.slice(lead);
  at -= lead;
  const tail = TAIL.exec(phrase)?.[0].length ?? 0;
  phrase = phrase.slice(0, Math.max(at + len, phrase.length - tail));
  if (phrase.length > MAX_PHRASE) {
    let from = Math.max(0, Math.min(at - Math.floor((MAX_PHRASE - len) / 2), phrase.length - MAX_PHRASE));
    let to = Math.min(phrase.length, Math.max(from + MAX_PHRASE, at + len));
    // In Latin text, cut between words.
    while (from > 0 && from < at && /\w/.test(phrase.charAt(from - 1)) && /\w/.test(phrase.charAt(from))) from++;
    while (to < phrase.length && to > at + len && /\w/.test(phrase.charAt(to - 1)) && /\w/.test(phrase.charAt(to))) to--;
    phrase = (from > 0 ? '…' : '') + phrase.slice(from, to) + (to < phrase.length ? '…' : '');
    at = at - from + (from > 0 ? 1 : 0);
  }
  return { phrase, at };
}

const BLOCKISH = /^(?:P|LI|H[1-6]|TD|TH|TR|DD|DT|BLOCKQUOTE|FIGCAPTION|CAPTION|PRE|DIV|SECTION|ARTICLE|BODY)$/;

interface BlockText {
  text: string;
  /** Where each figure (by data-fig-index) starts and ends in text. */
  spans: Map<string, [start: number, end: number]>;
}

/** A block's text and the span of every figure marked in it: one walk per block, however many marks it holds. */
function readBlock(block: Element): BlockText {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const spans = new Map<string, [number, number]>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const owner = n.parentElement?.closest(`mark.${MARK_CLASS}`) as HTMLElement | null;
    const index = owner?.dataset.figIndex;
    const at = text.length;
    text += (n as Text).data;
    if (index === undefined) continue;
    const span = spans.get(index);
    if (span) span[1] = text.length;
    else spans.set(index, [at, text.length]);
  }
  return { text, spans };
}

/**
 * The key-figures panel for marks returned by markFigures: each figure with its category, index
 * and the clause it belongs to, in document order.
 */
export function figureSummary(marks: readonly HTMLElement[]): FigureSummaryItem[] {
  const out: FigureSummaryItem[] = [];
  const blocks = new Map<Element, BlockText>();
  for (const mark of marks) {
    const index = Number(mark.dataset.figIndex);
    const category = mark.dataset.category as FigureCategory;
    let block: Element = mark;
    while (block.parentElement && !BLOCKISH.test(block.tagName)) block = block.parentElement;
    let read = blocks.get(block);
    if (!read) blocks.set(block, (read = readBlock(block)));
    const span = read.spans.get(String(index));
    if (!span) continue;
    const [start, end] = span;
    const { phrase, at } = figureContext(read.text, start, end);
    out.push({ index, text: read.text.slice(start, end), category, phrase, at, mark });
  }
  return out.sort((a, b) => a.index - b.index);
}
