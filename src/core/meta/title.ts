import { containment, tokenBigrams } from '../text/similarity';
import { compactText, foldWidth, normalizeText } from '../text/normalize';
import { bilingualRegExp } from '../text/script-variants';
import { elementsUnder, paragraphOpeningWith } from '../dom/walk';

/** Separators between an article title and the section/site names in a page's <title>. */
const TITLE_SEPARATORS = /\s*(?:[_|–—·]|\s-\s|-{2,}|::)\s*/;
/** "原标题:X", "本文原标题:《X》" (the brackets quote the title; they are not part of it). */
const ORIGINAL_TITLE = bilingualRegExp('^(?:本文|文章)?(原标题|原文标题)[::]\\s*(.+)$');
/** A title quoted whole in 《》, and no other 《》 inside. */
const QUOTED_WHOLE = /^《([^《》]+)》$/;
/** Class/id words of the element that holds the headline in CMS templates. */
const TITLE_CLASS = /(^|[\s_-])(title|headline|heading|arc_?title|art_?title|news_?title|article_?title|detail_?title|biaoti|bt|tit)([\s_-]|\d|$)/i;

export interface TitleCandidate {
  text: string;
  from: 'h1' | 'h2' | 'class' | 'lead' | 'og' | 'document' | 'original' | 'readability';
}

/**
 * The article's real title: of the headlines the page offers (h1, title-classed elements,
 * og:title, the <title> segments, a 原标题 line), the one the article's own text agrees with most.
 * A hijacked <title> stuffed with spam shares no words with the article and loses.
 */
export function chooseTitle(candidates: TitleCandidate[], articleText: string): string | null {
  const bodyGrams = tokenBigrams(articleText.slice(0, 3000));
  const bodyLines = new Set(articleText.split('\n').map(normalizeText));
  // A class-matched box can hold the headline and its publication bar: only h1 and 原标题 count here.
  // Compared width-folded: the clean stage's 原标题 line has "!" where the <h1> has "！".
  const headlines = candidates.filter((c) => c.from === 'h1' || c.from === 'original').map((c) => foldWidth(normalizeText(c.text)));
  let best: { text: string; score: number } | null = null;
  for (const c of candidates) {
    const text = normalizeText(c.text);
    if (text.length < 4 || text.length > 120) continue;
    // A cut-off copy ("…无敌免...", an og:title that stops at a quote mark) of a headline the page
    // prints whole is not the title.
    const folded = foldWidth(text);
    const stem = folded.replace(TRAILING_ELLIPSIS, '');
    const cutOff = stem !== folded || c.from === 'og' || c.from === 'readability' || c.from === 'document';
    // …a cut, not a headline followed by its bar ("…75% 2024-03-16 来源：…" in one <h1>).
    if (cutOff && headlines.some((h) => h !== folded && h.length > stem.length && h.length <= 120 && h.startsWith(stem) && !/\s/.test(h[stem.length]!))) continue;
    // A subheading of the article agrees with it perfectly and is not its title.
    if ((c.from === 'h2' || c.from === 'class') && bodyLines.has(text)) continue;
    const grams = tokenBigrams(text);
    const agreement = containment(grams, bodyGrams);
    // Another source gives (nearly) the same headline: a fragment of a longer one does not count.
    const echoed = candidates.some((o) => {
      const other = normalizeText(o.text);
      return o !== c && o.from !== c.from && other.includes(text) && text.length >= other.length * 0.6;
    });
    // Headlines say something: a four-character label agrees with any article perfectly.
    const informative = Math.min(1, grams.size / 12) * 0.6;
    const score = agreement * 2 + (echoed ? 0.6 : 0) + informative + SOURCE_WEIGHT[c.from];
    if (!best || score > best.score) best = { text, score };
  }
  return best ? withoutInjectedPrefix(best.text, bodyGrams) : null;
}

/**
 * "[诗婷露雅化妆品]江门七旬阿婆…": content farms put a keyword in ASCII brackets before a copied
 * headline. A bracketed prefix the article never mentions goes; a column tag in 【】 is the headline's own.
 */
const INJECTED_PREFIX = /^\[([^\[\]]{2,20})\]\s*(.{8,})$/;

function withoutInjectedPrefix(title: string, bodyGrams: Set<string>): string {
  const m = INJECTED_PREFIX.exec(title);
  if (!m?.[1] || !m[2]) return title;
  return containment(tokenBigrams(m[1]), bodyGrams) === 0 ? m[2] : title;
}

const TRAILING_ELLIPSIS = /(?:\.{2,}|…+)$/;

const SOURCE_WEIGHT: Record<TitleCandidate['from'], number> = {
  original: 0.9,
  h1: 0.5,
  class: 0.35,
  lead: 0.35,
  og: 0.3,
  h2: 0.15,
  readability: 0.1,
  document: 0,
};

