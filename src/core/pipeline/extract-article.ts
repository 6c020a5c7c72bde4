import { extractWithReadability, type Extracted } from '../extract/readability';
import { childPath, findArticleRegion, followPath, regionDocument } from '../extract/region';
import { densityCandidates } from '../extract/density';
import { readabilityLooksWrong } from '../extract/fallback';
import { prepareForExtraction } from '../extract/prepare';
import { textWeight } from '../text/normalize';
import { looksLikeLinkList } from '../dom/blocks';
import type { Removal } from '../model/article';

/** A region whose extraction yields less than this is a wrong guess: the whole page is tried. */
export const MIN_REGION_WEIGHT = 120;
/** A region that yields this many characters is an article whatever else the page holds. */
const MIN_REGION_CHARS_ALWAYS = 2_000;
/** …else it must hold this share of the page's text outside links. */
const MIN_REGION_SHARE = 0.25;

/**
 * Readability on a copy of the article's region of the page; on a copy of the whole page when the
 * region gives nothing (the density guess was wrong, or the page is unusual).
 */
export function extractFrom(doc: Document, removed: Removal[]): Extracted | null {
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
 * Whether a region's article is plausibly the page's article and not one block of it: a short
 * result on a page with far more prose outside links (cnn's paragraphs are many small blocks;
 * a footer disclaimer can be the densest one) sends the pipeline to the whole page.
 */
function yieldsEnough(text: string, pageText: number): boolean {
  const chars = text.replace(/\s+/g, '').length;
  return chars >= MIN_REGION_CHARS_ALWAYS || chars >= pageText * MIN_REGION_SHARE;
}
