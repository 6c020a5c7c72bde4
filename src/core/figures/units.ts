/**
 * Units and classifiers (计量单位 and 量词), one table per kind, each row with an example. Written
 * in simplified script: traditional text is folded before matching (script.ts). The lists follow
 * general Chinese usage, not any one article: the measure words of counting (个 家 所 名 位 …),
 * the legal units of measurement (公里 平方米 吨 千瓦 …), currencies, durations and ages.
 *
 * `not`: characters that, right after the unit, make it part of another word ("家庭", "人民",
 * "台湾", "支持"): "3家庭" is not "3家". `digit1`: the unit only follows a one-digit number (七成).
 */
export type UnitKind =
  | 'percent' | 'money' | 'count' | 'length' | 'area' | 'volume' | 'weight' | 'energy' | 'temperature'
  | 'time' | 'age' | 'medical' | 'score' | 'multiple' | 'tech';

export interface UnitRow {
  unit: string;
  example: string;
  not?: string;
  digit1?: boolean;
  /** Only where no Han character or letter follows: the money 块 stands alone (一百来块); 两块芯片, 10块GPU count. */
  alone?: boolean;
}

type Row = [unit: string, example: string, not?: string];
const rows = (list: Row[]): UnitRow[] => list.map(([unit, example, not]) => (not ? { unit, example, not } : { unit, example }));

export const PERCENT_UNITS: UnitRow[] = [
  ...rows([
    ['%', '87.7%的县医院'],
    ['‰', '孕产妇死亡率降至1.5‰'],
    ['个百分点', '提高4.1个百分点'],
    ['百分点', '下降0.3百分点'],
    ['个基点', '降息25个基点'],
    ['基点', '上调50基点'],
  ]),
  { unit: '成', example: '七成以上居民', not: '为功本员立年都交果绩熟效品长人型', digit1: true },
  { unit: '折', example: '可以用一年5折回购', not: '抵合算旧叠扣返射腾服中纸线现价成', digit1: true }, // 5折: half price
];

export const MONEY_UNITS: UnitRow[] = [
  ...rows([
  ['元', '投入资金25.4亿元'],
  ['元钱', '花了30元钱'],
  ['分钱', '支付1分钱充电1小时'],
  ['毛钱', '每项2毛钱'],
  ['块钱', '一百来块钱'],
  ['角', '每片降价5角', '度色落形膜'],
  ['美元', '$1.73 billion 即17.3亿美元'],
  ['美金', '500万美金'],
  ['欧元', '20亿欧元'],
  ['英镑', '3亿英镑'],
  ['日元', '100亿日元'],
  ['港元', '50亿港元'],
  ['港币', '3000港币'],
  ['澳元', '10亿澳元'],
  ['韩元', '1万亿韩元'],
  ['卢布', '5亿卢布'],
  ['新台币', '52亿新台币'],
  ['台币', '300台币'],
  ['人民币', '2亿人民币'],
  ['元人民币', '2亿元人民币'],
]),
  { unit: '块', example: '只用掏一百来块', alone: true },
];

