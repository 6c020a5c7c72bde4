import type { Candidate, Blocked } from './candidate';
import { candidate, isBlocked } from './candidate';
import type { FigureCategory } from './types';

/**
 * The English pass: "about 30 percent", "$2.5 billion", "12.5 billion yuan", "more than 1,200
 * hospitals", "six months or more", "aged 60 and over", "by 2030", "at the end of 2023", "rose 12%",
 * "doubled". Tables as data, each row with an example.
 */
type Row = [words: string, example: string];
const alt = (rows: readonly Row[]): string =>
  rows
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.$]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

export const EN_QUALIFIERS: readonly Row[] = [
  ['more than', 'more than 1,200 hospitals'], ['less than', 'less than 5%'], ['fewer than', 'fewer than 300 doctors'],
  ['greater than', 'greater than 10%'], ['at least', 'at least 90%'], ['at most', 'at most 3 days'],
  ['up to', 'up to 10,000 yuan'], ['as many as', 'as many as 2,000 patients'], ['as much as', 'as much as $3 billion'],
  ['no more than', 'no more than 5 grams'], ['no less than', 'no less than 30%'], ['not more than', 'not more than 10%'],
  ['not less than', 'not less than 6 months'], ['in excess of', 'in excess of $1 million'], ['upwards of', 'upwards of 500 clinics'],
  ['close to', 'close to 40%'], ['longer than', 'longer than 12 hours'], ['shorter than', 'shorter than 3 days'],
  ['higher than', 'higher than 5%'], ['lower than', 'lower than 10%'], ['nearly', 'nearly 1,000 beds'], ['almost', 'almost 2 million'], ['about', 'about 30 percent'],
  ['around', 'around 7,000'], ['approximately', 'approximately 60%'], ['roughly', 'roughly 1,800 counties'], ['some', 'some 300 clinics'],
  ['over', 'over 65%'], ['under', 'under 5%'], ['above', 'above 90%'], ['below', 'below 10%'], ['just over', 'just over 50%'],
  ['just under', 'just under 3 million'], ['well over', 'well over 100 hospitals'], ['an estimated', 'an estimated 2 million people'],
  ['an average of', 'an average of 12 days'], ['only', 'only 40 numbers'],
];

export const EN_POST_QUALIFIERS: readonly Row[] = [
  ['or more', 'six months or more'], ['or less', '5 grams or less'], ['or older', '65 or older'], ['or above', '60 or above'],
  ['or over', '60 or over'], ['and over', 'aged 60 and over'], ['and above', '60 and above'], ['and older', '65 and older'],
  ['or so', '30 or so'], ['or under', '5 or under'], ['and under', '3 and under'], ['or younger', '3 or younger'],
];

export const EN_SCALES: readonly Row[] = [
  ['thousand', '30 thousand'], ['million', '310 million'], ['billion', '$1.73 billion'], ['trillion', '1 trillion yuan'],
  ['bn', '$2.5bn'], ['mn', '$3mn'],
];

export const EN_PERCENT: readonly Row[] = [
  ['%', '90%'], ['percent', 'about 30 percent'], ['per cent', '30 per cent'], ['percentage points', '4.1 percentage points'],
  ['percentage point', '1 percentage point'], ['pct', '3 pct'], ['-percent', 'a 55.5-percent increase'],
];

export const EN_MONEY: readonly Row[] = [
  ['yuan', '12.5 billion yuan'], ['renminbi', '5 billion renminbi'], ['RMB', '200 RMB'], ['dollars', '3 million dollars'],
  ['US dollars', '2 billion US dollars'], ['U.S. dollars', 'about 222 billion U.S. dollars'], ['euros', '20 euros'], ['pounds', '5 million pounds'], ['yen', '100 yen'],
  ['Hong Kong dollars', '50 Hong Kong dollars'], ['Taiwan dollars', '5.2 billion Taiwan dollars'], ['cents', '50 cents'],
];

export const EN_CURRENCY_SIGNS: readonly Row[] = [
  ['US$', 'US$2 billion'], ['HK$', 'HK$50'], ['NT$', 'NT$5.2 billion'], ['$', '$1.73 billion'], ['€', '€20'], ['£', '£5'],
  ['¥', '¥200'], ['RMB', 'RMB 200'], ['CNY', 'CNY7'], ['USD', 'USD2'], ['HKD', 'HKD 50'], ['EUR', 'EUR 20'], ['GBP', 'GBP 5'],
  ['JPY', 'JPY 100'], ['TWD', 'TWD 500'], ['NTD', 'NTD 500'],
];

