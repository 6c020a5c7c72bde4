import { createPageConverter, type PageConverter } from '@/src/convert/page';
import { convertText } from '@/src/convert/converter';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/convert.js']) into
 * the content-script isolated world of a page that needs converting; carries the converter and
 * its dictionaries. It leaves one object on the isolated world's global (invisible to the page
 * and to other extensions), which the background then drives with page commands
 * (src/convert/tab.ts runInTab). Injecting it again reuses that object.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { __qingduConvert?: PageConverter; __qingduConvertText?: typeof convertText };
  world.__qingduConvert ??= createPageConverter(document);
  // The reader view and its quotes use the same converter as the page (src/reader, ReaderOptions.convert).
  world.__qingduConvertText ??= convertText;
  return true;
});
