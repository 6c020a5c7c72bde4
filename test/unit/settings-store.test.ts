import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/schema';

/** The storage item behind src/platform/settings-store.ts, in memory (a stand-in for sync storage). */
const stored = vi.hoisted(() => ({ value: null as unknown, failWrites: 0, echoes: [] as ((value: unknown) => void)[] }));
vi.mock('wxt/utils/storage', () => ({
  storage: {
    defineItem: () => ({
      getValue: async () => stored.value,
      setValue: async (value: unknown) => {
        if (stored.failWrites > 0) {
          stored.failWrites--;
          throw new Error('quota exceeded');
        }
        stored.value = structuredClone(value);
        // Storage tells every context of the change, the writing one too.
        for (const echo of stored.echoes) echo(structuredClone(value));
      },
      watch: (callback: (value: unknown) => void) => {
        stored.echoes.push(callback);
        return () => stored.echoes.splice(stored.echoes.indexOf(callback), 1);
      },
    }),
  },
}));

const { updateSettings, watchSettings } = await import('../../src/platform/settings-store');

describe('updateSettings (the one read-modify-write of the settings)', () => {
  beforeEach(() => {
    stored.value = defaultSettings('zh-CN');
    stored.failWrites = 0;
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

  it('runs updates made in a row one after another, so neither overwrites the other', async () => {
    const [first, second] = await Promise.all([updateSettings((s) => (s.reader.theme = 'sepia')), updateSettings((s) => (s.reader.font = 'serif'))]);
    expect([first.reader.theme, first.reader.font]).toEqual(['sepia', 'sans']);
    expect([second.reader.theme, second.reader.font]).toEqual(['sepia', 'serif']);
    expect((stored.value as Settings).reader).toMatchObject({ theme: 'sepia', font: 'serif' });
  });

  it('goes on after a failed update', async () => {
    stored.failWrites = 1;
    const failed = updateSettings((s) => (s.figures.highlight = false));
    const next = updateSettings((s) => (s.quote.url = false));
    await expect(failed).rejects.toThrow('quota exceeded');
    expect((await next).quote.url).toBe(false);
    expect((stored.value as Settings).figures.highlight).toBe(true);
  });

  it('tells watchers of a change from elsewhere, and of its own updates in a row only once, with the last', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.reader.fontSize));
    // Another context writes: its echo arrives here.
    stored.echoes.forEach((echo) => echo({ ...defaultSettings('zh-CN'), reader: { ...defaultSettings('zh-CN').reader, fontSize: 20 } }));
    expect(seen).toEqual([20]);
    // Six steps of a slider: the echoes of the first five would move it back.
    await Promise.all([19, 20, 21, 22, 23, 24].map((size) => updateSettings((s) => (s.reader.fontSize = size))));
    expect(seen).toEqual([20, 24]);
    unwatch();
  });

  it('rejects when storage refuses the write, leaving the stored settings as they were', async () => {
    stored.failWrites = 1;
    await expect(updateSettings((s) => (s.figures.highlight = false))).rejects.toThrow('quota exceeded');
    expect((stored.value as Settings).figures.highlight).toBe(true);
  });
});
