import { CHANGE_VERBS, DATE_AFTER, DATE_BEFORE, wordAt, wordBefore } from './qualifiers';

/**
 * Chinese calendar expressions: 2022年底, 2024年9月30日, 今年4月底, 11月30日, 二〇二七年. A date is a
 * key figure only as a target or a milestone, i.e. with a marker: 到2027年, 截至2022年底,
 * 2025年底前, 2024年起, 自2025年1月1日起, 2019年以来, 从2024年起. Plain dates (datelines, the day of
 * an event, the year of a statistic: "8月19日", "2023年，全省…", "较2020年") are recognised only so
 * that they are not read as durations or counts.
 */
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100|1[012]\\d|[〇零一二三四五六七八九]{4})年度?';
const MONTH = `(?:\\d{1,2}|${CN_SMALL})月`;
// A clock time may follow the day of a deadline: 截止时间为2024年12月31日18:00, 12月31日24时.
const DAY = `(?:\\d{1,2}|${CN_SMALL})[日号](?: ?(?:[01]?\\d|2[0-4]):[0-5]\\d|(?:[01]?\\d|2[0-4])时(?![间期]))?`;
const PART = '(?:上半年|下半年|底|末|初|上旬|中旬|下旬)';
const REL_YEAR = '(?:今|明|去|本|当|次)年';
const REL_MONTH = '(?:本|上|当|次|下)月';

const DATE_RE = new RegExp(`(?:${YEAR}(?:${MONTH}(?:${DAY})?)?|${REL_YEAR}${MONTH}(?:${DAY})?|${REL_MONTH}${DAY}|${MONTH}(?:${DAY})?)${PART}?`, 'y');
const PERIOD_END_RE = new RegExp(`(?:${YEAR}(?:${MONTH}(?:${DAY})?)?|${MONTH}(?:${DAY})?)${PART}?止?`, 'y');
const REL_BEFORE = /(?:今|明|去|本|当|次)年$|(?:本|上|当|次|下)月$/;
/** 起 and 前 that begin another word: 2024年起草, 2025年前后. */
const NOT_AFTER_MARKER: Readonly<Record<string, string>> = { 起: '草诉步源跑点飞航', 前: '后' };

export interface DateMatch {
  /** Start of the calendar expression (a relative year word such as 今年 included). */
  start: number;
  end: number;
  /** The whole figure (markers included) when it is a target or a milestone. */
  figure: { start: number; end: number } | null;
}

/** The calendar expression whose number starts at pos: a year (…年), a month (…月, not 个月), or a day after 本月/上月. */
export function dateAt(f: string, pos: number): DateMatch | null {
  const starts = REL_BEFORE.test(f.slice(Math.max(0, pos - 2), pos)) ? [pos - 2, pos] : [pos];
  for (const start of starts) {
    DATE_RE.lastIndex = start;
    const m = DATE_RE.exec(f);
    if (m) {
      const end = start + m[0].length;
      // A period (2024年至2027年, 自101年度至107年度止) is not a target: neither end is a figure.
      if ('至到-—–~'.includes(f.charAt(end)) && f.charAt(end) !== '') {
        PERIOD_END_RE.lastIndex = end + 1;
        const p = PERIOD_END_RE.exec(f);
        if (p) return { start, end: end + 1 + p[0].length, figure: null };
      }
      return { start, end, figure: markedFigure(f, start, end) };
    }
  }
  return null;
}

function markedFigure(f: string, start: number, end: number): { start: number; end: number } | null {
  let figStart = start;
  let closedBefore = false; // a marker before that needs no closing marker
  let openBefore = false; // 从: needs 起/开始/以来 after
  const before = wordBefore(f, start, DATE_BEFORE);
  if (before) {
    const at = start - before.word.length;
    // 2024年至2027年, 1至8月: a period, not a target.
    const isRange = (before.word === '至' || before.word === '到') && /[0-9年月日号度〇零一二三四五六七八九十]/.test(f.charAt(at - 1));
    // 增加到2023年的7.23张, 增至113年度的…: "to" after a change verb, not a deadline.
    const afterVerb = (before.word === '至' || before.word === '到') && wordBefore(f, at, CHANGE_VERBS) !== null;
    if (!isRange && !afterVerb) {
      figStart = at;
      if (before.word === '从') openBefore = true;
      else closedBefore = true;
    }
  }
  let figEnd = end;
  const after = wordAt(f, end, DATE_AFTER);
  const afterOk = after && !(NOT_AFTER_MARKER[after.word] ?? '').includes(f.charAt(end + after.word.length) || '\u0000');
  if (after && afterOk) figEnd = end + after.word.length;
  if (closedBefore || (afterOk && openBefore)) return { start: figStart, end: figEnd };
  if (afterOk) return { start, end: figEnd };
  return null;
}
