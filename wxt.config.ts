import { defineConfig } from 'wxt';

// Minimal permissions: the reader is injected on demand through activeTab + scripting,
// so Qingdu needs no host permission to work on the page the user clicked.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: '清读 Qingdu',
    description: 'Reader mode for reposted Chinese news: the article, its real source, and nothing else.',
    // contextMenus: the page tools (copy as clean quote, highlight key figures); clipboardWrite: the
    // quote is written from the page after a menu click, which is not a page gesture.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'clipboardWrite'],
    action: { default_title: '清读 Qingdu — reader mode (Alt+Shift+R)' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Toggle the reader view',
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
  // on (src/convert/permissions.ts); the detect content script is registered at run time, only for
  // what was granted (src/convert/tab.ts). MV3: optional_host_permissions; Firefox's MV2 build:
  // optional_permissions (WXT drops optional_host_permissions from MV2 manifests). The settings
  // (src/settings/store.ts, storage.sync) need "storage" (no install warning).
  hooks: {
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
