// Each bundle carries only the message keys its code can show (scripts/catalog-keys.ts, applied by
// the build in wxt.config.ts). Here: what the scan counts as "can show", on a tiny source tree and
// on the real entrypoints.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogKeysFor, moduleGraph } from '../../scripts/catalog-keys';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ALL_KEYS = Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as object);

describe('the keys a bundle can show', () => {
  it('follows static, dynamic, alias and page-script imports; counts literals and template prefixes; ignores what is not imported', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'qingdu-keys-'));
    const write = (file: string, code: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), code);
    };
    write('entry.ts', "import { a } from './lib/a';\nimport '@/lib/b';\nimport type { T } from './lib/types-only';\nexport type {\n  U,\n} from './lib/types-only';\nconst c = () => import('./lib/c');\nt('keyEntry');");
    write('lib/types-only.ts', "export type T = 'keyUnused';");
    write('lib/a.ts', 'export const a = t("keyA");');
    write('lib/b/index.ts', 'const label = `target_${value}`;');
    write('lib/c.ts', "const key = 'keyC';");
    write('lib/unused.ts', "t('keyUnused');");
    write('page/index.html', '<script type="module" src="./main.ts"></script>');
    write('page/main.ts', "t('keyPage');");
    const keys = ['keyEntry', 'keyA', 'keyC', 'keyUnused', 'keyPage', 'target_off', 'target_taiwan', 'mode_off'];
    expect([...catalogKeysFor(root, [path.join(root, 'entry.ts')], keys)].sort()).toEqual(['keyA', 'keyC', 'keyEntry', 'target_off', 'target_taiwan']);
    expect([...catalogKeysFor(root, [path.join(root, 'page/index.html')], keys)]).toEqual(['keyPage']);
  });

  it('a page tool carries its notices, not the reader; the reader carries its labels and the removal reasons', () => {
    const tool = catalogKeysFor(ROOT, [path.join(ROOT, 'entrypoints/allow-select.ts')], ALL_KEYS);
    // Its notices: the failure, and the other tools' messages (src/page/notice/text.ts lists them together).
    expect([...tool].sort()).toEqual(['toolFailed', 'toolNoFigures', 'toolNoSelection']);
    const reader = catalogKeysFor(ROOT, [path.join(ROOT, 'entrypoints/reader.ts')], ALL_KEYS);
    expect(reader.has('readerClose')).toBe(true);
    expect([...reader].some((k) => k.startsWith('removal_'))).toBe(true);
    expect(moduleGraph(ROOT, [path.join(ROOT, 'entrypoints/reader.ts')]).some((f) => f.endsWith(path.join('src', 'core', 'clean', 'labels.ts')))).toBe(true);
    const options = catalogKeysFor(ROOT, [path.join(ROOT, 'entrypoints/options/index.html')], ALL_KEYS);
    expect(options.has('optionsTitle')).toBe(true);
  });
});
