import { scoreDensity } from './density';

/**
 * Levels to climb from the densest block: an article's lede, images and subheadings often sit in
 * sibling containers of its main text block, and Readability needs the neighbourhood to choose well.
 */
const CLIMB = 2;
/**
 * Elements a climb may add to the region. A parent that holds more is mostly something else (a
 * comment thread, a feed): copying and preparing 100,000 comment elements took half a second of a
 * click on a huge page, to be thrown away as furniture. A few thousand cost a few milliseconds.
 */
const MAX_CLIMB_ADDED = 3_000;

/**
 * The part of the page that holds the article: the densest text block (by text and punctuation
 * density, read only on the live page) and its neighbourhood, unless that neighbourhood is huge.
 * Null when nothing qualifies.
 */
export function articleRegion(doc: Document): Element | null {
  return findArticleRegion(doc)?.region ?? null;
}

export interface ArticleRegion {
  /** The densest block and up to CLIMB ancestors: what gets copied for extraction. */
  region: Element;
  /** The densest block itself, the reason the region was chosen. */
  core: Element;
}

/** The region and the densest block inside it. Null when nothing qualifies. */
export function findArticleRegion(doc: Document): ArticleRegion | null {
  const body = doc.body;
  if (!body) return null;
  const scores = scoreDensity(body);
  const core = scores.candidates[0]?.element ?? null;
  if (!core) return null;
  let region = core;
  for (let i = 0; i < CLIMB && region.parentElement && region.parentElement !== body; i++) {
    if (scores.elementsIn(region.parentElement) - scores.elementsIn(region) > MAX_CLIMB_ADDED) break;
    region = region.parentElement;
  }
  return { region, core };
}

/** Where `el` is under `ancestor`, as child indices, so the same element can be found in a copy. */
export function childPath(ancestor: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node: Element = el; node !== ancestor && node.parentElement; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node) as number);
  }
  return path;
}

/** The element at `path` under `root` (see childPath); null when the copy differs. */
export function followPath(root: Element, path: readonly number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

/**
 * A small working document holding just the region, with what Readability and the metadata stage
 * read from <head> (title, meta tags, JSON-LD) and the page's base URL so relative links resolve.
 * Copying a region instead of the whole page is most of what makes the pipeline fast on farm pages,
 * which are mostly furniture. The copy is inert: nothing in it loads or runs.
 */
export function regionDocument(doc: Document, region: Element): Document {
  const work = doc.implementation.createHTMLDocument(doc.title);
  const html = work.documentElement;
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) html.setAttribute('lang', lang);
  const base = work.createElement('base');
  base.setAttribute('href', doc.baseURI);
  work.head.append(base);
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (el.tagName === 'META') work.head.append(work.importNode(el, true));
  }
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type') === 'application/ld+json') work.head.append(work.importNode(script, true));
  }
  work.body.append(work.importNode(region, true));
  return work;
}
