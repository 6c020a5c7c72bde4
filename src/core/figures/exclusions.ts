/**
 * Numbers that are not key figures. Most are excluded by a general rule in the recognizer (named in
 * `rule`); the rest by the lexicon below. Each row has an example with no key figure in it: the unit
 * test asserts that findFigures finds nothing in every example.
 */
export type ExclusionKind = 'ordinal' | 'article' | 'name' | 'vague' | 'id' | 'page' | 'views' | 'date' | 'time';

export interface ExclusionRow {
  kind: ExclusionKind;
  example: string;
  rule: string;
}

export const EXCLUSIONS: readonly ExclusionRow[] = [
  // Ordinals and list markers.
  { kind: 'ordinal', example: '第七个中国医师节', rule: '第 before a number' },
  { kind: 'ordinal', example: '一是推动二三级医院预约号源向基层下沉', rule: 'no unit: 是 is not a classifier' },
  { kind: 'ordinal', example: '一、坚持县乡一体', rule: 'no unit' },
  { kind: 'ordinal', example: '（三）加强人才队伍建设', rule: 'no unit' },
  { kind: 'ordinal', example: '第2页', rule: '第 before a number' },
  { kind: 'ordinal', example: 'the 3rd phase', rule: 'English ordinal suffix' },
  // 一 as the article "a".
  { kind: 'article', example: '一位先天性阴道闭锁患者', rule: '一 alone + classifier is "a"' },
  { kind: 'article', example: '有一名主治医师', rule: '一 alone + classifier is "a"' },
  { kind: 'article', example: '一项重要任务', rule: '一 alone + classifier is "a"' },
  { kind: 'article', example: '一种药的剂量', rule: '一 alone + classifier is "a"' },
  { kind: 'article', example: '一年一度的体检', rule: '一 + unit of time in a set phrase (一年一度, 一天天, 一日三餐)' },
  { kind: 'article', example: '这一年发生了很多变化', rule: '一 + unit of time after 这/那/同/有/每: "that one"' },
  { kind: 'article', example: '每年开展一次综合评价', rule: '一 alone + classifier is "a"' },
  { kind: 'article', example: 'one patient', rule: 'English "one" without a qualifier' },
  // Names and slogans that contain numbers.
  { kind: 'name', example: '“十四五”国家临床专科能力建设规划', rule: 'no unit' },
  { kind: 'name', example: '党的二十届三中全会', rule: '届 and 中 are not units' },
  { kind: 'name', example: '持续推进“百千万工程”', rule: 'not a well-formed number (百千万)' },
  { kind: 'name', example: '“四个延伸”打破了技术推广瓶颈', rule: 'a quoted name that starts with the number' },
  { kind: 'name', example: '基本实现“15分钟医疗服务圈”', rule: 'a quoted name that starts with the number' },
  { kind: 'name', example: '大城市三甲医院', rule: '甲 is not a unit' },
  { kind: 'name', example: '二三级医院预约号源', rule: '级 is a grade, not a unit' },
  { kind: 'name', example: '一级巡视员', rule: '级 is a grade, not a unit' },
  { kind: 'name', example: '5G远程会诊', rule: 'a number joined to Latin letters is a code' },
  { kind: 'name', example: '2型糖尿病', rule: '型 is not a unit' },
  { kind: 'name', example: 'Type 2 diabetes', rule: 'English: after Type/Phase/Article/No. …' },
  { kind: 'name', example: '《临江省全面推进紧密型县域医疗卫生共同体建设实施方案（2024—2027年）》', rule: 'inside 《》' },
  { kind: 'name', example: '新冠疫情', rule: 'no number' },
  { kind: 'name', example: 'COVID-19', rule: 'a number joined to Latin letters is a code' },
  { kind: 'name', example: '中央八项规定精神', rule: 'lexicon' },
  { kind: 'name', example: '三支一扶计划', rule: 'lexicon' },
  { kind: 'name', example: '两个一百年奋斗目标', rule: 'lexicon' },
  { kind: 'name', example: '五位一体总体布局', rule: 'lexicon' },
  { kind: 'name', example: '九年义务教育', rule: 'lexicon' },
  { kind: 'name', example: '“三区三州”深度贫困地区', rule: 'lexicon' },
  { kind: 'name', example: '郑州市二七区', rule: 'lexicon' },
  { kind: 'name', example: '第十四个五年规划', rule: 'lexicon (N年规划, N年计划, N年行动)' },
  { kind: 'name', example: '健康中国三年行动计划', rule: 'lexicon (N年规划, N年计划, N年行动)' },
  { kind: 'name', example: '七台河市人民医院', rule: 'unit table: 台 not before 河/山/区' },
  { kind: 'name', example: '蒙古国是世界第二大内陆国', rule: 'a financial numeral alone (陆, 伍) is a word' },
  { kind: 'name', example: '三国演义里的故事', rule: 'unit table: 国 not before 演/志/时/杀' },
  { kind: 'name', example: '建党100周年', rule: '周年 (an anniversary) is not a duration' },
  { kind: 'name', example: '三年级学生', rule: 'unit table: 年 not before 级' },
  { kind: 'name', example: '“两癌”免费筛查', rule: '癌 is not a unit' },
  { kind: 'name', example: '美国10年期国债收益率上涨', rule: 'lexicon (N年期国债 is a bond)' },
  { kind: 'name', example: '长三角一体化发展', rule: 'lexicon (false friend: 长三角, 三角形)' },
  // Idioms and vague amounts.
  { kind: 'vague', example: '当地政府十分重视', rule: 'lexicon (false friend: 十分 "very")' },
  { kind: 'vague', example: '红纸四周贴满了字', rule: 'lexicon (false friend: 四周 "around")' },
  { kind: 'vague', example: '原先像是四处撒欢的马驹', rule: 'lexicon (false friend: 四处)' },
  { kind: 'vague', example: '万一出了问题', rule: 'lexicon (false friend: 万一)' },
  { kind: 'vague', example: '一律不得收费', rule: 'lexicon (false friend: 一律)' },
  { kind: 'vague', example: '千万别相信陌生来电', rule: 'lexicon (false friend: 千万 "by all means")' },
  { kind: 'vague', example: '五官端正，七彩云南，九州大地', rule: 'lexicon (false friends: 五官, 七彩, 九州)' },
  { kind: 'vague', example: '打通基层诊疗服务“最后一公里”', rule: '一 alone + unit is "a"' },
  { kind: 'vague', example: '几千公里外的患者', rule: '几 makes a number vague' },
  { kind: 'vague', example: '高血压十几年了', rule: '几 makes a number vague' },
  { kind: 'vague', example: '亿万群众健康渴盼', rule: 'a bare magnitude is not a number (亿万)' },
  { kind: 'vague', example: '走进千家万户', rule: 'a bare magnitude is not a number (千家, 万户)' },
  { kind: 'vague', example: '一系列举措', rule: 'no unit' },
  { kind: 'vague', example: '“一站式”完成申请', rule: 'no unit' },
  { kind: 'vague', example: '深入基层一线', rule: 'no unit' },
  { kind: 'vague', example: '数十家医院', rule: '数/几/上/成 before a magnitude: vague' },
  { kind: 'vague', example: '上百家医院', rule: 'a bare magnitude is not a number' },
  { kind: 'vague', example: '排好几次队', rule: '几 makes a number vague' },
  { kind: 'vague', example: '两三个人', rule: 'two neighbouring digits without a magnitude: "a few"' },
  { kind: 'vague', example: '来回折腾大半天', rule: '大半 is vague' },
  { kind: 'vague', example: '上半年', rule: '上/下半 is a period, not a figure' },
  { kind: 'vague', example: 'hundreds of kilometres', rule: 'English: hundreds/thousands/dozens of' },
  // Phone, ICP, ID and other code numbers.
  { kind: 'id', example: '拨打新闻热线0531-66661234或96678', rule: 'no unit' },
  { kind: 'id', example: '鲁ICP备09062847号-1', rule: '号 is not a unit' },
  { kind: 'id', example: '医保服务热线12393咨询', rule: 'no unit' },
  { kind: 'id', example: '咨询电话 0396 2318570', rule: 'a number with a leading zero is a code' },
  { kind: 'id', example: '满深503-H7井', rule: 'a number joined to Latin letters is a code' },
  // Page and edition numbers.
  { kind: 'page', example: '《 人民日报 》( 2024年11月06日 11 版)', rule: '版 is not a unit; the date has no marker' },
  { kind: 'page', example: 'A05版', rule: '版 is not a unit' },
  // View counts.
  { kind: 'views', example: '阅读量:8860', rule: 'after 阅读/浏览/点击/播放' },
  { kind: 'views', example: '浏览次数:46', rule: 'after 阅读/浏览/点击/播放' },
  { kind: 'views', example: '1.2万阅读', rule: 'before 阅读/浏览/点击/播放' },
  { kind: 'views', example: '536次浏览', rule: 'before 阅读/浏览/点击/播放' },
  // Plain dates.
  { kind: 'date', example: '8月19日,第七个中国医师节当天', rule: 'a date without a target/milestone marker' },
  { kind: 'date', example: '4月13日举行的发布会', rule: 'a date without a target/milestone marker' },
  { kind: 'date', example: '2024年11月06日', rule: 'a date without a target/milestone marker' },
  { kind: 'date', example: '2023年，全省县域内就诊率', rule: 'the year of a statistic is not a milestone' },
  { kind: 'date', example: '较2020年', rule: 'a comparison base year' },
  { kind: 'date', example: '衛生福利部今（23）日宣布，明（2025）年將擴大', rule: 'no unit after the bracketed number' },
  { kind: 'date', example: '今年1至8月', rule: 'a period, not a target' },
  { kind: 'date', example: 'BEIJING, March 12 (Meridian Wire)', rule: 'English date without by/until/as of/since' },
  { kind: 'date', example: 'a pilot began in 2019', rule: 'English year without by/until/as of/since' },
  // Times of day.
  { kind: 'time', example: '上午9点到10点之间', rule: '点 after 上午/下午/晚上…' },
  { kind: 'time', example: '上午8时至11时30分', rule: '时 and 分 are not units' },
];

/**
 * Names and slogans that a general rule would take for a figure. Regular-expression sources,
 * simplified script (the text is folded first).
 */
export const LEXICON: readonly string[] = [
  '八项规定',
  '三支一扶',
  '两个一百年',
  '五位一体',
  '四个全面',
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '三个代表',
  '四个延伸',
  '九年义务教育',
  '三区三州',
  '二七区',
  // Bounded runs: an unbounded [..]+ before 年 backtracks over a long run of digits (quadratic).
  '[一二三四五六七八九十两\\d]{1,4}年(?:规划|计划|行动)',
  // False friends: a numeral inside a word that is not a number.
  '十分(?![钟之])', // 十分重视 "very", not 十分钟
  '四周(?![年岁内后以来左])', // 红纸四周 "around", not 四周后
  '四处',
  '万一',
  '一律',
  '千万(?=[别不要记得])', // 千万别 "by all means"
  '九州',
  '五官',
  '七彩',
  '[长珠]三角|三角[形洲区]',
  '[一二三四五六七八九十两\\d]{1,3}年期(?=[国债])', // 10年期国债: a bond's name
];

export const LEXICON_RE = new RegExp(LEXICON.join('|'), 'g');
