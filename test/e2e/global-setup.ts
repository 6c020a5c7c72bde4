import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFixtureServer } from './server';
import { ROOT } from './paths';

declare module 'vitest' {
  interface ProvidedContext {
    /** http://127.0.0.1:PORT, serving test/fixtures. */
    fixtureBase: string;
    /** The unpacked Chrome MV3 build the suite loads. */
    extensionDir: string;
  }
}

export default async function setup(project: TestProject) {
  const extensionDir = process.env.QINGDU_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');
  if (process.env.QINGDU_SKIP_BUILD !== '1') {
    const started = Date.now();
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      // WXT_TEST_HOOKS: the build carries the background's test hooks (src/background/test-hooks.ts).
      env: { ...process.env, CI: process.env.CI ?? '', WXT_TEST_HOOKS: '1' },
    });
    console.log(`[e2e] built the extension in ${Date.now() - started} ms`);
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir} (run \`npx wxt build\` or unset QINGDU_SKIP_BUILD)`);
  }
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run scripts/ensure-chromium.sh or set CHROMIUM_PATH`);
  }
  mkdirSync(path.join(ROOT, 'test-results/screenshots'), { recursive: true });

  const server = await startFixtureServer(path.join(ROOT, 'test/fixtures'));
  project.provide('fixtureBase', server.base);
  project.provide('extensionDir', extensionDir);
  return async () => {
    await server.close();
  };
}
