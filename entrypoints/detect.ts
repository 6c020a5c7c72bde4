import { detectPage } from '@/src/page/convert/detect-page';

/**
 * The only Qingdu code that runs on every page, and only where the user granted host access for
 * automatic conversion: the background registers this file as a content script at run time
 * (src/background/conversion.ts syncDetectRegistration), so it is not in the manifest. An unlisted
 * script, not a WXT content script: WXT's content-script context announces itself to the page (a
 * CustomEvent named after the extension id) and adds its code to every page. Dictionaries never
 * load here.
 */
export default defineUnlistedScript(() => detectPage(document));
