import { backgroundWorld, type BackgroundWorld } from '../protocol';

/**
 * Whether this build carries the e2e suite's hooks on the background's global: only a build made
 * with WXT_TEST_HOOKS=1 (test/e2e/global-setup.ts). The value is fixed at build time, so a release
 * build drops every hook and its name (test/unit/release-build.test.ts checks the bundles).
 */
export const TEST_HOOKS: boolean = import.meta.env.WXT_TEST_HOOKS === '1';

/**
 * Puts hooks on the background's own global, where the suite calls the handlers a click, a shortcut
 * or a menu would call (Playwright cannot press browser shortcuts or click menus). No page, content
 * script or other extension can reach that global. Call it as `if (TEST_HOOKS) exposeForTests(…)`
 * so the release build drops the call with its arguments.
 */
export function exposeForTests(hooks: Partial<BackgroundWorld>): void {
  Object.assign(backgroundWorld(), hooks);
}
