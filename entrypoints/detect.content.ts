import { detectPage } from '@/src/page/convert/detect-page';

/**
 * The only Qingdu code that runs on every page, and only where the user granted host access for
 * automatic conversion: the background registers it at run time (src/background/conversion.ts
 * syncDetectRegistration), so it is not in the manifest and has no `matches`. Dictionaries never
 * load here.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // Say nothing to the page: no window.postMessage('wxt:content-script-started') on every site.
  noScriptStartedPostMessage: true,
  main: () => detectPage(document),
});
