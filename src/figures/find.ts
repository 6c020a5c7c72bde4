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
  if (!/[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億半翻]|doubl|tripl|trebl|quadrupl|halved/i.test(text)) return [];
  const f = foldFigureText(text);
  const blocked = blockedRanges(f);
  const found: Candidate[] = [];
  findChinese(f, blocked, found);
  if (/[A-Za-z]/.test(f)) findEnglish(f, blocked, found);
  findTableRows(f, blocked, found);
  return resolve(found).map(({ start, end, category }) => ({ text: text.slice(start, end), category, start, end }));
}

/** Titles in 《》 and 〈〉, and the names of the exclusion lexicon. */
function blockedRanges(f: string): Blocked {
  const blocked = new Uint8Array(f.length);
  let open = f.indexOf('《');
  while (open >= 0) {
    const close = f.indexOf('》', open + 1);
    if (close < 0) break;
    blocked.fill(1, open, close + 1);
    open = f.indexOf('《', close + 1);
  }
  LEXICON_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEXICON_RE.exec(f))) blocked.fill(1, m.index, m.index + m[0].length);
  return blocked;
}

/** Overlapping candidates (the passes can find the same number): the longest wins, then the earliest. */
function resolve(found: Candidate[]): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
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
