import { Readability } from '@mozilla/readability';
import type { ReadabilityHints } from '../meta';

export interface Extracted {
  /** Readability's article container (a detached copy of it for a long article), in the working document; the pipeline owns it. */
  content: Element;
  hints: ReadabilityHints;
}

/**
 * Readability counts characters; a Chinese article of 300 characters is a full news story, which
 * its default threshold (500) would reject as too short.
 */
const CHAR_THRESHOLD = 200;

/** Past this many elements in the article, the clean stage works on a copy of it (see ownCopy). */
const COPY_ABOVE_ELEMENTS = 1_000;

/**
 * Readability reads the children of its container through live lists, and in jsdom (the CLI, the
 * tests) a node with one rebuilds it at every later removal among its children: cleaning a long
 * article turned quadratic (a 300 k-character page: seconds). A copy has no such lists. A short
 * article is left as it is: there the copy would cost more than it saves, and browsers' live
 * lists cost nothing.
 */
function ownCopy(el: Element): Element {
  return el.getElementsByTagName('*').length > COPY_ABOVE_ELEMENTS ? (el.cloneNode(true) as Element) : el;
}

/** Runs Readability on the working copy (which it mutates). Null when it finds no article. */
export function extractWithReadability(work: Document): Extracted | null {
  const parsed = new Readability<Element>(work, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (el: Node) => ownCopy(el as Element),
  }).parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    hints: {
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      lang: parsed.lang ?? null,
    },
  };
}
