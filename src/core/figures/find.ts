import type { Blocked, Candidate } from './candidate';
import { findChinese } from './chinese';
import { findEnglish } from './english';
import { LEXICON_RE } from './exclusions';
import { foldFigureText } from './script';
import { findTableRows } from './table-rows';
import type { Figure } from './types';

/**
 * The key figures of a text, in order, never overlapping. Pure: no DOM, no state kept between calls.
 * Offsets are into `text` (UTF-16), and `figure.text === text.slice(start, end)`.
 */
export function findFigures(text: string): Figure[] {
  if (!/[0-9０-９A-Za-z零〇一二两兩三四五六七八九十百千万萬亿億兆半翻]/.test(text)) return [];
  const f = foldFigureText(text);
  const blocked = blockedRanges(f);
  const found: Candidate[] = [];
  findChinese(f, blocked, found);
  if (/[A-Za-z]/.test(f)) findEnglish(f, blocked, found);
  findTableRows(f, blocked, found);
  const lexicon = lexiconMask(f);
  const figures = resolve(lexicon ? found.filter((c) => !inLexicon(lexicon, c)) : found);
  inheritChange(f, figures);
  for (const c of figures) c.text = text.slice(c.start, c.end);
  return figures;
}

/** 分别增长9.8%、8.8%: a percent listed right after a change is a change too. */
const LIST_JOINER = /^(?:、|和|及|与|以及|,? and |,? or )$/;

function inheritChange(f: string, figures: Candidate[]): void {
  for (let i = 1; i < figures.length; i++) {
    const prev = figures[i - 1];
    const cur = figures[i];
    if (prev && cur && prev.category === 'change' && cur.category === 'percent' && LIST_JOINER.test(f.slice(prev.end, cur.start))) cur.category = 'change';
  }
}

/** Titles in 《》: no figure is taken inside one. */
function blockedRanges(f: string): Blocked {
  const blocked = new Uint8Array(f.length);
  let open = f.indexOf('《');
  while (open >= 0) {
    const close = f.indexOf('》', open + 1);
    if (close < 0) break;
    blocked.fill(1, open, close + 1);
    open = f.indexOf('《', close + 1);
  }
  return blocked;
}

/**
 * Where the names of the exclusion lexicon (八项规定, 三支一扶 …) stand in the text: one pass of the
 * lexicon over the whole text, so each candidate's check is a look at its own span (a regex run
 * per candidate cost more than finding the figures on a page of numbers).
 */
function lexiconMask(f: string): Uint8Array | null {
  LEXICON_RE.lastIndex = 0;
  let mask: Uint8Array | null = null;
  let m: RegExpExecArray | null;
  while ((m = LEXICON_RE.exec(f))) {
    mask ??= new Uint8Array(f.length);
    mask.fill(1, m.index, m.index + m[0].length);
    if (m[0].length === 0) LEXICON_RE.lastIndex++;
  }
  return mask;
}

/** Whether a candidate overlaps a name of the exclusion lexicon. */
function inLexicon(mask: Uint8Array, c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (mask[i]) return true;
  return false;
}

const byPosition = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** The passes mostly push in text order; a sorted list needs no sort (a page can hold a million figures). */
function inOrder(found: readonly Candidate[]): boolean {
  for (let i = 1; i < found.length; i++) if (byPosition(found[i - 1]!, found[i]!) > 0) return false;
  return true;
}

/** Overlapping candidates (the passes can find the same number): the longest wins, then the earliest. */
function resolve(found: Candidate[]): Candidate[] {
  if (!inOrder(found)) found.sort(byPosition);
  const out: Candidate[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}
