import { foldWidth } from '../text/normalize';

/**
 * The page's visible text nodes (scripts, styles, <title>, templates aside) that come after the
 * first place where `from` occurs, white space and punctuation width ignored (a 原标题 line's "!" is
 * the headline's "！"), in document order. Read only; one pass.
 * The callers stop when they have what they need.
 */
export function* visibleTextAfter(doc: Document, from: string): Generator<Text> {
  const body = doc.body;
  const probe = foldWidth(from.replace(/\s+/g, ''));
  if (!body || !probe) return;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let started = false;
  let run = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TITLE|TEMPLATE)$/.test(parent.tagName)) continue;
    if (started) {
      yield node as Text;
      continue;
    }
    run = (run + foldWidth((node.nodeValue ?? '').replace(/\s+/g, ''))).slice(-200);
    if (run.includes(probe)) started = true;
  }
}
