import type { Article } from '../../core/model/article';
import { articleRangeQuote, type FormattedQuote } from '../../core/quote';
import type { QuoteSettings } from '../../core/settings/schema';
import { writeQuote } from './clipboard';
import type { Translate } from '../../core/i18n';

/** The whole article as the clipboard gets it: the reader's cleaned text with its citation. */
export function articleQuote(body: HTMLElement, article: Article, settings: QuoteSettings): FormattedQuote | null {
  const range = body.ownerDocument.createRange();
  range.selectNodeContents(body);
  return articleRangeQuote(range, article, settings);
}

/** The toolbar's "复制全文" button: copies the article (in the reader's script) with its citation. */
export function copyArticleButton(
  doc: Document,
  t: Translate,
  body: HTMLElement,
  article: Article,
  settings: QuoteSettings,
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'qd-copy-article';
  button.textContent = t('copyArticle');
  button.addEventListener('click', async () => {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const quote = articleQuote(body, article, settings);
    if (!win || !quote) return;
    if (await writeQuote(win, quote)) {
      button.textContent = t('copied');
      win.setTimeout(() => (button.textContent = t('copyArticle')), 2000);
    }
  });
  return button;
}
