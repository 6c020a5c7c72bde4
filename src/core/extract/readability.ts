import { Readability } from '@mozilla/readability';
import type { ReadabilityHints } from '../meta';

export interface Extracted {
  /** A copy of Readability's article container, in the working document, detached (the pipeline owns it). */
  content: Element;
  hints: ReadabilityHints;
}

/**
 * Readability counts characters; a Chinese article of 300 characters is a full news story, which
 * its default threshold (500) would reject as too short.
 */
const CHAR_THRESHOLD = 200;

/** Runs Readability on the working copy (which it mutates). Null when it finds no article. */
export function extractWithReadability(work: Document): Extracted | null {
  const parsed = new Readability<Element>(work, {
    charThreshold: CHAR_THRESHOLD,
    // A copy: Readability reads the children of its container through live lists, and in jsdom a
    // node with one rebuilds it at every later removal among its children (quadratic cleaning).
    serializer: (el: Node) => el.cloneNode(true) as Element,
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
