// The release build, as `npm run build` makes it: no test hook reaches users, and each bundle
// carries only the message keys it shows. Built into a temporary folder (about 10 s).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOOKS = ['__qingduOnCommand', '__qingduConversion', '__qingduContextMenu', '__qingduContextMenuTitles'];

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? jsFiles(full) : name.endsWith('.js') ? [full] : [];
  });
}

describe('the release build', () => {
  let dir = '';
  beforeAll(() => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'qingdu-release-'));
    const env: NodeJS.ProcessEnv = { ...process.env, QINGDU_OUT_DIR: outDir };
    delete env.WXT_TEST_HOOKS;
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    dir = path.join(outDir, 'chrome-mv3');
  }, 180_000);

  it('carries no test hook', () => {
    const files = jsFiles(dir);
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['background.js', 'reader.js', 'detect.js']));
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const hook of HOOKS) expect(code.includes(hook), `${hook} in ${path.relative(dir, file)}`).toBe(false);
    }
  });

  it('the detect script, which runs on every page, announces nothing and carries no message catalog', () => {
    const code = readFileSync(path.join(dir, 'detect.js'), 'utf8');
    expect(code).not.toContain('content-script-started');
    expect(code).not.toContain('readerClose');
  });

  it('each bundle carries the messages it shows and not the others (checked by the catalogs\' texts)', () => {
    const en = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const text = (key: string): string => en[key]!.message;
    const bundle = (name: string): string => readFileSync(path.join(dir, name), 'utf8');
    const tool = bundle('allow-select.js');
    for (const key of ['toolFailed', 'toolNoSelection']) expect(tool, key).toContain(text(key));
    for (const key of ['readerClose', 'menuCopyQuote', 'removal_template_block']) expect(tool, key).not.toContain(text(key));
    const reader = bundle('reader.js');
    for (const key of ['readerClose', 'removal_template_block', 'copyBlocked']) expect(reader, key).toContain(text(key));
    expect(reader).not.toContain(text('menuCopyQuote'));
    const background = bundle('background.js');
    for (const key of ['menuCopyQuote', 'menuAllowSelect', 'cannotReadTitle']) expect(background, key).toContain(text(key));
    expect(background).not.toContain(text('readerClose'));
  });
});
