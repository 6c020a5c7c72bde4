import { childList } from '../dom/walk';
import { cleanArticle } from '../clean';
import type { Extracted } from '../extract/readability';
import { findLeadPhoto } from '../extract/lead-photo';
import { completeGallery } from '../extract/gallery';
import { findNextPage } from '../meta/next-page';
import { chooseTitle, originalTitles, readMetaTags, readMetadata, readSiteName, titleCandidates } from '../meta';
import { sanitizeInPlace } from '../sanitize';
import { textWeight } from '../text/normalize';
import { articleLines } from './article-text';
import { looksLikeLinkList, splitAtBreaks, trimBlockEdges, wrapInlineRuns } from '../dom/blocks';
import { groupFigures } from '../dom/photos';
import type { Article, PipelineOptions, PipelineResult, Removal } from '../model/article';
import { pageWeight } from './page-size';

/** Share of a non-readerable page's text that bare Readability's short result must hold. */
const MIN_SHORT_SHARE = 0.5;
/** Less article text than this (CJK characters + Latin words) is not an article. */
const MIN_ARTICLE_WEIGHT = 60;

/**
 * What is accepted as an article. 'strict' (our extraction) declines a link list or a scrap of
 * text. Bare Readability's content is shown as Firefox's Reader View would show it: a short text
 * when it is most of the page ('short'), and a link list too on a page Firefox offers Reader View
 * for ('as-readability').
 */
export type Acceptance = 'strict' | 'short' | 'as-readability';

export function finish(doc: Document, extracted: Extracted, removed: Removal[], options: PipelineOptions, accept: Acceptance = 'strict'): PipelineResult {
  const strict = accept === 'strict';
  const win = doc.defaultView as Window & typeof globalThis;

  // The extraction may pick any element as the article's root (<xmp>, <noscript>, <title>, <font> …):
  // its children would be serialized by the root's rules — text under <xmp> comes out unescaped, so
  // page markup would reach article.html raw — and DOMPurify refuses a root outside its allowlist.
  const content = asDiv(extracted.content);
  completeGallery(doc, content);
  addLeadPhoto(doc, content);
  wrapInlineRuns(content);
  splitAtBreaks(content);
  if (accept !== 'as-readability' && looksLikeLinkList(content)) return noArticle();
  const rawText = articleLines(content).join('\n');
  const url = options.url ?? (doc.URL && !doc.URL.startsWith('about:') ? doc.URL : null);
  const tags = readMetaTags(doc);
  const candidates = titleCandidates(doc, tags, extracted.hints.title, rawText);
  const title = chooseTitle(candidates, rawText);
  const site = readSiteName(doc, tags, extracted.hints, title, url);
  const cleaned = cleanArticle(content, { title, site, choices: options.site });
  removed.push(...cleaned.removed);

  sanitizeInPlace(content, win);
  // Sanitizing unwraps disallowed containers (<center>, <font>): their inline runs need paragraphs again.
  wrapInlineRuns(content);
  groupFigures(content);
  trimBlockEdges(content);
  const html = content.innerHTML;
  const paragraphs = articleLines(content);
  const text = paragraphs.join('\n');
  // On a page Firefox would not offer Reader View for, a short text counts only when it is most of
  // what the page says: a channel page's blurb above its list of links stays "no article".
  const minWeight = strict ? MIN_ARTICLE_WEIGHT : accept === 'short' ? Math.max(1, pageWeight(doc) * MIN_SHORT_SHARE) : 1;
  if (textWeight(text) < minWeight) return noArticle();

  // A 原标题 line found by the clean stage is the strongest title evidence there is.
  const finalTitle = chooseTitle([...candidates, ...originalTitles(cleaned.metaLines)], text) ?? title ?? '';
  const meta = readMetadata({
    doc,
    tags,
    title: finalTitle,
    hints: extracted.hints,
    paragraphs,
    metaLines: cleaned.metaLines,
    credits: cleaned.credits,
    site,
  });
  const nextPage = findNextPage(doc, url);
  const article: Article = { title: finalTitle, ...meta, site, url, html, text, credits: cleaned.credits, removed, nextPage };
  return { ok: true, article };
}

/** Puts back the lead photo Readability dropped, unless the article already shows that image. */
function addLeadPhoto(doc: Document, content: Element): void {
  const first = articleLines(content)[0];
  const lead = first ? findLeadPhoto(doc, first) : null;
  const src = lead?.querySelector('img')?.getAttribute('src') ?? lead?.getAttribute('src');
  if (!lead || !src || Array.from(content.querySelectorAll('img')).some((img) => img.getAttribute('src') === src)) return;
  const copy = content.ownerDocument.importNode(lead, true);
  // Relative addresses resolve against the page, as Readability did for the rest of the article.
  for (const img of copy.tagName === 'IMG' ? [copy] : Array.from(copy.querySelectorAll('img'))) {
    const value = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('src');
    if (value) img.setAttribute('src', new URL(value, doc.baseURI).href);
  }
  const firstBlock = content.querySelector('p, h2, h3, div');
  (firstBlock?.parentNode ?? content).insertBefore(copy, firstBlock);
}

/** The element itself when it is a <div>, else a <div> (same document) holding its children. */
function asDiv(root: Element): Element {
  if (root.localName === 'div' && root.namespaceURI === 'http://www.w3.org/1999/xhtml') return root;
  const div = root.ownerDocument.createElement('div');
  div.append(...childList(root));
  return div;
}

export function noArticle(): PipelineResult {
  return { ok: false, reason: 'no-article', message: 'No article found on this page.' };
}
