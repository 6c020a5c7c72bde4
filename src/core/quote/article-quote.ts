import type { Article } from '../model/article';
import type { QuoteSettings } from '../settings/schema';
import { citationFromArticle } from './citation';
import { formatQuoteWith } from './format';
import { quoteTextFromRange } from './range';
import type { FormattedQuote } from './types';

/**
 * The quote of part of an article as the reader shows it (already in the reader's script and
 * punctuation): the range's text cleaned (quoteTextFromRange), cited from the article, formatted
 * as the user's quote settings say. Null when the range holds no visible text. The reader's
 * selection copy and its 复制全文 button both go through it.
 */
export function articleRangeQuote(range: Range | StaticRange, article: Article, settings: QuoteSettings): FormattedQuote | null {
  const text = quoteTextFromRange(range);
  if (!text) return null;
  return formatQuoteWith(text, citationFromArticle(article), settings, article.lang);
}
