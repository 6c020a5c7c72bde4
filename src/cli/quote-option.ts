/**
 * `--quote "selected text" [--quote-format plain|markdown|chinese] [--no-citation] [--no-url]`:
 * prints exactly the text/plain the extension would put on the clipboard for that selection of
 * the article, through the same functions (cleanQuoteText, formatQuote). main.ts spreads
 * QUOTE_ARG_OPTIONS into its parseArgs options and, when values.quote is set, prints
 * quoteForCli(article, values.quote, format, …).output instead of the article.
 */
import { foldWidth } from '../core/text/normalize';
import type { Article } from '../core/model/article';
import { citationFromArticle, cleanQuoteText, formatQuote, QUOTE_FORMATS, type QuoteFormat } from '../core/quote';
import { defaultSettings } from '../core/settings/schema';

/** parseArgs option definitions for the quote flags. */
export const QUOTE_ARG_OPTIONS = {
  quote: { type: 'string' },
  'quote-format': { type: 'string' },
  'no-citation': { type: 'boolean' },
  'no-url': { type: 'boolean' },
} as const;

/** Lines for main.ts's usage text. */
export const QUOTE_USAGE = `  --quote TEXT                 print TEXT as a clean quote of the article, exactly as Qingdu copies it
  --quote-format FORMAT        plain (default), markdown or chinese
  --no-citation, --no-url      leave out the citation (title, outlet, date) / the page URL`;

/** The --quote-format value: the default (settings' default, plain) when absent, null when unknown. */
export function parseQuoteFormat(value: string | undefined): QuoteFormat | null {
  if (value === undefined) return defaultSettings().quote.format;
  return QUOTE_FORMATS.includes(value as QuoteFormat) ? (value as QuoteFormat) : null;
}

export interface CliQuoteOptions {
  /** Default on, as in the settings. */
  citation?: boolean;
  /** Default on, as in the settings. */
  url?: boolean;
  /** The reader's script converter (when the CLI gains a --script option). */
  convert?: (s: string) => string;
  /**
   * The page URL to cite: the CLI's --url (null without it). Default article.url — but the CLI
   * loads a file as http://localhost/, which is no URL to cite.
   */
  pageUrl?: string | null;
}

export type CliQuoteResult = { ok: true; output: string } | { ok: false; message: string };

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * The clipboard's text/plain for `selected` quoted from `article`. The selection is cleaned
 * (cleanQuoteText: invisible characters, white space, a pasted copy notice) and must occur in the
 * article text, compared with all white space removed; the quote then takes the article's own
 * paragraph breaks (a selection given on one line that spans paragraphs is quoted as those
 * paragraphs, as the reader view would copy it).
 */
export function quoteForCli(article: Article, selected: string, format: QuoteFormat = 'plain', options: CliQuoteOptions = {}): CliQuoteResult {
  const cleaned = cleanQuoteText(selected);
  if (!cleaned) return { ok: false, message: 'the quote is empty once invisible characters and white space are removed' };
  const text = articleSpan(article.text, cleaned) ?? (options.convert && squash(options.convert(article.text)).includes(squash(options.convert(cleaned))) ? cleaned : null);
  if (text === null) {
    const shown = cleaned.length > 40 ? cleaned.slice(0, 40) + '…' : cleaned;
    return { ok: false, message: `the quote was not found in the article text: "${shown.replace(/\n/g, ' ')}" (run without --quote to see the article as Qingdu reads it)` };
  }
  const defaults = defaultSettings().quote;
  const citation = { ...citationFromArticle(article), ...(options.pageUrl !== undefined ? { url: options.pageUrl } : {}) };
  const { plain } = formatQuote(text, citation, format, {
    citation: options.citation ?? defaults.citation,
    url: options.url ?? defaults.url,
    lang: article.lang,
    convert: options.convert,
  });
  return { ok: true, output: plain };
}

/** The part of the article text the quote matches, white space ignored, with the article's own line breaks; null when absent. */
function articleSpan(articleText: string, quote: string): string | null {
  // Full-width and ASCII punctuation are the same to a reader: ，and , match.
  const needle = foldWidth(squash(quote));
  // Squashed article text, and for each of its characters the index in the article text.
  let hay = '';
  const at: number[] = [];
  for (let i = 0; i < articleText.length; i++) {
    const c = articleText[i]!;
    if (/\s/.test(c)) continue;
    hay += foldWidth(c);
    at.push(i);
  }
  const start = hay.indexOf(needle);
  if (start < 0) return null;
  return cleanQuoteText(articleText.slice(at[start]!, at[start + needle.length - 1]! + 1));
}
