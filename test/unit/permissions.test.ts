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

  it('gives back what the previous settings asked for and the new ones do not need', () => {
    const all = withConvert({ target: 'simplified', mode: 'all' });
    const listed = withConvert({ target: 'simplified', mode: 'listed', sites: ['news.example.tw', 'old.example'] });
    const fewer = withConvert({ target: 'simplified', mode: 'listed', sites: ['news.example.tw'] });
    const readerOnly = withConvert({ target: 'simplified', mode: 'reader' });
    expect(unneededOrigins(all, readerOnly)).toEqual([ALL_SITES]);
    expect(unneededOrigins(all, withConvert({ target: 'off', mode: 'all' }))).toEqual([ALL_SITES]);
    expect(unneededOrigins(listed, fewer)).toEqual(['*://old.example/*', '*://*.old.example/*']);
    expect(unneededOrigins(listed, readerOnly)).toEqual(autoConvertOrigins(listed));
    // Every-site access may be what a listed site relies on: it stays while sites are listed.
    expect(unneededOrigins(all, fewer)).toEqual([]);
    // Nothing the settings did not ask for is given back (a grant for a change not saved yet).
    expect(unneededOrigins(readerOnly, readerOnly)).toEqual([]);
    expect(unneededOrigins(readerOnly, all)).toEqual([]);
  });
});
