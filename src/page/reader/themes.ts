import type { Theme } from '../../core/settings/schema';

/**
 * The reader's colour themes as data: one palette per theme, turned into CSS custom properties.
 * test/unit/reader-themes.test.ts checks every text/background pair here against WCAG AA, so a
 * colour change that hurts legibility fails a test instead of shipping.
 */

/** The themes with a palette of their own: every theme setting but 'auto' (which picks light or dark). */
export type ThemeName = Exclude<Theme, 'auto'>;

export interface Palette {
  /** Page background and body text. */
  bg: string;
  fg: string;
  /** Meta line, captions, secondary labels. */
  muted: string;
  /** Hairlines and borders (decorative: no contrast requirement). */
  rule: string;
  /** Raised surfaces: the settings panel, hovered list items. */
  raised: string;
  link: string;
  /** Focus rings, the selection bar's buttons (whose text is `bg` on `accent`). */
  accent: string;
  /** Key-figure tints (body text `fg` sits on each) and the line under a mark. */
  figures: Record<'percent' | 'money' | 'count' | 'measure' | 'date' | 'change', string>;
  figureLine: string;
  /** The browser's own widgets (scroll bars, form controls) in this theme. */
  colorScheme: 'light' | 'dark';
}

export const THEMES: Record<ThemeName, Palette> = {
  // Warm off-white, not pure white: less glare for long reading.
  light: {
    bg: '#fbfaf7', fg: '#24292f', muted: '#5d6670', rule: '#e4e0d8', raised: '#ffffff', link: '#0b6e6e', accent: '#0b6e6e',
    figures: { percent: '#dbeafe', money: '#dcfce7', count: '#fef3c7', measure: '#ede9fe', date: '#ccfbf1', change: '#fce7f3' },
    figureLine: 'rgba(0, 0, 0, 0.25)', colorScheme: 'light',
  },
  // Paper: brown ink on cream, tints warmed so they do not look cold on the page.
  sepia: {
    bg: '#f4ecd8', fg: '#3b2f22', muted: '#65553f', rule: '#ddd0b3', raised: '#faf4e6', link: '#7a4510', accent: '#7a4510',
    figures: { percent: '#dde4ea', money: '#e1e7c9', count: '#f1dca2', measure: '#e7dae6', date: '#cfe2d4', change: '#f0d5cf' },
    figureLine: 'rgba(59, 47, 34, 0.3)', colorScheme: 'light',
  },
  // Not black: #1b1d21 keeps halation low; text is off-white for the same reason.
  dark: {
    bg: '#1b1d21', fg: '#e3e1dc', muted: '#a4a9b0', rule: '#34373d', raised: '#24272c', link: '#6cc4c4', accent: '#6cc4c4',
    figures: { percent: '#1e3a5f', money: '#14432a', count: '#4a3b10', measure: '#3b2f63', date: '#134440', change: '#5a2340' },
    figureLine: 'rgba(255, 255, 255, 0.3)', colorScheme: 'dark',
  },
};

/** The palette as CSS custom-property declarations. */
export function paletteDeclarations(p: Palette): string {
  const figures = Object.entries(p.figures).map(([name, colour]) => `--qd-fig-${name}: ${colour};`).join(' ');
  return [
    `--qd-bg: ${p.bg}; --qd-fg: ${p.fg}; --qd-muted: ${p.muted}; --qd-rule: ${p.rule}; --qd-raised: ${p.raised};`,
    `--qd-link: ${p.link}; --qd-accent: ${p.accent}; --qd-fig-line: ${p.figureLine}; color-scheme: ${p.colorScheme};`,
    figures,
  ].join(' ');
}

/**
 * Theme rules for the reader root: an explicit data-theme wins; "auto" follows the system's
 * light/dark preference.
 */
export function themeCss(selector: string): string {
  const rules = (Object.keys(THEMES) as ThemeName[]).map((name) => `${selector}[data-theme="${name}"] { ${paletteDeclarations(THEMES[name])} }`);
  return [
    `${selector} { ${paletteDeclarations(THEMES.light)} }`,
    `@media (prefers-color-scheme: dark) { ${selector}[data-theme="auto"] { ${paletteDeclarations(THEMES.dark)} } }`,
    ...rules,
  ].join('\n');
}
