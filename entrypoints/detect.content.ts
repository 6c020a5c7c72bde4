import { browser } from 'wxt/browser';
import { autoDetect } from '@/src/page/convert/auto';
import { normalizeSettings } from '@/src/core/settings/schema';

/**
 * The only Qingdu code that runs on every page, and only where the user granted host access for
 * automatic conversion: the background registers it at run time (scripting.registerContentScripts,
 * src/background/conversion.ts syncDetectRegistration), so it is not in the manifest and has no `matches`.
 * It reads the settings, detects the page's script, and asks the background to inject the
 * converter (/convert.js) when the page needs it. Dictionaries never load here.
 *
 * The outcome is left on the isolated world's global (`__qingduDetect`, invisible to the page)
 * for the e2e suite and for debugging.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // Say nothing to the page: no window.postMessage('wxt:content-script-started') on every site.
  noScriptStartedPostMessage: true,
  main() {
    const world = globalThis as { __qingduDetect?: unknown };
    world.__qingduDetect = { outcome: 'running' };
    autoDetect(document, {
      // The settings item of src/platform/settings-store.ts ('sync:settings'), read directly: importing the
      // storage helper would add its code to every page.
      loadSettings: async () =>
        normalizeSettings((await browser.storage.sync.get('settings'))['settings'], navigator.language),
      send: (message) => browser.runtime.sendMessage(message),
    }).then(
      ({ outcome, page, detectMs }) => {
        world.__qingduDetect = { outcome, script: page?.script, chars: page?.chars, detectMs };
      },
      (err) => {
        world.__qingduDetect = { outcome: 'error', error: String(err) };
      },
    );
  },
});
