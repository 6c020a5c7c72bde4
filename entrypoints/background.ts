import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ToggleOutcome } from '@/src/page/reader';
import { installContextMenus } from '@/src/background/context-menus';
import { loadSettings } from '@/src/platform/settings-store';
import { withInjectionRetry } from '@/src/background/retry';
import { trustedRequest, type LoadConverterResponse } from '@/src/protocol/requests';
import { translator } from '@/src/core/i18n';
// ── Conversion (issue 4): message handlers, detect-script registration, tab commands ──
import { installConversion } from '@/src/background/conversion';

/** What one click (or shortcut) did in a tab; 'failed' means the reader could not be injected. */
export type TabOutcome = ToggleOutcome | 'failed';

/** `action` in MV3; `browserAction` in Firefox's MV2 build. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

async function markTab(tabId: number, failed: boolean): Promise<void> {
  const action = actionApi();
  if (!action) return;
  try {
    if (failed) {
      await action.setBadgeBackgroundColor({ tabId, color: '#9a3b3b' });
      await action.setBadgeText({ tabId, text: '×' });
      await action.setTitle({ tabId, title: translator(browser.i18n.getUILanguage())('cannotReadTitle') });
    } else {
      // Back to the manifest's defaults for this tab (getManifest() has them localized).
      const manifest = browser.runtime.getManifest();
      const title = (manifest.action ?? manifest.browser_action)?.default_title ?? manifest.name;
      await action.setBadgeText({ tabId, text: '' });
      await action.setTitle({ tabId, title });
    }
  } catch {
    // The tab may have closed in the meantime; nothing to mark.
  }
}

/**
 * Toggles the reader in a tab by injecting the unlisted reader script (each injection toggles).
 * The one function behind both the toolbar button and the keyboard shortcut. Never rejects.
 */
export async function toggleReaderInTab(tabId: number): Promise<TabOutcome> {
  // The reader shows articles in the user's script: the converter goes in first when that is on.
  const settings = await loadSettings().catch(() => null);
  if (settings && settings.convert.target !== 'off' && settings.convert.mode !== 'off') await injectIntoTab(tabId, '/convert.js');
  const injected = await injectIntoTab(tabId, '/reader.js');
  const outcome = injected.ok ? injected.result : undefined;
  if (outcome === 'opened' || outcome === 'closed' || outcome === 'no-article') {
    await markTab(tabId, false);
    return outcome;
  }
  console.warn('[qingdu] cannot read tab', tabId, injected.ok ? `reader script reported ${String(outcome)}` : injected.error);
  await markTab(tabId, true);
  return 'failed';
}

/**
 * Injects one of Qingdu's own scripts into a tab and returns what it reported, retrying with a
 * short backoff (an injection right after a user gesture can fail while the grant exists). A
 * script that ran is never retried: a retry would repeat what it did.
 */
export async function injectIntoTab(tabId: number, file: ScriptPublicPath): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
  const outcome = await withInjectionRetry(async () => (await browser.scripting.executeScript({ target: { tabId }, files: [file] }))?.[0]?.result as unknown);
  return outcome.ok ? { ok: true, result: outcome.value } : outcome;
}

/**
 * Requests from Qingdu's own scripts in a tab (see src/protocol/requests.ts); anything else is
 * left to the other listeners. Returns true when it will answer asynchronously.
 */
function onExtensionMessage(message: unknown, sender: Parameters<typeof trustedRequest>[1], sendResponse: (response: LoadConverterResponse) => void): true | undefined {
  const request = trustedRequest(message, sender, browser.runtime.id);
  if (!request) return undefined;
  if (request.type === 'open-options') {
    void browser.runtime.openOptionsPage();
    return undefined;
  }
  void injectIntoTab(request.tabId, '/convert.js').then((injected) => sendResponse({ ok: injected.ok }));
  return true;
}

/** The keyboard-shortcut listener (manifest command "toggle-reader"). */
export async function onCommand(command: string, tab?: { id?: number }): Promise<TabOutcome | undefined> {
  if (command !== 'toggle-reader') return undefined;
  let tabId = tab?.id;
  if (tabId == null) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  if (tabId == null || tabId < 0) return undefined;
  return toggleReaderInTab(tabId);
}

export default defineBackground({
  // Firefox MV2: an event page, not a persistent background page (Chrome MV3: a service worker).
  persistent: false,
  main() {
    actionApi()?.onClicked.addListener((tab) => {
      if (tab.id != null && tab.id >= 0) void toggleReaderInTab(tab.id);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      void onCommand(command, tab);
    });
    // Test hook for the e2e suite: browser shortcuts cannot be pressed from Playwright, so the
    // suite calls the very listener the shortcut calls. It lives on the background's own global
    // only; no page, content script or other extension can reach it.
    (globalThis as { __qingduOnCommand?: typeof onCommand }).__qingduOnCommand = onCommand;
    installContextMenus((tabId, file) => injectIntoTab(tabId, file));
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => onExtensionMessage(message, sender, sendResponse));
    // ── Conversion (issue 4): see src/background/conversion.ts (also sets the __qingduConversion test hook) ──
    installConversion();
  },
});
