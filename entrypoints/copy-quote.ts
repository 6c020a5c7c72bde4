import { runPipeline } from '@/src/core/pipeline';
import { citationFromArticle, computedHidden, formatQuote, quoteTextFromRange, type Citation } from '@/src/core/quote';
import { defaultSettings } from '@/src/core/settings/schema';
import { loadSettings } from '@/src/platform/settings-store';
import { runPageToolAsync, showToolNotice } from '@/src/page/notice';

/**
 * Injected by the "复制引用 / Copy as clean quote" context-menu command into the page: the selection
 * as a clean quote (hidden text and invisible characters left out) with the article's citation,
 * written to the clipboard through a copy event that Qingdu handles first and stops, so a page's
 * oncopy handler cannot append its tail. Returns the text it copied, or null: without a selection
 * (a notice asks for one) or when copying failed (a notice says so; the page is not changed).
 */
export default defineUnlistedScript(() => runPageToolAsync(document, copyQuote, () => null));

async function copyQuote(): Promise<string | null> {
  const selection = document.getSelection();
  const text =
    selection && !selection.isCollapsed && selection.rangeCount > 0 ? quoteTextFromRange(selection.getRangeAt(0), { isHidden: computedHidden }) : '';
  if (!text) {
    showToolNotice(document, 'toolNoSelection');
    return null;
  }
  const result = runPipeline(document, { url: location.href });
  const citation: Citation = result.ok
    ? citationFromArticle(result.article)
    : { title: document.title || null, source: null, published: null, url: location.href };
  const settings = (await loadSettings().catch(() => defaultSettings(navigator.language))).quote;
  const lang = result.ok ? result.article.lang : document.documentElement.lang || 'zh-Hans';
  const quote = formatQuote(text, citation, settings.format, { citation: settings.citation, url: settings.url, lang });
  let written = false;
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', quote.plain);
    event.clipboardData?.setData('text/html', quote.html);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = event.clipboardData !== null;
  };
  // Capture on window runs before any listener the page put on document or its elements.
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  // The browser refused the copy, or a page listener registered earlier on window stopped the
  // event before ours: the clipboard did not get the clean quote, and the user should know.
  if (!written) throw new Error('the copy event did not reach Qingdu');
  return quote.plain;
}
