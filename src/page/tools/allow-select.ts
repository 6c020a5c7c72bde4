import { tabWorld } from '../../protocol';
import { runPageTool } from '../notice';

/**
 * The "允许选择文字 / Allow text selection" context-menu tool: pages that forbid selecting
 * (user-select: none, onselectstart/oncontextmenu handlers that cancel) become selectable, so the
 * clean-quote command has something to copy. A second run undoes it. Returns whether selection is
 * now allowed, or null when it failed (the page as it was, a notice).
 */
const STYLE_ID = 'qingdu-allow-select';
const BLOCKED = ['selectstart', 'contextmenu', 'dragstart'] as const;

export function allowSelect(doc: Document): boolean | null {
  return runPageTool(doc, () => toggleSelection(doc), () => null);
}

function toggleSelection(doc: Document): boolean {
  const world = tabWorld();
  const win = doc.defaultView!;
  const existing = doc.getElementById(STYLE_ID);
  if (existing && world.__qingduAllowSelect) {
    existing.remove();
    for (const type of BLOCKED) win.removeEventListener(type, world.__qingduAllowSelect, true);
    delete world.__qingduAllowSelect;
    return false;
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = '*, *::before, *::after { -webkit-user-select: text !important; user-select: text !important; }';
  (doc.head ?? doc.documentElement).append(style);
  // Capture on window runs before the page's own handlers on document and elements; stopping the
  // event there keeps them from cancelling the selection, without touching the page's scripts.
  world.__qingduAllowSelect = (event: Event) => event.stopImmediatePropagation();
  for (const type of BLOCKED) win.addEventListener(type, world.__qingduAllowSelect, true);
  return true;
}
