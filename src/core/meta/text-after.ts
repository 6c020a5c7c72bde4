import { foldWidth } from '../text/normalize';
import { isUnreadable } from '../dom/unreadable';

/** Text nodes the page shows as text, in document order: scripts, styles, <title>, templates aside. */
export function* visibleTextNodes(doc: Document): Generator<Text> {
  const body = doc.body;
  if (!body) return;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (isUnreadable(parent) || parent.tagName === 'TITLE')) continue;
    yield node as Text;
  }
}

/** How probes are compared: white space and punctuation width ignored (a 原标题 line's "!" is the headline's "！"). */
export function comparable(text: string): string {
  return foldWidth(text.replace(/\s+/g, ''));
}

/**
 * The page's visible text nodes that come after the first place where `from` occurs, in document
 * order. Read only; one pass. The callers stop when they have what they need.
 */
export function* visibleTextAfter(doc: Document, from: string): Generator<Text> {
  const probe = comparable(from);
  if (!probe) return;
  let started = false;
  let run = '';
  for (const node of visibleTextNodes(doc)) {
    if (started) {
      yield node;
      continue;
    }
    run = (run + comparable(node.nodeValue ?? '')).slice(-200);
    if (run.includes(probe)) started = true;
  }
}

/** Whether the page's visible text holds `probe`. */
export function pageShows(doc: Document, probe: string): boolean {
  const wanted = comparable(probe);
  let run = '';
  for (const node of visibleTextNodes(doc)) {
    run = (run + comparable(node.nodeValue ?? '')).slice(-200);
    if (run.includes(wanted)) return true;
  }
  return false;
}
