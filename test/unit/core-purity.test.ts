// Lint: the pure core (src/core) and the wire format (src/protocol) run unchanged in Node (the CLI,
// the tests), in a page and in the service worker, so they never touch an extension API or a
// browser global, and never import from the layers above them. Each finding is listed by file:line.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripComments, tsFiles } from '../support/source-scan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each pure layer and the folders it may import from (repo-relative). */
const LAYERS: { dir: string; mayImport: string[] }[] = [
  { dir: 'src/core', mayImport: ['src/core', 'public/_locales'] },
  { dir: 'src/protocol', mayImport: ['src/core', 'src/protocol'] },
];

/** Packages that are extension APIs or the WXT runtime. */
const BANNED_PACKAGE = /^(?:wxt(?:\/|$)|#imports$|webextension-polyfill$|@wxt-dev\/)/;

/** Globals of a browser context: only reachable through a document the caller passes in. */
const BANNED_GLOBAL = /(?<![.\w$])(globalThis|browser|chrome|window|self|document|location|navigator|localStorage|sessionStorage|indexedDB|caches)\s*(?:\?\.|[.[(])|(?<![.\w$])(fetch|XMLHttpRequest|WebSocket|EventSource|importScripts|eval|Function)\s*\(/;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;

interface Finding {
  file: string;
  line: number;
  why: string;
}

/** Where a specifier points, repo-relative, or null for a package. */
function importTarget(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (!spec.startsWith('.')) return null;
  return relative(ROOT, resolve(dirname(join(ROOT, file)), spec)).split(sep).join('/');
}

export function findImpurities(file: string, code: string, mayImport: readonly string[]): Finding[] {
  const found: Finding[] = [];
  const lines = stripComments(code).split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(IMPORT)) {
      const spec = m[2]!;
      const target = importTarget(file, spec);
      if (target === null) {
        if (BANNED_PACKAGE.test(spec)) found.push({ file, line: i + 1, why: `imports the extension runtime '${spec}'` });
      } else if (!mayImport.some((dir) => target === dir || target.startsWith(dir + '/'))) {
        found.push({ file, line: i + 1, why: `imports '${spec}' from outside ${mayImport.join(', ')}` });
      }
    }
  });
  stripComments(code, { blankStrings: true })
    .split('\n')
    .forEach((line, i) => {
      const m = BANNED_GLOBAL.exec(line);
      if (m) found.push({ file, line: i + 1, why: `uses the global '${m[1] ?? m[2]}'` });
    });
  return found;
}

describe('the core is pure', () => {
  test('the rules catch extension APIs, browser globals and upward imports, and let pure code through', () => {
    const core = 'src/core/meta/example.ts';
    const may = LAYERS[0]!.mayImport;
    const bad = [
      "import { browser } from 'wxt/browser';",
      "import { storage } from 'wxt/utils/storage';",
      "import { defineContentScript } from '#imports';",
      "import { toggleReader } from '../../page/reader';",
      "import { loadSettings } from '@/src/platform/settings-store';",
      "export { x } from '../../background/inject';",
      'const lang = navigator.language;',
      'await chrome.storage.local.get("x");',
      'browser.runtime.sendMessage(m);',
      'window.setTimeout(f, 0);',
      'const el = document.querySelector("p");',
      'const v = globalThis.chrome?.runtime;',
      'if (location.href) go();',
      "fetch('/data.json');",
      "const f = new Function('return 1');",
      'const m = await import("../../page/reader/view");',
    ];
    for (const code of bad) expect(findImpurities(core, code, may), code).not.toEqual([]);
    const good = [
      "import { parseDate } from './date';",
      "import { Readability } from '@mozilla/readability';",
      "import en from '../../../public/_locales/en/messages.json';",
      'const win = doc.defaultView;',
      'const lang = doc.documentElement.lang;',
      "const rule = 'document.write(';",
      '// browser.runtime.sendMessage(m) in a comment',
      "const label = 'chrome.i18n';",
      'const window = text.slice(a, b);',
      'node.ownerDocument.createElement("p");',
    ];
    for (const code of good) expect(findImpurities(core, code, may), code).toEqual([]);
  });

  for (const layer of LAYERS) {
    test(`${layer.dir} touches no extension API, no browser global, nothing above it`, () => {
      expect(existsSync(join(ROOT, layer.dir)), layer.dir).toBe(true);
      const files = tsFiles(join(ROOT, layer.dir));
      expect(files.length, `TypeScript files in ${layer.dir}`).toBeGreaterThan(layer.dir === 'src/core' ? 50 : 2);
      const findings = files.flatMap((f) => findImpurities(relative(ROOT, f).split(sep).join('/'), readFileSync(f, 'utf8'), layer.mayImport));
      expect(findings.map((f) => `${f.file}:${f.line}  ${f.why}`)).toEqual([]);
    });
  }
});