export const COUNT_UNITS: UnitRow[] = rows([
  ['个', '建设125个国家区域医疗中心'],
  // A classifier before a noun (两块芯片, 10块GPU); the money 块 is in MONEY_UNITS.
  ['块', '实际上就是两块芯片', '头状'],
  ['家', '支持1200多家县医院', '庭渠'],
  ['所', '超100万所基层医疗卫生机构', '谓得'],
  ['名', '约200名医务人员', '单字次列'],
  ['位', '两位专家', '置于数移'],
  ['人', '超3.1亿人', '民员口群才士类们数身事格性物文权大质力心气情世间际造'],
  ['人次', '187.3万人次'],
  ['项', '19项医疗服务价格项目'],
  ['例', '检出宫颈癌213例', '如行子'],
  ['张', '住院床位150张'],
  ['床', '500床的县医院', '旁边上头单垫'],
  ['床位', '编制床位800床位'],
  ['次', '每月2次', '要数序日级生'],
  ['剂次', '接种2.3亿剂次'],
  ['节', '7节车厢', '日约能省点制奏'],
  ['口', '100口井', '岸径号腔罩服述头气碑'],
  ['部门', '8部门联合印发'],
  ['部委', '6部委'],
  ['省份', '8个省份'],
  ['省区市', '31省区市'],
  ['省市区', '31省市区'],
  ['县市区', '12县市区'],
  ['县市', '4县市'],
  ['县区', '10县区'],
  ['地市', '16地市'],
  ['乡镇', '28乡镇', '卫级'],
  ['区', '覆盖全港18区', '域别间块划位长县委级内外属'],
  ['台', '109台设备', '湾阶风山河区州账'],
  ['辆', '120辆救护车'],
  ['架', '3架直升机', '构子势次'],
  ['架次', '飞行200架次'],
  ['艘', '2艘医疗船'],
  ['列', '7列健康列车', '入为车表出举'],
  ['条', '11条支线', '件例款约'],
  ['件', '办理3万件'],
  ['批', '分3批', '准复评示'],
  ['批次', '抽检500批次'],
  ['种', '门诊慢特病增至60种', '植子'],
  ['类', '分为三类', '似型别'],
  ['篇', '发表论文20篇'],
  ['本', '3本教材', '地市省身着次届年月科土质'],
  ['册', '5册'],
  ['份', '出具报告217.6万份', '额'],
  ['套', '20套设备', '餐'],
  ['支', '30支医疗队', '持出付援撑配部'],
  ['组', '分成5组', '织建成合'],
  ['户', '帮扶2000户', '籍口外型主'],
  ['座', '3座医院', '谈位'],
  ['栋', '2栋病房楼'],
  ['幢', '2幢'],
  ['间', '100间病房', '隔接断歇'],
  ['处', '设置3处', '理于置方长罚'],
  ['颗', '3颗'],
  ['粒', '每次2粒'],
  ['片', '每日3片', '区面刻'],
  ['枚', '2枚'],
  ['针', '接种3针', '对灸'],
  ['剂', '两剂疫苗', '型量'],
  ['盒', '每盒降价后5盒'],
  ['瓶', '3瓶'],
  ['袋', '2袋'],
  ['包', '3包', '括含装'],
  ['箱', '50箱药品'],
  ['只', '3只', '有是要能会需'],
  ['头', '200头牛', '部发脑'],
  ['匹', '5匹'],
  ['棵', '100棵'],
  ['株', '分离出10株菌株'],
  ['根', '3根', '据本治'],
  ['首', '3首', '先次批都位个页'],
  ['部', '2部手机', '长位署分门委队'],
  ['场', '举办20场义诊', '所景面地合'],
  ['轮', '3轮'],
  ['笔', '结算1.2万笔'],
  ['单', '2.37万单', '位独元身亲一纯据词品方向选调体项'],
  ['宗', '3宗', '教旨'],
  ['层', '12层', '次级面'],
  ['道', '3道', '路德理歉'],
  ['款', '3款疫苗', '项式'], // not 2022款 (a model year): chinese.ts
  ['方面', '三方面举措'],
  ['部分', '两部分构成'],
  ['点', '给付约1553点至2020点', '半钟整多许前后左击赞评名位0123456789一二三四五六七八九十'],
  ['步', '每天6000步', '骤伐入'],
  ['遍', '每次量2遍', '布及地历'],
  ['趟', '往返3趟'],
  ['幅', '展出43幅作品', '度员'],
  ['样', '只带了两样东西', '本子式品板貌'],
  ['届', '连续任职不得超过两届', '中一二三四五六七八九十全人政党代次时'], // not 二十届三中全会
  ['国', '中美两国', '演志时杀际籍内外家企产'], // not 三国演义
]);

/** After 个, these nouns are themselves the counted unit ("31个省份"); other nouns are not part of the figure ("10余个科室" → "10余个"). */
export const COUNTED_NOUNS_AFTER_GE: UnitRow[] = rows([
  ['省份', '31个省份', '级'],
  ['省区市', '31个省区市', '级'],
  ['县市区', '12个县市区', '级'],
  ['县市', '4个县市', '级'],
  ['部门', '8个部门', '级'],
  ['部委', '6个部委', '级'],
  ['地市', '14个地市', '级'],
  ['省会城市', '7个省会城市', '级'],
  ['城市', '中国还有这4个城市跻身前20', '级'],
  ['人', '目前一共找着18个人', '信隐所账意性民才员口们'],
  ['年头', '已经走过了四个年头'],
  ['奖项', '设立三个奖项'],
]);

export const LENGTH_UNITS: UnitRow[] = rows([
  ['公里', '全长57.16公里'],
  ['千米', '5千米'],
  ['米', '8525米', '饭粒'],
  ['厘米', '身长168厘米'],
  ['毫米', '5毫米'],
  ['微米', '2.5微米'],
  ['纳米', '100纳米'],
  ['英里', '30英里'],
  ['海里', '12海里'],
  ['公尺', '100公尺'], // Taiwan
  ['公分', '身高160公分', '之钟'], // Taiwan
  ['公厘', '5公厘'], // Taiwan
  ['km', '3 km'],
  ['cm', '168cm'],
  ['mm', '5mm'],
]);

