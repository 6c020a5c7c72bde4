import { LOCALE_TAGS, uiLocale } from '../../core/i18n';
import { NOTICE_CSS } from './styles';
import { perDocument } from '../../protocol';
import { createOverlayHost, onHostRemoved, overlaySelector } from '../shadow-host';

/** Finds the notice's host (a plain <div>, see createOverlayHost). */
export const NOTICE_HOST_SELECTOR = overlaySelector('notice');
/** Long enough to read two lines; the user can dismiss it sooner (click, Esc). */
export const NOTICE_TIMEOUT_MS = 6_000;
/**
 * The text goes into the live region a moment after the region is in the page: screen readers
 * announce a change to a live region, not always a region that arrives with its text.
 */
export const NOTICE_ANNOUNCE_DELAY_MS = 50;

export interface NoticeOptions {
  /** status: information ("nothing to do"), announced politely; alert: a failure, announced at once. */
  role?: 'status' | 'alert';
  timeoutMs?: number;
}

export interface Notice {
  /** The host element (a child of <html>, holding a closed shadow root). */
  readonly host: HTMLElement;
  close(): void;
}

/**
 * The notice shown in a page, by document. Kept on the content script's own global (never the
 * page's window): each page tool is a separate injected script, and a new notice replaces the last.
 */
const registry = (): WeakMap<Document, Notice> => perDocument<Notice>('qingdu.notice');

/**
 * Shows a short message over the page: one host element with a closed shadow root (page CSS cannot
 * reach in, ours cannot leak out), appended to <html> like the reader's. It closes on a click, on
 * Esc, and by itself after a few seconds; closing removes the host and every listener, so the page
 * is as it was. Never moves focus.
 */
export function showNotice(doc: Document, message: string, options: NoticeOptions = {}): Notice {
  registry().get(doc)?.close();
  const win = doc.defaultView;
  const lang = win?.navigator?.language ?? 'en';
  const { host, shadow } = createOverlayHost(doc, 'notice');
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = doc.createElement('div');
  box.className = 'qd-toast';
  box.setAttribute('role', options.role ?? 'status');
  box.lang = LOCALE_TAGS[uiLocale(lang)];
  const mark = doc.createElement('span');
  mark.className = 'qd-toast-mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = '清';
  const text = doc.createElement('span');
  text.className = 'qd-toast-text';
  box.append(mark, text);
  shadow.append(style, box);

  const timers: number[] = [];
  const later = (fn: () => void, ms: number): void => {
    if (win) timers.push(win.setTimeout(fn, ms));
    else fn();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    close();
  };
  const close = (): void => {
    if (registry().get(doc) === notice) registry().delete(doc);
    for (const t of timers) win?.clearTimeout(t);
    doc.removeEventListener('keydown', onKey, true);
    unwatch();
    host.remove();
  };
  let unwatch = (): void => {};
  const notice: Notice = { host, close };

  box.addEventListener('click', close);
  doc.addEventListener('keydown', onKey, true);
  registry().set(doc, notice);
  doc.documentElement.append(host);
  // Removed by the page: our Esc listener and timers go with it.
  unwatch = onHostRemoved(host, close);
  later(() => (text.textContent = message), NOTICE_ANNOUNCE_DELAY_MS);
  later(close, options.timeoutMs ?? NOTICE_TIMEOUT_MS);
  return notice;
}

/** Closes the notice shown in doc, if any. */
export function closeNotice(doc: Document): void {
  registry().get(doc)?.close();
}
