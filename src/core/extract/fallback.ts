import { looksLikeLinkList } from '../dom/blocks';
import type { DensityCandidate } from './density';

/**
 * Readability's pick is suspect when it holds much less text than the densest block of the page,
 * or is a list of links where the densest block is prose (it took a related list or a comment list).
 * The pipeline then uses the densest block instead.
 */
export function readabilityLooksWrong(content: Element, best: DensityCandidate | undefined): boolean {
  if (!best) return false;
  const picked = (content.textContent ?? '').replace(/\s+/g, '').length;
  return picked < best.text * 0.5 || (looksLikeLinkList(content) && !looksLikeLinkList(best.element));
}
