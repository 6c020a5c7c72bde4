import { autoHideToolbar } from './toolbar';
import { enableQuoteCopy } from './copy-quote';
import { removeBlockButton, type OnSiteChoice } from './site-choices';
import { buildArticleView } from './view';
import { DEFAULT_DISPLAY, DEFAULT_QUOTE } from './options';
import type { OpenReader } from './registry';

/** Builds (or rebuilds) the article view of an open reader from its article and options. */
export function render(open: OpenReader, doc: Document, win: Window & typeof globalThis): void {
  if (!open.article) return;
  const { options } = open;
  // Built before the old view is touched: if building fails, the reader keeps what it showed.
  const parts = buildArticleView(doc, win, open.article, open.close, {
    ...options,
    onDisplay: (display) => {
      const before = open.options.display ?? DEFAULT_DISPLAY;
      open.options = { ...open.options, display };
      // Punctuation changes the text itself: re-render (after this click's handler has finished).
      if (display.chinesePunctuation !== before.chinesePunctuation) queueMicrotask(() => rerender(open, doc, win));
      options.onDisplay?.(display);
    },
  });
  open.cleanupView();
  if (open.parts) open.parts.root.replaceWith(parts.root);
  else open.shadow.append(parts.root);
  open.view = parts.root;
  open.parts = parts;
  // Quotes cite the article as shown (already in the reader's script and punctuation).
  const lang = options.locale ?? parts.article.lang;
  const stopQuote = enableQuoteCopy({
    shadow: open.shadow,
    container: parts.root,
    article: parts.article,
    quote: options.quote ?? DEFAULT_QUOTE,
    extraButtons: selectionActions(open.shadow, parts.root, lang, options.onSiteChoice),
    lang,
  });
  const stopAutoHide = autoHideToolbar(parts.toolbar.bar, open.host);
  open.cleanupView = () => {
    stopQuote();
    stopAutoHide();
  };
}

/** Re-renders an open reader's article keeping the reading position; false (view unchanged) if that fails. */
export function rerender(open: OpenReader, doc: Document, win: Window & typeof globalThis): boolean {
  if (!open.host.isConnected) return false;
  const scroller = open.host;
  const ratio = scroller.scrollHeight > 0 ? scroller.scrollTop / scroller.scrollHeight : 0;
  // A change made in the Aa panel (阅读文字, 中文标点) re-renders the view: the panel stays open
  // and the focus stays on the control the user was on, so the keyboard can go on from there.
  const panel = open.parts?.toolbar.panelState() ?? null;
  try {
    render(open, doc, win);
  } catch (error) {
    // Keep showing the article as it was; the new settings apply next time it opens.
    console.warn('[qingdu] could not apply the new settings to the open reader', error);
    return false;
  }
  scroller.scrollTop = ratio * scroller.scrollHeight;
  open.parts?.toolbar.restorePanel(panel);
  return true;
}

/** Extra actions on a selection: "always remove this block on this site", when choices are stored. */
function selectionActions(shadow: ShadowRoot, view: HTMLElement, lang: string, onChoice: OnSiteChoice | undefined): HTMLButtonElement[] {
  const body = view.querySelector<HTMLElement>('.qd-body');
  return onChoice && body ? [removeBlockButton(shadow, body, lang, onChoice)] : [];
}
