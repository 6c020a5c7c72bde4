import { createPageConverter, type PageConverter, type PageStatus } from '@/src/page/convert/page';
import { convertText } from '@/src/core/convert/converter';
import { runPageTool } from '@/src/page/notice';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/convert.js']) into
 * the content-script isolated world of a page that needs converting; carries the converter and
 * its dictionaries. It leaves one object on the isolated world's global (invisible to the page
 * and to other extensions), which the background then drives with page commands
 * (src/background/conversion.ts runInTab). Injecting it again reuses that object.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { __qingduConvert?: PageConverter; __qingduConvertText?: typeof convertText };
  world.__qingduConvert ??= guardedConverter(document);
  // The reader view and its quotes use the same converter as the page (src/page/reader, ReaderOptions.convert).
  world.__qingduConvertText ??= convertText;
  return true;
});

/**
 * The page converter, run as a page tool: if a command, or a later slice of the conversion, throws,
 * that work's DOM changes are undone, the page's original text is put back, and a notice says so.
 */
function guardedConverter(doc: Document): PageConverter {
  const showOriginal = (): void => {
    // Best effort: restore() is the converter's own exact undo; if it is what fails, the undone
    // slice has already left the page as it was.
    runPageTool(doc, () => converter.run({ action: 'restore' }), () => null);
  };
  const schedule = (slice: () => void): void => void window.setTimeout(() => runPageTool(doc, slice, showOriginal), 0);
  const converter = createPageConverter(doc, { schedule });
  const original = (): PageStatus => ({ state: 'original', target: null, config: null, detected: null, region: null });
  return {
    get controller() {
      return converter.controller;
    },
    run: (command) =>
      runPageTool(
        doc,
        () => converter.run(command),
        () => {
          showOriginal();
          return original();
        },
      ),
  };
}
