import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FigureCategory, findFigures } from '../../src/core/figures';
import { FIXTURE_DIR } from '../support/fixtures';

/**
 * The recognizer against the hand-made gold annotation: for every fixture with NAME.gold.txt there
 * is NAME.figures.json listing every key figure of the article, [{line, text, category}], `line`
 * being the 0-based index among the non-empty lines of the gold file (as test/support/fixtures.ts
 * reads them). A figure matches only exactly: same line, same position, same text, same category.
 * Positions come from reading the entries in order: the k-th entry with a given text on a line is
 * its k-th occurrence after the previous entry.
 *
 * `npx vitest run test/unit/figures-gold.test.ts` prints the precision/recall table and every miss
 * and false positive.
 */
interface GoldFigure {
  line: number;
  text: string;
  category: FigureCategory;
}

interface Tally {
  name: string;
  gold: number;
  found: number;
  hits: number;
  misses: string[];
  falsePositives: string[];
}

const names = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.gold.txt'))
  .map((f) => f.slice(0, -'.gold.txt'.length))
  .sort();

function goldLines(name: string): string[] {
  return readFileSync(join(FIXTURE_DIR, `${name}.gold.txt`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function key(line: number, start: number, text: string, category: string): string {
  return `${line}:${start}:${category}:${text}`;
}

function score(name: string): Tally {
  const lines = goldLines(name);
  const gold = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.figures.json`), 'utf8')) as GoldFigure[];
  const want = new Set<string>();
  const cursor = new Map<number, number>();
  for (const g of gold) {
    const line = lines[g.line];
    if (line === undefined) throw new Error(`${name}.figures.json: no line ${g.line}`);
    const start = line.indexOf(g.text, cursor.get(g.line) ?? 0);
    if (start < 0) throw new Error(`${name}.figures.json: "${g.text}" not found on line ${g.line} after the previous entry`);
    cursor.set(g.line, start + g.text.length);
    want.add(key(g.line, start, g.text, g.category));
  }
  const got = new Set<string>();
  lines.forEach((line, i) => {
    for (const f of findFigures(line)) got.add(key(i, f.start, f.text, f.category));
  });
  const hits = [...got].filter((k) => want.has(k)).length;
  return {
    name,
    gold: want.size,
    found: got.size,
    hits,
    misses: [...want].filter((k) => !got.has(k)),
    falsePositives: [...got].filter((k) => !want.has(k)),
  };
}

const precision = (t: { found: number; hits: number }): number => (t.found ? t.hits / t.found : 1);
const recall = (t: { gold: number; hits: number }): number => (t.gold ? t.hits / t.gold : 1);

const tallies: Tally[] = [];

describe('key figures against the gold annotation', () => {
  it('has a figures.json for every fixture with a gold text', () => {
    expect(names.filter((n) => !existsSync(join(FIXTURE_DIR, `${n}.figures.json`)))).toEqual([]);
  });

  it.each(names.filter((n) => existsSync(join(FIXTURE_DIR, `${n}.figures.json`))))('%s: precision and recall ≥ 0.95, exact spans', (name) => {
    const t = score(name);
    tallies.push(t);
    const report = [...t.misses.map((m) => `miss ${m}`), ...t.falsePositives.map((m) => `false positive ${m}`)].join('\n');
    if (report) console.log(`${name}\n${report}`);
    expect(precision(t), report).toBeGreaterThanOrEqual(0.95);
    expect(recall(t), report).toBeGreaterThanOrEqual(0.95);
  });

  it('overall precision and recall ≥ 0.95', () => {
    const all = names.filter((n) => existsSync(join(FIXTURE_DIR, `${n}.figures.json`))).map(score);
    const sum = all.reduce((a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, hits: a.hits + t.hits }), { gold: 0, found: 0, hits: 0 });
    expect(sum.gold).toBeGreaterThan(300);
    expect(precision(sum)).toBeGreaterThanOrEqual(0.95);
    expect(recall(sum)).toBeGreaterThanOrEqual(0.95);
  });
});

afterAll(() => {
  if (!tallies.length) return;
  const rows = [...tallies].sort((a, b) => a.name.localeCompare(b.name));
  const sum = rows.reduce((a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, hits: a.hits + t.hits }), { gold: 0, found: 0, hits: 0 });
  const line = (n: string, t: { gold: number; found: number; hits: number }): string =>
    `| ${n} | ${t.gold} | ${t.found} | ${t.hits} | ${precision(t).toFixed(3)} | ${recall(t).toFixed(3)} |`;
  console.log(
    ['| fixture | gold | found | exact | precision | recall |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows.map((t) => line(t.name, t)), line('**overall**', sum)].join('\n'),
  );
});
