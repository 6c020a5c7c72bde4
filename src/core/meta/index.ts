import type { Article, Credit } from '../model/article';
import { foldWidth, normalizeText } from '../text/normalize';
import { guessLanguage } from '../text/script-guess';
import { bilingualRegExp } from '../text/script-variants';
import { parseDate } from './date';
import { GENERIC_SOURCES, outletName } from './outlets';
import { metaBar, readBar } from './bar';
import { comparable, pageShows, visibleTextAfter, visibleTextNodes } from './text-after';
import { readPlatform } from './platforms';
import { publishedInPageData } from './page-data';
import { authorFrom, publishedFrom, sourceFrom, sourceFromAuthor, sourceIsTheSite } from './publication';
import { metaContent, titleSuffixes, type MetaTags } from './title';
import { elementsUnder } from '../dom/walk';
import { isUnreadable } from '../dom/unreadable';

export { chooseTitle, originalTitles, readMetaTags, titleCandidates, type MetaTags } from './title';
export { parseDate } from './date';
export { repostSite } from './repost';

/** What Readability itself read from the page (its metadata pass), as hints. */
export interface ReadabilityHints {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export interface MetadataInput {
  /** The page, read only. */
  doc: Document;
  tags: MetaTags;
  title: string | null;
  hints: ReadabilityHints;
  paragraphs: string[];
  metaLines: string[];
  credits: Credit[];
  /** The repost site's name, when known: never the author. */
  site?: string | null;
}

type Metadata = Pick<Article, 'source' | 'published' | 'author' | 'lang'>;

const AUTHOR_ROLES = bilingualRegExp('^(作者|文|撰文|记者|图文)$');
/**
 * Where a footer names the site's owner, by the words around 版权所有 or 主办: before them ("腾讯公司
 * 版权所有", the common form), after them ("版权所有：© 2001-2012 中国地理学会", "版权所有 湖南省…医院"),
 * or after 主办. The first that reads as an organisation wins: an editor's name can end the block
 * before a footer ("编辑/苏芳 版权所有 …"). Han only before: "All Rights Reserved" runs into "腾讯公司".
 */
const OWNER_PATTERNS: readonly RegExp[] = [
  bilingualRegExp('([\\u4e00-\\u9fff·]{2,30})\\s*版权所有'),
  bilingualRegExp('版权所有\\s*[::]?\\s*(?:©\\s*)?(?:\\d{4}\\s*-\\s*\\d{4}\\s*)?([^\\s::|,,。©]{2,30})'),
  bilingualRegExp('(?:主办单位|主办|主辦)\\s*[::]\\s*([^\\s::|,,。]{2,30})'),
];
const ORGANIZATION_NAME = bilingualRegExp('(公司|集团|院|局|厅|委员会|委|中心|社|网|报|台|大学|学院|学会|协会|媒体|传媒|办公室|室|部|所|馆|站|政府)$');

function copyrightOwner(footerText: string): string | null {
  const found = OWNER_PATTERNS.map((pattern) => pattern.exec(footerText)?.[1]).filter((name): name is string => Boolean(name));
  return found.find((name) => ORGANIZATION_NAME.test(name)) ?? null;
}


/** Original outlet, date, author, repost site and language of the article. */
export function readMetadata(input: MetadataInput): Metadata {
  const { doc, tags, hints, paragraphs, metaLines, credits } = input;
  const zone = foldWidth(metaZone(doc, input.title, paragraphs[0] ?? ''));
  const lead = paragraphs.slice(0, 2).map(foldWidth);
  const creditLines = credits.filter((c) => AUTHOR_ROLES.test(c.role)).map((c) => `作者:${c.name}`);
  const trailing = foldWidth(trailingZone(doc, paragraphs));
  const lines = [...metaLines, zone, ...lead, trailing];

  // A person named in a credit (文/张婷) beats a department labelled as author (作者:党委宣传部).
  const labelled = authorFrom(lines);
  const credited = authorFrom(creditLines);
  const bar = readBar(metaBar(doc, input.title, paragraphs[0] ?? ''));
  const author =
    (labelled && isOrganization(labelled) && credited && !isOrganization(credited) ? credited : (labelled ?? credited)) ??
    // The bar's own 作者 label beats template fields (<meta name="author" content="CSDN.NET">).
    bar.author ??
    notTheSite(authorElementName(doc), input.site) ??
    // <meta name="author" content="网易"> on 网易新闻 is the site's brand, not a byline.
    notTheSite(plausibleName(metaContent(tags, 'author') ?? metaContent(tags, 'article:author')), input.site) ??
    notTheSite(plausibleName(hints.byline), input.site);
  const platform = readPlatform(doc);
  const found =
    sourceFrom(lines) ??
    bar.source ??
    platform?.account ??
    sourceFromAuthor(author) ??
    nonGeneric(metaContent(tags, 'source')) ??
    // "来源：本站原创": the site's owner is the outlet (a bare host name is no outlet's name).
    (input.site && !input.site.includes('.') && sourceIsTheSite(lines) ? input.site : null);
  // "澎湃新闻·澎湃号·政务" names the platform's channel; the account that posted (中国广州发布) is the outlet.
  const source = found && PLATFORM_CHANNEL.test(found) && author && isOrganizationLike(author) ? author : found && outletName(found);
  // The publishing body named again as "author" (发布机构) is the source, not an author; so is an
  // outlet that a template's author field repeats (<meta name="author" content="参考消息">).
  const sameBody = author && source && (author === source || (isOrganization(author) && (author.includes(source) || source.includes(author))));
  const published =
    // The bar under the headline dates the article before any line the clean stage took out: a
    // date left at the article's end can be a related item's.
    publishedFrom([zone, ...metaLines, ...lead, trailing]) ??
    // Blogs print the date above the headline.
    parseDateOnly(textBeforeTitle(doc, input.title)) ??
    dateOf(metaContent(tags, 'article:published_time') ?? metaContent(tags, 'pubdate') ?? metaContent(tags, 'publishdate') ?? metaContent(tags, 'datepublished') ?? hints.publishedTime) ??
    platform?.published ??
    dateOf(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null) ??
    publishedInPageData(doc) ??
    // A page that says only when it last changed (baijiahao prints "10-08" and gives the year in
    // itemprop=dateUpdate) is dated by that.
    dateOf(metaContent(tags, 'article:modified_time') ?? metaContent(tags, 'datemodified') ?? metaContent(tags, 'dateupdate'));
  const lang = guessLanguage(paragraphs.join('\n'), (hints.lang ?? doc.documentElement.lang ?? '').trim());
  return { source, published, author: sameBody ? bar.author : (author ?? bar.author), lang };
}

/** The site's name, or its brand before a channel word: 网易 on 网易新闻 (not 老周 on 老周的慢生活, a blog). */
function notTheSite(name: string | null, site: string | null | undefined): string | null {
  if (!name || !site) return name;
  const brand = name === site || (site.startsWith(name) && SITE_CHANNEL_WORDS.test(site.slice(name.length)));
  return brand ? null : name;
}

const SITE_CHANNEL_WORDS = bilingualRegExp('^(?:新闻|网|财经|订阅|频道|客户端|科技|体育|娱乐|号|APP)+$', 'i');

/** A self-media platform's channel label: 澎湃号, 头条号, 企鹅号, 百家号, 网易号 … */
const PLATFORM_CHANNEL = bilingualRegExp('(澎湃号|头条号|企鹅号|百家号|大鱼号|网易号|搜狐号|一点号|新浪号|微信公众号)');

/** An account name rather than a person's: not two to four Han characters. */
function isOrganizationLike(name: string): boolean {
  return isOrganization(name) || !/^[\u4e00-\u9fff·]{2,4}$/.test(name);
}

/** Names of departments and outlets end like this; people's names do not. */
const ORGANIZATION = bilingualRegExp('(部|处|办|局|委|中心|科|室|院|网|报|社|站|台|组|会|团队|小组|编辑部)$');

function isOrganization(name: string): boolean {
  return ORGANIZATION.test(name) || name.length > 6;
}

/**
 * Where templates mark the author: rel=author, itemprop=author, or "author"/"byline" as a whole word
 * of a class, id or test id (class="authorized" is a licence popup, not a byline).
 */
const AUTHOR_MARK = /(?:^|[^a-z])(?:author|authors|byline|zuozhe)(?:$|[^a-z])/i;
const MAX_AUTHOR_CANDIDATES = 8;

/**
 * The first element the template marks as the author, when its text is a name. Read only; one
 * walk over the elements (attribute-substring selectors cost far more in some DOMs).
 */
function authorElementName(doc: Document): string | null {
  if (!doc.body) return null;
  let tried = 0;
  for (const el of elementsUnder(doc.body)) {
    if (!el.hasAttributes()) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
    if (!AUTHOR_MARK.test(marks.replace(/([a-z])([A-Z])/g, '$1 $2'))) continue;
    // An author box reads "<a>王文</a><span>中国人民大学…院长</span>": the name is its first text.
    const name = plausibleName(el.querySelector('[itemprop="name"]')?.textContent ?? firstText(el) ?? el.textContent);
    if (name && name.length <= 20 && !/[,，。:：|]/.test(name)) return name;
    if (++tried >= MAX_AUTHOR_CANDIDATES) break;
  }
  return null;
}

/** The first non-blank text node under el, when el holds more than one (else null: use the whole). */
function firstText(el: Element): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node && texts.length < 2; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text) texts.push(text);
  }
  return texts.length > 1 ? texts[0]! : null;
}

