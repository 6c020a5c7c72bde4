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

/** This context's updates, one after another (see updateSettings), and how many are not in yet. */
let updates: Promise<unknown> = Promise.resolve();
let pending = 0;
const watchers = new Set<(settings: Settings) => void>();

/**
 * The one read-modify-write of the settings: `change` edits the latest stored settings (another
 * tab, the reader or the context menu may have changed them since this context read them), and
 * the result is saved normalized. Updates from one context run one at a time, so two made in a
 * row (two clicks, two key presses) never read the same settings and overwrite each other.
 * Resolves to what was saved; rejects when storage fails, so a caller that does not await it
 * must catch (see warnUnsaved).
 */
export function updateSettings(change: (latest: Settings) => void): Promise<Settings> {
  pending++;
  const update = updates.then(async () => {
    const latest = await loadSettings();
    change(latest);
    return saveSettings(latest);
  });
  updates = update.then(settled, () => settled(null));
  return update;
}

/** One update is in; after the last one, this context's watchers get what it saved. */
function settled(saved: Settings | null): void {
  pending--;
  if (pending === 0 && saved) for (const watcher of watchers) watcher(saved);
}

/** For a save nobody awaits: a failure is logged, never silently dropped. */
export function warnUnsaved(error: unknown): void {
  console.warn('[qingdu] the settings could not be saved', error);
}

/**
 * Calls back with the new settings whenever they change (in any tab or extension page). While
 * this context's own updates are under way it waits, and calls back once with what the last one
 * saved: the echo of an earlier one would put an older value back into a control the user has
 * moved on (a slider stepped six times, a size button pressed twice).
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  watchers.add(callback);
  const unwatch = settingsItem.watch((value) => {
    if (pending === 0) callback(normalizeSettings(value, globalThis.navigator?.language));
  });
  return () => {
    watchers.delete(callback);
    unwatch();
  };
}
