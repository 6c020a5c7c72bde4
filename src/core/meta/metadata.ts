import type { Article, Credit } from '../model/article';
import { foldWidth } from '../text/normalize';
import { guessLanguage } from './language';
import { bilingualRegExp } from '../text/script-variants';
import { parseDate } from './date';
import { GENERIC_SOURCES, outletName } from './outlets';
import { metaBar, readBar } from './bar';
import { readPlatform } from './platforms';
import { publishedInPageData } from './page-data';
import { authorFrom, publishedFrom, sourceFrom, sourceFromAuthor, sourceIsTheSite } from './publication';
import { metaContent, type MetaTags } from './title';
import { authorElementName } from './author-element';
import { isOrganization, isOrganizationLike, notTheSite, plausibleName } from './names';
import { metaZone, parseDateOnly, textBeforeTitle, trailingZone } from './zones';

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

export type Metadata = Pick<Article, 'source' | 'published' | 'author' | 'lang'>;

const AUTHOR_ROLES = bilingualRegExp('^(作者|文|撰文|记者|图文)$');
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

/** A self-media platform's channel label: 澎湃号, 头条号, 企鹅号, 百家号, 网易号 … */
const PLATFORM_CHANNEL = bilingualRegExp('(澎湃号|头条号|企鹅号|百家号|大鱼号|网易号|搜狐号|一点号|新浪号|微信公众号)');

function dateOf(value: string | null): string | null {
  return value ? parseDate(value) : null;
}

function nonGeneric(value: string | null): string | null {
  return value && !GENERIC_SOURCES.test(value) ? value : null;
}
