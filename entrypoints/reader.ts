import { runReaderScript } from '@/src/page/reader/shell';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/reader.js']) into the
 * content-script isolated world; every injection toggles the reader. The bundle is an anonymous
 * IIFE, so it defines nothing on any global. Its completion value (the ToggleOutcome) is what
 * executeScript reports back to the background.
 */
export default defineUnlistedScript(() => runReaderScript(document));
