/**
 * Qingdu's own notices on the original page, and the guard around the page tools (the scripts the
 * context menu injects: highlight figures, copy quote, allow selection, convert). A tool's error
 * never reaches the page: its DOM changes are undone and the user gets a notice instead.
 */
import { noticeText, type NoticeKey } from './text';
import { showNotice, type Notice } from './view';
import { undoOnThrow } from './undo';

/** Shows a page tool's notice in the browser's language: a failure as an alert, anything else as a status. */
export function showToolNotice(doc: Document, key: NoticeKey): Notice | null {
  try {
    const language = doc.defaultView?.navigator?.language ?? 'en';
    return showNotice(doc, noticeText(key, language), { role: key === 'toolFailed' ? 'alert' : 'status' });
  } catch {
    // A page that cannot even show a notice (no <html>, a frozen document) gets nothing rather than an error.
    return null;
  }
}

/**
 * Runs a page tool's synchronous work. If it throws, its DOM changes are undone, the failure
 * notice is shown, the error goes to the extension's console, and `onFailure()` is returned.
 * Never throws.
 */
export function runPageTool<T, F>(doc: Document, work: () => T, onFailure: () => F): T | F {
  try {
    return undoOnThrow(doc, work);
  } catch (error) {
    return failed(doc, error, onFailure);
  }
}

/**
 * The same for a tool that awaits (settings, the clipboard). Only its synchronous DOM changes can be
 * undone, so such a tool keeps them in runPageTool blocks. Never rejects.
 */
export async function runPageToolAsync<T, F>(doc: Document, work: () => Promise<T>, onFailure: () => F): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    return failed(doc, error, onFailure);
  }
}

function failed<F>(doc: Document, error: unknown, onFailure: () => F): F {
  console.warn('[qingdu] a page tool failed; the page was left as it was', error);
  showToolNotice(doc, 'toolFailed');
  return onFailure();
}
