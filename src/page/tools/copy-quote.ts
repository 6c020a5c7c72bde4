import { runPipeline } from '../../core/pipeline';
import { citationFromArticle, computedHidden, formatQuoteWith, quoteTextFromRange, type Citation } from '../../core/quote';
import { defaultSettings } from '../../core/settings/schema';
import { loadSettings } from '../../platform/settings-store';
import { runPageToolAsync, showToolNotice } from '../notice';

/**
 * The "复制引用 / Copy as clean quote" context-menu tool, in the page itself: the selection
 * as a clean quote (hidden text and invisible characters left out) with the article's citation,
 * written to the clipboard through a copy event that Qingdu handles first and stops, so a page's
 * oncopy handler cannot append its tail. Returns the text it copied, or null: without a selection
 * (a notice asks for one) or when copying failed (a notice says so; the page is not changed).
 */
export function copyQuote(doc: Document): Promise<string | null> {
  return runPageToolAsync(doc, () => copySelectionAsQuote(doc), () => null);
}

/**
 * Needs the pipeline: the citation's outlet and date come from the article's zones and credit lines
 * (src/core/meta), which only extraction finds; the page's <title> and meta tags would name the farm.
 */
async function copySelectionAsQuote(doc: Document): Promise<string | null> {
  const win = doc.defaultView!;
  const url = doc.location?.href ?? doc.URL;
  const selection = doc.getSelection();
  const text =
    selection && !selection.isCollapsed && selection.rangeCount > 0 ? quoteTextFromRange(selection.getRangeAt(0), { isHidden: computedHidden }) : '';
  if (!text) {
    showToolNotice(doc, 'toolNoSelection');
    return null;
  }
  const result = runPipeline(doc, { url });
  const citation: Citation = result.ok
    ? citationFromArticle(result.article)
    : { title: doc.title || null, source: null, published: null, url };
  const settings = (await loadSettings().catch(() => defaultSettings(navigator.language))).quote;
  const lang = result.ok ? result.article.lang : doc.documentElement.lang || 'zh-Hans';
  const quote = formatQuoteWith(text, citation, settings, lang);
  let written = false;
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', quote.plain);
    event.clipboardData?.setData('text/html', quote.html);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = event.clipboardData !== null;
  };
  // Capture on window runs before any listener the page put on document or its elements.
  win.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } finally {
    win.removeEventListener('copy', onCopy, true);
  }
  // The browser refused the copy, or a page listener registered earlier on window stopped the
  // event before ours: the clipboard did not get the clean quote, and the user should know.
  if (!written) throw new Error('the copy event did not reach Qingdu');
  return quote.plain;
}
