import { type Blocked, type Candidate, candidate, isBlocked } from './candidate';
import { dateAt } from './dates';
import { CN_NUMERAL_CHARS, numberInfo } from './numerals';
import {
  APPROX_INFIX, CHANGE_NOUNS, CHANGE_VERBS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_SEPARATORS, wordAt, wordBefore,
} from './qualifiers';
import { countedNounAt, mayStartUnit, type UnitEntry, type UnitKind, unitAt } from './units';
import type { FigureCategory } from './types';

/**
 * The Chinese pass: every number (Arabic, full-width after folding, Chinese numerals, mixtures such
 * as 3.1亿 and 1500多万) is read with what stands around it — change verb, qualifier, currency sign,
 * unit or classifier, closing qualifier, the second half of a range — and kept when it is a key
 * figure. Works on folded text (script.ts), so traditional script needs no rules of its own.
 */
const NUM_SRC = `(?:\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?(?: (?=[万亿]))?|[${CN_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?)(?:[多余]?(?:[十万亿兆]|百(?!分)|千(?![分米克瓦卡]))+(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九]+)?)*`;
// An Arabic number may stand one space before its magnitude, as spec sheets set it: "1200 万像素".
const TOKEN_Y = new RegExp(NUM_SRC, 'y');

/**
 * Classes of characters by code, one bit each in one table: the checks run at every number of a
 * page (a page can hold a million), and charAt allocates a string for each Han character.
 */
const CLASS_OF = new Uint16Array(0x10000);
let nextBit = 1;
function charClass(chars: string): (code: number) => boolean {
  const bit = nextBit;
  if (bit > 0x8000) throw new Error('figures: more character classes than CLASS_OF has bits');
  nextBit <<= 1;
  for (const c of chars) CLASS_OF[c.charCodeAt(0)]! |= bit;
  return (code) => (CLASS_OF[code]! & bit) !== 0; // NaN (past the end) reads undefined: false
}
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const CURRENCY = '¥$€£';
const OPEN_QUOTES = '“「『‘"\'';
const CLOSE_QUOTES = '”」』’"\'';
const TIME_OF_DAY = /(?:上午|下午|晚上|凌晨|早上|中午|傍晚|夜里|夜间|早晨|清晨|深夜|午夜|晚|早|每天|每日)$/;
const VIEWS_AFTER = /(?:阅读|浏览|点击|播放|观看|点赞|评论|转发|收藏|次阅读|次浏览|次播放|人阅读|人看过|人浏览)/y;
const VIEWS_BEFORE = /(?:阅读|浏览|点击|播放|观看|点赞|评论|转发|收藏|分享|在看)(?:量|数|次数)?[:：]?\s*$/;
/** What VIEWS_AFTER starts and VIEWS_BEFORE ends with: one look at a character before a regex run. */
const mayStartViews = charClass('阅浏点播观评转收次人');
const mayEndViews = charClass('读览击放看赞论发藏享量数:： \t\n\r');
const YEAR_DIGITS = /^(?:1[89]\d\d|20\d\d|2100)$/;
/** Besides units, what can follow a number that is part of a figure: approximations, dates, fractions, ranges, rates, a space. */
const isFollower = charClass('多余来年月日号时分点几/-至到~—–〜 ');
/** Minguo (ROC) years in Taiwan copy: 民國113年, 113年度, 由109年的. 100年 stays a century. */
const ROC_YEAR = /^(?:10[1-9]|1[12]\d)$/;
/** A rate per population: 15.1/10万, 3.4/千. */
const PER_POPULATION = /^\/(?:10万|十万|100万|万|千|1000|10000|100000)(?![0-9万])/;
/** Per what a money or count figure is given: 1000元/人, 300元/人/年. */
const PER_UNIT = /^(?:\/(?:人次|人|户|年|月|天|日|次|床日|床|例|张|盒|支|片|吨|斤|公斤|千克|平方米|亩|小时)){1,2}/;
const isCurrency = charClass(CURRENCY);
const isApprox = charClass(APPROX_INFIX);
const isRangeSeparator = charClass(RANGE_SEPARATORS);
const LARGE = /[万亿兆]/;
const FINANCIAL_DIGITS = '壹贰叁肆伍陆柒捌玖';
const SPACE = 32;
const LEVEL = '级'.charCodeAt(0);
const SLASH = 47;
const MONTH_NUMBER = /^(?:0?[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])$/;

