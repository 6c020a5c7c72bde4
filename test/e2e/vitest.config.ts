import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// End-to-end suite: the built Chrome extension in real (headless) Chromium.
// Run: npx vitest run -c test/e2e/vitest.config.ts   (QINGDU_SKIP_BUILD=1 reuses .output/chrome-mv3)
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One Chromium at a time: the suites share a machine and race on CDP otherwise.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
