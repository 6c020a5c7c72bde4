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
  const figures = resolve(found.filter((c) => !inLexicon(f, c)));
  inheritChange(f, figures);
  return figures.map(({ start, end, category }) => ({ text: text.slice(start, end), category, start, end }));
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

/** Whether a candidate overlaps a name of the exclusion lexicon (八项规定, 三支一扶 …), looked up around it only. */
function inLexicon(f: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - 8);
  const window = f.slice(from, c.end + 8);
  LEXICON_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEXICON_RE.exec(window))) {
    const s = from + m.index;
    if (s < c.end && s + m[0].length > c.start) return true;
  }
  return false;
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
