import { convertText } from '@/src/core/convert/converter';
import { guardedConverter } from '@/src/page/convert/guarded';
import { tabWorld } from '@/src/protocol';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/convert.js']) into
 * the content-script isolated world of a page that needs converting; carries the converter and
 * its dictionaries. It leaves one object on the isolated world's global (invisible to the page
 * and to other extensions), which the background then drives with page commands
 * (src/background/conversion.ts runInTab). Injecting it again reuses that object.
 */
export default defineUnlistedScript(() => {
  const world = tabWorld();
  world.__qingduConvert ??= guardedConverter(document);
  // The reader view and its quotes use the same converter as the page (ReaderOptions.convert).
  world.__qingduConvertText ??= convertText;
  return true;
});
