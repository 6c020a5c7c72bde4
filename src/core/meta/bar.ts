import { bilingualRegExp } from '../text/script-variants';
import { foldWidth, normalizeText } from '../text/normalize';
import { parseDate } from './date';
import { GENERIC_SOURCES, outletAtStart } from './outlets';
import { visibleTextAfter } from './text-after';

/**
 * The publication bar: the short pieces of text a template prints between the headline and the
 * article ("2019年11月25日 18:57 · 参考消息 · 缩小字体 …"), each with the class and id words of the
 * elements around it. Many portals name the original outlet there with no 来源 label at all, as a
 * link or a span marked "source", or simply beside the date.
 */
export interface BarSegment {
  text: string;
  /** Lower-case class and id words of the text's element (see marksOf): "a source", "time". */
  marks: string[];
}

const MAX_SEGMENTS = 40;
const MAX_BAR_CHARS = 600;

/** The bar's segments, read only from the live page: from the headline to the first paragraph. */
export function metaBar(doc: Document, title: string | null, firstParagraph: string): BarSegment[] {
  const untilProbe = firstParagraph.replace(/\s+/g, '').slice(0, 6);
  const segments: BarSegment[] = [];
  let chars = 0;
  for (const node of visibleTextAfter(doc, (title ?? '').replace(/\s+/g, '').slice(0, 8))) {
    const text = normalizeText(node.nodeValue ?? '');
    if (!text) continue;
    if (untilProbe && text.replace(/\s+/g, '').includes(untilProbe)) break;
    segments.push({ text, marks: marksOf(node.parentElement) });
    chars += text.length;
    if (segments.length >= MAX_SEGMENTS || chars > MAX_BAR_CHARS) break;
  }
  return segments;
}

/**
 * The words of the text's own element, and of its parent when the element is the parent's only
 * child (<span class="source"><a>人民网</a></span>); a marked box around several pieces
 * (<div class="article-source">时间 · 徽章</div>) says nothing about each one.
 */
function marksOf(el: Element | null): string[] {
  if (!el) return [];
  const words = wordsOf(el);
  const parent = el.parentElement;
  if (parent && parent.childElementCount === 1 && normalizeText(parent.textContent ?? '') === normalizeText(el.textContent ?? '')) words.push(...wordsOf(parent));
  return words;
}

