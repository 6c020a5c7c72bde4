import { parseDate } from './date';
import { inlineScripts } from '../dom/walk';

/** Inline scripts larger than this are app bundles, not the page's state. */
const MAX_SCRIPT_CHARS = 500_000;

/**
 * A publication time in the page's state object, as portals hand it to their scripts:
 * `"pubtime": "2019-09-07 19:02:26"` (qq), `ptime: '2019-09-07'`, `"datePublished":"…"`.
 * Only names that say "published"; a comment's createTime is not the article's.
 */
const PUBLISHED_FIELD = /["']?\b(?:pub_?time|pubdate|pub_?date|publish_?time|publish_?date|publishtime|ptime|date_?published|published_?at|published_?time)["']?\s*[:=]\s*["'](\d{4}[-/]\d{1,2}[-/]\d{1,2}[^"']{0,20})["']/i;

/** The publication date in the page's inline data, read as text (never run); null when none. */
export function publishedInPageData(doc: Document): string | null {
  for (const { text } of inlineScripts(doc, MAX_SCRIPT_CHARS)) {
    const value = PUBLISHED_FIELD.exec(text)?.[1];
    const date = value ? parseDate(value) : null;
    if (date) return date;
  }
  return null;
}