function dateOf(value: string | null): string | null {
  return value ? parseDate(value) : null;
}

function nonGeneric(value: string | null): string | null {
  return value && !GENERIC_SOURCES.test(value) ? value : null;
}

/** A byline that is a name, not a sentence or a date bar. */
function plausibleName(value: string | null | undefined): string | null {
  const v = normalizeText(value ?? '')
    .replace(/^(posted by|written by|by|作者[::]|文[::])\s*/i, '')
    // "潮涌新闻记者 陈思琪" → 陈思琪; "記者林佳穎／台北報導" → 林佳穎
    .replace(/^.{0,12}?(记者|記者)\s*/, '')
    .replace(/\s*[/／].{0,8}(报道|報導|报导)$/, '');
  // 小编 / admin are a site's staff handles, not authors.
  // 责任编辑 names the desk editor, not the author; 授权/转载/版权 make it a notice.
  // An e-mail address or a comment form's "name, email" placeholder is not a byline either.
  if (!v || v.length > 30 || /@|\bemail\b|\d{4}|来源|來源|时间|時間|http|小编|小編|编辑|編輯|责编|責編|授权|授權|转载|轉載|版权|版權|^admin$|^editor$/i.test(v)) return null;
  return v;
}

/** The name of the site this copy was read on: og:site_name, the <title> suffix, the copyright owner, the host. */
export function readSiteName(doc: Document, tags: MetaTags, hints: ReadabilityHints, title: string | null, url: string | null): string | null {
  const declared = metaContent(tags, 'og:site_name') ?? metaContent(tags, 'application-name') ?? hints.siteName;
  if (declared) return declared;
  const suffix = titleSuffixes(doc)
    .reverse()
    .find((s) => s.length <= 20 && s !== title && !(title ?? '').includes(s));
  if (suffix && !/[,,。!?]/.test(suffix)) return suffix;
  const footerText = normalizeText(foldWidth(pageEndText(doc)));
  const owner = copyrightOwner(footerText);
  if (owner) return owner;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The text of the last blocks of the page, where footers name the site's owner. */
function pageEndText(doc: Document): string {
  let text = '';
  for (let el = doc.body?.lastElementChild ?? null; el && text.length < 3000; el = el.previousElementSibling) {
    if (!isUnreadable(el)) text = (el.textContent ?? '') + ' ' + text;
  }
  return text.slice(-3000);
}

const MAX_ZONE_LENGTH = 600;
const MAX_TRAILING_LENGTH = 300;

/**
 * The text between the page's headline and the article's first paragraph, where templates print
 * 来源, 作者 and 发布时间. Read from the live page, read only.
 */
function metaZone(doc: Document, title: string | null, firstParagraph: string): string {
  if (!title) return '';
  const zone = textAfter(doc, title.slice(0, 8), firstParagraph.slice(0, 10), MAX_ZONE_LENGTH);
  const stopAt = firstParagraph ? zone.indexOf(firstParagraph.slice(0, 6)) : -1;
  return normalizeText(stopAt > 0 ? zone.slice(0, stopAt) : zone);
}

const MAX_BEFORE_TITLE = 80;

/** The last piece of text printed just above the headline, read only. */
function textBeforeTitle(doc: Document, title: string | null): string {
  const probe = comparable((title ?? '').replace(/\s+/g, '').slice(0, 8));
  if (!probe) return '';
  let previous = '';
  for (const node of visibleTextNodes(doc)) {
    const text = normalizeText(node.nodeValue ?? '');
    if (!text) continue;
    if (comparable(text).includes(probe)) return previous.slice(-MAX_BEFORE_TITLE);
    previous = text;
  }
  return '';
}

/** A line that is a date and nothing much else ("2024年07月08日", "Posted 2024-07-08"). */
function parseDateOnly(text: string): string | null {
  const trimmed = normalizeText(text);
  const date = parseDate(trimmed);
  return date && trimmed.length <= 40 ? date : null;
}

/** Paragraphs tried from the end when the last ones are not on the page (a slideshow's data captions). */
const MAX_TRAILING_TRIES = 12;

/**
 * The text right after the article's last paragraph that the page prints: 本文来源, 作者 and
 * 责任编辑 lines live there too.
 */
function trailingZone(doc: Document, paragraphs: readonly string[]): string {
  const last = Math.max(0, paragraphs.length - MAX_TRAILING_TRIES);
  for (let i = paragraphs.length - 1; i >= last; i--) {
    const paragraph = paragraphs[i]!;
    if (!paragraph) continue;
    const probe = paragraph.slice(-10);
    const zone = normalizeText(textAfter(doc, probe, '', MAX_TRAILING_LENGTH));
    // Nothing after a paragraph the page prints is an answer; only one it does not print is skipped.
    if (zone || pageShows(doc, probe)) return zone;
  }
  return '';
}

/**
 * The page's visible text that follows the first place where `from` occurs (white space ignored),
 * up to `until` or `max` characters. One pass over text nodes, read only.
 */
function textAfter(doc: Document, from: string, until: string, max: number): string {
  const untilProbe = until.replace(/\s+/g, '');
  let out = '';
  for (const node of visibleTextAfter(doc, from)) {
    out += ' ' + (node.nodeValue ?? '').replace(/\s+/g, ' ');
    if ((untilProbe && out.replace(/\s+/g, '').includes(untilProbe)) || out.length > max) break;
  }
  return out;
}