export const EN_MEASURES: readonly Row[] = [
  ['square kilometres', '9.6 million square kilometres'], ['square kilometers', '960 square kilometers'], ['sq km', '20 sq km'],
  ['square metres', '3,000 square metres'], ['square meters', '3,000 square meters'], ['square miles', '10 square miles'],
  ['hectares', '50 hectares'], ['acres', '20 acres'], ['kilometres', '57 kilometres'], ['kilometers', '57 kilometers'],
  ['km', '15 km'], ['miles', '30 miles'], ['metres', '8,525 metres'], ['meters', '8,525 meters'], ['centimetres', '168 centimetres'],
  ['cm', '168 cm'], ['tonnes', '75 tonnes'], ['tons', '75 tons'], ['kilograms', '5 kilograms'], ['kg', '75 kg'],
  ['grams', '5 grams'], ['litres', '2 litres'], ['liters', '2 liters'], ['years old', '86 years old'], ['years', '5 years'],
  ['year', '1 year'], ['months', 'six months or more'], ['month', '1 month'], ['weeks', '12 weeks'], ['week', '1 week'],
  ['days', '3 working days'], ['working days', '15 working days'], ['day', '1 day'], ['hours', '48 hours'], ['hour', '1 hour'],
  ['minutes', '15 minutes'], ['minute', '1 minute'], ['seconds', '30 seconds'], ['decades', 'three decades'],
  ['kilowatt-hours', '100 kilowatt-hours'],
];

export const EN_CHANGE_VERBS: readonly Row[] = [
  ['rose', 'rose 12.6%'], ['risen', 'has risen 5%'], ['rise', 'a rise of'], ['rises', 'rises 3%'], ['rising', 'rising 2%'],
  ['increased', 'increased by 1.1 years'], ['increases', 'increases 5%'], ['grew', 'grew 8%'], ['grown', 'has grown 8%'],
  ['jumped', 'jumped 20%'], ['climbed', 'climbed 3 percentage points'], ['surged', 'surged 40%'], ['soared', 'soared 50%'],
  ['fell', 'fell 17%'], ['fallen', 'has fallen 3%'], ['dropped', 'dropped 23%'], ['declined', 'declined 5%'],
  ['decreased', 'decreased by 2 days'], ['slid', 'slid 2%'], ['plunged', 'plunged 30%'], ['shrank', 'shrank 4%'],
  ['cut', 'cut by 20%'], ['reduced', 'reduced by 15 minutes'], ['lowered', 'lowered by 10%'], ['raised', 'raised by 8%'],
  ['extended', 'extended by 1.1 years'], ['shortened', 'shortened by 2 days'], ['up', 'up 1.1 years'], ['down', 'down 3%'],
];

/** Multiplications that are a change by themselves. */
export const EN_DOUBLINGS: readonly Row[] = [
  ['doubled', 'the rate doubled'], ['tripled', 'tripled since 2020'], ['trebled', 'trebled'], ['quadrupled', 'quadrupled'],
  ['halved', 'waiting times halved'],
];

