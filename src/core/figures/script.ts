/**
 * Every table of the recognizer is written once, in simplified script. Instead of a second copy of
 * each row in traditional script, the text is folded to the simplified forms of the characters
 * (個→个, 萬→万, 歲→岁, 鐘→钟, 週→周, 臺→台 …: the shared table of src/core/text/script-variants.ts)
 * before matching. The fold maps one UTF-16 unit to one, so offsets into the folded text are
 * offsets into the original.
 *
 * A unit test converts every table row with OpenCC (s2t, s2tw, s2hk) and checks that folding
 * gives the row back, so a character missing from the shared table fails the build rather than
 * a page.
 */
import { TRADITIONAL_FORMS } from '../text/script-variants';

const FOLD = new Map<string, string>();
for (const [simp, forms] of TRADITIONAL_FORMS) for (const t of forms) if (!FOLD.has(t)) FOLD.set(t, simp);
// 參 is the traditional form of both 参 (参加) and 叁 (the financial numeral three, 叁萬元):
// the figure tables have 叁 and never 参.
FOLD.set('參', '叁');
// Width: full-width digits, letters and signs to ASCII (the Chinese comma stays, so "3,200" is one
// number but "3家，200名" is two), ideographic space to space, fancy percent and yen signs.
for (let c = 0xff01; c <= 0xff5e; c++) if (c !== 0xff0c) FOLD.set(String.fromCharCode(c), String.fromCharCode(c - 0xfee0));
FOLD.set('\u3000', ' ');
FOLD.set('\u00a0', ' ');
FOLD.set('﹪', '%');
FOLD.set('○', '〇'); // 二○三五年: a white circle often stands in for 〇
FOLD.set('￥', '¥');
FOLD.set('\uFE6A', '%');

/** UTF-16 unit → folded unit, 0 where the character stays. */
const TABLE = new Uint16Array(0x10000);
for (const [from, to] of FOLD) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/** The text with traditional forms and full-width signs folded; same length, same offsets. */
export function foldFigureText(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const to = TABLE[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out ??= [];
    out.push(text.slice(last, i), String.fromCharCode(to));
    last = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