interface Part {
  /** End of the number (approximation infix and unit included). */
  end: number;
  unit: UnitEntry | null;
  approx: boolean;
  isOne: boolean;
  large: boolean;
  half: boolean;
}

/** Reads the number token at [s, e) and what follows it up to the unit. Null when it is no number. */
function readPart(f: string, s: number, e: number, token: string, qualified = false): Part | null {
  const info = numberInfo(token);
  if (info.shape === 'invalid' || info.shape === 'digits' || info.shape === 'vague-pair') return null;
  let p = e;
  let approx = false;
  let unit: UnitEntry | null = null;
  if (isApprox(f.charCodeAt(p))) {
    unit = unitAt(f, p + 1);
    if (unit || (info.large && f.charAt(p) !== '来')) {
      approx = true;
      p += 1;
    }
  }
  if (!approx) {
    unit = unitAt(f, p);
    // One space between an Arabic number and its unit ("168 cm", "25.4 亿元" in some layouts).
    if (!unit && f.charCodeAt(p) === SPACE && isDigit(token.charCodeAt(token.length - 1))) {
      const u = unitAt(f, p + 1);
      if (u) {
        unit = u;
        p += 1;
      }
    }
  }
  // A spaced magnitude ends the number ("1200 万+6400 万像素", 1200 万主摄), unless the number is a
  // year before a name that starts with the magnitude's character (2019 万达广场).
  if (token.includes(' ') && !unit && /[\u4e00-\u9fff]/.test(f.charAt(p)) && YEAR_DIGITS.test(token.slice(0, token.indexOf(' ')))) return null;
  // 百余口, 逾千万元: yes. 千家万户, 亿万群众, 万人: no.
  // 千元以下: a closing qualifier measures a bare magnitude too. So does a unit of measure after two
  // magnitudes (千亿立方米, 百万吨): 千家, 万人, 亿万群众 are words, not amounts.
  const measuredMagnitude = unit !== null && token.length >= 2 && unit.kind !== 'count' && unit.kind !== 'time' && unit.kind !== 'age';
  if (info.shape === 'bare-magnitude' && !(unit && (approx || qualified || measuredMagnitude || wordAt(f, p + unit.unit.length, QUALIFIERS_AFTER)))) return null;
  if (unit?.digit1 && !/^(?:\d|[一二两三四五六七八九十])$/.test(token)) unit = null;
  if (unit?.unit === '款' && YEAR_DIGITS.test(token)) unit = null; // 2022款: a model year
  let half = false;
  if (unit) {
    p += unit.unit.length;
    if (unit.unit === '个') {
      const noun = countedNounAt(f, p);
      if (noun) p += noun.length;
    }
    if (unit.unit === '成' && /[一二三四五六七八九]/.test(f.charAt(p)) && !unitAt(f, p + 1) && !(f.charAt(p + 1) && CN_NUMERAL_CHARS.includes(f.charAt(p + 1)))) {
      p += 1; // 六成五 (65%)
    } else if ((unit.kind === 'time' || unit.kind === 'age') && f.charAt(p) === '半') {
      p += 1; // 一年半, 两岁半
      half = true;
    } else if (unit.kind === 'time' && f.charAt(p) === '多' && !unit.unit.includes('多')) p += 1; // 1年多
  }
  const approxUnit = unit !== null && (unit.unit.includes('多') || unit.unit.includes('半')); // 一个多小时, 一个半月: not the article
  return { end: p, unit, approx, isOne: info.isOne && !approx && !approxUnit, large: info.large, half: half || unit?.unit.includes('半') === true };
}

/**
 * 一 before a unit of time is a duration, "one month" rather than "a": 一个月内办结, 开学已满一周,
 * 忙碌了一天. Not in set phrases where it counts nothing (一年一度, 一天天, 一日三餐, 一年四季,
 * 一天到晚) nor after a word that makes it "that one" (这一年, 同一天, 有一天, 每一天, 前一天, 7月的一天).
 */
const ONE_DURATION_UNITS: ReadonlySet<string> = new Set(['年', '个月', '个星期', '星期', '周', '天', '日', '小时', '个小时', '分钟', '秒钟', '个季度', '昼夜']); // not 季度: 一季度 is the first quarter
const isBeforeOneIdiom = charClass('这那哪同某任每有第其前后当的');
const isAfterOneIdiom = charClass('一二三四五六七八九十两百千天年日月度到游比');

