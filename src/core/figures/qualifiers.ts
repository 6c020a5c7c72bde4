/**
 * The words around a number that belong to the figure, each row with an example. Simplified
 * script; traditional text is folded first (script.ts).
 */
export interface WordRow {
  word: string;
  example: string;
  /** Characters that, right before the word, make it part of another word (预约 is not 约). */
  notAfter?: string;
}

type Row = [word: string, example: string, notAfter?: string];
const rows = (list: Row[]): WordRow[] =>
  list
    .map(([word, example, notAfter]) => (notAfter ? { word, example, notAfter } : { word, example }))
    .sort((a, b) => b.word.length - a.word.length);

/** Before the number: bounds and approximations. */
export const QUALIFIERS_BEFORE: WordRow[] = rows([
  ['超过', '超过3600家医事机构'],
  ['超出', '超出20%'],
  ['超', '超3.1亿人', '赶高'],
  ['逾', '逾12万人'],
  ['近', '近600元', '附最靠临亲邻就远接将'],
  ['将近', '将近90%'],
  ['接近', '接近90%'],
  ['约', '约200名', '预节条制公签邀婚违履毁契合大'],
  ['大约', '大约300人'],
  ['约合', '约合17.3亿元'],
  ['约合人民币', '699美元（约合人民币4971元）'],
  ['折合人民币', '折合人民币3500元'],
  ['突破', '出货量已突破200万部'],
  ['多达', '多达30万人'],
  ['高达', '同比增长高达17.8%'],
  ['最高达', '每小时收入最高达100英镑'],
  ['近乎', '近乎100%是由本地企业生产'],
  ['跌破', '收益率可能会跌破1%'],
  ['零下', '最低气温零下5.2℃'],
  ['至少', '至少20%的门诊号源'],
  ['最少', '最少3天'],
  ['不少于', '不少于750个'],
  ['不低于', '不低于85%'],
  ['不超过', '不超过5克'],
  ['不高于', '不高于10%'],
  ['不足', '不足1万人'],
  ['不到', '不到十分钟'],
  ['最多', '最多12周'],
  ['最高', '每人最高1万元'],
  ['最低', '最低500元'],
  ['最长', '最长30天'],
  ['最短', '最短3天'],
  ['最快', '最快10分钟'],
  ['最慢', '最慢3个工作日'],
  ['高于', '高于90%'],
  ['低于', '低于5%'],
  ['大于', '大于3厘米'],
  ['小于', '小于1%'],
  ['多于', '多于3次'],
  ['少于', '少于10人'],
  ['≥', '≥90%'],
  ['≤', '≤5%'],
  ['>', '>60岁'],
  ['<', '<1%'],
  ['≈', '≈30%'],
  ['~', '~30%'],
]);

/** Between the number and the unit, or after a number with a magnitude: 70多亿元, 10余个, 一百来块, 14亿多. */
export const APPROX_INFIX = '多余来';

/** After the unit. 多 follows durations only ("1年多", "3天多"). */
export const QUALIFIERS_AFTER: WordRow[] = rows([
  ['及以上', '60周岁及以上'],
  ['以上', '90%以上'],
  ['及以下', '3岁及以下'],
  ['以下', '6月龄以下'],
  ['左右', '每年7000人左右'],
  ['以内', '0.05%以内'],
  ['之内', '30分钟之内'],
]);

/** Right before the (qualified) number, these make the figure a change: 提高4.1个百分点, 减少约23%. */
export const CHANGE_VERBS: WordRow[] = rows([
  ['提高', '提高4.1个百分点'],
  ['提升', '提升5个百分点'],
  ['增长', '同比增长12.6%'],
  ['增加', '增加3600家'],
  ['上升', '上升2.1个百分点'],
  ['上涨', '上涨3%'],
  ['上调', '上调8%'],
  ['下降', '下降12.5个百分点'],
  ['降低', '降低20%'],
  ['下调', '下调5%'],
  ['下滑', '下滑3%'],
  ['减少', '减少约23%'],
  ['缩短', '缩短2天'],
  ['延长', '延长1.1岁'],
  ['扩大', '扩大3倍'],
  ['缩小', '缩小10%'],
  ['回落', '回落2个百分点'],
  ['攀升', '攀升15%'],
  ['降价', '平均降价42.6%'],
  ['减轻', '体重减轻1公斤'],
  ['减重', '减重5公斤'],
  ['减低', '减低10%'],
  ['涨价', '涨价5%'],
  ['提价', '提价10%'],
  ['成长', '較去年成長3.5%'],
  ['下跌', '下跌12.4%'],
  ['下挫', '下挫5%'],
  ['回升', '回升2个百分点'],
  ['上扬', '上扬3%'],
  ['飙升', '飙升40%'],
  ['激增', '激增3倍'],
  ['锐减', '锐减20%'],
  ['骤降', '骤降30%'],
  ['大增', '大增15%'],
  ['猛增', '猛增2倍'],
  ['增多', '增多5家'],
  ['降息', '降息25个基点'],
  ['降温', '江南西部等地降温6～12℃'],
  ['升温', '气温回升，升温5℃'],
  ['拉升', '个股却直线拉升3%'],
  ['增', '增3%', '新'],
  ['降', '降5%'],
  ['减', '减2成'],
  ['涨', '涨10%'],
  ['跌', '跌3%'],
  ['升', '升2个百分点'],
]);

