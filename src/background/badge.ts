import { browser } from 'wxt/browser';
import { translator } from '../core/i18n';

/** `action` in MV3; `browserAction` in Firefox's MV2 build. */
export function actionApi() {
  return browser.action ?? browser.browserAction;
}

/**
 * Marks the toolbar button of a tab as working (…), at once on the click: a long page takes a
 * second to read, and the page itself cannot show anything while it is busy. markTab ends it.
 */
export async function markWorking(tabId: number): Promise<void> {
  const action = actionApi();
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#5b6b7a' });
    await action.setBadgeText({ tabId, text: '…' });
    await action.setTitle({ tabId, title: translator(browser.i18n.getUILanguage())('workingTitle') });
  } catch {
    // The tab may have closed in the meantime.
  }
}

/** Marks the toolbar button of a tab: × with "cannot read this page", or back to the defaults. */
export async function markTab(tabId: number, failed: boolean): Promise<void> {
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
