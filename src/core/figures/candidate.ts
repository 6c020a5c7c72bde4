import type { Figure, FigureCategory } from './types';

/**
 * A figure found by one of the passes, as offsets into the (folded) text; its text is filled in
 * once the passes agree (find.ts). It is the returned Figure from the start: a page can hold half a
 * million figures, and one object each instead of two halves what the collector has to copy.
 */
export type Candidate = Figure;

export function candidate(start: number, end: number, category: FigureCategory): Candidate {
  return { text: '', category, start, end };
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
