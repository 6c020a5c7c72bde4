import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FigureCategory, findFigures } from '../../src/core/figures';
import { EN_CHANGE_VERBS, EN_DATE_MARKERS, EN_MEASURES, EN_MONEY, EN_PERCENT, EN_QUALIFIERS } from '../../src/core/figures/english';
import { EXCLUSIONS, LEXICON } from '../../src/core/figures/exclusions';
import { CHANGE_VERBS, DATE_AFTER, DATE_BEFORE, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../../src/core/figures/qualifiers';
import { foldFigureText } from '../../src/core/figures/script';
import { COUNTED_NOUNS_AFTER_GE, MAGNITUDES, UNIT_TABLES } from '../../src/core/figures/units';
import { ADVERSARIAL_SHAPES, adversarialText } from '../support/adversarial-text';
import { FIXTURE_DIR } from '../support/fixtures';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toT = OpenCC.Converter({ from: 'cn', to: 't' });

/** [span, category] of every figure found. */
const spans = (text: string): [string, FigureCategory][] => findFigures(text).map((f) => [f.text, f.category]);

describe('findFigures: each kind of figure', () => {
  const cases: [string, string, [string, FigureCategory][]][] = [
    // percent
    ['percent', '87.7%的县医院达到了二级医院能力', [['87.7%', 'percent']]],
    ['percent, full-width', '占比达到８７．７％', [['８７．７％', 'percent']]],
    ['percent in words', '百分之二十的患者，三分之一的医生', [['百分之二十', 'percent'], ['三分之一', 'percent']]],
    ['percent with bounds', '至少20%的门诊号源，县域内就诊率稳定在90%以上', [['至少20%', 'percent'], ['90%以上', 'percent']]],
    ['tenths', '七成以上居民，约占六成五', [['七成以上', 'percent'], ['六成五', 'percent']]],
    ['per mille and per 100,000', '婴儿死亡率4.5‰，孕产妇死亡率15.1/10万', [['4.5‰', 'percent'], ['15.1/10万', 'percent']]],
    // money
    ['money', '中央财政累计投入资金25.4亿元，各地财政投入70多亿元', [['25.4亿元', 'money'], ['70多亿元', 'money']]],
    ['money, Chinese numerals', '每个月要花四五百元，自己只用掏一百来块，总投资三百五十万元', [['四五百元', 'money'], ['一百来块', 'money'], ['三百五十万元', 'money']]],
    ['money, range and rate', '每次约为120元至180元，筹资标准1000元/人', [['120元至180元', 'money'], ['1000元/人', 'money']]],
    ['money, currencies', '投资500万美元和20亿港元', [['500万美元', 'money'], ['20亿港元', 'money']]],
    // count
    ['count', '支持1200多家县医院，约200名医务人员，10余个科室', [['1200多家', 'count'], ['约200名', 'count'], ['10余个', 'count']]],
    ['count, large numbers', '14亿多人民，超3.1亿人，1500多万名医务工作者', [['14亿多', 'count'], ['超3.1亿人', 'count'], ['1500多万名', 'count']]],
    ['count, Chinese numerals', '两千余人参与，一千多名医护人员，两百多种药', [['两千余人', 'count'], ['一千多名', 'count'], ['两百多种', 'count']]],
    ['count, bare magnitude with qualifier', '投入资金逾千万元，百余口深井', [['逾千万元', 'money'], ['百余口', 'count']]],
    ['count, counted nouns', '31个省份累计支持，8部门联合印发，10余个科室', [['31个省份', 'count'], ['8部门', 'count'], ['10余个', 'count']]],
    ['count, person-times', '服务患者186.3万人次', [['186.3万人次', 'count']]],
    // measure
    ['measure, area and length', '960多万平方公里的大地，全长57.16公里', [['960多万平方公里', 'measure'], ['57.16公里', 'measure']]],
    ['measure, durations', '力争居民15分钟可达，不少于6个月，一个半小时，两年多', [['15分钟', 'measure'], ['不少于6个月', 'measure'], ['一个半小时', 'measure'], ['两年多', 'measure']]],
    ['measure, ages', '60周岁及以上老年人，0至6岁儿童，30-40岁', [['60周岁及以上', 'measure'], ['0至6岁', 'measure'], ['30-40岁', 'measure']]],
    ['measure, weight and medical', '每天食盐不超过5克，血压高于140/90毫米汞柱', [['不超过5克', 'measure'], ['高于140/90毫米汞柱', 'measure']]],
    ['measure, half', '护士上门半小时就弄好了', [['半小时', 'measure']]],
    ['measure, days as a duration', '平均住院日为8.8日', [['8.8日', 'measure']]],
    // date
    ['date, targets', '到2027年，力争…；到2030年，…', [['到2027年', 'date'], ['到2030年', 'date']]],
    ['date, milestones', '截至2022年底，2024年底前，2024年起，自2025年1月1日起，2019年以来', [['截至2022年底', 'date'], ['2024年底前', 'date'], ['2024年起', 'date'], ['自2025年1月1日起', 'date'], ['2019年以来', 'date']]],
    ['date, relative', '截至今年4月底，去年9月起，今年12月底前，截至本月25日', [['截至今年4月底', 'date'], ['去年9月起', 'date'], ['今年12月底前', 'date'], ['截至本月25日', 'date']]],
    ['date, deadline with a day', '有效期至2027年12月31日，须于2024年9月30日前制定', [['至2027年12月31日', 'date'], ['2024年9月30日前', 'date']]],
    ['date, Chinese digits', '从现在到二〇三五年', [['到二〇三五年', 'date']]],
    // change
    ['change, verbs', '提高4.1个百分点，同比增长12.6%，减少约23%，提高了7.8个百分点', [['提高4.1个百分点', 'change'], ['增长12.6%', 'change'], ['减少约23%', 'change'], ['提高了7.8个百分点', 'change']]],
    ['change, age and multiples', '比2020年提高1.1岁，增长3倍，是去年的2倍', [['提高1.1岁', 'change'], ['增长3倍', 'change'], ['2倍', 'change']]],
    ['change, doubling', '新生儿参保率翻一番，费用减半', [['翻一番', 'change'], ['减半', 'change']]],
    ['change, listed', '分别增长9.8%、8.8%', [['增长9.8%', 'change'], ['8.8%', 'change']]],
    ['"to" is a level, not a change', '由80%提高至85%，由45种增加至60种', [['80%', 'percent'], ['85%', 'percent'], ['45种', 'count'], ['60种', 'count']]],
    // table rows
    ['table row', '县域内就诊率（%） 86.4 88 ≥90', [['86.4', 'percent'], ['88', 'percent'], ['≥90', 'percent']]],
    ['table row, count', '达到推荐标准的乡镇卫生院（家） 312 450 ≥600', [['312', 'count'], ['450', 'count'], ['≥600', 'count']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('keeps offsets into the original text, with text === input.slice(start, end)', () => {
    const text = '截至2024年底，我國60周歲及以上老年人口超3.1億人，占總人口的22%。';
    for (const f of findFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findFigures(text).map((f) => f.start)).toEqual([0, 11, 22, 34]);
  });

  it('decides 每年/每周 stay outside the figure', () => {
    expect(spans('保持每年7000人左右农村订单定向免费医学生招生培养规模')).toEqual([['7000人左右', 'count']]);
    expect(spans('做到每周至少3个工作日有一名主治医师')).toEqual([['至少3个工作日', 'measure']]);
  });
});

describe('块: a classifier before what it counts, money when it stands alone', () => {
  it.each([
    ['挂着两块牌子', '两块', 'count'],
    ['实际上就是两块芯片', '两块', 'count'],
    ['一块顶10块GPU', '10块', 'count'],
    ['全球每生产3块集成电路', '3块', 'count'],
    ['只用掏一百来块。', '一百来块', 'money'],
    ['花了两块钱', '两块钱', 'money'],
    ['三块多一斤', '三块', 'money'],
  ] as const)('%s → %s (%s)', (text, figure, category) => {
    expect(findFigures(text).map((f) => [f.text, f.category])).toContainEqual([figure, category]);
  });
});

describe('findFigures: traditional script', () => {
  it('reads traditional units, magnitudes and qualifiers', () => {
    expect(spans('現有超100萬所基層醫療衛生機構，超520萬名基層醫務人員')).toEqual([['超100萬所', 'count'], ['超520萬名', 'count']]);
    expect(spans('力爭居民15分鐘可達，保持每年7000人左右，0至6歲兒童、65歲以上老年人')).toEqual([
      ['15分鐘', 'measure'], ['7000人左右', 'count'], ['0至6歲', 'measure'], ['65歲以上', 'measure'],
    ]);
    expect(spans('截至2024年底，老年人口超3.1億人；相關預算由38.6億元提高至52億元，減少約23%')).toEqual([
      ['截至2024年底', 'date'], ['超3.1億人', 'count'], ['38.6億元', 'money'], ['52億元', 'money'], ['減少約23%', 'change'],
    ]);
    expect(spans('健保總預算提高至1兆82億元，長照基金收入一一四五億元，餘額七○○餘億元')).toEqual([
      ['1兆82億元', 'money'], ['一一四五億元', 'money'], ['七○○餘億元', 'money'],
    ]);
  });

  it('treats Minguo years as years', () => {
    expect(spans('截至107年底，民國113年預算，由109年的537億餘元')).toEqual([['截至107年底', 'date'], ['537億餘元', 'money']]);
  });

  it('finds the same figures after OpenCC conversion of every example sentence (tw, hk, t)', () => {
    const sentences = [
      '截至2022年底，87.7%的县医院达到了二级医院能力，中央财政已经累计投入资金25.4亿元',
      '全国1500多万名医务工作者在960多万平方公里的大地上，支持1200多家县医院综合能力提升',
      '到2027年，力争居民15分钟可达；截至2024年底，60周岁及以上老年人口超3.1亿人，占总人口的22%',
      '预计新增受益参保人约8.6万人，认定时限由原来的15个工作日压缩到5个工作日，同比增长12.6%',
      '健保署回应，明年将调升到宅访视相关给付约8%，每次给付约1553点至2020点',
    ];
    for (const s of sentences) {
      const want = spans(s);
      for (const conv of [toTw, toHk, toT]) {
        const t = conv(s);
        expect(spans(t).map(([x, c]) => [foldFigureText(x), c]), t).toEqual(want.map(([x, c]) => [x, c]));
      }
    }
  });
});

describe('findFigures: every gold article in the other script', () => {
  const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const lines = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.gold.txt'))
    .flatMap((f) => readFileSync(join(FIXTURE_DIR, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => /[\u4e00-\u9fff]/.test(l) && /\d|[一二两三四五六七八九十百千万亿]/.test(l)));
  it(`finds the same figures in ${lines.length} lines converted with OpenCC (cn→tw, cn→hk, tw→cn)`, () => {
    const differ: string[] = [];
    const key = (text: string): string => findFigures(text).map((f) => `${foldFigureText(f.text)}/${f.category}`).join(' ');
    for (const line of lines) {
      const want = key(line);
      for (const conv of [toTw, toHk, toCn]) {
        const got = key(conv(line));
        if (got !== want) differ.push(`${conv(line)}\n  want ${want}\n  got  ${got}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('findFigures: English', () => {
  const cases: [string, [string, FigureCategory][]][] = [
    ['About 30 percent of patients, at least 90% of counties', [['About 30 percent', 'percent'], ['at least 90%', 'percent']]],
    ['12.5 billion yuan ($1.73 billion) and more than $2.5 billion', [['12.5 billion yuan', 'money'], ['$1.73 billion', 'money'], ['more than $2.5 billion', 'money']]],
    ['more than 1,200 hospitals and about 1.04 million primary-care institutions', [['more than 1,200 hospitals', 'count'], ['about 1.04 million primary-care institutions', 'count']]],
    ['rotations of six months or more for people aged 60 and over', [['six months or more', 'measure'], ['aged 60 and over', 'measure']]],
    ['by 2030, at the end of 2023, as of the end of June 2024, since 2019', [['by 2030', 'date'], ['at the end of 2023', 'date'], ['as of the end of June 2024', 'date'], ['since 2019', 'date']]],
    ['spending doubled; visits rose 12.6% and fell 3 percentage points; increased by 12,000', [['doubled', 'change'], ['rose 12.6%', 'change'], ['fell 3 percentage points', 'change'], ['increased by 12,000', 'change']]],
    ['The population passed 310 million last year, keeping enrolment at about 7,000 a year.', [['310 million', 'count'], ['about 7,000', 'count']]],
    ['a 15-minute health circle and a 38-year-old patient', [['15-minute', 'measure'], ['38-year-old', 'measure']]],
    ['decreased from 19.9/100000 to 6.8 ‰', [['19.9/100000', 'percent'], ['6.8 ‰', 'percent']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('exclusions: every row of the table', () => {
  it.each(EXCLUSIONS.map((r) => [r.kind, r.example, r.rule]))('%s: %s (%s)', (_kind, example) => {
    expect(spans(example)).toEqual([]);
  });

  it.each(EXCLUSIONS.filter((r) => /[\u4e00-\u9fff]/.test(r.example)).map((r) => [r.example]))('traditional: %s', (example) => {
    expect(spans(toTw(example))).toEqual([]);
  });

  it('一 as "a" is not a count, but digits and larger numerals are', () => {
    expect(spans('一位患者，一名医生，一项任务')).toEqual([]);
    expect(spans('1个县域中医药适宜技术推广中心，两位专家，一万人')).toEqual([['1个', 'count'], ['两位', 'count'], ['一万人', 'count']]);
  });

  it('plain dates are not figures, targets and milestones are', () => {
    expect(spans('2023年，全省县域内就诊率达到86.4%，较2020年提高4.1个百分点')).toEqual([['86.4%', 'percent'], ['提高4.1个百分点', 'change']]);
    expect(spans('8月19日，第七个中国医师节当天')).toEqual([]);
    expect(spans('增加到2023年的7.23张')).toEqual([['7.23张', 'count']]);
    expect(spans('自101年度至107年度止')).toEqual([]);
  });
});

describe('tables: every row has an example the recognizer reads', () => {
  const unitRows = Object.entries(UNIT_TABLES).flatMap(([kind, rows]) => rows.map((r) => [kind, r.unit, r.example] as const));
  it.each(unitRows)('%s %s: %s', (_kind, unit, example) => {
    expect(findFigures(example).some((f) => foldFigureText(f.text).includes(unit))).toBe(true);
  });
  it.each([...COUNTED_NOUNS_AFTER_GE.map((r) => [r.unit, r.example] as const), ...MAGNITUDES])('%s: %s', (unit, example) => {
    expect(findFigures(example).some((f) => foldFigureText(f.text).includes(unit))).toBe(true);
  });
  const wordRows = Object.entries({ QUALIFIERS_BEFORE, QUALIFIERS_AFTER, CHANGE_VERBS, DATE_BEFORE, DATE_AFTER }).flatMap(([t, rows]) =>
    rows.map((r) => [t, r.word, r.example] as const),
  );
  it.each(wordRows)('%s %s: %s', (_t, word, example) => {
    expect(findFigures(example).some((f) => foldFigureText(f.text).includes(word))).toBe(true);
  });
  const englishRows = Object.entries({ EN_QUALIFIERS, EN_PERCENT, EN_MONEY, EN_MEASURES, EN_CHANGE_VERBS, EN_DATE_MARKERS }).flatMap(([t, rows]) =>
    rows.map(([w, example]) => [t, w, example] as const),
  );
  it.each(englishRows.filter(([, , ex]) => /\d|\b(?:six|three|one)\b/i.test(ex) && !/^a rise/.test(ex)))('%s %s: %s', (_t, word, example) => {
    const found = findFigures(example).map((f) => f.text.toLowerCase());
    expect(found.some((f) => f.includes(word.toLowerCase().replace(/^-/, '')))).toBe(true);
  });
});

describe('script folding', () => {
  it('covers every traditional form OpenCC gives for the table rows (s2t, s2tw, s2hk)', () => {
    const strings = [
      ...Object.values(UNIT_TABLES).flatMap((rows) => rows.flatMap((r) => [r.unit, r.example])),
      ...COUNTED_NOUNS_AFTER_GE.map((r) => r.unit),
      ...[QUALIFIERS_BEFORE, QUALIFIERS_AFTER, CHANGE_VERBS, DATE_BEFORE, DATE_AFTER].flatMap((rows) => rows.map((r) => r.word)),
      ...LEXICON.filter((w) => !/[\\[(]/.test(w)),
      '几', '数', '第', '阅读', '浏览', '点击', '播放', '上午', '下午', '晚上', '今年', '明年', '去年', '本月', '民国', '周年', '个', '余', '来', '约',
    ].filter((s) => /[\u4e00-\u9fff]/.test(s) && !/[\u3400-\u9fff]*[A-Za-z]/.test(s.slice(0, 1)));
    const missing = new Set<string>();
    for (const s of strings) {
      for (const conv of [toT, toTw, toHk]) {
        const t = conv(s);
        const folded = foldFigureText(t);
        for (let i = 0; i < s.length; i++) if (folded.charAt(i) !== s.charAt(i) && isTableChar(s.charAt(i))) missing.add(`${t.charAt(i)}→${s.charAt(i)} (${s})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

/** Characters the matcher compares (examples also contain ordinary words, which need no folding). */
function isTableChar(c: string): boolean {
  return TABLE_CHARS.has(c);
}
const TABLE_CHARS = new Set(
  [
    ...Object.values(UNIT_TABLES).flatMap((rows) => rows.flatMap((r) => [r.unit, r.not ?? ''])),
    ...COUNTED_NOUNS_AFTER_GE.map((r) => r.unit),
    ...[QUALIFIERS_BEFORE, QUALIFIERS_AFTER, CHANGE_VERBS, DATE_BEFORE, DATE_AFTER].flatMap((rows) => rows.map((r) => r.word + (r.notAfter ?? ''))),
    ...LEXICON,
    '几数第阅读浏览点击播放上午下午晚上今年明年去年本月民国周年个余来约零〇一二两三四五六七八九十百千万亿兆',
  ].join(''),
);

describe('findFigures: device specifications', () => {
  const texts = (t: string): string[] => findFigures(t).map((f) => f.text);
  it('reads spec units and a magnitude set one space after its number', () => {
    expect(texts('后置1200 万+6400 万像素，前置1000 万像素')).toEqual(['1200 万', '6400 万像素', '1000 万像素']);
    expect(texts('4000mAh电池，支持25W快充，120Hz刷新率，6.7 英寸屏幕，12+128GB')).toEqual(['4000mAh', '25W', '120Hz', '6.7 英寸', '128GB']);
  });
  it('leaves letters that only look like units alone', () => {
    expect(texts('用5W1H法写新闻')).toEqual([]);
    expect(texts('5G手机')).toEqual([]);
    expect(texts('编号2019 万达广场')).not.toContain('2019 万');
  });
});

describe('findFigures: one, measured', () => {
  const texts = (t: string): string[] => findFigures(t).map((f) => f.text);
  it('counts 一 when a qualifier measures it, and not when it means "a"', () => {
    expect(texts('不到一年，他走了约一公里，用了近一个小时，一年左右才回来')).toEqual(['不到一年', '约一公里', '近一个小时', '一年左右']);
    expect(texts('一年一度的体检，这一年，同一天，今年7月的一天，一位医生走完最后一公里')).toEqual([]);
  });

  it('counts 一 before a unit of time: a duration, not "a"', () => {
    expect(texts('一个月内办结，开学已满一周，忙碌了一天，不再要求满一年')).toEqual(['一个月', '一周', '一天', '一年']);
    // 一季度 is the first quarter, a date without a marker.
    expect(texts('会出现在明年一季度')).toEqual([]);
  });
});

describe('findFigures: a megabyte of adversarial text', () => {
  // A hang guard, not a timing assertion. The megabytes run in a child process, because a
  // synchronous loop cannot be interrupted by a test timeout: every shape takes well under a
  // second here, a regex that backtracks (quadratic) takes many minutes on the same megabyte.
  // The limit (120 s for all shapes) is far above any real run on a loaded machine.
  let counts: Record<string, number> = {};
  beforeAll(() => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/support/adversarial-text.ts'], { encoding: 'utf8', timeout: 120_000 });
    counts = JSON.parse(out) as Record<string, number>;
  }, 150_000);

  it.each(ADVERSARIAL_SHAPES)('%s: returns, with as many figures per unit as a short run has', (name, unit) => {
    const text = adversarialText(unit);
    // As many figures per unit as in a thousand units: nothing given up or lost on the way.
    const expected = (findFigures(unit.repeat(1000)).length / 1000) * (text.length / unit.length);
    const found = counts[name];
    expect(found).toBeTypeOf('number');
    expect(Math.abs(found! - expected)).toBeLessThanOrEqual(expected * 0.01 + 2);
  });
});

describe('findFigures: classes the real pages showed missing', () => {
  it.each([
    ['只带了三样东西', ['三样']],
    ['工作了半年多', ['半年多']],
    ['天然气储量达千亿立方米', ['千亿立方米']],
    ['申报截止时间为2024年12月31日18:00', ['截止时间为2024年12月31日18:00']],
    ['连续任职不得超过两届', ['超过两届']],
    ['展出43幅作品', ['43幅']],
    ['一位七旬老人', ['七旬']],
    ['风力4～5级', ['4～5级']],
    ['可以用一年5折回购', ['一年', '5折']],
    ['日本央行可以再降息25个基点', ['降息25个基点']],
    ['1200 万主摄 +6400 万长焦', ['1200 万', '6400 万']],
    ['千元以下的手机', ['千元以下']],
    ['应当在查明后三日内解除冻结', ['三日']],
    ['出货量已突破200万部，增长高达17.8%', ['突破200万部', '增长高达17.8%']],
    ['以及至少超过3000名工程师', ['至少超过3000名']],
    ['699美元（约合人民币4971元）', ['699美元', '约合人民币4971元']],
    ['最低气温零下5.2℃', ['零下5.2℃']],
    ['创业板指跌幅接近3%', ['接近3%']],
  ])('%s', (text, expected) => {
    expect(findFigures(text).map((f) => f.text)).toEqual(expected);
  });

  it('keeps the words that only look like them', () => {
    for (const text of ['千家万户', '亿万群众', '二三级医院', '党的二十届三中全会', '三国演义里的故事', '世界第二大内陆国', '不一样', '明年一季度', '2019 万达广场']) {
      expect(findFigures(text), text).toEqual([]);
    }
  });
});
