import { cleanArticle } from '../clean';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractWithReadability, type Extracted } from '../extract/readability';
import { childPath, findArticleRegion, followPath, regionDocument } from '../extract/region';
import { densityCandidates } from '../extract/density';
import { readabilityLooksWrong } from '../extract/fallback';
import { findLeadFigure } from '../extract/lead-photo';
import { completeGallery } from '../extract/gallery';
import { prepareForExtraction } from '../extract/prepare';
import { findNextPage } from '../meta/next-page';
import { chooseTitle, originalTitles, readMetaTags, readMetadata, readSiteName, titleCandidates } from '../meta';
import { sanitizeInPlace } from '../sanitize';
import { textWeight } from '../text/normalize';
import { articleLines } from './article-text';
import { looksLikeLinkList, splitAtBreaks, trimBlockEdges, wrapInlineRuns } from '../dom/blocks';
import { groupFigures } from '../dom/photos';
import type { Article, PipelineOptions, PipelineResult, Removal } from '../model/article';
import { UNREADABLE_SELECTOR } from '../dom/unreadable';

export type { Article, PipelineOptions, PipelineResult, SiteChoices } from '../model/article';

/** Pages with more elements than this are declined rather than risk freezing the tab. */
const MAX_ELEMENTS = 150_000;
/** A region whose extraction yields less than this is a wrong guess: the whole page is tried. */
const MIN_REGION_WEIGHT = 120;
/** Share of a non-readerable page's text that bare Readability's short result must hold. */
const MIN_SHORT_SHARE = 0.5;
/** A region that yields this many characters is an article whatever else the page holds. */
const MIN_REGION_CHARS_ALWAYS = 2_000;
/** …else it must hold this share of the page's text outside links. */
const MIN_REGION_SHARE = 0.25;
/** Characters of page text past which a page is declined (a long article is ~20,000). */
const MAX_TEXT_CHARS = 1_000_000;
/** Less article text than this (CJK characters + Latin words) is not an article. */
const MIN_ARTICLE_WEIGHT = 60;

/**
 * The whole reader pipeline over a page: extract (on a copy; the page is never changed) → clean →
 * metadata → sanitize. Never throws: a page without an article, or one too big, gets a reason.
 */
export function runPipeline(doc: Document, options: PipelineOptions = {}): PipelineResult {
  try {
    return run(doc, options);
  } catch (error) {
    return { ok: false, reason: 'error', message: `Qingdu could not read this page: ${String(error)}` };
  }
}

function run(doc: Document, options: PipelineOptions): PipelineResult {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('the document has no window');
  const count = doc.getElementsByTagName('*').length;
  if (count > MAX_ELEMENTS) {
    return { ok: false, reason: 'too-large', message: `This page is too large to read (${count} elements).` };
  }
  // Few elements can still hold megabytes of text; past this, extraction takes seconds, not ms.
  const chars = pageTextLength(doc);
  if (chars > MAX_TEXT_CHARS) {
    return { ok: false, reason: 'too-large', message: `This page is too large to read (${chars} characters of text).` };
  }

  const removed: Removal[] = [];
  const ours = extractFrom(doc, removed);
  const result = ours ? finish(doc, ours, removed, options) : noArticle();
  if (result.ok) return result;
  // Where Firefox's Reader View opens a page, so must we: when our cleaner working copy found
  // nothing, bare Readability on an untouched copy gets a chance, through the same clean stage.
  const readerable = isProbablyReaderable(doc);
  const bare = extractWithReadability(doc.cloneNode(true) as Document);
  if (!bare) return result;
  return finish(doc, bare, [], options, readerable ? 'as-readability' : 'short');
}

/** From an extracted container to the article: lead figure, blocks, metadata, clean, sanitize. */
/**
 * What is accepted as an article. 'strict' (our extraction) declines a link list or a scrap of
 * text. Bare Readability's content is shown as Firefox's Reader View would show it: a short text
 * when it is most of the page ('short'), and a link list too on a page Firefox offers Reader View
 * for ('as-readability').
 */
type Acceptance = 'strict' | 'short' | 'as-readability';