function wordsOf(el: Element): string[] {
  const value = `${el.getAttribute('class') ?? ''} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return value.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Class/id words templates give the element that names the outlet (a_source, article-source, ly = 来源). */
// Not "media": WeChat's rich_media_meta holds the author.
const SOURCE_MARKS: ReadonlySet<string> = new Set(['source', 'src', 'from', 'laiyuan', 'ly', 'origin', 'copyfrom']);
/** A label before the value inside a marked element: "来源：", "来自". */
const LEADING_LABEL = bilingualRegExp('^(?:文章|稿件|信息|本文)?(?:来源|来自|出处|转自|source)\\s*[::]?\\s*', 'i');
/** How outlet names end: 报, 网, 社, 台, 新闻, 周刊, 科技 (新浪科技), 消息 (参考消息), 发布 (政务号) … */
const OUTLET_ENDING = bilingualRegExp('(报|网|社|台|新闻|日报|晚报|时报|周刊|杂志|科技|财经|消息|在线|发布|之家|频道|传媒|客户端|电视|卫视|News|Times|Post)$', 'i');
/** Bar furniture that is never an outlet. */
const BAR_WORDS = bilingualRegExp('^(原创|独家|分享|分享到|收藏|字号|评论|举报|打印|关注|大|中|小|阅读|阅读数|浏览|点击|我要评论|缩小字体|放大字体|微博|微信|QQ空间|返回|首页|正文)$', 'i');
/** "石佳/中国青年报": a reporter and the outlet, one segment. */
const AUTHOR_SLASH_OUTLET = bilingualRegExp('^([\\u4e00-\\u9fff·]{2,4})\\s*[/／|]\\s*([^\\s/／|]{2,20})$');

export interface BarFacts {
  source: string | null;
  author: string | null;
}

/** A label printed apart from its value: "来源<span>CSDN</span>|作者<span>魏星</span>". */
const SOURCE_LABEL_ALONE = bilingualRegExp('^[|/·]?\\s*(?:文章|稿件|信息|本文)?(?:来源|来自|出处|转自)\\s*[::]?$');
const AUTHOR_LABEL_ALONE = bilingualRegExp('^[|/·]?\\s*(?:作者|记者|撰文)\\s*[::]?$');
/** A date, then who put the piece together, marked so: "2019-09-05 11:10 游民星空[整理]". */
const DATE_THEN_CREDITED = bilingualRegExp('^\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+([^\\s\\[\\]【】()]{2,20})\\s*[\\[【(](?:整理|原创|编译|综合|发布)[\\]】)]$');
/** A person's name, or a short pen name: no digits, no sentence punctuation. */
const NAME_VALUE = /^[^\d\s,，。!！?？:：|｜]{2,12}$/;

/**
 * What the bar says: the outlet and author its labels name apart from their values, the outlet it
 * names without a label, and the reporter in "记者/报社" form.
 */
export function readBar(segments: readonly BarSegment[]): BarFacts {
  const labelled = labelledPairs(segments);
  if (labelled.source) return labelled;
  for (const seg of segments) {
    if (!seg.marks.some((m) => SOURCE_MARKS.has(m))) continue;
    const value = seg.text.replace(LEADING_LABEL, '').trim();
    if (isOutletName(value)) return { source: value, author: null };
  }
  for (const seg of segments) {
    const slash = AUTHOR_SLASH_OUTLET.exec(seg.text);
    if (slash && looksLikeOutlet(slash[2]!)) return { source: slash[2]!, author: slash[1]! };
  }
  // One line, date then the name with its credit mark: "2019-09-05 11:10 游民星空[整理]".
  for (const seg of segments) {
    const credited = DATE_THEN_CREDITED.exec(foldWidth(seg.text))?.[1];
    if (credited && isOutletName(credited)) return { source: credited, author: null };
  }
  // Beside the date: "原创 · 南方都市报 · 2019-09-09 16:01", "2019-09-26 10:56 · 证券时报网".
  for (const [i, seg] of segments.entries()) {
    if (!isDateOnly(seg.text)) continue;
    for (const near of [segments[i - 1], segments[i + 1]]) {
      if (near && isOutletName(near.text) && looksLikeOutlet(near.text)) return { source: near.text, author: null };
    }
  }
  return { source: null, author: labelled.author };
}

function labelledPairs(segments: readonly BarSegment[]): BarFacts {
  let source: string | null = null;
  let author: string | null = null;
  for (const [i, seg] of segments.entries()) {
    const value = segments[i + 1]?.text.replace(/[|｜]\s*$/, '').trim();
    if (!value) continue;
    const label = foldWidth(seg.text);
    if (!source && SOURCE_LABEL_ALONE.test(label) && isOutletName(value)) source = value;
    if (!author && AUTHOR_LABEL_ALONE.test(label) && NAME_VALUE.test(value) && !BAR_WORDS.test(value)) author = value;
  }
  return { source, author };
}

function isOutletName(value: string): boolean {
  return value.length >= 2 && value.length <= 20 && !/\d{4}|\d{1,2}[-/]\d{1,2}|[,，。!！?？:：]/.test(value) && !GENERIC_SOURCES.test(value) && !BAR_WORDS.test(value);
}

function looksLikeOutlet(value: string): boolean {
  return outletAtStart(value) === value || OUTLET_ENDING.test(value);
}

function isDateOnly(text: string): boolean {
  return text.length <= 25 && parseDate(text) !== null;
}
