import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/schema';

/**
 * The storage items behind src/platform/settings-store.ts, in memory (stand-ins for storage.sync's
 * 'settings' and storage.local's 'siteRules'), with sync's per-item limit as the browser enforces it.
 */
const stored = vi.hoisted(() => ({
  items: {} as Record<string, unknown>,
  failWrites: 0,
  /** Browsers tell of a change after the write, in a later task: off, the echo comes at once. */
  asyncEcho: false,
  echoes: {} as Record<string, (() => void)[]>,
}));
vi.mock('wxt/utils/storage', () => ({
  storage: {
    defineItem: (key: string, options: { fallback?: unknown }) => ({
      getValue: async () => structuredClone(stored.items[key] ?? options.fallback ?? null),
      setValue: async (value: unknown) => {
        if (stored.failWrites > 0) {
          stored.failWrites--;
          throw new Error('write failed');
        }
        if (key.startsWith('sync:') && new TextEncoder().encode(key.slice(5) + JSON.stringify(value)).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        stored.items[key] = structuredClone(value);
        // Storage tells every context of the change, the writing one too.
        for (const echo of stored.echoes[key] ?? []) {
          if (stored.asyncEcho) setTimeout(echo, 0);
          else echo();
        }
      },
      watch: (callback: () => void) => {
        (stored.echoes[key] ??= []).push(callback);
        return () => stored.echoes[key]!.splice(stored.echoes[key]!.indexOf(callback), 1);
      },
    }),
  },
}));

const { loadSettings, SettingsTooLarge, updateSettings, watchSettings } = await import('../../src/platform/settings-store');
const synced = (): Settings => stored.items['sync:settings'] as Settings;
const local = (): Record<string, { remove: string[]; keep: string[] }> => stored.items['local:siteRules'] as Record<string, { remove: string[]; keep: string[] }>;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A rule as the reader stores it: a removed block's text, white space removed (up to 499 characters). */
const longRule = (i: number) => `${i}`.padEnd(480, '本网站所有内容均来源于网络转载如有侵权请联系删除');

describe('updateSettings (the one read-modify-write of the settings)', () => {
  beforeEach(() => {
    stored.items = { 'sync:settings': defaultSettings('zh-CN') };
    stored.echoes = {};
    stored.failWrites = 0;
  });

  it('changes the settings as stored now, not as this context last read them, and resolves to what it stored', async () => {
    // Another tab changed the theme after this context read the settings.
    stored.items['sync:settings'] = { ...defaultSettings('zh-CN'), reader: { ...defaultSettings('zh-CN').reader, theme: 'dark' } };
    const saved = await updateSettings((s) => (s.quote.format = 'markdown'));
    expect(saved.reader.theme).toBe('dark');
    expect(saved.quote.format).toBe('markdown');
    expect(await loadSettings()).toEqual(saved);
  });

  it('stores a normalized value (a bad change cannot corrupt the settings)', async () => {
    const saved = await updateSettings((s) => {
      s.reader.fontSize = 400;
      (s.convert as { sites: unknown }).sites = ['https://www.Example.com/a', 42];
    });
    expect(saved.reader.fontSize).toBe(32);
    expect(synced().convert.sites).toEqual(['example.com']);
  });

  it('runs updates made in a row one after another, so neither overwrites the other', async () => {
    const [first, second] = await Promise.all([updateSettings((s) => (s.reader.theme = 'sepia')), updateSettings((s) => (s.reader.font = 'serif'))]);
    expect([first.reader.theme, first.reader.font]).toEqual(['sepia', 'sans']);
    expect([second.reader.theme, second.reader.font]).toEqual(['sepia', 'serif']);
    expect(synced().reader).toMatchObject({ theme: 'sepia', font: 'serif' });
  });

  it('goes on after a failed update', async () => {
    stored.failWrites = 1;
    const failed = updateSettings((s) => (s.figures.highlight = false));
    const next = updateSettings((s) => (s.quote.url = false));
    await expect(failed).rejects.toThrow('write failed');
    expect((await next).quote.url).toBe(false);
    expect(synced().figures.highlight).toBe(true);
  });

  it('tells watchers of a change from elsewhere, and of its own updates in a row only once, with the last, once per save', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.reader.fontSize));
    // Another context writes: its echo arrives here.
    stored.items['sync:settings'] = { ...defaultSettings('zh-CN'), reader: { ...defaultSettings('zh-CN').reader, fontSize: 20 } };
    for (const echo of stored.echoes['sync:settings'] ?? []) echo();
    await tick();
    expect(seen).toEqual([20]);
    // Six steps of a slider: the echoes of the first five would move it back.
    await Promise.all([19, 20, 21, 22, 23, 24].map((size) => updateSettings((s) => (s.reader.fontSize = size))));
    await tick();
    // Each save writes both items (synced settings, local site rules): still one call, not one per item.
    expect(seen).toEqual([20, 24]);
    unwatch();
  });
});

describe('watchers, with echoes that come after the write (as browsers send them)', () => {
  beforeEach(() => {
    stored.items = {};
    stored.asyncEcho = true;
  });

  it('one save (two items written) is one call; a second save with the same settings is none', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.reader.fontSize));
    await updateSettings((s) => (s.reader.fontSize = 21));
    for (let i = 0; i < 4; i++) await tick();
    expect(seen).toEqual([21]);
    await updateSettings((s) => (s.reader.fontSize = 21));
    for (let i = 0; i < 4; i++) await tick();
    expect(seen).toEqual([21]);
    await updateSettings((s) => (s.reader.fontSize = 22));
    for (let i = 0; i < 4; i++) await tick();
    expect(seen).toEqual([21, 22]);
    unwatch();
    stored.asyncEcho = false;
  });
});

describe('the browser syncs at most 8 KB per item', () => {
  beforeEach(() => {
    stored.items = { 'sync:settings': defaultSettings('zh-CN') };
    stored.echoes = {};
    stored.failWrites = 0;
  });

  it('per-site rules live in local storage: thirty long "always remove" choices on twelve sites all save', async () => {
    for (let site = 0; site < 12; site++) {
      for (let i = 0; i < 30; i++) {
        await updateSettings((s) => {
          const rules = (s.sites[`farm${site}.example`] ??= { remove: [], keep: [] });
          rules.remove.push(longRule(i));
        });
      }
    }
    const settings = await loadSettings();
    expect(Object.keys(settings.sites)).toHaveLength(12);
    expect(settings.sites['farm11.example']!.remove).toHaveLength(30);
    expect(synced().sites).toEqual({});
    expect(Object.keys(local())).toHaveLength(12);
  });

  it('rules an older version kept in the synced item are kept, and move to local storage on the next save', async () => {
    stored.items['sync:settings'] = { ...defaultSettings('zh-CN'), sites: { 'old.example': { remove: [longRule(1)], keep: [] } } };
    expect((await loadSettings()).sites['old.example']!.remove).toEqual([longRule(1)]);
    await updateSettings((s) => (s.reader.theme = 'dark'));
    expect(synced().sites).toEqual({});
    expect(local()['old.example']!.remove).toEqual([longRule(1)]);
  });

  it('a synced part that would pass the limit is refused with a clear error, and nothing is stored', async () => {
    const hosts = Array.from({ length: 600 }, (_, i) => `very-long-subdomain-name-${i}.example-news-site.com`);
    const before = structuredClone(stored.items);
    const attempt = updateSettings((s) => (s.convert.neverSites = hosts));
    await expect(attempt).rejects.toBeInstanceOf(SettingsTooLarge);
    await expect(attempt).rejects.toThrow(/8192/);
    expect(stored.items).toEqual(before);
  });
});
