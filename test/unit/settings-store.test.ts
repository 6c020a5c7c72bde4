import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/schema';

/** The storage item behind src/platform/settings-store.ts, in memory (a stand-in for sync storage). */
const stored = vi.hoisted(() => ({ value: null as unknown, failWrites: false }));
vi.mock('wxt/utils/storage', () => ({
  storage: {
    defineItem: () => ({
      getValue: async () => stored.value,
      setValue: async (value: unknown) => {
        if (stored.failWrites) throw new Error('quota exceeded');
        stored.value = structuredClone(value);
      },
      watch: () => () => {},
    }),
  },
}));

const { updateSettings } = await import('../../src/platform/settings-store');

describe('updateSettings (the one read-modify-write of the settings)', () => {
  beforeEach(() => {
    stored.value = defaultSettings('zh-CN');
    stored.failWrites = false;
  });

  it('changes the settings as stored now, not as this context last read them, and resolves to what it stored', async () => {
    // Another tab changed the theme after this context read the settings.
    stored.value = { ...defaultSettings('zh-CN'), reader: { ...defaultSettings('zh-CN').reader, theme: 'dark' } };
    const saved = await updateSettings((s) => (s.quote.format = 'markdown'));
    expect(saved.reader.theme).toBe('dark');
    expect(saved.quote.format).toBe('markdown');
    expect(stored.value).toEqual(saved);
  });

  it('stores a normalized value (a bad change cannot corrupt the settings)', async () => {
    const saved = await updateSettings((s) => {
      s.reader.fontSize = 400;
      (s.convert as { sites: unknown }).sites = ['https://www.Example.com/a', 42];
    });
    expect(saved.reader.fontSize).toBe(32);
    expect((stored.value as Settings).convert.sites).toEqual(['example.com']);
  });

  it('rejects when storage refuses the write, leaving the stored settings as they were', async () => {
    stored.failWrites = true;
    await expect(updateSettings((s) => (s.figures.highlight = false))).rejects.toThrow('quota exceeded');
    expect((stored.value as Settings).figures.highlight).toBe(true);
  });
});
