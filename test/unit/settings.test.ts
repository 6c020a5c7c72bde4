import { describe, expect, it } from 'vitest';
import { defaultSettings, defaultTarget, normalizeHost, normalizeSettings, shouldConvertHost } from '../../src/core/settings';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../src/core/settings/schema';

describe('settings schema', () => {
  it('picks the script a reader reads from the browser language', () => {
    expect(['zh-CN', 'zh-TW', 'zh-HK', 'zh-Hant', 'en-US'].map(defaultTarget)).toEqual(['simplified', 'taiwan', 'hongkong', 'taiwan', 'off']);
  });

  it('turns any imported value into valid settings, keeping what is valid', () => {
    const imported = {
      version: 1,
      convert: { target: 'hongkong', mode: 'listed', sites: ['https://www.Example.com/a', 'bad host', 42], neverSites: 'x' },
      reader: { theme: 'neon', fontSize: 400, width: 30, font: 'serif' },
      quote: { format: 'markdown', citation: false },
      sites: { 'news.example.com': { remove: ['.ad', 7], keep: [] } },
      evil: '<script>',
    };
    const s = normalizeSettings(imported);
    expect(s.convert).toEqual({ target: 'hongkong', mode: 'listed', sites: ['example.com'], neverSites: [] });
    expect(s.reader).toEqual({ theme: 'auto', fontSize: 32, width: 30, font: 'serif', chinesePunctuation: true });
    expect(s.quote).toEqual({ format: 'markdown', citation: false, url: true });
    expect(s.sites).toEqual({ 'news.example.com': { remove: ['.ad'], keep: [] } });
    expect('evil' in s).toBe(false);
  });

  it('survives garbage', () => {
    for (const junk of [null, undefined, 42, 'settings', [], { convert: null }]) {
      expect(normalizeSettings(junk)).toEqual(defaultSettings());
    }
  });

  it('round-trips through JSON (export then import)', () => {
    const s = normalizeSettings({ convert: { target: 'taiwan', mode: 'all', neverSites: ['a.com'] }, figures: { highlight: false } });
    expect(normalizeSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('decides which hosts are converted automatically', () => {
    const s = normalizeSettings({ convert: { target: 'simplified', mode: 'listed', sites: ['a.com'], neverSites: ['b.com'] } });
    expect([shouldConvertHost(s, 'www.a.com'), shouldConvertHost(s, 'c.com')]).toEqual([true, false]);
    const all = normalizeSettings({ convert: { target: 'simplified', mode: 'all', neverSites: ['b.com'] } });
    expect([shouldConvertHost(all, 'c.com'), shouldConvertHost(all, 'b.com')]).toEqual([true, false]);
    expect(shouldConvertHost(normalizeSettings({ convert: { target: 'off', mode: 'all' } }), 'c.com')).toBe(false);
    expect(normalizeHost('HTTPS://WWW.News.QQ.com/path?x')).toBe('news.qq.com');
  });
});

describe('settings migrations', () => {
  /** A full settings object as version 1 stored it, with user data in every part. */
  const V1 = {
    version: 1,
    convert: { target: 'hongkong', mode: 'listed', sites: ['news.example.com', 'farm.example.cn'], neverSites: ['blog.example.tw'] },
    reader: { theme: 'sepia', fontSize: 22, width: 34, font: 'serif' },
    figures: { highlight: false },
    quote: { format: 'chinese', citation: true, url: false },
    sites: { 'yiwang.example.com': { remove: ['易网健康养生网,致力于都市养生知识的普及'], keep: ['（记者何思远）'] } },
  };

  it('there is a migration for every version after the first', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(typeof SETTINGS_MIGRATIONS[v]).toBe('function');
  });

  it('v1 → v2 keeps every user value and turns the new punctuation switch on', () => {
    const migrated = migrateSettings(structuredClone(V1), 1);
    const s = normalizeSettings(migrated);
    expect(s.version).toBe(2);
    expect(s.convert).toEqual(V1.convert);
    expect(s.reader).toEqual({ ...V1.reader, chinesePunctuation: true });
    expect(s.figures).toEqual(V1.figures);
    expect(s.quote).toEqual(V1.quote);
    expect(s.sites).toEqual(V1.sites);
  });

  it('a current object passes through unchanged', () => {
    const current = normalizeSettings({ ...V1, version: SETTINGS_VERSION, reader: { ...V1.reader, chinesePunctuation: false } });
    expect(normalizeSettings(migrateSettings(structuredClone(current), SETTINGS_VERSION))).toEqual(current);
  });
});
