import type { FormattedQuote } from '../../core/quote';

/**
 * Puts a quote on the clipboard as plain text and HTML (rich editors keep the citation's link).
 * Resolves false when the async clipboard is refused (a page's permissions policy can block it).
 */
export async function writeQuote(win: Window & typeof globalThis, quote: FormattedQuote): Promise<boolean> {
  try {
    if (typeof win.ClipboardItem === 'function') {
      const item = new win.ClipboardItem({
        'text/plain': new Blob([quote.plain], { type: 'text/plain' }),
        'text/html': new Blob([quote.html], { type: 'text/html' }),
      });
      await win.navigator.clipboard.write([item]);
    } else {
      await win.navigator.clipboard.writeText(quote.plain);
    }
    return true;
  } catch {
    return false;
  }
}