/**
 * Nouns for the size of a change (增幅, 跌幅, 增速): the figure after them is a change, but the
 * noun is not part of its span (跌幅接近3% → 接近3%), unlike a verb (增长12.6%).
 */
export const CHANGE_NOUNS: WordRow[] = rows([
  ['增幅', '增幅10%'],
  ['降幅', '局地降幅10℃以上'],
  ['涨幅', '涨幅3%'],
  ['跌幅', '创业板指跌幅接近3%'],
  ['升幅', '升幅2%'],
  ['减幅', '减幅8%'],
  ['增速', '月环比增速超过200%'],
]);

/** Date markers: a date is a key figure (a target or a milestone) only with one of these. */
export const DATE_BEFORE: WordRow[] = rows([
  ['截至', '截至2022年底'],
  ['截止时间为', '申报截止时间为2024年12月31日18:00'],
  ['截止日期为', '截止日期为2025年3月31日'],
  ['截止到', '截止到2023年6月'],
  ['截止至', '截止至2023年6月'],
  ['截止', '截止2024年底'],
  ['直至', '直至2030年'],
  ['直到', '直到2030年'],
  ['到', '到2027年'],
  ['至', '有效期至2027年12月31日'],
  ['自', '自2025年1月1日起'],
  ['从', '从2024年起'],
]);

export const DATE_AFTER: WordRow[] = rows([
  ['以前', '2025年以前'],
  ['之前', '2025年之前'],
  ['前', '2025年底前'],
  ['起', '2024年起'],
  ['以来', '2019年以来'],
  ['开始', '从2024年开始'],
  ['为止', '截至2023年底为止'],
]);

/** Range separators between two numbers of one figure: 0至6岁, 30-40岁, 120元至180元. */
export const RANGE_SEPARATORS = '至到-—–~〜';

/**
 * Rows by the code of their last and of their first character (tables are sorted longest first),
 * built once per table: the lookups run at every number of a page, and a page can hold a million.
 */
const BY_LAST = new Map<readonly WordRow[], Map<number, WordRow[]>>();
const BY_FIRST = new Map<readonly WordRow[], Map<number, WordRow[]>>();

function indexed(cache: Map<readonly WordRow[], Map<number, WordRow[]>>, table: readonly WordRow[], last: boolean): Map<number, WordRow[]> {
  let map = cache.get(table);
  if (!map) {
    map = new Map();
    for (const row of table) {
      const c = row.word.charCodeAt(last ? row.word.length - 1 : 0);
      const list = map.get(c) ?? [];
      list.push(row);
      map.set(c, list);
    }
    cache.set(table, map);
  }
  return map;
}

/** The longest row whose word ends right at pos (and is not the tail of another word). */
export function wordBefore(f: string, pos: number, table: readonly WordRow[]): WordRow | null {
  if (pos <= 0) return null;
  const rows = indexed(BY_LAST, table, true).get(f.charCodeAt(pos - 1));
  if (!rows) return null;
  for (const row of rows) {
    const start = pos - row.word.length;
    if (start < 0 || !f.startsWith(row.word, start)) continue;
    if (row.notAfter && start > 0 && row.notAfter.includes(f.charAt(start - 1))) continue;
    return row;
  }
  return null;
}

/** The longest row whose word starts at pos. */
export function wordAt(f: string, pos: number, table: readonly WordRow[]): WordRow | null {
  const rows = indexed(BY_FIRST, table, false).get(f.charCodeAt(pos));
  if (rows) for (const row of rows) if (f.startsWith(row.word, pos)) return row;
  return null;
}
