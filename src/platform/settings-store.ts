import { storage } from 'wxt/utils/storage';
import { defaultSettings, normalizeSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings, type SiteRules } from '../core/settings/schema';

/**
 * The settings in extension storage, in two items:
 *
 * - `sync:settings`: everything but the per-site rules; it follows the user's browser profile.
 *   Versioned: when the schema changes, bump SETTINGS_VERSION and add a migration to
 *   SETTINGS_MIGRATIONS (schema.ts, pure and tested) that keeps user data.
 * - `local:siteRules`: the per-site "always remove / always keep" texts. They grow with use (a
 *   rule is up to 499 characters), and storage.sync takes at most 8,192 bytes per item: twelve long
 *   rules filled it and every save after that failed. Local storage holds megabytes; these rules
 *   stay on this device.
 *
 * Callers see one Settings object: loadSettings joins the two, saveSettings splits them.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(globalThis.navigator?.language ?? 'zh-CN'),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export const siteRulesItem = storage.defineItem<Record<string, SiteRules>>('local:siteRules', { fallback: {} });

/** storage.sync's limit for one item (QUOTA_BYTES_PER_ITEM: the key and its JSON value, in UTF-8). */
export const SYNC_ITEM_BYTES = 8192;

/** A save refused before it reached storage: the synced settings would pass the browser's limit. */
export class SettingsTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`the synced settings would take ${bytes} bytes; the browser syncs at most ${SYNC_ITEM_BYTES} per item`);
    this.name = 'SettingsTooLarge';
  }
}

const language = (): string | undefined => globalThis.navigator?.language;

export async function loadSettings(): Promise<Settings> {
  const [synced, sites] = await Promise.all([settingsItem.getValue(), siteRulesItem.getValue()]);
  // Rules an older version kept in the synced item still count (they move to local on the next save).
  const merged = synced && typeof synced === 'object' ? { ...synced, sites: { ...(synced.sites ?? {}), ...(sites ?? {}) } } : { sites };
  return normalizeSettings(merged, language());
}

/**
 * Stores the settings as given (normalized): they replace whatever is stored. Rejects with
 * SettingsTooLarge, storing nothing, when the synced part would pass the browser's limit (a very
 * long list of sites). Resolves to what was stored.
 */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const next = normalizeSettings(settings, language());
  const synced: Settings = { ...next, sites: {} };
  const bytes = new TextEncoder().encode(`settings${JSON.stringify(synced)}`).length;
  if (bytes > SYNC_ITEM_BYTES) throw new SettingsTooLarge(bytes);
  await siteRulesItem.setValue(next.sites);
  await settingsItem.setValue(synced);
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

function warnUnread(error: unknown): void {
  console.warn('[qingdu] the settings could not be read', error);
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
  // Either item changed: the joined settings are read again. One save writes both items, so two
  // changes arrive for it (and this context also tells its own watchers directly): the callback
  // hears only settings that differ from the last it heard.
  let last: string | null = null;
  const deliver = (settings: Settings): void => {
    const seen = JSON.stringify(settings);
    if (seen === last) return;
    last = seen;
    callback(settings);
  };
  watchers.add(deliver);
  const reload = (): void => {
    if (pending === 0) void loadSettings().then((settings) => pending === 0 && deliver(settings), warnUnread);
  };
  const unwatchSynced = settingsItem.watch(reload);
  const unwatchSites = siteRulesItem.watch(reload);
  return () => {
    watchers.delete(deliver);
    unwatchSynced();
    unwatchSites();
  };
}
