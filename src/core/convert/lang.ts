import type { ConvertTarget } from './types';

/**
 * The language tag set on converted content, so the right CJK fonts apply. Its own module: the
 * reader script needs it without the converter's dictionaries.
 */
export const LANG_TAGS: Record<ConvertTarget, string> = {
  simplified: 'zh-Hans',
  taiwan: 'zh-Hant-TW',
  hongkong: 'zh-Hant-HK',
};
