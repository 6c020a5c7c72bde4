import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetProblems } from './scripts/bundle-budgets';
import { catalogKeysFor } from './scripts/catalog-keys';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * The message catalogs (public/_locales, read by src/core/i18n) as each bundle carries them: only
 * the keys that bundle's code can show (scripts/catalog-keys.ts), and without the "description"
 * fields and placeholder examples, which are notes for translators. The files in _locales, which
 * the browser reads for the manifest, keep everything. Build only: tests and the CLI read the
 * whole catalogs.
 */
function catalogsPerBundle(): Plugin {
  let used: Set<string> | null = null;
  return {
    name: 'qingdu:catalogs-per-bundle',
    enforce: 'pre',
    apply: 'build',
    buildStart(options) {
      const input = options.input;
      const entries = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      const reference = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
      // WXT wraps entrypoints in virtual modules: "…/virtual:wxt-unlisted-script-entrypoint?/abs/entry.ts".
      const files = entries.map((e) => path.resolve(ROOT, e.includes('virtual:') && e.includes('?') ? e.slice(e.indexOf('?') + 1) : e));
      if (files.some((f) => !existsSync(f))) throw new Error(`catalogs per bundle: cannot find the entry among ${files.join(', ')}`);
      used = files.length ? catalogKeysFor(ROOT, files, Object.keys(reference)) : null;
    },
    transform(code, id) {
      if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
      const catalog = JSON.parse(code) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
      const kept = Object.entries(catalog).filter(([key]) => !used || used.has(key));
      const stripped = Object.fromEntries(
        kept.map(([key, { message, placeholders }]) => [
          key,
          placeholders ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([n, { content }]) => [n, { content }])) } : { message },
        ]),
      );
      return { code: JSON.stringify(stripped), map: null };
    },
  };
}

// Minimal permissions: the reader is injected on demand through activeTab + scripting,
// so Qingdu needs no host permission to work on the page the user clicked.
// Manifest strings are messages from public/_locales (the one source of UI text; src/core/i18n reads the
// same files). default_locale 'en' is what a browser without a catalog of its language shows: any
// language but Chinese, and zh-HK / zh-SG, which the browser does not fold into zh_TW / zh_CN. Those
// readers are far likelier to read English than one Chinese script or the other; the name stays 清读.
export default defineConfig({
  // The release build goes to .output; the release-build test builds into a folder of its own.
  outDir: process.env.QINGDU_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [catalogsPerBundle()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: the page tools (copy as clean quote, highlight key figures); clipboardWrite: the
    // quote is written from the page after a menu click, which is not a page gesture.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'clipboardWrite'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qingdu@qingdu.dev',
              // data_collection_permissions (required for new add-ons) needs Firefox 140 / Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['test/**', 'bench/**', '.ci/**', 'test-results/**', 'node_modules/**'] },
  // ── Conversion (issue 4) ─────────────────────────────────────────────────────────────────────
  // Host access for automatic conversion is optional, asked for at run time when the user turns it
  // on (src/platform/permissions.ts); the detect content script is registered at run time, only for
  // what was granted (src/background/conversion.ts). MV3: optional_host_permissions; Firefox's MV2 build:
  // optional_permissions (WXT drops optional_host_permissions from MV2 manifests). The settings
  // (src/platform/settings-store.ts, storage.sync) need "storage" (no install warning).
  hooks: {
    // Every script within its size budget (scripts/bundle-budgets.ts), or the build fails.
    'build:done': (wxt) => {
      const problems = budgetProblems(wxt.config.outDir);
      if (problems.length) throw new Error(`bundle budget:\n  ${problems.join('\n  ')}`);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (!manifest.permissions?.includes('storage')) manifest.permissions = [...(manifest.permissions ?? []), 'storage'];
      const CONVERT_HOSTS = ['*://*/*'];
      if (wxt.config.manifestVersion === 2) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...CONVERT_HOSTS];
      } else {
        manifest.optional_host_permissions = [...(manifest.optional_host_permissions ?? []), ...CONVERT_HOSTS];
      }
    },
  },
  // ── end of conversion ────────────────────────────────────────────────────────────────────────
});
