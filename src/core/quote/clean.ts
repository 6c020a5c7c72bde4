import { normalizeText } from '../text/normalize';
import { stripCopyTail } from './copy-tail';

/**
 * Invisible characters beyond the shared INVISIBLE_CHARS (which normalizeText removes): the
 * supplementary variation selectors, tag characters and interlinear annotation marks.
 */
const MORE_INVISIBLE = /[\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}\uFFF9-\uFFFB]/gu;

/** Line and paragraph breaks a pasted or selected string may use. */
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/;

/** One line as a reader would quote it: invisible characters gone, white space collapsed. */
export function cleanQuoteLine(line: string): string {
  return normalizeText(line.replace(MORE_INVISIBLE, ''));
}

/**
 * The paragraphs of a quote: each line cleaned (cleanQuoteLine), empty lines dropped, a copy
 * notice at the end ("著作权归作者所有…") dropped.
 */
export function quoteParagraphs(text: string): string[] {
  return stripCopyTail(text.split(LINE_BREAK).map(cleanQuoteLine).filter(Boolean));
}

/**
 * A plain string (the CLI's --quote, a context menu's selectionText, a pasted copy) cleaned like a
 * selection: one paragraph per line joined by a single "\n", no blank lines, invisible characters
 * removed, white space (incl. full-width and NBSP) collapsed, a trailing copy notice dropped.
 *
 *   cleanQuoteText('\u3000\u3000基层\u200b医疗\u00ad服务\n\n\n能力　提升') === '基层医疗服务\n能力 提升'
 */
export function cleanQuoteText(text: string): string {
  return quoteParagraphs(text).join('\n');
}