function isDurationOfOne(f: string, start: number, end: number, unit: UnitEntry | null): boolean {
  if (!unit || !ONE_DURATION_UNITS.has(unit.unit)) return false;
  return !isBeforeOneIdiom(f.charCodeAt(start - 1)) && !isAfterOneIdiom(f.charCodeAt(end));
}

function categoryOf(kind: UnitKind): FigureCategory {
  switch (kind) {
    case 'percent':
    case 'money':
    case 'count':
      return kind;
    case 'multiple':
      return 'change';
    default:
      return 'measure';
  }
}

function isCode(f: string, s: number, e: number, token: string): boolean {
  const prev = f.charCodeAt(s - 1);
  if (isAsciiLetter(prev)) return true; // H7N9, COVID19
  if (isCodeJoiner(prev) && (isAsciiLetter(f.charCodeAt(s - 2)) || isDigit(f.charCodeAt(s - 2)))) return true; // 0531-66661234, 148/86, COVID-19
  if (token.charCodeAt(0) === 48 && isDigit(token.charCodeAt(1))) return true; // 0396, 09062847
  if (isAsciiLetter(f.charCodeAt(e)) && !unitAt(f, e)) return true; // 5G, 3D, 2B
  return false;
}
const isCodeJoiner = charClass('-_/.#');

/** A short quoted name that starts with the figure: “四个延伸”, “15分钟医疗服务圈”. */
function isQuotedName(f: string, start: number, end: number): boolean {
  if (!isOpenQuote(f.charCodeAt(start - 1))) return false;
  for (let i = end; i < Math.min(f.length, start + 11); i++) {
    const c = f.charCodeAt(i);
    if (isCloseQuote(c)) return i > end;
    if (isClauseEnd(c)) return false;
  }
  return false;
}

const isOpenQuote = charClass(OPEN_QUOTES);
const isCloseQuote = charClass(CLOSE_QUOTES);
const isClauseEnd = charClass('，。；！？,;!?');

/** Characters a number token can start with (every one of them starts a match of NUM_SRC). */
const isTokenStart = charClass(`0123456789${CN_NUMERAL_CHARS}`);

export function findChinese(f: string, blocked: Blocked, out: Candidate[]): void {
  // A scan of character codes and a sticky test at each token start: the same tokens as a global
  // exec, without a match array per number (a page of numbers holds a million of them).
  for (let i = 0; i < f.length; ) {
    if (!isTokenStart(f.charCodeAt(i))) {
      i++;
      continue;
    }
    TOKEN_Y.lastIndex = i;
    if (!TOKEN_Y.test(f)) {
      i++;
      continue;
    }
    const e = TOKEN_Y.lastIndex;
    const resume = analyse(f, i, e, f.slice(i, e), blocked, out);
    i = Math.max(e, resume);
  }
  findHalves(f, blocked, out);
  findDoublings(f, blocked, out);
}