export const AREA_UNITS: UnitRow[] = rows([
  ['平方公里', '960多万平方公里'],
  ['平方千米', '3平方千米'],
  ['平方米', '建筑面积2.5万平方米'],
  ['平方厘米', '不到一平方厘米'],
  ['平方毫米', '面积约80平方毫米'],
  ['平米', '120平米'],
  ['公顷', '3公顷'],
  ['亩', '占地200亩'],
  ['km²', '9.6 km²'],
  ['m²', '300m²'],
  ['㎡', '300㎡'],
]);

export const VOLUME_UNITS: UnitRow[] = rows([
  ['立方米', '日均供水3万立方米'],
  ['升', '每天2升水', '级高温学值职格华为起'],
  ['毫升', '200毫升'],
  ['公升', '2公升'], // Taiwan
  ['微升', '5微升'],
  ['ml', '200ml'],
  ['mL', '200mL'],
]);

export const WEIGHT_UNITS: UnitRow[] = rows([
  ['吨', '日产75吨'],
  ['总吨', '建成22.5万总吨邮轮泊位'],
  ['千克', '50千克'],
  ['公斤', '减重5公斤'],
  ['克', '每天食盐不超过5克', '服隆拉制星'],
  ['毫克', '10毫克'],
  ['微克', '400微克'],
  ['斤', '5斤'],
  ['公克', '6公克以下'], // Taiwan
  ['公吨', '3公吨'], // Taiwan
  ['kg', '75kg'],
  ['mg', '10mg'],
  ['μg', '400μg'],
]);

export const ENERGY_UNITS: UnitRow[] = rows([
  ['千瓦时', '100千瓦时'],
  ['千瓦', '500千瓦'],
  ['兆瓦', '20兆瓦'],
  ['瓦', '60瓦', '解斯片房'],
  ['千卡', '2000千卡'],
  ['大卡', '300大卡'],
  ['度', '用电100度', '假过日量'],
  ['kWh', '100kWh'],
  ['kW', '500kW'],
]);

export const TEMPERATURE_UNITS: UnitRow[] = rows([
  ['摄氏度', '38.5摄氏度'],
  ['℃', '体温超过37.3℃'],
  ['°C', '37.3°C'],
]);

export const MEDICAL_UNITS: UnitRow[] = rows([
  ['毫米汞柱', '血压140/90毫米汞柱'],
  ['mmHg', '140mmHg'],
  ['毫摩尔/升', '空腹血糖7.0毫摩尔/升'],
  ['mmol/L', '7.0mmol/L'],
  ['mg/dL', '126mg/dL'],
]);

/** Durations. 年, 月 and 日 after a calendar number are dates, not durations (dates.ts decides first). */
export const TIME_UNITS: UnitRow[] = rows([
  ['年', '筛查间隔由3年延长至5年', '级代度轻龄纪会鉴报货终'],
  ['个月', '连续服务不少于6个月'],
  ['个多月', '两个多月'],
  ['个半月', '一个半月'],
  ['周', '一次最多能开12周的长处方', '岁年末边围期'],
  ['个星期', '3个星期'],
  ['星期', '2星期'],
  ['天', '提前三天', '津然气空下'],
  ['日', '平均住院日为8.8日', '本期常均益报间前后'],
  ['个工作日', '每周至少3个工作日'],
  ['工作日', '5工作日'],
  ['小时', '48小时内'],
  ['个小时', '两个小时'],
  ['个多小时', '一个多小时'],
  ['个半小时', '一个半小时'],
  ['分钟', '力争居民15分钟可达'],
  ['分多钟', '第三节还剩8分多钟'],
  ['秒钟', '30秒钟'],
  ['秒', '30秒', '杀表'],
  ['个季度', '连续3个季度'],
  ['季度', '3季度', '末初'],
  ['昼夜', '3昼夜'],
]);

export const AGE_UNITS: UnitRow[] = rows([
  ['周岁', '60周岁及以上老年人'],
  ['岁', '65岁以上老年人', '月末'],
  ['月龄', '6月龄以下婴儿'],
  ['旬', '一位七旬老人'],
]);

/** Scores and points of rating scales. Not after 时/点 (10时30分 is a time of day: chinese.ts). */
export const SCORE_UNITS: UnitRow[] = rows([['分', '满意度为92.5分', '钟之析别配类布享级数期批段院局会支子行担摊成散泌娩诊流工辨']]);

/** Multiples are about change: 增长3倍, 是去年的2倍. */
export const MULTIPLE_UNITS: UnitRow[] = rows([['倍', '增长3倍']]);