export const EN_DATE_MARKERS: readonly Row[] = [
  ['by', 'by 2030'], ['by the end of', 'by the end of 2025'], ['by end of', 'by end of 2025'], ['until', 'until 2026'],
  ['till', 'till 2026'], ['through', 'through 2030'], ['as of', 'as of June 2024'], ['since', 'since 2019'],
  ['at the end of', 'at the end of 2023'], ['before', 'before 2030'], ['no later than', 'no later than 2027'],
  ['as at', 'as at end-2023'], ['from', 'from 2025 onwards'],
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WORD_NUMBERS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?:${WORD_NUMBERS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+hundred)?`;

/** One regular expression for the number and everything that can follow it. */
const FIGURE_G = new RegExp(
  `(?<num>${NUM})(?![\\w])` +
    `(?<scale>\\s*(?:${alt(EN_SCALES)})\\b)?` +
    `(?:(?<pct>\\s*%|-percent\\b|\\s+(?:${alt(EN_PERCENT.filter(([w]) => !/^[%-]/.test(w)))})\\b)|(?<money>\\s+(?:${alt(EN_MONEY)})\\b)|(?<measure>\\s+(?:${alt(EN_MEASURES)})\\b|-year-olds?\\b|-(?:minute|hour|day|week|month|year|kilometre|kilometer|km|mile)\\b)|(?<times>\\s+times\\b|-fold\\b))?` +
    `(?<post>\\s+(?:${alt(EN_POST_QUALIFIERS)})\\b)?`,
  'gi',
);
const CURRENCY_BEFORE = new RegExp(`(?:${alt(EN_CURRENCY_SIGNS)})\\s?$`, 'i');
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\w-])((?:${alt(EN_QUALIFIERS)})\\s+)$`, 'i');
const VERB_BEFORE = new RegExp(`(?:^|[^\\w-])((?:${alt(EN_CHANGE_VERBS)})\\s+(?:by\\s+)?)$`, 'i');
const AGED_BEFORE = /(?:^|[^\w-])(aged\s+)$/i;
const DATE_BEFORE = new RegExp(`(?:^|[^\\w-])((?:${alt(EN_DATE_MARKERS)})\\s*(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+|end-|mid-)?(?:(?:${MONTHS})\\s+(?:\\d{1,2},?\\s+)?|\\d{1,2}\\s+(?:${MONTHS})\\s+)?)$`, 'i');
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\s+$|(?:${MONTHS})\\s+\\d{1,2},\\s*$`, 'i');
const NAME_BEFORE = /(?:^|[^\w-])(?:type|phase|level|stage|grade|class|category|article|chapter|section|page|pages|p\.|no\.|number|room|tier|version|step|round|season|part|item|point|figure|table|line|route|gate|terminal|floor|model|series|volume|vol\.|issue|edition|act|covid|sars|h\d+n|g|top)\s*$/i;
const DOUBLING_G = new RegExp(`\\b(?:(?:more than|nearly|almost)\\s+)?(?:${alt(EN_DOUBLINGS)})\\b`, 'gi');
/** Phone numbers that read like counts: 911 callers, call 999. */
const EMERGENCY_NUMBERS = /^(?:911|999|112|000)$/;
const VAGUE_NUMBERS = /^(?:hundreds|thousands|millions|billions|dozens|tens)$/i;
/** A following noun makes a count ("1,200 hospitals"); these words ending in -s are no plural nouns. */
const NOT_PLURAL = new Set(
  'is was has its his this thus us yes as less plus minus across towards upwards afterwards besides sometimes perhaps always whereas nevertheless regardless unless diabetes measles mumps rabies herpes news series means'.split(' '),
);
const IRREGULAR_PLURALS = new Set('people children men women staff personnel police cattle feet teeth mice data'.split(' '));
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with and or but as than that this these those their its his her our your my per each every last next this year years were are was is be been have has had will would can could may might should not no'.split(' '),
);
const FRACTION_AFTER = /^(?:-|\s+)(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b|^\s+in\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const RATIO_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+$/i;
const GLUED_OK = /(?:^|[^A-Za-z])(?:CNY|USD|RMB|HKD|EUR|GBP|JPY|TWD|NTD)$|\b(?:end|mid)-$/;
const CJK = /[\u3000-\u9fff\uf900-\uffef]/;
/** A bare number is a quantity only inside English prose: a Latin word before it on the same line. */
const IN_ENGLISH = /[A-Za-z]{2,}[^\n\u3000-\u9fff\uf900-\uffef:：]*$/;
const WORD_Y = /\s+([a-z][a-z-]*)/y;

function isPluralNoun(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w) || FUNCTION_WORDS.has(w)) return false;
  return w.length >= 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w);
}

function wordAfter(t: string, pos: number): { word: string; length: number } | null {
  WORD_Y.lastIndex = pos;
  const m = WORD_Y.exec(t);
  return m?.[1] ? { word: m[1], length: m[0].length } : null;
}

/**
 * Length of the counted noun after a number: a plural noun after at most two modifiers
 * ("1,200 hospitals", "1,200 county hospitals", "eight full-time community paramedics").
 */
function nounAfter(t: string, pos: number): number {
  let length = 0;
  for (let k = 0; k < 3; k++) {
    const w = wordAfter(t, pos + length);
    if (!w) return 0;
    length += w.length;
    if (isPluralNoun(w.word)) return length;
    if (FUNCTION_WORDS.has(w.word)) return 0;
  }
  return 0;
}

export function findEnglish(t: string, blocked: Blocked, out: Candidate[]): void {
  FIGURE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE_G.exec(t))) {
    const g = m.groups ?? {};
    const num = g.num ?? '';
    let start = m.index;
    let end = m.index + m[0].length;
    if (VAGUE_NUMBERS.test(num) || EMERGENCY_NUMBERS.test(num)) continue;
    // A number touching Chinese text is the Chinese pass's; one glued to a word or a number is a code
    // (COVID-19, H7N9, 12th), except after a currency code (CNY7) or end-/mid- (end-2023).
    const prevChar = t.charAt(m.index - 1);
    if (CJK.test(prevChar) || CJK.test(t.charAt(m.index + num.length))) continue;
    if (/[\w.,-]/.test(prevChar) && !GLUED_OK.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    const before = t.slice(Math.max(0, start - 40), start);
    const verb = VERB_BEFORE.exec(before);
    const isYear = /^(?:1[89]\d\d|20\d\d)$/.test(num) && !g.scale && !g.pct && !g.money && !g.measure && !/\bby\s+$/i.test(verb?.[1] ?? '');
    const wordNumber = /^[a-z]/i.test(num);
    // Dates: by 2030, at the end of 2023, since 2019. Other years are plain dates.
    if (isYear) {
      const d = DATE_BEFORE.exec(before);
      const marker = d?.[1];
      const onward = /^\s+(?:on|onwards?)\b/i.exec(t.slice(start + 4));
      if (marker && (!/^from\b/i.test(marker) || onward)) {
        const s = start - marker.length;
        const e = start + 4 + (/^from\b/i.test(marker) && onward ? onward[0].length : 0);
        if (!isBlocked(blocked, s, e)) out.push(candidate(s, e, 'date'));
      }
      FIGURE_G.lastIndex = start + 4;
      continue;
    }
    if (MONTH_BEFORE.test(before)) continue; // March 12, January 8, 2025
    if (NAME_BEFORE.test(before)) continue; // Type 2, Phase 3, page 11
    if (/^(?:st|nd|rd|th)\b/i.test(t.slice(start + num.length))) continue; // 1st, 12th
    if (/^-year\s+plan\b/i.test(t.slice(start + num.length)) || (wordNumber && /^[A-Z]/.test(num) && /^-[A-Z]/.test(t.slice(start + num.length)))) continue; // Five-Year Plan

    let category: FigureCategory | null = null;
    if (g.pct) category = 'percent';
    else if (g.money) category = 'money';
    else if (g.measure) category = 'measure';
    else if (g.times) category = 'change';
    const cur = CURRENCY_BEFORE.exec(before);
    if (cur && !category) category = 'money';
    if (cur) start -= cur[0].length;
    const lead = t.slice(Math.max(0, start - 40), start);
    const q = QUALIFIER_BEFORE.exec(lead);
    if (q?.[1]) start -= q[1].length;
    const aged = !q && !category ? AGED_BEFORE.exec(lead) : null;
    if (aged?.[1]) {
      start -= aged[1].length;
      category = 'measure';
    }
    // "three times": a change after a verb (rose three times), a count of occasions when qualified
    // (at least four times, an average of six times), else nothing (three times as many).
    if (g.times && !verb) {
      if (!q || !/times/i.test(g.times)) continue;
      category = 'count';
    }
    // Fractions and ratios in words are not read: "four fifths", "one in five".
    if (FRACTION_AFTER.test(t.slice(m.index + num.length)) || RATIO_BEFORE.test(before)) continue;
    if (!category) {
      // A count: needs a qualifier, a scale, the counted noun, or a number that can only be a quantity.
      const nounLen = nounAfter(t, end - (g.post?.length ?? 0));
      if (nounLen && !g.post) end += nounLen;
      const quantity =
        (/,\d{3}|^\d+\.\d+$/.test(num) || (/^\d+$/.test(num) && num.length >= 4 && !num.startsWith('0'))) &&
        IN_ENGLISH.test(t.slice(Math.max(0, start - 30), start)) &&
        !CJK.test(t.charAt(end));
      if (!q && !g.scale && !nounLen && !quantity && !verb) continue;
      if (wordNumber && /^one$/i.test(num) && !q && !g.scale) continue; // one patient, one of them
      category = 'count';
    } else if (wordNumber && /^one$/i.test(num) && !q && !g.scale) continue; // one year
    // A change verb: "rose 12%", "up 1.1 years", "increased by 12,000".
    const v = VERB_BEFORE.exec(t.slice(Math.max(0, start - 40), start));
    if (v?.[1] && (category !== 'count' || /\bby\s+$/i.test(v[1]) || /^\d/.test(num))) {
      if (category !== 'count' || /\bby\s+$/i.test(v[1])) {
        start -= v[1].length;
        category = 'change';
      }
    }
    if (!wordNumber && /^0\d/.test(num)) continue;
    if (!isBlocked(blocked, start, end)) out.push(candidate(start, end, category));
  }
  if (/doubl|tripl|trebl|quadrupl|halved/i.test(t)) {
    DOUBLING_G.lastIndex = 0;
    while ((m = DOUBLING_G.exec(t))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isBlocked(blocked, start, end)) out.push(candidate(start, end, 'change'));
    }
  }
}
