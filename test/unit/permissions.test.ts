// Host access follows the settings: asked for what automatic conversion needs, given back when not.
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { ALL_SITES, autoConvertOrigins, unneededOrigins } = await import('../../src/platform/permissions');
const { defaultSettings } = await import('../../src/core/settings/schema');

function withConvert(convert: Partial<ReturnType<typeof defaultSettings>['convert']>) {
  const s = defaultSettings('zh-CN');
  return { ...s, convert: { ...s.convert, ...convert } };
}

describe('host access for automatic conversion', () => {
  it('needs every site for mode all, the listed hosts and their subdomains for mode listed, nothing otherwise', () => {
    expect(autoConvertOrigins(withConvert({ target: 'simplified', mode: 'all' }))).toEqual([ALL_SITES]);
    expect(autoConvertOrigins(withConvert({ target: 'simplified', mode: 'listed', sites: ['news.example.tw'] }))).toEqual(['*://news.example.tw/*', '*://*.news.example.tw/*']);
    expect(autoConvertOrigins(withConvert({ target: 'simplified', mode: 'reader' }))).toEqual([]);
    expect(autoConvertOrigins(withConvert({ target: 'off', mode: 'all' }))).toEqual([]);
  });

  it('gives back everything when conversion for sites is off, and what no listed site needs otherwise', () => {
    const granted = [ALL_SITES, '*://news.example.tw/*', '*://*.news.example.tw/*', '*://old.example/*'];
    expect(unneededOrigins(granted, withConvert({ target: 'simplified', mode: 'reader' }))).toEqual(granted);
    expect(unneededOrigins(granted, withConvert({ target: 'off', mode: 'all' }))).toEqual(granted);
    expect(unneededOrigins(granted, withConvert({ target: 'simplified', mode: 'all' }))).toEqual(['*://news.example.tw/*', '*://*.news.example.tw/*', '*://old.example/*']);
    // Every-site access may be what a listed site relies on: it stays while sites are listed.
    expect(unneededOrigins(granted, withConvert({ target: 'simplified', mode: 'listed', sites: ['news.example.tw'] }))).toEqual(['*://old.example/*']);
  });
});