/** Returns where scanning resumes. */
function analyse(f: string, s: number, e: number, token: string, blocked: Blocked, out: Candidate[]): number {
  // Most numerals in running text (统一, 一些, 万一) are followed by nothing a figure needs.
  if (!isFollower(f.charCodeAt(e)) && !mayStartUnit(f, e) && !LARGE.test(token) && !isCurrency(f.charCodeAt(s - 1))) return e;
  const prev = f.charAt(s - 1);
  if (prev === '第') return e; // 第七个, 第2页
  // A financial numeral alone is a word (内陆国, 队伍): 大写 amounts run several together (陆万伍仟元).
  if (token.length === 1 && FINANCIAL_DIGITS.includes(token)) return e;
  if (prev === '、' && /第(?:\d+|[一二三四五六七八九十]+)$/.test(f.slice(Math.max(0, s - 6), s - 1))) return e; // 第一、二类
  if (isCode(f, s, e, token)) return e;
  const next = f.charAt(e);
  if (next === '几' || ('几数上成好'.includes(prev) && prev !== '' && '十百千万亿'.includes(token.charAt(0)))) return e; // 十几年, 几十个, 数百家

  // Fractions: 百分之二十, 三分之一.
  if (f.startsWith('分之', e)) return fraction(f, s, e, token, blocked, out);

  // Calendar expressions: years and months are dates, never durations or counts.
  const isYear =
    next === '年' &&
    (YEAR_DIGITS.test(token) || numberInfo(token).shape === 'digits' ||
      ROC_YEAR.test(token));
  const dayOfRelMonth = (next === '日' || next === '号') && /(?:本|上|当|次|下)月$/.test(f.slice(Math.max(0, s - 2), s));
  if (isYear || dayOfRelMonth || (next === '月' && MONTH_NUMBER.test(token) && f.charAt(e + 1) !== '龄')) {
    const d = dateAt(f, s);
    if (d) {
      if (d.figure && !isBlocked(blocked, d.figure.start, d.figure.end)) out.push(candidate(d.figure.start, d.figure.end, 'date'));
      return d.end;
    }
  }
  // 13日, 11时: a day of the month, an hour of the day. (平均住院日为8.8日 is a duration: see TIME_UNITS.)
  // 三日内解除冻结: a time limit in days, as legal text writes it.
  const daysWithin = next === '日' && /^(?:内|以内|之内)/.test(f.slice(e + 1, e + 3));
  if ((next === '日' || next === '号' || next === '时') && !daysWithin && /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(token)) return e + 1;

  // 2点多万人 (2.x万): a colloquial decimal with a magnitude.
  if (f.startsWith('点多', e) && '万亿'.includes(f.charAt(e + 2)) && f.charAt(e + 2) !== '') {
    e += 3;
    token = /\d$/.test(token) ? `${token}.5${f.charAt(e - 1)}` : `${token}点五${f.charAt(e - 1)}`;
  }
  const qualAtToken = wordBefore(f, s, QUALIFIERS_BEFORE);
  const first = readPart(f, s, e, token, qualAtToken !== null);
  if (!first) return e;
  let end = first.end;
  let unit = first.unit;

  // Rates: 15.1/10万 (per population), 1000元/人 (per person).
  let rate = false;
  if (!unit && f.charCodeAt(end) === SLASH) {
    const r = PER_POPULATION.exec(f.slice(end, end + 8));
    if (r) {
      end += r[0].length;
      rate = true;
    }
  } else if (unit && f.charCodeAt(end) === SLASH && (unit.kind === 'money' || unit.kind === 'count' || unit.kind === 'weight' || unit.kind === 'volume')) {
    const r = PER_UNIT.exec(f.slice(end, end + 12));
    if (r) end += r[0].length;
  }

  // A range: 0至6岁, 30-40岁, 120元至180元, 约1553点至2020点.
  const sep = f.charCodeAt(end);
  if (!rate && (isRangeSeparator(sep) || (sep === SLASH && !unit))) {
    TOKEN_Y.lastIndex = end + 1;
    const m2 = TOKEN_Y.exec(f);
    if (m2) {
      const s2 = end + 1;
      const e2 = s2 + m2[0].length;
      const isDate = (f.charAt(e2) === '年' && YEAR_DIGITS.test(m2[0])) || (f.charAt(e2) === '月' && !unit);
      const second = isDate ? null : readPart(f, s2, e2, m2[0]);
      if (second?.unit && (!unit || second.unit.kind === unit.kind)) {
        unit = second.unit;
        end = second.end;
      } else if (!unit) {
        // 4～5级 (wind force, a quake's magnitude): a range of levels is a measure. A single 三级 is a grade (三级医院).
        if (f.charCodeAt(e2) === LEVEL && !isDate) {
          if (!isBlocked(blocked, s, e2 + 1)) out.push(candidate(s, e2 + 1, 'measure'));
          return e2 + 1;
        }
        return e2; // 1至8月, 0531-6666: nothing here, and not twice
      }
    }
  }

  // Before the number: change verb, qualifier, currency sign.
  let start = s;
  let currency = false;
  if (isCurrency(f.charCodeAt(s - 1))) {
    currency = true;
    start -= 1;
  }
  const qual = start === s ? qualAtToken : wordBefore(f, start, QUALIFIERS_BEFORE);
  if (qual) {
    start -= qual.word.length;
    // Two bounds in a row: 至少超过3000名.
    const outer = wordBefore(f, start, QUALIFIERS_BEFORE);
    if (outer) start -= outer.word.length;
  }
  let change = false;
  const verbEnd = f.charAt(start - 1) === '了' ? start - 1 : start;
  const verb = wordBefore(f, verbEnd, CHANGE_VERBS);
  if (verb) {
    change = true;
    start = verbEnd - verb.word.length;
  } else if (wordBefore(f, start, CHANGE_NOUNS)) {
    change = true; // 跌幅接近3%: a change, the noun outside the span.
  }

  // After: 以上, 左右, 以内 …
  let closing = false;
  if (unit || first.large) {
    const after = wordAt(f, end, QUALIFIERS_AFTER);
    if (after) end += after.word.length;
    closing = after !== null;
  }

  // Decide.
  if (!unit && !first.large && !currency && !rate) return end;
  // 一 is "a" (一位, 一名, 一年, 最后一公里) unless a qualifier measures it: 不到一年, 约一公里, 一年左右.
  const measuredOne = unit !== null && (qual !== null || closing);
  if (first.isOne && !first.half && !measuredOne && !(change && unit?.kind === 'multiple') && !isDurationOfOne(f, start, end, unit)) return end;
  if (unit?.unit === '点' && TIME_OF_DAY.test(f.slice(Math.max(0, s - 4), start))) return end; // 上午9点到10点
  if (unit?.unit === '分' && (prev === '时' || prev === '点')) return end; // 10时30分
  VIEWS_AFTER.lastIndex = end;
  if (mayStartViews(f.charCodeAt(end)) && VIEWS_AFTER.test(f)) return end;
  if (mayEndViews(f.charCodeAt(start - 1)) && VIEWS_BEFORE.test(f.slice(Math.max(0, start - 8), start))) return end;
  if (isQuotedName(f, start, end)) return end;
  if (isBlocked(blocked, start, end)) return end;

  const category: FigureCategory = change ? 'change' : rate ? 'percent' : unit ? categoryOf(unit.kind) : currency ? 'money' : 'count';
  out.push(candidate(start, end, category));
  return end;
}

