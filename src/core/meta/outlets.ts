import { bilingualRegExp } from '../text/script-variants';

/**
 * Original outlets that content farms repost most, longest names first so that 人民日报海外版
 * wins over 人民日报. Used to recognise an outlet inside a byline ("健康报评论员") or a dateline
 * ("人民网北京9月21日电"). Traditional forms match through bilingualRegExp.
 */
export const KNOWN_OUTLETS: readonly string[] = [
  '人民日报海外版', '人民日报客户端', '人民日报', '人民网', '新华社', '新华网', '新华每日电讯', '健康报', '光明日报', '光明网',
  '经济日报', '中国青年报', '中青网', '中国新闻网', '中新社', '中新网', '央视新闻', '央视网', '中央广播电视总台', '中国日报',
  '环球时报', '澎湃新闻', '新京报', '北京日报', '解放日报', '文汇报', '南方日报', '南方都市报', '科技日报', '法治日报',
  '工人日报', '农民日报', '中国妇女报', '中国政府网', '求是网', '中国经济网', '央广网', '国际在线', '每日经济新闻', '第一财经',
  '21世纪经济报道', '界面新闻', '财新网', '三联生活周刊', '大众日报', '齐鲁晚报', '齐鲁网', '浙江日报', '四川日报', '湖北日报',
  '中央社', '聯合報', '自由時報', '中國時報', '公視新聞', '明報', '星島日報', '香港01', '東方日報',
  'Xinhua', 'Reuters', 'Associated Press', 'AFP', 'China Daily', 'BBC', 'The New York Times', 'The Guardian', 'Bloomberg',
];

const OUTLET_PATTERN = bilingualRegExp(`(${KNOWN_OUTLETS.map(escape).join('|')})`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first known outlet named at the start of text ("健康报评论员" → "健康报"). */
export function outletAtStart(text: string): string | null {
  const m = OUTLET_PATTERN.exec(text);
  return m && m.index === 0 ? (m[1] ?? null) : null;
}

/** An outlet named by its website is the outlet: 澎湃新闻网 → 澎湃新闻 (人民网 stays: it is the outlet's name). */
export function outletName(name: string): string {
  const known = outletAtStart(name);
  return known && /^(网|官网|网站)$/.test(name.slice(known.length)) ? known : name;
}

/** Source values that name no outlet: a farm's "来源:网络". */
export const GENERIC_SOURCES = bilingualRegExp('^(网络|网络整理|互联网|网友|网友投稿|网友提供|本站|本网|本站原创|原创|综合|综合整理|整理|未知|佚名|匿名|转载|网络转载|其他|其它|none|unknown)$', 'i');
