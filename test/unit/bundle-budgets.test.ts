// The size budget of the built scripts (scripts/bundle-budgets.ts), which `wxt build` enforces.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, budgetProblems } from '../../scripts/bundle-budgets';

/** Bytes that gzip barely shrinks: a seeded pseudo-random string. */
function incompressible(length: number): string {
  let x = 1;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(33 + (x % 90));
  }
  return s;
}

describe('bundle budgets', () => {
  it('flag a script over its budget and a script without one, and pass the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qingdu-budget-'));
    mkdirSync(path.join(dir, 'chunks'));
    const detect = BUNDLE_BUDGETS.find((b) => b.file === 'detect.js')!;
    writeFileSync(path.join(dir, 'detect.js'), incompressible(detect.gzipMax * 2));
    writeFileSync(path.join(dir, 'background.js'), 'console.log(1);');
    writeFileSync(path.join(dir, 'chunks', 'options-AbC123.js'), 'export {};');
    writeFileSync(path.join(dir, 'surprise.js'), 'export {};');
    const problems = budgetProblems(dir);
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.startsWith('detect.js:'))).toMatch(/over its budget of 7000/);
    expect(problems.find((p) => p.startsWith('surprise.js:'))).toMatch(/no budget/);
  });

  it('every budget says why', () => {
    for (const b of BUNDLE_BUDGETS) expect(b.why.length, b.file).toBeGreaterThan(20);
  });
});
