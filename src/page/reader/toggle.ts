import { runPipeline } from '../../core/pipeline';
import { READER_CSS } from './styles';
import { noticeView } from './view';
import { hidePageWhenPrinting } from './print';
import type { ReaderOptions } from './options';
import { registry, type OpenReader } from './registry';
import { render } from './render';
import { createOverlayHost, onHostRemoved, overlaySelector } from '../shadow-host';

export type ToggleOutcome = 'opened' | 'closed' | 'no-article';

/** Finds the reader's host (a plain <div>, see createOverlayHost). */
export const READER_HOST_SELECTOR = overlaySelector('reader');

/**
 * Opens the reader over the page, or closes it if it is open. The page's own DOM is never changed
 * apart from adding one host element (with a closed shadow root) as the last child of <html>;
 * closing removes it and restores the scroll position and focus.
 */
export function toggleReader(doc: Document = document, options: ReaderOptions = {}): ToggleOutcome {
  if (isReaderOpen(doc)) {
    closeReader(doc);
    return 'closed';
  }
  return openReader(doc, options);
}

export function isReaderOpen(doc: Document = document): boolean {
  return registry().get(doc)?.host.isConnected ?? false;
}

export function openReader(doc: Document = document, options: ReaderOptions = {}): ToggleOutcome {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('Qingdu needs a document with a window');
  // A reader whose host the page removed: what it left behind goes first.
  if (registry().has(doc)) closeReader(doc);
  const result = runPipeline(doc, { url: doc.URL, site: options.site });
  const close = (): void => closeReader(doc);

  const { host, shadow } = createOverlayHost(doc, 'reader');
  host.setAttribute('data-qingdu-state', result.ok ? 'open' : 'no-article');
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  shadow.append(style);
  const open: OpenReader = {
    host,
    shadow,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    focused: doc.activeElement,
    onKey: () => {},
    close,
    article: result.ok ? result.article : null,
    options,
    parts: null,
    view: style,
    cleanupView: () => {},
    cleanupDocument: () => {},
  };
  let shown: ToggleOutcome = result.ok ? 'opened' : 'no-article';
  try {
    if (result.ok) render(open, doc, win);
  } catch (error) {
    // A bug in the view must not leave a half-built reader or reach the page: say so in the reader.
    console.warn('[qingdu] the reader view failed', error);
    open.cleanupView();
    open.parts = null;
    open.article = null;
    shadow.replaceChildren(style);
    host.setAttribute('data-qingdu-state', 'no-article');
    shown = 'no-article';
  }
  if (!open.parts) {
    const reason = result.ok ? 'error' : result.reason;
    open.view = noticeView(doc, options.locale ?? win.navigator?.language ?? 'en', reason, close, options.display);
    shadow.append(open.view);
  }

  open.onKey = (event: KeyboardEvent): void => {
    // Only the user's own key press: a page can dispatch a synthetic Escape to close the reader.
    if (event.key !== 'Escape' || event.defaultPrevented || !event.isTrusted) return;
    event.stopPropagation();
    // Esc closes the settings panel first, then the reader.
    if (open.parts?.toolbar.closePanel()) return;
    close();
  };
  registry().set(doc, open);
  doc.addEventListener('keydown', open.onKey, true);
  doc.documentElement.append(host);
  const unprint = open.parts ? hidePageWhenPrinting(doc) : () => {};
  // A page that removes our host must not keep our print stylesheet (it would print blank) or our
  // Esc listener (it would swallow the next Escape).
  const unwatch = onHostRemoved(host, () => closeReader(doc));
  open.cleanupDocument = () => {
    unwatch();
    unprint();
  };
  // Focus moves into the reader so that Space, arrows and Page Down scroll the article.
  const focusTarget = shadow.querySelector<HTMLElement>('.qd-article, .qd-notice');
  focusTarget?.focus({ preventScroll: true });
  return shown;
}

export function closeReader(doc: Document = document): void {
  const open = registry().get(doc);
  if (!open) return;
  registry().delete(doc);
  doc.removeEventListener('keydown', open.onKey, true);
  open.cleanupView();
  open.cleanupDocument();
  open.host.remove();
  const win = doc.defaultView;
  win?.scrollTo(open.scrollX, open.scrollY);
  (open.focused as HTMLElement | null)?.focus?.({ preventScroll: true });
}
