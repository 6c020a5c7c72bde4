/**
 * What the page tools' notices say. Keyed as the extension's message catalog names these texts,
 * so that noticeText's body can become `translator(language)(key)` in one line.
 */
export type NoticeKey = 'toolFailed' | 'toolNoFigures' | 'toolNoSelection';

const TEXTS: Readonly<Record<NoticeKey, { zh: string; en: string }>> = {
  toolFailed: { zh: '清读没能完成这个操作,页面没有被改动。', en: 'Qingdu could not finish that; the page was not changed.' },
  toolNoFigures: { zh: '这个页面上没有找到关键数字。', en: 'No key figures found on this page.' },
  toolNoSelection: { zh: '请先选中要复制的文字。', en: 'Select the text to copy first.' },
};

/** The text for `key` in the browser's language (navigator.language): Chinese for any zh, else English. */
export function noticeText(key: NoticeKey, language: string): string {
  return TEXTS[key][/^zh\b/i.test(language) ? 'zh' : 'en'];
}
