/**
 * `npm run bench`: for each fixture, in one process, the median time of Qingdu's whole pipeline and
 * of bare Readability on the same page (both on a fresh copy of the parsed page, as a real run
 * needs), their ratio; then the size of every built entrypoint. Figures, not assertions: machines
 * here are shared and noisy, so compare within the run.
 */
import { relative } from 'node:path';
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../src/core/pipeline';
import { bundleSizes } from '../scripts/bundle-budgets';
import { fixtureDocument, listFixtures, loadFixture } from '../test/support/fixtures';
import { median, printTable, time } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;

console.log(`Pipeline vs bare Readability, median of ${RUNS} runs each (interleaved), ms\n`);
const rows: string[][] = [['fixture', 'KB', 'qingdu', 'readability', 'ratio']];
const ratios: number[] = [];
for (const name of listFixtures()) {
  const fixture = loadFixture(name);
  const doc = fixtureDocument(fixture);
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = time(() => runPipeline(doc));
    const b = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    if (i >= WARMUP) {
      ours.push(a);
      bare.push(b);
    }
  }
  const ratio = median(ours) / median(bare);
  ratios.push(ratio);
  rows.push([name, (Buffer.byteLength(fixture.html) / 1024).toFixed(0), median(ours).toFixed(2), median(bare).toFixed(2), ratio.toFixed(2) + '×']);
}
rows.push(['median ratio', '', '', '', median(ratios).toFixed(2) + '×']);
printTable(rows);

console.log('\nBuilt scripts (bytes · gzip · budget, which `wxt build` enforces: scripts/bundle-budgets.ts)\n');
const sizeRows: string[][] = [['file', 'bytes', 'gzip', 'budget']];
for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2', '.output/firefox-mv3']) {
  for (const { file, bytes, gzip, budget } of bundleSizes(dir)) {
    sizeRows.push([`${relative('.output', dir)}/${file}`, String(bytes), String(gzip), budget ? String(budget.gzipMax) : 'none']);
  }
}
if (sizeRows.length === 1) console.log('(no build found: run `npm run build` first)');
else printTable(sizeRows);

