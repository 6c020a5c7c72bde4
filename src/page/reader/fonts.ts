import type { ReaderFont } from '../../core/settings/schema';

/**
 * Font stacks by style and script, as data. The script matters: PingFang SC and PingFang TC draw
 * the same characters with mainland and Taiwan glyph shapes (e.g. 骨, 述), so a Traditional article
 * gets TC fonts first. Each stack lists macOS, Noto/Source Han (Linux, Android), then Windows fonts.
 */

/** The reader's font setting (its choices are the schema's READER_FONTS). */
export type FontStyle = ReaderFont;
export type FontScript = 'hans' | 'hant' | 'latin';

export const FONT_STACKS: Record<FontStyle, Record<FontScript, string>> = {
  sans: {
    hans: '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif',
    hant: '"PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", system-ui, sans-serif',
    latin: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  },
  serif: {
    hans: '"Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "STSong", "SimSun", serif',
    hant: '"Songti TC", "Noto Serif CJK TC", "Source Han Serif TC", "PMingLiU", "MingLiU", serif',
    latin: 'Charter, "Iowan Old Style", Georgia, "Noto Serif", "Times New Roman", serif',
  },
};

/** Which stack a BCP 47 tag reads best in. */
export function fontScript(lang: string): FontScript {
  if (/^zh-(hant|tw|hk|mo)/i.test(lang)) return 'hant';
  if (/^zh/i.test(lang)) return 'hans';
  return 'latin';
}

/** Font rules for the reader root: data-font picks the style, :lang() the script. */
export function fontCss(selector: string): string {
  const rules: string[] = [];
  for (const style of Object.keys(FONT_STACKS) as FontStyle[]) {
    const stacks = FONT_STACKS[style];
    rules.push(
      `${selector}[data-font="${style}"] { font-family: ${stacks.latin}; }`,
      `${selector}[data-font="${style}"]:lang(zh) { font-family: ${stacks.hans}; }`,
      `${selector}[data-font="${style}"]:lang(zh-Hant), ${selector}[data-font="${style}"]:lang(zh-TW), ${selector}[data-font="${style}"]:lang(zh-HK) { font-family: ${stacks.hant}; }`,
    );
  }
  return rules.join('\n');
}
