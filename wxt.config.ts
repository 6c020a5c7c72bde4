import { defineConfig } from 'wxt';

// Minimal permissions: the reader is injected on demand through activeTab + scripting,
// so Qingdu needs no host permission to work on the page the user clicked.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: '清读 Qingdu',
    description: 'Reader mode for reposted Chinese news: the article, its real source, and nothing else.',
    permissions: ['activeTab', 'scripting'],
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
});
