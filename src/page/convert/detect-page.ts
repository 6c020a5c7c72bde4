import { browser } from 'wxt/browser';
import { normalizeSettings } from '../../core/settings/schema';
import { tabWorld } from '../../protocol';
import { autoDetect } from './auto';

/**
 * The detect content script's work: read the settings, detect the page's script, and ask the
 * background for the converter when the page needs it. The outcome is left on the isolated
 * world's global (`__qingduDetect`, invisible to the page) for the e2e suite and for debugging.
 */
export function detectPage(doc: Document): void {
  const world = tabWorld();
  world.__qingduDetect = { outcome: 'running' };
  autoDetect(doc, {
    // The settings item of src/platform/settings-store.ts ('sync:settings'), read directly:
    // importing the storage helper would add its code to every page.
    loadSettings: async () => normalizeSettings((await browser.storage.sync.get('settings'))['settings'], navigator.language),
    send: (message) => browser.runtime.sendMessage(message),
  }).then(
    ({ outcome, page, detectMs }) => {
      world.__qingduDetect = { outcome, script: page?.script, chars: page?.chars, detectMs };
    },
    (err: unknown) => {
      world.__qingduDetect = { outcome: 'error', error: String(err) };
    },
  );
}
