/**
 * Bundled unminified by bench/huge-page.ts and evaluated in the page, so a CPU profile of the very
 * code the reader runs names its stages (the extension's own build is minified).
 */
import { toggleReader } from '../src/page/reader';

(globalThis as typeof globalThis & { __qingduProbe?: { toggle: () => string } }).__qingduProbe = {
  toggle: () => toggleReader(document),
};
