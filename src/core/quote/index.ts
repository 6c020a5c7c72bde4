/**
 * Clean quotes: the selected text as a reader sees it (no invisible characters, hidden spam or
 * figure marks; paragraph breaks kept), in the reader's script, with a citation naming the
 * original outlet. Pure functions over a Range or a string; the reader view, the context menu and
 * the CLI (src/cli/quote-option.ts) all go through formatQuote.
 */
export type { Citation, FormattedQuote, QuoteFormat, QuoteFormatOptions } from './types';
export { QUOTE_FORMATS } from './types';
export { cleanQuoteText, cleanQuoteLine, quoteParagraphs } from './clean';
export { stripCopyTail } from './copy-tail';
export { quoteTextFromRange, type RangeQuoteOptions } from './range';
export { alwaysHidden, computedHidden } from './hidden';
export { citationFromArticle } from './citation';
export { formatQuote, formatQuoteWith } from './format';
export { articleRangeQuote } from './article-quote';
export { escapeHtml } from '../text/escape';
