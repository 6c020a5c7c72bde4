import { runPageTool } from '../notice';
import type { PageStatus } from '../../protocol';
import { createPageConverter, type PageConverter } from './page';

/**
 * The page converter, run as a page tool: if a command, or a later slice of the conversion, throws,
 * that work's DOM changes are undone, the page's original text is put back, and a notice says so.
 */
export function guardedConverter(doc: Document): PageConverter {
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
