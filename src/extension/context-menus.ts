import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * The page context menu: tools that work on the original page, without the reader. Each item
 * injects one of Qingdu's unlisted scripts into the clicked tab (the click grants activeTab).
 */
export const CONTEXT_MENU_ITEMS = [
  { id: 'qingdu-copy-quote', title: '复制引用 / Copy as clean quote', contexts: ['selection'], file: '/copy-quote.js' },
  { id: 'qingdu-highlight-figures', title: '标出关键数字 / Highlight key figures', contexts: ['page', 'selection'], file: '/highlight-figures.js' },
] as const;

type Inject = (tabId: number, file: ScriptPublicPath) => Promise<{ ok: true; result: unknown } | { ok: false; error: string }>;

export function installContextMenus(inject: Inject): void {
  const menus = browser.contextMenus ?? (browser as unknown as { menus?: typeof browser.contextMenus }).menus;
  if (!menus) return;
  // Menus persist across service-worker restarts; recreate them once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() => {
      for (const item of CONTEXT_MENU_ITEMS) menus.create({ id: item.id, title: item.title, contexts: [...item.contexts] });
    });
  });
  menus.onClicked.addListener((info, tab) => {
    const item = CONTEXT_MENU_ITEMS.find((i) => i.id === info.menuItemId);
    if (item && tab?.id != null && tab.id >= 0) void inject(tab.id, item.file);
  });
  // The e2e suite calls the very handler a menu click calls (menus cannot be clicked from Playwright).
  (globalThis as { __qingduContextMenu?: (id: string, tabId: number) => Promise<unknown> }).__qingduContextMenu = async (id, tabId) => {
    const item = CONTEXT_MENU_ITEMS.find((i) => i.id === id);
    return item ? inject(tabId, item.file) : undefined;
  };
}
