import type { Article } from '../../core/model/article';
import { citationFields } from '../../core/quote/citation';
import { citationFromArticle } from '../../core/quote';
import type { Translate } from '../../core/i18n';

/**
 * Printing the reader prints the article alone, ending with where it came from. The page's own
 * body is hidden for print through an adopted stylesheet: it changes no element of the page (the
 * serialized DOM stays identical) and goes when the reader closes.
 */
const HIDE_PAGE_FOR_PRINT = '@media print { body { display: none !important; } }';

export function hidePageWhenPrinting(doc: Document): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || typeof win.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return () => {};
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIDE_PAGE_FOR_PRINT);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {};
  }
}

/** The citation printed under the article: 出处:《标题》 · outlet · date · URL (shown in print only). */
export function printCitation(doc: Document, article: Article, t: Translate): HTMLElement {
  const fields = citationFields(citationFromArticle(article), {});
  const footer = doc.createElement('footer');
  footer.className = 'qd-print-citation';
  const zh = article.lang.startsWith('zh');
  const title = fields.title ? (zh ? `《${fields.title}》` : `“${fields.title}”`) : null;
  const line = [title, fields.source, fields.date].filter(Boolean).join(' · ');
  footer.append(doc.createTextNode(`${t('printSource')}${zh ? '\uff1a' : ': '}${line}`));
  if (fields.url) {
    footer.append(doc.createElement('br'), doc.createTextNode(fields.url));
  }
  return footer;
}

export function printButton(doc: Document, t: Translate): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'qd-print';
  button.textContent = t('print');
  button.addEventListener('click', () => doc.defaultView?.print());
  return button;
}
