/**
 * `npx tsx bench/convert.ts` — script conversion figures, Qingdu's converter next to opencc-js
 * used directly (the anchor) in the same run:
 *
 * 1. detection on a 300 KB page (jsdom and, when Chromium is there, a real page: cold and warm);
 * 2. converter cold start per direction — import (parse + evaluate the data), build, first
 *    conversion — and the heap it keeps, each in a fresh Node process (median of 5);
 * 3. warm throughput in characters per second on a 100,000-character page;
 * 4. in Chromium: the longest main-thread task while converting a 100,000-character page
 *    (PerformanceObserver 'longtask'), the time to the first converted slice, the slices.
 *
 * Figures, not assertions: machines here are shared and noisy, so compare within one run.
 * Options: --no-chromium; BENCH_RUNS (default 7); CHROMIUM_PATH.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import * as OpenCC from 'opencc-js';
import { analyzePage, countText, classify, pageText } from '../src/core/convert/detect';
import { getConverter, OPENCC_OPTIONS, type ConfigName } from '../src/core/convert/converter';
import { printTable } from './stats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useChromium = !process.argv.includes('--no-chromium') && existsSync(CHROMIUM);
const CONFIGS = Object.keys(OPENCC_OPTIONS) as ConfigName[];

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, digits = 1) => n.toFixed(digits);

// ------------------------------------------------------------------------------------- texts

const FIXTURES = path.join(ROOT, 'test/fixtures');
const gold = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.gold.txt'))
  .sort()
  .map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'))
  .join('\n');
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const SIMPLIFIED = t2s(gold);
const TRADITIONAL = OpenCC.Converter({ from: 'cn', to: 'tw' })(SIMPLIFIED);
void s2t;

function repeatTo(text: string, chars: number): string {
  let out = '';
  while (out.length < chars) out += text;
  return out.slice(0, chars);
}

function pageHtml(text: string, bytes: number, lang: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${lines[i % lines.length]}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body><article>${parts.join('')}</article></body></html>`;
}

// ------------------------------------------------------------------------------------- bundles

const tmp = mkdtempSync(path.join(tmpdir(), 'qingdu-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const nodeBundle = path.join(tmp, 'ours.mjs');
const pageBundle = path.join(tmp, 'page.js');
const detectBundle = path.join(tmp, 'detect.js');
writeFileSync(
  path.join(tmp, 'page-entry.ts'),
  `import { createPageConverter } from ${JSON.stringify(path.join(ROOT, 'src/page/convert/page'))};
   import { analyzePage, countText, pageText } from ${JSON.stringify(path.join(ROOT, 'src/core/convert/detect'))};
   (globalThis as any).QD = { createPageConverter, analyzePage, countText, pageText };`,
);
// charset utf8: as WXT builds the extension (esbuild's default would escape every CJK character).
await build({ entryPoints: [path.join(ROOT, 'src/core/convert/converter.ts')], bundle: true, format: 'esm', platform: 'node', outfile: nodeBundle, logLevel: 'warning', minify: true, charset: 'utf8' });
await build({ entryPoints: [path.join(tmp, 'page-entry.ts')], bundle: true, format: 'iife', platform: 'browser', outfile: pageBundle, logLevel: 'warning', minify: true, charset: 'utf8' });
// What the detect content script runs (its settings read and message aside).
writeFileSync(
  path.join(tmp, 'detect-entry.ts'),
  `import { analyzePage } from ${JSON.stringify(path.join(ROOT, 'src/core/convert/detect'))};
   (globalThis as any).QDD = { analyzePage };`,
);
await build({ entryPoints: [path.join(tmp, 'detect-entry.ts')], bundle: true, format: 'iife', platform: 'browser', outfile: detectBundle, logLevel: 'warning', minify: true, charset: 'utf8' });
const openccEsm = path.join(path.dirname(createRequire(import.meta.url).resolve('opencc-js')), '..', 'esm', 'full.js');

const CHILD = `
const [impl, config, bundle, from, to] = process.argv.slice(2);
gc(); gc();
const h0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
let convert, t1;
if (impl === 'ours') {
  const m = await import(bundle);
  t1 = performance.now();
  convert = m.getConverter(config);
} else {
  const m = await import(bundle);
  t1 = performance.now();
  convert = m.Converter({ from, to });
}
convert('测试一下軟體和网络');
const t2 = performance.now();
globalThis.keep = convert;
gc(); gc();
const h1 = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, totalMs: t2 - t0, heapMB: (h1 - h0) / 1048576 }));
`;
const childFile = path.join(tmp, 'child.mjs');
writeFileSync(childFile, CHILD);

interface ColdResult {
  importMs: number;
  buildMs: number;
  totalMs: number;
  heapMB: number;
}

function cold(impl: 'ours' | 'opencc', config: ConfigName): ColdResult {
  const runs: ColdResult[] = [];
  const { from, to } = OPENCC_OPTIONS[config];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', childFile, impl, config, impl === 'ours' ? nodeBundle : openccEsm, from, to], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const pick = (k: keyof ColdResult) => median(runs.map((r) => r[k]));
  return { importMs: pick('importMs'), buildMs: pick('buildMs'), totalMs: pick('totalMs'), heapMB: pick('heapMB') };
}

// ------------------------------------------------------------------------------------- 1. detection

console.log(`Script conversion bench (median of ${RUNS} runs unless noted; opencc-js ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules/opencc-js/package.json'), 'utf8')).version} is the anchor)\n`);
console.log('1. Detection on a 300 KB page (Node + jsdom)\n');
{
  const html = pageHtml(SIMPLIFIED, 300_000, 'zh-CN');
  const doc = new JSDOM(html).window.document;
  const text = doc.body.textContent ?? '';
  const count: number[] = [];
  const full: number[] = [];
  const early: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    let t = performance.now();
    classify(countText(text));
    const a = performance.now() - t;
    t = performance.now();
    classify(countText(pageText(doc)));
    const b = performance.now() - t;
    t = performance.now();
    analyzePage(doc);
    const c = performance.now() - t;
    if (i >= 2) {
      count.push(a);
      full.push(b);
      early.push(c);
    }
  }
  printTable([
    ['what', 'chars', 'ms'],
    ['count + classify, the text as one string', String(text.length), fmt(median(count), 2)],
    ['page text (textContent) + count all of it', String(text.length), fmt(median(full), 2)],
    ['analyzePage as shipped (16 windows, 2,048 chars)', '', fmt(median(early), 2)],
  ]);
}

// ------------------------------------------------------------------------------------- 2. cold start

console.log('\n2. Converter cold start and heap, each in a fresh Node process (median of 5)\n');
{
  const rows = [['direction', 'opencc-js options', 'ours import', 'build+1st', 'total ms', 'heap MB', 'opencc-js import', 'build+1st', 'total ms', 'heap MB']];
  for (const config of CONFIGS) {
    const o = cold('ours', config);
    const r = cold('opencc', config);
    const { from, to } = OPENCC_OPTIONS[config];
    rows.push([config, `{from:'${from}',to:'${to}'}`, fmt(o.importMs), fmt(o.buildMs), fmt(o.totalMs), fmt(o.heapMB), fmt(r.importMs), fmt(r.buildMs), fmt(r.totalMs), fmt(r.heapMB)]);
  }
  printTable(rows);
  console.log('(ours: the whole converter bundle with every direction\'s data is imported; opencc-js: its full build)');
}

// ------------------------------------------------------------------------------------- 3. throughput

console.log('\n3. Warm throughput on a 100,000-character page (Node)\n');
{
  const rows = [['direction', 'input', 'ours Mchar/s', 'opencc-js Mchar/s', 'ratio', 'identical']];
  for (const config of CONFIGS) {
    const toSimplified = OPENCC_OPTIONS[config].to === 'cn';
    const input = repeatTo(toSimplified ? TRADITIONAL : SIMPLIFIED, 100_000);
    const ours = getConverter(config);
    const ref = OpenCC.Converter(OPENCC_OPTIONS[config]);
    const a: number[] = [];
    const b: number[] = [];
    let same = true;
    for (let i = 0; i < RUNS + 2; i++) {
      let t = performance.now();
      const x = ours(input);
      const ta = performance.now() - t;
      t = performance.now();
      const y = ref(input);
      const tb = performance.now() - t;
      same &&= x === y;
      if (i >= 2) {
        a.push(ta);
        b.push(tb);
      }
    }
    const rate = (ms: number) => input.length / (ms / 1000) / 1e6;
    rows.push([config, toSimplified ? 'traditional' : 'simplified', fmt(rate(median(a)), 2), fmt(rate(median(b)), 2), fmt(median(b) / median(a), 2) + '×', same ? 'yes' : 'NO']);
  }
  printTable(rows);
}

// ------------------------------------------------------------------------------------- 4. chromium

interface ConvRun {
  injectMs: number;
  firstMs: number;
  totalMs: number;
  longestTask: number;
  longTasks: number;
  slices: number;
  longestSlice: number;
  texts: number;
  config: string;
}

if (!useChromium) {
  console.log('\n4. Chromium: skipped (--no-chromium or no browser at ' + CHROMIUM + ')');
} else {
  const { chromium } = await import('playwright-core');
  type Browser = Awaited<ReturnType<typeof chromium.launch>>;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const code = readFileSync(pageBundle, 'utf8');

  /** One fresh page: inject the converter, convert the whole page, watch long tasks. */
  const convertOnce = async (html: string, target: string, expectFirst: string): Promise<ConvRun> => {
    const p2 = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await p2.setContent(html);
      await p2.evaluate(() => {
        const w = window as unknown as { __long: { start: number; duration: number }[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: false });
      });
      // The converter bundle (data + code, as /convert.js carries it) is handed to the page first;
      // compiling and running it is timed inside the page, in a task of its own, as an injection.
      await p2.evaluate((c) => ((window as unknown as { __code: string }).__code = c), code);
      const injectMs = await p2.evaluate(() => {
        const t = performance.now();
        new Function((window as unknown as { __code: string }).__code)();
        return performance.now() - t;
      });
      await p2.waitForTimeout(50);
      const run = await p2.evaluate(async (target) => {
        const w = window as unknown as {
          __long: { start: number; duration: number }[];
          QD: {
            createPageConverter(d: Document): {
              run(c: unknown): { firstMs?: number; config: string | null };
              controller: { idle(): Promise<void>; stats(): { slices: number; longestSliceMs: number; texts: number } } | null;
            };
          };
        };
        const start = performance.now();
        const pc = w.QD.createPageConverter(document);
        const status = pc.run({ action: 'convert', target, auto: true });
        await pc.controller!.idle();
        const end = performance.now();
        await new Promise((r) => setTimeout(r, 100));
        const during = w.__long.filter((t) => t.start + t.duration >= start && t.start <= end + 50);
        const stats = pc.controller!.stats();
        return {
          firstMs: status.firstMs ?? NaN,
          totalMs: end - start,
          longestTask: Math.max(0, ...during.map((t) => t.duration)),
          longTasks: during.length,
          slices: stats.slices,
          longestSlice: stats.longestSliceMs,
          texts: stats.texts,
          config: status.config ?? '?',
        };
      }, target);
      const first = await p2.evaluate(() => document.querySelector('p')?.textContent ?? '');
      if (first !== expectFirst) console.log(`  (warning: the first paragraph differs from opencc-js, ${target})`);
      return { injectMs, ...run };
    } finally {
      await p2.close();
    }
  };

  try {
    console.log('\n4. Chromium (the same code in a real page; fresh page per run)\n');
    const detectHtml = pageHtml(SIMPLIFIED, 300_000, 'zh-CN');
    const detect: { cold: number; coldFull: number; warm: number }[] = [];
    for (let run = 0; run < Math.max(3, Math.min(RUNS, 5)); run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.setContent(detectHtml);
      await page.addScriptTag({ content: code });
      detect.push(
        await page.evaluate(() => {
          const QD = (globalThis as unknown as { QD: { analyzePage(d: Document): unknown; pageText(d: Document): string; countText(s: string): unknown } }).QD;
          let t = performance.now();
          QD.analyzePage(document);
          const cold = performance.now() - t;
          t = performance.now();
          QD.countText(QD.pageText(document));
          const coldFull = performance.now() - t;
          const warm: number[] = [];
          for (let i = 0; i < 5; i++) {
            t = performance.now();
            QD.analyzePage(document);
            warm.push(performance.now() - t);
          }
          warm.sort((a, b) => a - b);
          return { cold, coldFull, warm: warm[2]! };
        }),
      );
      await page.close();
    }
    // A page already in the reader's script: what the detect script costs there (compile and run
    // the detection code, analyze the page), cold, on a real article page.
    const detectCode = readFileSync(detectBundle, 'utf8');
    const typical = readFileSync(path.join(FIXTURES, 'seed-003-shixun.html'), 'utf8');
    const sameScript: number[] = [];
    for (let run = 0; run < 15; run++) {
      const page = await browser.newPage();
      await page.setContent(typical);
      await page.evaluate((c) => ((window as unknown as { __code: string }).__code = c), detectCode);
      sameScript.push(
        await page.evaluate(() => {
          const t = performance.now();
          new Function((window as unknown as { __code: string }).__code)();
          (globalThis as unknown as { QDD: { analyzePage(d: Document): unknown } }).QDD.analyzePage(document);
          return performance.now() - t;
        }),
      );
      await page.close();
    }
    printTable([
      ['detection, 300 KB simplified page', 'median ms'],
      ['analyzePage as shipped, cold (first call on the page)', fmt(median(detect.map((d) => d.cold)), 2)],
      ['page text + count all of it (not shipped), right after', fmt(median(detect.map((d) => d.coldFull)), 2)],
      ['analyzePage as shipped, warm', fmt(median(detect.map((d) => d.warm)), 2)],
      [`same-script article page (seed-003-shixun): compile detection + analyze, cold, median of 15`, fmt(median(sameScript), 2)],
      ['  fastest / slowest of 15', `${fmt(Math.min(...sameScript), 2)} / ${fmt(Math.max(...sameScript), 2)}`],
    ]);

    const cases = [
      { label: 'traditional page → simplified', text: repeatTo(TRADITIONAL, 100_000), lang: 'zh-TW', target: 'simplified', ref: OpenCC.Converter({ from: 'tw', to: 'cn' }) },
      { label: 'simplified page → Taiwan', text: repeatTo(SIMPLIFIED, 100_000), lang: 'zh-CN', target: 'taiwan', ref: OpenCC.Converter({ from: 'cn', to: 'twp' }) },
    ];
    const results: { label: string; runs: ConvRun[] }[] = [];
    for (const c of cases) {
      const html = pageHtml(c.text, Buffer.byteLength(c.text) + 200, c.lang);
      const firstLine = c.text.split('\n').find((l) => l.trim())!;
      const runs: ConvRun[] = [];
      for (let run = 0; run < Math.max(3, Math.min(RUNS, 5)); run++) runs.push(await convertOnce(html, c.target, c.ref(firstLine)));
      results.push({ label: c.label, runs });
    }
    console.log('');
    const col = (f: (r: ConvRun) => number, digits = 1) => results.map((r) => fmt(median(r.runs.map(f)), digits));
    printTable([
      ['converting a 100,000-character page, median of runs', ...results.map((r) => `${r.label} (${r.runs[0]!.config})`)],
      ['inject the converter script (compile + evaluate in the page, ms)', ...col((r) => r.injectMs)],
      ['first slice ready (detect + build converter + visible part, ms)', ...col((r) => r.firstMs)],
      ['whole page converted (ms)', ...col((r) => r.totalMs)],
      ['longest main-thread task while converting (longtask API, ms; 0 = none over 50)', ...col((r) => r.longestTask)],
      ['  worst run', ...results.map((r) => fmt(Math.max(...r.runs.map((x) => x.longestTask))))],
      ['longest slice of our own work (ms)', ...col((r) => r.longestSlice)],
      ['slices', ...col((r) => r.slices, 0)],
      ['text nodes converted', ...col((r) => r.texts, 0)],
    ]);
  } finally {
    await browser.close();
  }
}
