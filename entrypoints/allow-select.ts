import { runPageTool } from '@/src/page/notice';

/**
 * Injected by the "允许选择文字 / Allow text selection" context-menu command: pages that forbid
 * selecting (user-select: none, onselectstart/oncontextmenu handlers that cancel) become
 * selectable, so the clean-quote command has something to copy. A second run undoes it.
 * Returns whether selection is now allowed, or null when it failed (the page as it was, a notice).
 */
const STYLE_ID = 'qingdu-allow-select';
const BLOCKED = ['selectstart', 'contextmenu', 'dragstart'] as const;
type Holder = typeof globalThis & { __qingduAllowSelect?: (event: Event) => void };

export default defineUnlistedScript(() => runPageTool(document, toggleSelection, () => null));

function toggleSelection(): boolean {
  const world = globalThis as Holder;
  const existing = document.getElementById(STYLE_ID);
  if (existing && world.__qingduAllowSelect) {
    existing.remove();
    for (const type of BLOCKED) window.removeEventListener(type, world.__qingduAllowSelect, true);
    delete world.__qingduAllowSelect;
    return false;
  }
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = '*, *::before, *::after { -webkit-user-select: text !important; user-select: text !important; }';
  (document.head ?? document.documentElement).append(style);
  // Capture on window runs before the page's own handlers on document and elements; stopping the
  // event there keeps them from cancelling the selection, without touching the page's scripts.
  world.__qingduAllowSelect = (event: Event) => event.stopImmediatePropagation();
  for (const type of BLOCKED) window.addEventListener(type, world.__qingduAllowSelect, true);
  return true;
}