function fraction(f: string, s: number, e: number, token: string, blocked: Blocked, out: Candidate[]): number {
  const denominatorOk = token === '百' || token === '千' || numberInfo(token).shape === 'number';
  TOKEN_Y.lastIndex = e + 2;
  const m = TOKEN_Y.exec(f);
  if (!denominatorOk || !m) return e;
  const numerator = numberInfo(m[0]);
  if (numerator.shape !== 'number') return e + 2 + m[0].length;
  let end = e + 2 + m[0].length;
  let start = s;
  const qual = wordBefore(f, start, QUALIFIERS_BEFORE);
  if (qual) start -= qual.word.length;
  const verbEnd = f.charAt(start - 1) === '了' ? start - 1 : start;
  const verb = wordBefore(f, verbEnd, CHANGE_VERBS);
  if (verb) start = verbEnd - verb.word.length;
  const after = wordAt(f, end, QUALIFIERS_AFTER);
  if (after) end += after.word.length;
  if (!isBlocked(blocked, start, end)) out.push(candidate(start, end, verb ? 'change' : 'percent'));
  return end;
}

/** 半小时, 半天, 半年, 近半个月 — not 大半天, 上半年, 一半. */
const HALF_G = /半(?:个小时|个月|小时|天|年|日|分钟)多?/g;
const NOT_BEFORE_HALF = '大上下前后过多一两二三四五六七八九十百千万亿个年岁天0123456789';

function findHalves(f: string, blocked: Blocked, out: Candidate[]): void {
  if (!f.includes('半')) return;
  HALF_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HALF_G.exec(f))) {
    let start = m.index;
    if (NOT_BEFORE_HALF.includes(f.charAt(start - 1)) && f.charAt(start - 1) !== '') continue;
    let end = start + m[0].length;
    const qual = wordBefore(f, start, QUALIFIERS_BEFORE);
    if (qual) start -= qual.word.length;
    const after = wordAt(f, end, QUALIFIERS_AFTER);
    if (after) end += after.word.length;
    if (!isBlocked(blocked, start, end)) out.push(candidate(start, end, 'measure'));
  }
}

/** 翻一番, 翻两番, 翻了一番, 翻番, 翻倍, 翻了一倍, 减半. */
const DOUBLING_G = /翻了?(?:[一二两三四五六七八九十]|\d+)?番|翻了?一?倍|减半/g;

function findDoublings(f: string, blocked: Blocked, out: Candidate[]): void {
  if (!f.includes('翻') && !f.includes('减半')) return;
  DOUBLING_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLING_G.exec(f))) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isBlocked(blocked, start, end)) out.push(candidate(start, end, 'change'));
  }
}
