/**
 * Key-figure recognition against the blind figure gold of the real Chinese pages
 * (test/real-gold/gne/NAME.figures.json, 1-based line numbers into NAME.gold.txt). The recognizer
 * runs on the gold article text, line by line, so extraction errors do not blur the figure scores.
 *
 * Exact: same line, same start and end. Overlap: a one-to-one matching of spans on the same line
 * that share at least one character (each gold span takes the first unmatched prediction it overlaps).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../src/core/figures';

export interface GoldFigure {
  line: number;
  text: string;
  category: string;
}

interface Span {
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface FigureScore {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
  misses: string[];
  falsePositives: string[];
  /** Overlapping pairs whose spans differ (what costs exact precision and recall): gold ≠ ours. */
  boundaries: string[];
}

/**
 * Gold spans located in their lines. The gold lists a line's figures in reading order, so each is
 * looked for after the previous one ("增长21.5% … 为21.5%": the second 21.5% is the later one);
 * failing that, anywhere on the line not already taken.
 */
function goldSpans(lines: string[], gold: GoldFigure[]): Span[] {
  const cursor = new Map<number, number>();
  const spans: Span[] = [];
  for (const g of gold) {
    const line = lines[g.line - 1];
    if (line === undefined) continue;
    let start = line.indexOf(g.text, cursor.get(g.line) ?? 0);
    for (let from = 0; start < 0; ) {
      const at = line.indexOf(g.text, from);
      if (at < 0) break;
      if (!spans.some((s) => s.line === g.line && s.start < at + g.text.length && at < s.end)) start = at;
      from = at + 1;
    }
    if (start < 0) continue;
    cursor.set(g.line, start + g.text.length);
    spans.push({ line: g.line, start, end: start + g.text.length, text: g.text });
  }
  return spans;
}

/** Scores one page; null when it has no figure gold. */
export function scoreFigurePage(goldDir: string, name: string): FigureScore | null {
  const figuresPath = join(goldDir, `${name}.figures.json`);
  const textPath = join(goldDir, `${name}.gold.txt`);
  if (!existsSync(figuresPath) || !existsSync(textPath)) return null;
  const lines = readFileSync(textPath, 'utf8').split('\n');
  const gold = goldSpans(lines, JSON.parse(readFileSync(figuresPath, 'utf8')) as GoldFigure[]);
  const predicted: Span[] = lines.flatMap((line, i) => findFigures(line).map((f) => ({ line: i + 1, start: f.start, end: f.end, text: f.text })));
  const exactKeys = new Set(gold.map((g) => `${g.line}:${g.start}:${g.end}`));
  const exact = predicted.filter((p) => exactKeys.has(`${p.line}:${p.start}:${p.end}`)).length;
  const taken = new Set<Span>();
  const matchedGold = new Set<Span>();
  const boundaries: string[] = [];
  for (const g of gold) {
    const p = predicted.find((q) => !taken.has(q) && q.line === g.line && q.start < g.end && g.start < q.end);
    if (p) {
      taken.add(p);
      matchedGold.add(g);
      if (p.start !== g.start || p.end !== g.end) boundaries.push(`${name}:${g.line} ${g.text} ≠ ${p.text} ‹${context(lines[g.line - 1]!, { ...g, start: Math.min(g.start, p.start), end: Math.max(g.end, p.end) })}›`);
    }
  }
  return {
    gold: gold.length,
    predicted: predicted.length,
    exact,
    overlap: taken.size,
    misses: gold.filter((g) => !matchedGold.has(g)).map((g) => `${name}:${g.line} ${g.text}`),
    falsePositives: predicted.filter((p) => !taken.has(p)).map((p) => `${name}:${p.line} ${p.text} ‹${context(lines[p.line - 1]!, p)}›`),
    boundaries,
  };
}

function context(line: string, span: Span): string {
  return line.slice(Math.max(0, span.start - 6), span.end + 6);
}

/** Sums page scores. */
export function totalFigureScore(scores: FigureScore[]): FigureScore {
  return scores.reduce(
    (a, s) => ({
      gold: a.gold + s.gold,
      predicted: a.predicted + s.predicted,
      exact: a.exact + s.exact,
      overlap: a.overlap + s.overlap,
      misses: [...a.misses, ...s.misses],
      falsePositives: [...a.falsePositives, ...s.falsePositives],
      boundaries: [...a.boundaries, ...s.boundaries],
    }),
    { gold: 0, predicted: 0, exact: 0, overlap: 0, misses: [], falsePositives: [], boundaries: [] },
  );
}
