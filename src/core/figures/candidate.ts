import type { FigureCategory } from './types';

/** A figure found by one of the passes, as offsets into the (folded) text. */
export interface Candidate {
  start: number;
  end: number;
  category: FigureCategory;
}

/**
 * Ranges of the text where no figure is taken: titles in 《》 and the names of the exclusion
 * lexicon. One byte per UTF-16 unit, filled once per call.
 */
export type Blocked = Uint8Array;

export function isBlocked(blocked: Blocked, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (blocked[i]) return true;
  return false;
}
