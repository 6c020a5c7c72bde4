import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { toggleConversionInTab } from '../convert/tab';
import { hostOrigins } from '../convert/permissions';
import { normalizeHost, type Settings } from '../settings/schema';
import { loadSettings, saveSettings } from '../settings/store';

type Inject = (tabId: number, file: ScriptPublicPath) => Promise<{ ok: true; result: unknown } | { ok: false; error: string }>;
type Contexts = ['page'] | ['selection'] | ['page', 'selection'];

interface MenuItem {
  id: string;
  title: string;
  contexts: Contexts;
  /** Runs on click; `host` is the page's host. Must not await before asking for a permission. */
  run: (tabId: number, host: string, inject: Inject) => Promise<unknown>;
}

/** Adds or removes a host in one of the conversion site lists. */
async function updateSites(host: string, change: (convert: Settings['convert'], host: string) => void): Promise<Settings> {
  const settings = await loadSettings();
  change(settings.convert, normalizeHost(host));
  await saveSettings(settings);
  return settings;
}

/**
 * The page context menu: tools that work on the original page, without the reader (the click
 * grants activeTab for that tab). The toolbar button stays one-click; these are its companions.
 */
export const CONTEXT_MENU_ITEMS: readonly MenuItem[] = [
  { id: 'qingdu-copy-quote', title: '复制引用 / Copy as clean quote', contexts: ['selection'], run: (tabId, _h, inject) => inject(tabId, '/copy-quote.js') },
  { id: 'qingdu-allow-select', title: '允许选择文字 / Allow text selection', contexts: ['page'], run: (tabId, _h, inject) => inject(tabId, '/allow-select.js') },
  { id: 'qingdu-highlight-figures', title: '标出关键数字 / Highlight key figures', contexts: ['page', 'selection'], run: (tabId, _h, inject) => inject(tabId, '/highlight-figures.js') },
  // Converts the page to the reader's script, or shows the original again.
  { id: 'qingdu-convert-page', title: '繁简转换本页 · 显示原文 / Convert this page · show original', contexts: ['page'], run: (tabId) => toggleConversionInTab(tabId) },
  {
    id: 'qingdu-always-convert-site',
    title: '总是转换此网站 / Always convert this site',
    contexts: ['page'],
    run: (_tabId, host) => {
      // The prompt must be asked for inside the click, before any await.
      const granted = browser.permissions.request({ origins: hostOrigins(host) });
      return granted.then((ok) =>
        updateSites(host, (convert, h) => {
          if (!ok) return;
          convert.sites = [...new Set([...convert.sites, h])];
          convert.neverSites = convert.neverSites.filter((s) => s !== h);
          if (convert.mode === 'off' || convert.mode === 'reader') convert.mode = 'listed';
        }),
      );
    },
  },
  {
    id: 'qingdu-never-convert-site',
    title: '从不转换此网站 / Never convert this site',
    contexts: ['page'],
    run: (_tabId, host) =>
      updateSites(host, (convert, h) => {
        convert.neverSites = [...new Set([...convert.neverSites, h])];
        convert.sites = convert.sites.filter((s) => s !== h);
      }),
  },
];

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

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
    if (item && tab?.id != null && tab.id >= 0) void item.run(tab.id, hostOf(info.pageUrl ?? tab.url), inject);
  });
  // The e2e suite calls the very handler a menu click calls (menus cannot be clicked from Playwright).
  (globalThis as { __qingduContextMenu?: (id: string, tabId: number, url?: string) => Promise<unknown> }).__qingduContextMenu = async (id, tabId, url) => {
    const item = CONTEXT_MENU_ITEMS.find((i) => i.id === id);
    return item ? item.run(tabId, hostOf(url), inject) : undefined;
  };
}
