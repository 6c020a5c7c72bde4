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

/** Stores the settings as given (normalized): they replace whatever is stored. Resolves to what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const next = normalizeSettings(settings, globalThis.navigator?.language);
  await settingsItem.setValue(next);
  return next;
}

/**
 * The one read-modify-write of the settings: `change` edits the latest stored settings (another
 * tab, the reader or the context menu may have changed them since this context read them), and
 * the result is saved normalized. Resolves to what was saved; rejects when storage fails, so a
 * caller that does not await it must catch (see warnUnsaved).
 */
export async function updateSettings(change: (latest: Settings) => void): Promise<Settings> {
  const latest = await loadSettings();
  change(latest);
  return saveSettings(latest);
}

/** For a save nobody awaits: a failure is logged, never silently dropped. */
export function warnUnsaved(error: unknown): void {
  console.warn('[qingdu] the settings could not be saved', error);
}

/** Calls back with the new settings whenever they change (in any tab or extension page). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value, globalThis.navigator?.language)));
}