/** Device specifications, as product news prints them: storage, data rate, frequency, battery, power, screen, camera. */
export const TECH_UNITS: UnitRow[] = rows([
  ['GB', '128GB存储'],
  ['TB', '1TB'],
  ['MB', '500MB'],
  ['Gbps', '峰值速率2.3Gbps'],
  ['Mbps', '100Mbps宽带'],
  ['GHz', '主频2.4GHz'],
  ['MHz', '100MHz频宽'],
  ['Hz', '120Hz刷新率'],
  ['mAh', '4000mAh电池'],
  ['IPS/W', '能效比达500IPS/W'],
  ['IPS', '性能达到7.8万IPS'],
  ['W', '支持25W快充'],
  ['ms', '时延300ms'],
  ['nm', '7nm工艺'],
  ['英寸', '6.7英寸屏幕'],
  ['像素', '1000万像素'],
]);

/** Magnitudes belong to the number (3.1亿, 1500多万, 两千): a number with 万 or 亿 is a figure even without a unit (14亿多人民). */
export const MAGNITUDES: readonly (readonly [string, string])[] = [
  ['十', '十分钟'],
  ['百', '两百多种'],
  ['千', '两千名'],
  ['万', '1500多万名'],
  ['亿', '超3.1亿人'],
  ['兆', '1兆82億元'], // Taiwan: 10^12
];

export const UNIT_TABLES: Readonly<Record<UnitKind, readonly UnitRow[]>> = {
  percent: PERCENT_UNITS,
  money: MONEY_UNITS,
  count: COUNT_UNITS,
  length: LENGTH_UNITS,
  area: AREA_UNITS,
  volume: VOLUME_UNITS,
  weight: WEIGHT_UNITS,
  energy: ENERGY_UNITS,
  temperature: TEMPERATURE_UNITS,
  medical: MEDICAL_UNITS,
  score: SCORE_UNITS,
  time: TIME_UNITS,
  age: AGE_UNITS,
  multiple: MULTIPLE_UNITS,
  tech: TECH_UNITS,
};

export interface UnitEntry extends UnitRow {
  kind: UnitKind;
  ascii: boolean;
}

/** Units by the code of their first character, longest first. */
const BY_FIRST = new Map<number, UnitEntry[]>();
for (const [kind, table] of Object.entries(UNIT_TABLES) as [UnitKind, readonly UnitRow[]][]) {
  for (const row of table) {
    const entry: UnitEntry = { ...row, kind, ascii: /^[A-Za-z]/.test(row.unit) };
    const first = row.unit.charCodeAt(0);
    const list = BY_FIRST.get(first) ?? [];
    list.push(entry);
    BY_FIRST.set(first, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.unit.length - a.unit.length);

const ASCII_WORD = /[A-Za-z0-9]/;
/** What a counted thing starts with, after a classifier; 两块五, 三块多 and 一块半 are still money. */
const WORD_START = /[\u3400-\u9fffA-Za-z]/;
const MONEY_AFTER_ALONE = '五毛多半';

/** Whether a unit can start with this character (a quick test before unitAt). */
export function mayStartUnit(f: string, pos: number): boolean {
  return BY_FIRST.has(f.charCodeAt(pos));
}

/** The unit or classifier that starts at pos in folded text, if any. */
export function unitAt(f: string, pos: number): UnitEntry | null {
  const list = BY_FIRST.get(f.charCodeAt(pos));
  if (!list) return null;
  for (const u of list) {
    // The second character first: a list holds up to a dozen units that share the first.
    if (u.unit.length > 1 && u.unit.charCodeAt(1) !== f.charCodeAt(pos + 1)) continue;
    if (!f.startsWith(u.unit, pos)) continue;
    const next = f.charAt(pos + u.unit.length);
    if (u.not && next && u.not.includes(next)) continue;
    if (u.alone && WORD_START.test(next) && !MONEY_AFTER_ALONE.includes(next)) continue;
    if (u.ascii && ASCII_WORD.test(next)) continue;
    return u;
  }
  return null;
}

const NOUN_FIRSTS = new Set(COUNTED_NOUNS_AFTER_GE.map((r) => r.unit.charCodeAt(0)));

/** A noun that is itself the counted unit after 个 ("31个省份"). */
export function countedNounAt(f: string, pos: number): string | null {
  if (!NOUN_FIRSTS.has(f.charCodeAt(pos))) return null;
  for (const row of COUNTED_NOUNS_AFTER_GE) {
    if (!f.startsWith(row.unit, pos)) continue;
    const next = f.charAt(pos + row.unit.length);
    if (row.not && next && row.not.includes(next)) continue;
    return row.unit;
  }
  return null;
}
