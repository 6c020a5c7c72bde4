import { storage } from 'wxt/utils/storage';
import { defaultSettings, normalizeSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../core/settings/schema';

/**
 * The settings in extension storage (sync: they follow the user's browser profile). Versioned:
 * when the schema changes, bump SETTINGS_VERSION and add a migration to SETTINGS_MIGRATIONS
 * (schema.ts, pure and tested) that keeps user data.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(globalThis.navigator?.language ?? 'zh-CN'),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue(), globalThis.navigator?.language);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings, globalThis.navigator?.language));
}

/** Calls back with the new settings whenever they change (in any tab or extension page). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value, globalThis.navigator?.language)));
}
