/**
 * Chinese numerals: which strings of 一二三…十百千万亿 are numbers. Names and slogans built from
 * numerals ("百千万工程", "亿万群众", "千家万户") are not well-formed numbers and fail here.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Characters that can make up a Chinese number (magnitudes included). */
export const CN_NUMERAL_CHARS = Object.keys(DIGITS).join('') + Object.keys(SMALL).join('') + Object.keys(BIG).join('');

export type NumberShape =
  /** A number: 25.4亿, 三百五十万, 四五百, 1500多万. */
  | 'number'
  /** Digits only, three or more: a calendar year (二〇二七) or nothing. */
  | 'digits'
  /** Two neighbouring digits without a magnitude: 两三, 七八 — "a few", vague. */
  | 'vague-pair'
  /** Starts with a bare magnitude: 百, 千, 万 (only a number when 余 or 多 follows: 百余口). */
  | 'bare-magnitude'
  | 'invalid';

export interface NumberInfo {
  shape: NumberShape;
  /** Contains 万 or 亿. */
  large: boolean;
  /** Exactly 一 (or 壹): the article "a" in 一位, 一名, 一项. */
  isOne: boolean;
}

/**
 * Shape of a number token: Arabic digits (with , and .), Chinese numerals, magnitudes and the
 * approximation infixes 多/余 between them (1500多万, 70多亿). Trailing 多/余/来 are not part of it.
 */
export function numberInfo(token: string): NumberInfo {
  let info = CACHE.get(token);
  if (!info) {
    if (CACHE.size > 1000) CACHE.clear();
    info = /^\d+(?:[.,]\d+)*$/.test(token) ? PLAIN : shapeOf(token.replace(/(?<=\d) (?=[万亿])/, ""));
    CACHE.set(token, info);
  }
  return info;
}

const CACHE = new Map<string, NumberInfo>();
const PLAIN: NumberInfo = { shape: 'number', large: false, isOne: false };

function shapeOf(token: string): NumberInfo {
  const large = /[万亿兆]/.test(token);
  const isOne = token === '一' || token === '壹';
  const s = token.replace(/[多余]/g, '');
  if (/^[零〇一二两三四五六七八九]{3,}$/.test(s)) return { shape: 'digits', large, isOne };
  // Digits written positionally before a magnitude, as some outlets do: 一一四五亿 (1145亿), 七〇〇余亿.
  const positional = /^(?:[〇零一二三四五六七八九]{3,}|[一二三四五六七八九][〇零]|[〇零][〇零一二三四五六七八九])(?=[万亿兆])/.exec(s);
  const rest = positional ? '0' + s.slice(positional[0].length) : s;
  return parse(rest, large, isOne);
}

function parse(s: string, large: boolean, isOne: boolean): NumberInfo {
  let prevDigit = -1; // value of the digit right before, -1 if none
  let prevChar = '';
  let pairUsed = false;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let sawMagnitude = false;
  let decimal = false;
  let bare = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      // An Arabic run, possibly with , and . — one "digit" for the grammar.
      let j = i;
      while (j < s.length && /[0-9.,]/.test(s.charAt(j))) j++;
      if (prevDigit >= 0) return { shape: 'invalid', large, isOne };
      if (s.slice(i, j).includes('.')) decimal = true;
      prevDigit = 10;
      prevChar = '0';
      i = j - 1;
      continue;
    }
    if (c === '点') {
      // Chinese decimal point: 三点五亿
      if (prevDigit < 0 || decimal) return { shape: 'invalid', large, isOne };
      decimal = true;
      let j = i + 1;
      while (j < s.length && DIGITS[s.charAt(j)] !== undefined) j++;
      if (j === i + 1) return { shape: 'invalid', large, isOne };
      i = j - 1;
      prevDigit = 10;
      prevChar = '0';
      continue;
    }
    const d = DIGITS[c];
    if (d !== undefined) {
      if (prevDigit >= 0) {
        if (c === '零' || prevChar === '零' || c === '〇' || prevChar === '〇') {
          // 一百零五
        } else if (!pairUsed && prevDigit < 10 && (Math.abs(d - prevDigit) === 1 || (prevChar === '一' && c === '两'))) {
          pairUsed = true;
        } else return { shape: 'invalid', large, isOne };
      }
      prevDigit = d;
      prevChar = c;
      continue;
    }
    const small = SMALL[c];
    if (small !== undefined) {
      if (decimal) return { shape: 'invalid', large, isOne };
      if (prevDigit < 0) {
        if (i === 0 && (c === '十' || c === '拾')) {
          // 十, 十五
        } else if (i === 0) bare = true;
        else if (prevChar !== '零') return { shape: 'invalid', large, isOne };
      }
      if (small >= lastSmall) return { shape: 'invalid', large, isOne };
      lastSmall = small;
      sawMagnitude = true;
      prevDigit = -1;
      prevChar = c;
      continue;
    }
    const big = BIG[c];
    if (big !== undefined) {
      if (i === 0) bare = true;
      if (c === '亿' && prevChar === '万') {
        // 万亿
        lastBig = 1e12;
      } else {
        if (big >= lastBig) return { shape: 'invalid', large, isOne };
        lastBig = big;
      }
      lastSmall = Infinity;
      sawMagnitude = true;
      prevDigit = -1;
      prevChar = c;
      continue;
    }
    return { shape: 'invalid', large, isOne };
  }
  if (bare) return { shape: 'bare-magnitude', large, isOne };
  if (pairUsed && !sawMagnitude) return { shape: 'vague-pair', large, isOne };
  return { shape: 'number', large, isOne };
}
