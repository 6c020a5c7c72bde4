import { createPageConverter, type PageConverter } from '@/src/convert/page';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/convert.js']) into
 * the content-script isolated world of a page that needs converting; carries the converter and
 * its dictionaries. It leaves one object on the isolated world's global (invisible to the page
 * and to other extensions), which the background then drives with page commands
 * (src/convert/tab.ts runInTab). Injecting it again reuses that object.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { __qingduConvert?: PageConverter };
  world.__qingduConvert ??= createPageConverter(document);
  return true;
});
