import type { QuoteFormat } from '../settings/schema';

export type { QuoteFormat } from '../settings/schema';

/**
 * Where a quote comes from. Every field may be missing; a missing field is left out of the
 * citation, never printed as "null".
 */
export interface Citation {
  /** The article's real title (Article.title). */
  title: string | null;
  /** The original outlet (人民日报 …); citationFromArticle falls back to the repost site. */
  source: string | null;
  /** Publication date; only its YYYY-MM-DD part is printed. */
  published: string | null;
  /** The page URL; only http(s) URLs are printed. */
  url: string | null;
}

export interface QuoteFormatOptions {
  /** Add the citation (title, outlet, date) after the quote. Off: the quoted text only. */
  citation: boolean;
  /** Add the page URL to the citation (only when citation is on). */
  url: boolean;
  /** BCP 47 language of the article (Article.lang): zh-* gets Chinese citation punctuation, anything else English. */
  lang?: string;
  /** The reader's script converter, applied to the quoted text and the title. */
  convert?: (s: string) => string;
}

/** What goes on the clipboard: text/plain and text/html. */
export interface FormattedQuote {
  plain: string;
  html: string;
}

export { QUOTE_FORMATS } from '../settings/schema';
