import type { Article } from '../model/article';
import { cleanQuoteLine } from './clean';
import type { Citation, QuoteFormatOptions } from './types';

/** The citation of an article: its title, the original outlet (else the site it was read on), the date, the URL. */
export function citationFromArticle(article: Pick<Article, 'title' | 'source' | 'site' | 'published' | 'url'>): Citation {
  return {
    title: article.title || null,
    source: article.source ?? article.site ?? null,
    published: article.published,
    url: article.url,
  };
}

/** A citation's fields as printed: cleaned, the title in the reader's script, the date as YYYY-MM-DD; null when missing. */
export interface CitationFields {
  title: string | null;
  source: string | null;
  date: string | null;
  /** Only http(s) URLs: a javascript: or data: URL is never put in a quote. */
  url: string | null;
}

export function citationFields(citation: Citation, options: Pick<QuoteFormatOptions, 'convert'>): CitationFields {
  const clean = (value: string | null | undefined): string | null => (value ? cleanQuoteLine(value) || null : null);
  const title = clean(citation.title);
  const published = clean(citation.published);
  const url = clean(citation.url);
  return {
    title: title && options.convert ? options.convert(title) : title,
    source: clean(citation.source),
    date: published ? (/^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? published) : null,
    url: url && /^https?:\/\/[^\s/]/i.test(url) ? url : null,
  };
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** Chinese citation punctuation (《》，——) for zh-* articles; without a language, when the title or text is Chinese. */
export function chineseCitation(lang: string | undefined, title: string | null, text: string): boolean {
  if (lang) return /^zh(?:[-_]|$)/i.test(lang);
  return CJK.test(title ?? '') || CJK.test(text);
}