function finish(doc: Document, extracted: Extracted, removed: Removal[], options: PipelineOptions, accept: Acceptance = 'strict'): PipelineResult {
  const strict = accept === 'strict';
  const win = doc.defaultView as Window & typeof globalThis;

  // The extraction may pick any element as the article's root (<xmp>, <noscript>, <title>, <font> …):
  // its children would be serialized by the root's rules — text under <xmp> comes out unescaped, so
  // page markup would reach article.html raw — and DOMPurify refuses a root outside its allowlist.
  const content = asDiv(extracted.content);
  completeGallery(doc, content);
  addLeadFigure(doc, content);
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

/**
 * Readability on a copy of the article's region of the page; on a copy of the whole page when the
 * region gives nothing (the density guess was wrong, or the page is unusual).
 */
function extractFrom(doc: Document, removed: Removal[]): Extracted | null {
  const found = findArticleRegion(doc);
  if (found) {
    const regionRemoved: Removal[] = [];
    const work = regionDocument(doc, found.region);
    const copied = work.body.firstElementChild;
    const core = copied ? followPath(copied, childPath(found.region, found.core)) : null;
    prepareForExtraction(work, regionRemoved, core);
    const extracted = extractWithReadability(work);
    const text = extracted?.content.textContent ?? '';
    if (extracted && textWeight(text) >= MIN_REGION_WEIGHT && yieldsEnough(text, found.pageText)) {
      removed.push(...regionRemoved);
      return extracted;
    }
  }
  const work = doc.cloneNode(true) as Document;
  prepareForExtraction(work, removed);
  // The density winner is copied before Readability runs: Readability rearranges the document.
  const best = work.body ? densityCandidates(work.body, 1)[0] : undefined;
  const densityCopy = best ? (best.element.cloneNode(true) as Element) : null;
  const extracted = extractWithReadability(work);
  if (extracted && !readabilityLooksWrong(extracted.content, best)) return extracted;
  if (densityCopy && best && best.text >= MIN_REGION_WEIGHT && !looksLikeLinkList(densityCopy)) {
    return { content: densityCopy, hints: extracted?.hints ?? { title: null, byline: null, siteName: null, publishedTime: null, lang: null } };
  }
  return extracted;
}

/**
 * Text weight of the page's body, scripts and styles aside. Read in place, never by cloning: a
 * clone of the live page's elements belongs to the live page, and a cloned <img onerror> loads
 * and runs there.
 */
function pageWeight(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(UNREADABLE_SELECTOR)) text += `${node.nodeValue ?? ''} `;
  }
  return textWeight(text);
}

/**
 * Whether a region's article is plausibly the page's article and not one block of it: a short
 * result on a page with far more prose outside links (cnn's paragraphs are many small blocks;
 * a footer disclaimer can be the densest one) sends the pipeline to the whole page.
 */
function yieldsEnough(text: string, pageText: number): boolean {
  const chars = text.replace(/\s+/g, '').length;
  return chars >= MIN_REGION_CHARS_ALWAYS || chars >= pageText * MIN_REGION_SHARE;
}

/**
 * Characters of text in <body>, less what scripts and styles hold: an inline state blob
 * (window.__INITIAL_STATE__ = {…}, __NEXT_DATA__) can be megabytes that no stage reads, and
 * counting it declined a 10 MB page with 0.7 M characters of readable text.
 */
function pageTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let chars = body.textContent?.length ?? 0;
  for (const el of Array.from(body.querySelectorAll(UNREADABLE_SELECTOR))) {
    // Where scripting is off, <noscript> holds elements, a <script> among them: count it once.
    if (!el.parentElement?.closest('noscript')) chars -= el.textContent?.length ?? 0;
  }
  return chars;
}

/** Puts back the lead photo Readability dropped, unless the article already shows that image. */
function addLeadFigure(doc: Document, content: Element): void {
  const first = articleLines(content)[0];
  const lead = first ? findLeadFigure(doc, first) : null;
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
  div.append(...Array.from(root.childNodes));
  return div;
}

function noArticle(): PipelineResult {
  return { ok: false, reason: 'no-article', message: 'No article found on this page.' };
}
