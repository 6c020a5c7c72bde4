import { bilingualRegExp } from '../text/script-variants';

/**
 * Content farms append a notice to whatever a visitor copies ("著作权归作者所有。商业转载请联系作者
 * 获得授权…", "原文链接：http://…"); a quote pasted from such a copy brings it along. These are the
 * lines that end such a notice. Written in simplified script; traditional forms match too.
 */
const TAIL_LINE = [
  bilingualRegExp('著作权归.{0,20}所有'),
  bilingualRegExp('(商业|非商业)转载'),
  bilingualRegExp('转载请(务必)?(注明|註明|保留|联系|标明)'),
  bilingualRegExp('版权(归|属于?).{0,20}所有'),
  bilingualRegExp('^(版权|免责)声明[:：]'),
  bilingualRegExp('未经.{0,8}(授权|许可|同意).{0,10}(不得|禁止|严禁)(转载|复制|使用)'),
  bilingualRegExp('^(原文|本文|文章)?(链接|連結|地址|网址)[:：]\\s*https?://'),
  bilingualRegExp('^(本文|文章|原文)?(来源|出处)[:：].{0,40}https?://'),
  /^(read more|source|originally published|via)( at| on| from)?\s*:?\s*https?:\/\//i,
];

/** Lines that belong to such a notice when one of the lines above is with them. */
const TAIL_COMPANION = [
  bilingualRegExp('^(作者|来源|出处|链接|連結|原文|原文链接|本文链接|文章来源|本文来源|From)\\s*[:：].{0,80}$'),
  /^https?:\/\/\S+$/,
  /^[-—_=*]{2,}$/,
];

const isTail = (line: string): boolean => TAIL_LINE.some((re) => re.test(line));
const isCompanion = (line: string): boolean => isTail(line) || TAIL_COMPANION.some((re) => re.test(line));

/**
 * Drops a copy notice at the end of the lines: the longest run of trailing notice lines that
 * holds at least one unmistakable one (a bare "来源：人民日报" line alone stays). Never empties a
 * quote: when every line is notice, the lines are returned as they are.
 */
export function stripCopyTail(lines: readonly string[]): string[] {
  let start = lines.length;
  while (start > 0 && isCompanion(lines[start - 1]!)) start--;
  if (start === 0 || start === lines.length || !lines.slice(start).some(isTail)) return [...lines];
  return lines.slice(0, start);
}
