import { bilingualRegExp } from '../text/script-variants';
import { normalizeText } from '../text/normalize';
import { GENERIC_SOURCES, outletAtStart } from './outlets';
import { parseDate } from './date';

/** What publication lines say about the original: who published it, when, and who wrote it. */
export interface PublicationFacts {
  source: string | null;
  published: string | null;
  author: string | null;
}

/** A label's value ends at white space or at the next label on the same bar. */
const VALUE = '([^\\s::|/,,;;()()【】\\[\\]]{2,24})';
const SOURCE_LABEL = bilingualRegExp(`(?:^|\\s|[|/(（【\\[])(?:来源于|来源|稿件来源|文章来源|信息来源|本文来源|转自|转载自|来自|出处|source)\\s*[::]\\s*${VALUE}`, 'i');
/** "This story was originally published by Prairie Health Report, a nonprofit …" */
const ORIGINALLY_PUBLISHED = /originally (?:published|appeared) (?:by|in|on) (?:the )?([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,5})/;
/** 转自“桐溪发布”, 来源于《健康报》 */
const SOURCE_QUOTED = bilingualRegExp('(?:转自|转载自|来自|来源于|摘自|选自)\\s*[“"「《]([^”"」》]{2,24})[”"」》]');
const AUTHOR_LABEL = bilingualRegExp(`(?:^|\\s|[|/(（])(?:作者|原作者|记者|文|撰文|author|by)\\s*[::/]\\s*${VALUE}`, 'i');
const DATE_LABEL = bilingualRegExp('(?:发布|发表|更新|出版)?(?:时间|日期)\\s*[::]\\s*(\\S.{0,24})');
const PRINT_EDITION = /[《「]\s*([^》」]{2,12}?)\s*[》」]\s*[((]\s*(\d{4}年\d{1,2}月\d{1,2}日)/;
/** "人民网北京9月21日电 (记者乔业琼)", "新華社北京9月11日電", "本报北京电 (记者熊建)", "滨海日报讯（记者 陈思远）" */
const DATELINE = bilingualRegExp('^([\\u4e00-\\u9fff·]{2,10}?)(?:[\\u4e00-\\u9fff]{2,4})?(?:\\d{1,2}月\\d{1,2}日)?[电讯]');
const DATELINE_REPORTER = bilingualRegExp('^.{0,24}?[电讯]\\s*[((]\\s*(?:[\\u4e00-\\u9fff]{0,6}?)记者\\s*([\\u4e00-\\u9fff·]{2,4}(?:[\\s、][\\u4e00-\\u9fff·]{2,4})*)\\s*[))]');
/** A whole line that is a byline: "新华社记者李恒", "記者林佳穎／台北報導". */
const BYLINE = bilingualRegExp('^[((]?(?:新华社|本报|人民网|中新网|央视网)?(?:特约)?(?:记者|通讯员)\\s*([\\u4e00-\\u9fff·]{2,4}(?:[\\s、]+[\\u4e00-\\u9fff·]{2,4})*)(?:\\s*/?\\s*[\\u4e00-\\u9fff]{0,6}(?:报道|报导))?[))]?$');
/** A closing byline that names the outlet: "扬子晚报记者 张楠", "北京青年报首席记者 李四". */
const OUTLET_REPORTER = bilingualRegExp('^([\\u4e00-\\u9fff]{1,10}?(?:报|社|台|网|新闻|客户端))(?:特约|首席|见习|实习)?(?:记者|通讯员)\\s*([\\u4e00-\\u9fff·]{2,4}(?:[\\s、][\\u4e00-\\u9fff·]{2,4})*)$');
/** A WeChat post's header copied with its text: "原创： 路闻卓立编译 人民币交易与研究" (author, then the account). */
const WECHAT_HEADER = bilingualRegExp('^原创[::]\\s*([^\\s::]{1,16}?)(?:编译|整理|编辑)?\\s+([^\\s::]{2,20})$');
/** Wire agencies among the known outlets: 新华社, 中新社, 中央社. */
const NEWS_AGENCY = bilingualRegExp('社$');
/** "BEIJING, March 12 (Reuters) - …" */
const ENGLISH_DATELINE = /^[A-Z][A-Z .'-]+,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\s+)?\(([^)]{2,40})\)\s*[-–—]/;
/** A byline inside a publication bar: "記者林佳穎／台北報導 2024/10/23 14:35 瀏覽 8,214 次". */
const BYLINE_IN_BAR = bilingualRegExp('(?:^|\\s)(?:记者|通讯员)\\s*([\\u4e00-\\u9fff·]{2,4})(?=[\\s/]|$)');
const ENGLISH_BYLINE = /^By\s+([A-Z][\w.'-]+(?:\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][\w.'-]+){0,3})/;

/** What a credited person did, printed after the name: 整合, 编译, 报道, 摄. */
const WORK_DONE = bilingualRegExp('\\s+(?:整合|整理|编译|综合|报道|报导|摄|摄影)$');

/** An 作者: label's value, unless the "value" is the next label ("作者： 转载请注明：…"). */
function labelledAuthor(line: string): string | null {
  const m = AUTHOR_LABEL.exec(line);
  if (!m?.[1]) return null;
  const after = line.slice(m.index + m[0].length).trimStart();
  return /^[::]/.test(after) ? null : m[1];
}

const ANOTHER_ROLE = bilingualRegExp('\\s*(?:通讯员|实习生|记者|摄影|摄像|编辑|见习记者)\\s*');

/** The original outlet named by a 来源 label, a print-edition line, or a wire dateline. */
export function sourceFrom(lines: string[]): string | null {
  // The account a copied WeChat header names wrote the piece; a portal's 来源 beside it names its feed.
  // So does a news agency's dateline ("新华社巴黎12月9日电" under "来源：新华网"): the agency is the outlet.
  for (const line of lines) {
    const account = WECHAT_HEADER.exec(line)?.[2];
    if (account) return account;
    const agency = DATELINE.test(line) ? outletAtStart(line) : null;
    if (agency && NEWS_AGENCY.test(agency)) return agency;
  }
  for (const line of lines) {
    const labelled = SOURCE_LABEL.exec(line)?.[1] ?? SOURCE_QUOTED.exec(line)?.[1] ?? ORIGINALLY_PUBLISHED.exec(line)?.[1];
    if (labelled && !GENERIC_SOURCES.test(labelled)) return labelled;
  }
  for (const line of lines) {
    const print = PRINT_EDITION.exec(line)?.[1] ?? OUTLET_REPORTER.exec(line)?.[1];
    if (print) return normalizeText(print);
  }
  for (const line of lines) {
    const dateline = DATELINE.exec(line);
    const outlet = dateline ? outletAtStart(line) : (ENGLISH_DATELINE.exec(line)?.[1] ?? null);
    if (outlet) return outlet;
  }
  return null;
}

/** 来源：本站原创, 本网讯: the site names itself as the outlet. */
const SELF_REFERENCE = bilingualRegExp('^(?:本站|本网)(?:原创|讯)?$');
const SELF_DATELINE = bilingualRegExp('^(?:本站|本网)讯');

/** Whether the lines say the piece is the site's own ("来源：本站原创", "本站讯 …"). */
export function sourceIsTheSite(lines: string[]): boolean {
  return lines.some((line) => {
    const labelled = SOURCE_LABEL.exec(line)?.[1];
    return (labelled !== undefined && SELF_REFERENCE.test(labelled)) || SELF_DATELINE.test(line);
  });
}

/** The publication date given by a labelled date, a print-edition line, or any date on a meta line. */
export function publishedFrom(lines: string[]): string | null {
  for (const line of lines) {
    const print = PRINT_EDITION.exec(line)?.[2];
    if (print) return parseDate(print);
  }
  for (const line of lines) {
    const labelled = DATE_LABEL.exec(line)?.[1];
    const date = labelled ? parseDate(labelled) : null;
    if (date) return date;
  }
  for (const line of lines) {
    const date = parseDate(line);
    if (date) return date;
  }
  return null;
}

/** The author or reporter named by a label, a byline, or a dateline's "(记者 X)". */
export function authorFrom(lines: string[]): string | null {
  for (const line of lines) {
    // A bar is read whole first: its byline is the author whatever else it says.
    const inBar = BYLINE_IN_BAR.exec(line)?.[1];
    if (inBar && line.length <= 120) return inBar;
    const value = labelledAuthor(line) ?? BYLINE.exec(line)?.[1] ?? OUTLET_REPORTER.exec(line)?.[2] ?? WECHAT_HEADER.exec(line)?.[1] ?? DATELINE_REPORTER.exec(line)?.[1] ?? ENGLISH_BYLINE.exec(line)?.[1];
    // "刘晓彤 通讯员 杨帆": the reporter is the author; the next role starts someone else.
    // "记者陈智 整合": what the reporter did is not part of the name.
    const name = value ? normalizeText(value).split(ANOTHER_ROLE)[0]?.replace(WORK_DONE, '').trim() : '';
    if (name && !GENERIC_SOURCES.test(name)) return name;
  }
  return null;
}

/** An outlet implied by the author's name: "健康报评论员" → 健康报. */
export function sourceFromAuthor(author: string | null): string | null {
  return author ? outletAtStart(author) : null;
}
