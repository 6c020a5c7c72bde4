import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { toggleConversionInTab } from './conversion';
import { hostOrigins } from '../platform/permissions';
import { normalizeHost, type Settings } from '../core/settings/schema';
import { updateSettings } from '../platform/settings-store';
import { translator, type MessageKey } from '../core/i18n';
import { exposeForTests, TEST_HOOKS } from './test-hooks';

type Inject = (tabId: number, file: ScriptPublicPath) => Promise<{ ok: true; result: unknown } | { ok: false; error: string }>;
type Contexts = ['page'] | ['selection'] | ['page', 'selection'];

interface MenuItem {
  id: string;
  /** The title's message key; menus show it in the browser's UI language. */
  titleKey: MessageKey;
  contexts: Contexts;
  /** Runs on click; `host` is the page's host. Must not await before asking for a permission. */
  run: (tabId: number, host: string, inject: Inject) => Promise<unknown>;
}

/** Adds or removes a host in one of the conversion site lists. */
function updateSites(host: string, change: (convert: Settings['convert'], host: string) => void): Promise<Settings> {
  return updateSettings((latest) => change(latest.convert, normalizeHost(host)));
}

/**
 * The page context menu: tools that work on the original page, without the reader (the click
 * grants activeTab for that tab). The toolbar button stays one-click; these are its companions.
 */
export const CONTEXT_MENU_ITEMS: readonly MenuItem[] = [
  { id: 'qingdu-copy-quote', titleKey: 'menuCopyQuote', contexts: ['selection'], run: (tabId, _h, inject) => inject(tabId, '/copy-quote.js') },
  { id: 'qingdu-allow-select', titleKey: 'menuAllowSelect', contexts: ['page'], run: (tabId, _h, inject) => inject(tabId, '/allow-select.js') },
  { id: 'qingdu-highlight-figures', titleKey: 'menuHighlightFigures', contexts: ['page', 'selection'], run: (tabId, _h, inject) => inject(tabId, '/highlight-figures.js') },
  // Converts the page to the reader's script, or shows the original again.
  { id: 'qingdu-convert-page', titleKey: 'menuConvertPage', contexts: ['page'], run: (tabId) => toggleConversionInTab(tabId) },
  {
    id: 'qingdu-always-convert-site',
    titleKey: 'menuAlwaysConvertSite',
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
    titleKey: 'menuNeverConvertSite',
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

/** The menu as created: each item's id and title in the UI language `uiLanguage` (a language tag). */
export function contextMenuTitles(uiLanguage: string): { id: string; title: string }[] {
  const t = translator(uiLanguage);
  return CONTEXT_MENU_ITEMS.map((item) => ({ id: item.id, title: t(item.titleKey) }));
}

export function installContextMenus(inject: Inject): void {
  const menus = browser.contextMenus ?? (browser as unknown as { menus?: typeof browser.contextMenus }).menus;
  if (!menus) return;
  let created: { id: string; title: string }[] = [];
  const create = (): void => {
    const titles = contextMenuTitles(browser.i18n.getUILanguage());
    void menus.removeAll().then(() => {
      for (const [i, item] of CONTEXT_MENU_ITEMS.entries()) menus.create({ id: item.id, title: titles[i]!.title, contexts: [...item.contexts] });
      created = titles;
    });
  };
  // Menus persist across service-worker restarts; recreate them per install or update, and per
  // browser start, when the browser's language may have changed.
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  menus.onClicked.addListener((info, tab) => {
    const item = CONTEXT_MENU_ITEMS.find((i) => i.id === info.menuItemId);
    if (item && tab?.id != null && tab.id >= 0) void item.run(tab.id, hostOf(info.pageUrl ?? tab.url), inject);
  });
  // The e2e suite calls the very handler a menu click calls (menus cannot be clicked from
  // Playwright), and reads the titles it gave the menu (a created menu cannot be read back).
  if (TEST_HOOKS) {
    exposeForTests({
      __qingduContextMenu: async (id, tabId, url) => {
        const item = CONTEXT_MENU_ITEMS.find((i) => i.id === id);
        return item ? item.run(tabId, hostOf(url), inject) : undefined;
      },
      __qingduContextMenuTitles: () => created,
    });
  }
}
