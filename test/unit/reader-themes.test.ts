import { describe, expect, it } from 'vitest';
import { THEMES, themeCss, type ThemeName } from '../../src/page/reader/themes';
import { FONT_STACKS, fontScript } from '../../src/page/reader/fonts';

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (v: number): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const AA_TEXT = 4.5;

describe.each(Object.keys(THEMES) as ThemeName[])('theme %s meets WCAG AA', (name) => {
  const p = THEMES[name];
  it('body text, secondary text and links on the page', () => {
    // Body text is held to AAA (7:1): it is what people read for minutes at a time.
    expect(contrast(p.fg, p.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(p.link, p.bg)).toBeGreaterThanOrEqual(AA_TEXT);
  });
  it('text in the settings panel and on the selection bar buttons', () => {
    expect(contrast(p.fg, p.raised)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(p.muted, p.raised)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(p.bg, p.accent)).toBeGreaterThanOrEqual(AA_TEXT);
  });
  it('body text on every key-figure tint, and the focus ring against the page (non-text, 3:1)', () => {
    for (const [category, tint] of Object.entries(p.figures)) {
      expect(contrast(p.fg, tint), `${name} ${category}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
    expect(contrast(p.accent, p.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('theme CSS', () => {
  it('gives every theme its own rule and lets "auto" follow the system', () => {
    const css = themeCss('.r');
    for (const name of Object.keys(THEMES)) expect(css).toContain(`.r[data-theme="${name}"] {`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ \.r\[data-theme="auto"\] \{[^}]*--qd-bg: #1b1d21/);
  });
});

describe('font stacks', () => {
  it('pick Traditional (TC) faces for Taiwan and Hong Kong text, SC for mainland text', () => {
    expect(fontScript('zh-Hant-TW')).toBe('hant');
    expect(fontScript('zh-HK')).toBe('hant');
    expect(fontScript('zh-Hans')).toBe('hans');
    expect(fontScript('zh-CN')).toBe('hans');
    expect(fontScript('en')).toBe('latin');
    expect(FONT_STACKS.sans.hant).toMatch(/^"PingFang TC"/);
    expect(FONT_STACKS.serif.hans).toContain('Noto Serif CJK SC');
  });
});
