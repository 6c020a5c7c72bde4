import { translator, type MessageKey } from '../../core/i18n';

/** The page tools' notices, keyed as the message catalog names them. */
export type NoticeKey = Extract<MessageKey, 'toolFailed' | 'toolNoFigures' | 'toolNoSelection'>;

/** The text for `key` in the UI language of a language tag (navigator.language), from the message catalog. */
export function noticeText(key: NoticeKey, language: string): string {
  return translator(language)(key);
}
