import { scoreDensity, type DensityScores } from './density';

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
  /** Non-space characters outside links on the whole page, to judge what the region yields. */
  pageText: number;
}

/** The region and the densest block inside it. Null when nothing qualifies. */
export function findArticleRegion(doc: Document): ArticleRegion | null {
  const body = doc.body;
  if (!body) return null;
  const scores = scoreDensity(body);
  const core = scores.candidates[0]?.element ?? null;
  if (!core) return null;
  let region = core;
  for (let i = 0; i < MAX_CLIMB && region.parentElement && region.parentElement !== body; i++) {
    const parent = region.parentElement;
    if (scores.elementsIn(parent) - scores.elementsIn(region) > MAX_CLIMB_ADDED) break;
    // Past the first levels, climb only while what the parent adds reads like more of the article:
    // a long story split into sections (engadget, quanta) is several sibling blocks of prose.
    if (i >= CLIMB && addition(scores, region, parent) === 'other') break;
    region = parent;
  }
  // The page's own markup naming the article body (schema.org) outranks density: a photo gallery's
  // captions inside it can be denser than the story around them.
  const markedBody = core.closest('[itemprop~="articleBody"]');
  if (markedBody && markedBody !== body && markedBody.contains(region) && scores.elementsIn(markedBody) - scores.elementsIn(region) <= MAX_CLIMB_ADDED) region = markedBody;
  // The article's blocks straight under <body> (a bare or table-layout page): it is the page, not
  // one block of it; the whole page is read instead.
  if (region.parentElement === body && addition(scores, region, body) === 'prose') return null;
  return { region, core, pageText: scores.netText };
}

/** Levels a climb may go up at most, past CLIMB only through wrappers and added prose. */
const MAX_CLIMB = 12;
/** Link share above which added text is a list of links, not prose. */
const MAX_ADDED_LINK_SHARE = 0.25;
/** Added text must be at least this share of the region's own to count as more of the article. */
const MIN_ADDED_SHARE = 1;
/** Added text below this is no addition: the parent is a wrapper. */
const MIN_ADDED_TEXT = 20;

/**
 * What parent adds to child's text: (almost) nothing (a wrapper, a caption, a date), prose (little
 * link text, punctuated as the child is), or other matter (a link list, a feed).
 */
function addition(scores: DensityScores, child: Element, parent: Element): 'nothing' | 'prose' | 'other' {
  const inner = scores.textIn(child);
  const outer = scores.textIn(parent);
  if (!inner || !outer) return 'other';
  const added = outer.text - inner.text;
  if (added < MIN_ADDED_TEXT) return 'nothing';
  // More of the article is of the article's order of size (its other sections); a slogan, a
  // disclaimer or an author box beside it is small, and is not worth a level.
  if (added < inner.text * MIN_ADDED_SHARE) return 'other';
  const addedLinks = outer.linkText - inner.linkText;
  const addedPunctuation = outer.punctuation - inner.punctuation;
  const prose = addedLinks / added <= MAX_ADDED_LINK_SHARE && addedPunctuation / added >= 0.5 * (inner.punctuation / Math.max(1, inner.text));
  return prose ? 'prose' : 'other';
}

/** Where `el` is under `ancestor`, as child indices, so the same element can be found in a copy. */
export function childPath(ancestor: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node: Element = el; node !== ancestor && node.parentElement; node = node.parentElement) {
    let index = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.unshift(index);
  }
  return path;
}

/** The element at `path` under `root` (see childPath); null when the copy differs. */
export function followPath(root: Element, path: readonly number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) {
    let child: Element | null = node?.firstElementChild ?? null;
    for (let i = 0; child && i < index; i++) child = child.nextElementSibling;
    node = child;
  }
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
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.tagName === 'META') work.head.append(work.importNode(el, true));
  }
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.getAttribute('type') === 'application/ld+json') work.head.append(work.importNode(script, true));
  }
  work.body.append(work.importNode(region, true));
  return work;
}
