/**
 * Characters a reader never sees but that ride along in copied text and break matching:
 * zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi controls, variation selectors,
 * and the C0/C1 control characters other than white space (ESC starts a terminal's control
 * sequences: a page's title must not retitle or recolour the terminal that prints it).
 */
export const INVISIBLE_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Removes invisible characters and collapses every run of white space (incl. full-width and NBSP) to one space. */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE_CHARS, '').replace(/[\s\u00A0\u3000]+/g, ' ').trim();
}

/**
 * Folds full-width ASCII forms to ASCII (：→: （→( ，→, ０→0) so that one rule matches what
 * pages print either way. For matching only: the reader shows the page's own punctuation.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Width-folds and normalizes, then drops the spaces that sit next to CJK text (page indents and `&nbsp;` padding). */
export function compactText(text: string): string {
  return normalizeText(foldWidth(text)).replace(/ (?=[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF])|(?<=[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]) /g, '');
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/g;

/** Number of CJK characters in a string. */
export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/**
 * Reading length: CJK characters plus Latin words, so that a Chinese paragraph and an English one
 * of the same substance weigh about the same (Readability counts raw characters).
 */
export function textWeight(text: string): number {
  const cjk = countCjk(text);
  const words = text.replace(CJK, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk + words;
}