/** Collects headline candidates from a page, read-only. */
export function titleCandidates(doc: Document, tags: MetaTags, readabilityTitle: string | null, articleText = ''): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const push = (text: string | null | undefined, from: TitleCandidate['from']): void => {
    const t = normalizeText(text ?? '');
    if (t) out.push({ text: t, from });
  };
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 5)) push(headingText(h), 'h1');
  const all = doc.body ? elementsUnder(doc.body) : [];
  let classed = 0;
  for (let i = 0; i < all.length && classed < 20; i++) {
    const el = all[i]!;
    if (!el.hasAttributes() || el.tagName === 'H1') continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (names.length > 1 && TITLE_CLASS.test(names) && el.childElementCount <= 3) {
      push(headingText(el), 'class');
      classed++;
    }
  }
  for (const h of Array.from(doc.querySelectorAll('h2')).slice(0, 3)) push(h.textContent, 'h2');
  // Only where the page has no <h1>: under an <h1>, the heading nearest the text is a deck or a subhead.
  if (!out.some((c) => c.from === 'h1')) push(headingBefore(doc, articleText)?.textContent, 'lead');
  push(metaContent(tags, 'og:title') ?? metaContent(tags, 'twitter:title'), 'og');
  const segments = (doc.title ?? '').split(TITLE_SEPARATORS);
  for (const segment of segments) push(segment, 'document');
  const siteAfterHyphen = BARE_HYPHEN_SITE.exec(normalizeText(segments[0] ?? ''));
  if (siteAfterHyphen) push(siteAfterHyphen[1], 'document');
  push(readabilityTitle, 'readability');
  return out;
}

/** Elements looked at, back from the article's first paragraph, for its heading (meta bar, lead photo between). */
const MAX_ELEMENTS_BEFORE = 40;
const HEADING = /^H[1-6]$/;
const LINES_TRIED = 3;

/**
 * The heading nearest before the article's first paragraph on the page, of any level: templates
 * set the headline in an <h5> under a channel banner's <h3> ("首页 - 新闻动态") and a <title> that
 * names only the channel and site. Read only.
 */
function headingBefore(doc: Document, articleText: string): Element | null {
  if (!doc.body) return null;
  // The article's first lines may be its own heading or a caption, not a <p>.
  const probes = articleText.split('\n').map((line) => compactText(line).slice(0, 12)).filter((line) => line.length >= 12).slice(0, LINES_TRIED);
  const paragraph = paragraphOpeningWith(doc, probes);
  if (!paragraph) return null;
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = paragraph;
  for (let el = walker.previousNode() as Element | null, steps = 0; el && steps < MAX_ELEMENTS_BEFORE; el = walker.previousNode() as Element | null, steps++) {
    if (HEADING.test(el.tagName) && !el.contains(paragraph)) return el;
  }
  return null;
}

/** Badges a template sets in the headline's own box: <h1><span>原创</span>标题</h1>. */
const HEADLINE_BADGE = bilingualRegExp('^(原创|独家|首发|置顶|推荐|热|荐|精|图|视频)$');

/** A headline's text without a badge element in front of it. */
function headingText(el: Element): string {
  const first = el.firstElementChild;
  const text = el.textContent ?? '';
  const badge = first ? normalizeText(first.textContent ?? '') : '';
  if (!badge || !HEADLINE_BADGE.test(badge) || !normalizeText(text).startsWith(badge)) return text;
  return normalizeText(text).slice(badge.length);
}

/** Titles named by 原标题 lines the clean stage took out of the body. */
export function originalTitles(metaLines: string[]): TitleCandidate[] {
  return metaLines.flatMap((line) => {
    const m = ORIGINAL_TITLE.exec(line);
    const title = m?.[2] ? normalizeText(m[2]) : '';
    return title ? [{ text: QUOTED_WHOLE.exec(title)?.[1] ?? title, from: 'original' as const }] : [];
  });
}

/** A page's <meta> tags by lower-cased name, property or itemprop. */
export type MetaTags = ReadonlyMap<string, string>;

/** Reads the page's meta tags once per run: one selector query per name costs far more. */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const value = el.getAttribute('content');
    if (key && value && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), normalizeText(value));
  }
  return tags;
}

export function metaContent(tags: MetaTags, name: string): string | null {
  return tags.get(name) || null;
}

/**
 * "标题-站点名", "…GPU-EDN 电子技术设计": a bare hyphen before a short name (not "2024-2027年")
 * separates a site or section name from the headline. (Site names themselves are read more
 * strictly in titleSuffixes: a spam <title> is a chain of such segments.)
 */
const BARE_HYPHEN_SITE = /^(.+)-((?:[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,12})?[\u4e00-\u9fffA-Za-z]{2,12})$/;

/** The segments of the <title> other than the article title: section and site names. */
export function titleSuffixes(doc: Document): string[] {
  const segments = (doc.title ?? '').split(TITLE_SEPARATORS).map(normalizeText).filter(Boolean);
  // "标题-站点名": a bare hyphen separates a site name too, when what follows it is a short name.
  const last = segments[segments.length - 1] ?? '';
  const bare = /^(.+)-([\u4e00-\u9fffA-Za-z]{2,12})$/.exec(last);
  if (bare?.[1] && bare[2]) segments.splice(segments.length - 1, 1, bare[1], bare[2]);
  return segments.slice(1);
}
