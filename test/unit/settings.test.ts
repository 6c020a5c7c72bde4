import { describe, expect, it } from 'vitest';
import { defaultSettings, defaultTarget, normalizeHost, normalizeSettings, shouldConvertHost } from '../../src/settings';

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
    expect(s.reader).toEqual({ theme: 'auto', fontSize: 32, width: 30, font: 'serif' });
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
