/** The locales Qingdu's UI is written in (the folder names under public/_locales). */
export type UiLocale = 'en' | 'zh_CN' | 'zh_TW';

export const UI_LOCALES: readonly UiLocale[] = ['en', 'zh_CN', 'zh_TW'];

/** BCP 47 tag for each UI locale, for the `lang` attribute of text written in it. */
export const LOCALE_TAGS: Readonly<Record<UiLocale, string>> = { en: 'en', zh_CN: 'zh-CN', zh_TW: 'zh-TW' };

/**
 * The UI locale for a language tag (navigator.language, i18n.getUILanguage(), an article's lang)
 * or a locale name (zh_TW). Traditional script or a Taiwan, Hong Kong or Macau region → zh_TW;
 * any other Chinese → zh_CN; everything else → en. A script subtag beats the region:
 * zh-Hans-HK reads simplified.
 */
export function uiLocale(languageTag: string): UiLocale {
  const [language, ...rest] = languageTag.trim().toLowerCase().split(/[-_]/);
  if (language !== 'zh') return 'en';
  if (rest.includes('hans')) return 'zh_CN';
  if (rest.includes('hant') || rest.some((s) => s === 'tw' || s === 'hk' || s === 'mo')) return 'zh_TW';
  return 'zh_CN';
}
