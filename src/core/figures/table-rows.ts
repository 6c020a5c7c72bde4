import { type Blocked, type Candidate, candidate, isBlocked } from './candidate';
import { unitAt } from './units';
import type { FigureCategory } from './types';

/**
 * Table rows read as one line ("县域内就诊率（%） 86.4 88 ≥90"): a label, then two or more bare
 * numbers separated by spaces. Each number is a figure; its category comes from the unit in the
 * label's last brackets (（%）→ percent, （家）→ count, （万元）→ money), count when there is none.
 * Header rows ("指标 2023年 2025年目标") and code lists ("电话 0396 2318570") are not figures.
 */
const ROW = /^([^\n]*?[^\s\d.,≥≤<>~])((?:[ \t]+[≥≤<>~]?\d+(?:\.\d+)?){2,})[ \t]*$/gm;
const CELL = /[≥≤<>~]?\d+(?:\.\d+)?/g;
const LABEL_UNIT = /[(（]([^()（）]{1,6})[)）]\s*$/;
const CODE_LABEL = /电话|热线|传真|邮编|手机|tel|phone|fax|ICP|备案|代码|编号/i;

export function findTableRows(f: string, blocked: Blocked, out: Candidate[]): void {
  if (!/\d[ \t]+[≥≤<>~]?\d/.test(f)) return;
  ROW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW.exec(f))) {
    const label = m[1] ?? '';
    const cells = m[2] ?? '';
    if (!/[\p{L}]/u.test(label) || CODE_LABEL.test(label)) continue;
    const category = labelCategory(label);
    const base = m.index + label.length;
    const found: Candidate[] = [];
    let ok = true;
    CELL.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CELL.exec(cells))) {
      if (/^[≥≤<>~]?0\d/.test(c[0]) || c[0].replace(/\D/g, '').length > 9) {
        ok = false; // leading zeros, long digit strings: codes
        break;
      }
      found.push(candidate(base + c.index, base + c.index + c[0].length, category));
    }
    if (ok) for (const fig of found) if (!isBlocked(blocked, fig.start, fig.end)) out.push(fig);
  }
}

function labelCategory(label: string): FigureCategory {
  const unit = LABEL_UNIT.exec(label)?.[1]?.trim();
  if (!unit) return 'count';
  // The unit as it would follow a number: "（%）" → "1%", "（万元）" → "1万元".
  const probe = unit.replace(/^[万亿千百]/, '');
  const u = unitAt(probe, 0);
  if (!u) return 'count';
  switch (u.kind) {
    case 'percent':
      return 'percent';
    case 'money':
      return 'money';
    case 'count':
      return 'count';
    case 'multiple':
      return 'change';
    default:
      return 'measure';
  }
}
