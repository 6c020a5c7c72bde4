import { Readability } from '@mozilla/readability';
import type { ReadabilityHints } from '../meta';

export interface Extracted {
  /** Readability's article container, in the working copy (the pipeline owns it). */
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
    serializer: (el: Node) => el as Element,
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
