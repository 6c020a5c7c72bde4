/**
 * `npm run bench:huge`: what a toolbar click costs the tab on huge pages, in real Chromium with the
 * built extension (.output/chrome-mv3; built first unless QINGDU_SKIP_BUILD=1).
 *
 * For each generated page (bench/huge-pages.ts, written to a temp dir and served locally): a real
 * toolbar click (CDP Extensions.triggerAction, as the e2e suite clicks), then
 *   - longest task: PerformanceObserver 'longtask' registered before the page loads (content
 *     scripts run on the page's main thread, so their tasks are in it), cross-checked with the
 *     longest RunTask of the page's renderer main thread in a trace of the same window;
 *   - busy: main-thread task time in that window (CDP Performance.getMetrics TaskDuration);
 *   - click→shown: from the click to the first frame after the reader's host (article or notice)
 *     is in the page;
 *   - heartbeat: the largest gap of a 10 ms setInterval and of a rAF loop (how long the tab froze);
 *   - bare Readability on the same page in the same run (a clone of the document, defaults), the
 *     anchor the pipeline is compared with (same method as `npm run bench`).
 * Then a CPU profile of the same work (the reader's code bundled unminified, run in a fresh
 * isolated world of the page, as a content script runs) says which stage the time goes to. Figures, not assertions: the machine is shared and noisy.
 *
 * BENCH_HUGE_PAGES=farm-10mb,limit-text picks pages; BENCH_HUGE_PROFILE=0 skips the profile.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { Harness, readerState, waitForStateChange } from '../test/e2e/harness';
import { startFixtureServer } from '../test/e2e/server';
import { ROOT } from '../test/e2e/paths';
import { hugePages } from './huge-pages';
import { median, printTable } from './stats';

const SHOWN_TIMEOUT_MS = 300_000;
/**
 * tsx compiles with keepNames, which wraps functions in a `__name(fn, "name")` helper; callbacks
 * passed to page.evaluate carry that call into the page, where the helper must exist.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';
/** Tasks that end after the reader is shown (focus, layout of the view) still belong to the click. */
const TRAIL_MS = 1_000;

interface Gap {
  at: number;
  gap: number;
}
interface BenchState {
  longtasks: { start: number; duration: number }[];
  gaps: Gap[];
  rafGaps: Gap[];
  frames: number;
  shownAt: number | null;
  shownPaint: number | null;
  clickAt: number;
}
type BenchWindow = Window & { __qdBench: BenchState };

/** Runs in the page's main world before any page script: the observers the figures come from. */
function installProbes(): void {
  const b: BenchState = { longtasks: [], gaps: [], rafGaps: [], frames: 0, shownAt: null, shownPaint: null, clickAt: Infinity };
  Object.defineProperty(window, '__qdBench', { value: b });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 50) b.gaps.push({ at: last, gap: now - last });
    last = now;
  }, 10);
  let lastFrame = performance.now();
  const frame = (): void => {
    const now = performance.now();
    if (now - lastFrame > 50) b.rafGaps.push({ at: lastFrame, gap: now - lastFrame });
    lastFrame = now;
    b.frames++;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => {
      const host = document.documentElement.querySelector(':scope > div[data-qingdu="reader"]');
      if (!host || b.shownAt !== null) return;
      b.shownAt = performance.now();
      requestAnimationFrame(() => (b.shownPaint = performance.now()));
    }).observe(document.documentElement, { childList: true });
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

/** The longest main-thread task of the page's renderer, and what it was made of (top-level trace events inside it, ms by name). */
interface TracedTask {
  ms: number;
  parts: [string, number][];
}

/** Traces the renderer while fn runs; returns the longest task of the page's renderer main thread. */
async function longestTracedTask(cdp: CDPSession, pageUrl: string, fn: () => Promise<void>): Promise<TracedTask | null> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  try {
    await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.find((f) => f.url === pageUrl)?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  let longest: TraceEvent | null = null;
  for (const e of onMain) {
    if ((e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > (longest?.dur ?? 0)) longest = e;
  }
  if (!longest) return null;
  // Self time of the events inside it, by name: script (FunctionCall, v8.*), style, layout, GC …
  const end = longest.ts + (longest.dur ?? 0);
  const inside = onMain.filter((e) => e !== longest && e.ts >= longest.ts && e.ts < end && !/RunTask/.test(e.name));
  inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const parts = new Map<string, number>();
  const stack: { e: TraceEvent; self: number }[] = [];
  const finish = (item: { e: TraceEvent; self: number }) => {
    const kind = traceKind(item.e.name);
    parts.set(kind, (parts.get(kind) ?? 0) + item.self / 1000);
  };
  for (const e of inside) {
    while (stack.length && e.ts >= stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0)) finish(stack.pop()!);
    if (stack.length) stack[stack.length - 1]!.self -= e.dur ?? 0;
    stack.push({ e, self: e.dur ?? 0 });
  }
  while (stack.length) finish(stack.pop()!);
  return { ms: (longest.dur ?? 0) / 1000, parts: [...parts].sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

/** What a trace event's self time is: script, style, layout, GC, or its own name. */
function traceKind(name: string): string {
  if (/GC|Heap/i.test(name)) return 'GC';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout' || name === 'UpdateLayerTree' || name === 'PrePaint' || name === 'Paint') return 'layout/paint';
  if (/Microtask|FunctionCall|EvaluateScript|Compile|v8\.|V8\.|TimerFire|EventDispatch/.test(name)) return 'script';
  return name;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/** Waits until the page has had no long task for a second (a 10 MB page keeps parsing and laying out after load). */
async function settle(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.waitForTimeout(500);
    const quiet = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__qdBench;
      const now = performance.now();
      const lastTask = b.longtasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
      const lastGap = b.gaps.reduce((m, g) => Math.max(m, g.at + g.gap), 0);
      return now - Math.max(lastTask, lastGap) > 1_000;
    });
    if (quiet || Date.now() > deadline) return;
  }
}

interface Sample {
  outcome: string;
  clickToShown: number | null;
  longest: number;
  /** Longest RunTask in a trace of the same window (first run only: tracing slows the page). */
  traced: TracedTask | null;
  busy: number;
  heartbeat: number;
  raf: number | null;
  readability: number;
  readabilityOk: boolean;
}

interface Row {
  page: string;
  mb: number;
  elements: number;
  /** Text in <body> less scripts and styles: what the pipeline's MAX_TEXT_CHARS counts. */
  chars: number;
  runs: Sample[];
}

async function measureOnce(h: Harness, name: string, trace: boolean): Promise<Sample & { elements: number; chars: number }> {
  const { page } = await h.newTab();
  try {
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(installProbes);
    await page.goto(h.fixtureUrl(name), { waitUntil: 'load', timeout: 180_000 });
    await settle(page);
    const size = await page.evaluate(() => {
      const scripts = Array.from(document.body.querySelectorAll('script, style, noscript')).reduce((n, el) => n + (el.textContent?.length ?? 0), 0);
      return { elements: document.getElementsByTagName('*').length, chars: (document.body.textContent?.length ?? 0) - scripts };
    });

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busyBefore = await taskSeconds(cdp);
    let state: string | null = null;
    const click = async (): Promise<void> => {
      await page.evaluate(() => ((window as unknown as BenchWindow).__qdBench.clickAt = performance.now()));
      await h.clickToolbarButton(page);
      state = await waitForStateChange(page, null, SHOWN_TIMEOUT_MS);
      await page.waitForTimeout(TRAIL_MS);
    };
    const traced = trace ? await longestTracedTask(cdp, page.url(), click) : (await click(), null);
    const busy = (await taskSeconds(cdp)) - busyBefore;
    await cdp.detach();

    const inPage = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__qdBench;
      const after = <T extends { at: number }>(list: T[]) => list.filter((x) => x.at >= b.clickAt - 5);
      return {
        longest: Math.max(0, ...b.longtasks.filter((t) => t.start >= b.clickAt - 5).map((t) => t.duration)),
        heartbeat: Math.max(0, ...after(b.gaps).map((g) => g.gap)),
        raf: b.frames > 0 ? Math.max(0, ...after(b.rafGaps).map((g) => g.gap)) : null,
        clickToShown: b.shownPaint !== null ? b.shownPaint - b.clickAt : null,
      };
    });
    // Closes the reader again (the anchor below must run on the page alone).
    if ((await readerState(page)) !== null) await h.toggleByClick(page, SHOWN_TIMEOUT_MS);

    const readability = await bareReadability(page);
    return { ...size, outcome: state ?? 'none', ...inPage, traced, busy: busy * 1000, readability: readability.ms, readabilityOk: readability.ok };
  } finally {
    await page.close();
  }
}

async function measure(h: Harness, name: string, html: string, runs: number): Promise<Row> {
  const samples: (Sample & { elements: number; chars: number })[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measureOnce(h, name, i === 0));
  return { page: name, mb: Buffer.byteLength(html) / 1e6, elements: samples[0]!.elements, chars: samples[0]!.chars, runs: samples };
}

let readabilitySource: string | null = null;

/**
 * A fresh isolated world in the page, like the one a content script gets (its own heap and DOM
 * wrappers, cold): the anchor and the profile run where the reader runs, not in the page's world.
 */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `qingdu-bench-${Date.now()}` });
  return executionContextId;
}

async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const res = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value as T;
}

/** Bare Readability (defaults, on a clone of the document, as `npm run bench` runs it), in a fresh isolated world of the page. */
async function bareReadability(page: Page): Promise<{ ms: number; ok: boolean }> {
  readabilitySource ??= await readFile(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const cdp = await page.context().newCDPSession(page);
  try {
    const world = await isolatedWorld(cdp);
    // The file's top-level function declaration becomes a global of that world.
    await evaluateIn(cdp, world, `${readabilitySource}\n//# sourceURL=readability.js`);
    return await evaluateIn(cdp, world, `(() => {
      const started = performance.now();
      const parsed = new Readability(document.cloneNode(true)).parse();
      return { ms: performance.now() - started, ok: Boolean(parsed && parsed.textContent) };
    })()`);
  } finally {
    await cdp.detach();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Stages of the reader's work, by function name in the unminified bundle. */
const STAGES = [
  'openReader', 'runPipeline', 'articleRegion', 'scoreDensity', 'regionDocument', 'prepareForExtraction', 'extractWithReadability',
  'extractFrom', 'addLeadFigure', 'wrapInlineRuns', 'splitAtBreaks', 'looksLikeLinkList', 'articleLines', 'titleCandidates', 'cleanArticle',
  'sanitizeInPlace', 'readMetadata', 'findNextPage', 'render', 'buildArticleView', 'figuresUi', 'markFigures', 'figureSummary', 'enableQuoteCopy',
  // The reader focuses its view: that forces style and layout of the whole article at once.
  'focus',
];

let probeSource: string | null = null;

async function probeBundle(): Promise<string> {
  if (probeSource) return probeSource;
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, 'bench/huge-probe.ts'), formats: ['iife'], name: 'qingduProbe', fileName: 'probe' } },
  });
  const output = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  const chunk = output.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('could not bundle bench/huge-probe.ts');
  probeSource = `${chunk.code}\n//# sourceURL=qingdu-probe.js`;
  return probeSource;
}

/** A CPU profile of the reader's work on the page: inclusive ms per stage, and the hottest functions by self time. */
async function profile(h: Harness, name: string): Promise<{ stages: Map<string, number>; hottest: [string, number][]; total: number }> {
  const { page } = await h.newTab();
  try {
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(installProbes);
    await page.goto(h.fixtureUrl(name), { waitUntil: 'load', timeout: 180_000 });
    await settle(page);
    const cdp = await page.context().newCDPSession(page);
    const world = await isolatedWorld(cdp);
    await evaluateIn(cdp, world, await probeBundle());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const started = Date.now();
    await evaluateIn(cdp, world, '__qingduProbe.toggle()');
    const total = Date.now() - started;
    const { profile: p } = await cdp.send('Profiler.stop');
    await cdp.detach();

    const nodes = new Map<number, ProfileNode>(p.nodes.map((n) => [n.id, n as ProfileNode]));
    const parent = new Map<number, number>();
    for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    const samples = p.samples ?? [];
    const deltas = p.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const leaf = nodes.get(samples[i]!)!;
      const leafName = leaf.callFrame.functionName || `(${leaf.callFrame.url ? 'anonymous' : 'native'})`;
      self.set(leafName, (self.get(leafName) ?? 0) + ms);
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const fnName = nodes.get(id)!.callFrame.functionName.replace(/\$\d+$/, '');
        if (fnName && !seen.has(fnName)) {
          seen.add(fnName);
          inclusive.set(fnName, (inclusive.get(fnName) ?? 0) + ms);
        }
      }
    }
    const stages = new Map(STAGES.filter((s) => inclusive.has(s)).map((s) => [s, inclusive.get(s)!]));
    const hottest = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
    return { stages, hottest, total };
  } finally {
    await page.close();
  }
}

const ms = (v: number | null): string => (v === null ? '–' : v.toFixed(0));

async function main(): Promise<void> {
  const extensionDir = process.env.QINGDU_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');
  if (process.env.QINGDU_SKIP_BUILD !== '1') execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no extension build at ${extensionDir}: run npm run build`);

  const only = process.env.BENCH_HUGE_PAGES?.split(',').filter(Boolean);
  const pages = hugePages().filter((p) => !only || only.includes(p.name));
  const dir = await mkdtemp(path.join(tmpdir(), 'qingdu-huge-'));
  const server = await startFixtureServer(dir);
  const h = await Harness.launch(extensionDir, server.base);
  try {
    for (const p of pages) await writeFile(path.join(dir, `${p.name}.html`), p.html);
    const runs = Math.max(1, Number(process.env.BENCH_HUGE_RUNS ?? 3));
    const rows: Row[] = [];
    for (const p of pages) {
      console.error(`[bench:huge] ${p.name}: ${p.what}`);
      rows.push(await measure(h, p.name, p.html, runs));
    }
    console.log(`\nOne toolbar click on a huge page: headless Chromium, the built extension, median of ${runs} runs (worst in brackets), ms\n`);
    const med = (r: Row, pick: (s: Sample) => number | null): string => {
      const values = r.runs.map(pick).filter((v): v is number => v !== null);
      return values.length ? median(values).toFixed(0) : '–';
    };
    const worst = (r: Row, pick: (s: Sample) => number): string => Math.max(...r.runs.map(pick)).toFixed(0);
    printTable([
      ['page', 'MB', 'elements', 'text chars', 'outcome', 'click→shown', 'longest task', 'run 1: longtask/traced', 'busy', 'heartbeat gap', 'rAF gap', 'bare Readability'],
      ...rows.map((r) => {
        const first = r.runs[0]!;
        const outcomes = [...new Set(r.runs.map((s) => s.outcome))].join('/');
        return [
          r.page, r.mb.toFixed(1), String(r.elements), String(r.chars), outcomes, med(r, (s) => s.clickToShown), `${med(r, (s) => s.longest)} (${worst(r, (s) => s.longest)})`,
          `${first.longest.toFixed(0)}/${ms(first.traced?.ms ?? null)}`, med(r, (s) => s.busy), `${med(r, (s) => s.heartbeat)} (${worst(r, (s) => s.heartbeat)})`, med(r, (s) => s.raf),
          `${med(r, (s) => s.readability)}${r.runs.every((s) => s.readabilityOk) ? '' : ' (none)'}`,
        ];
      }),
    ]);
    console.log('\nThe longest task of run 1, by the self time of the trace events inside it (ms)');
    for (const r of rows) {
      const t = r.runs[0]!.traced;
      console.log(`  ${r.page}: ${t ? t.parts.map(([name, v]) => `${name} ${v.toFixed(0)}`).join(' · ') : '–'}`);
    }
    console.log(
      '\nlongest task: PerformanceObserver longtask in the page; traced: longest RunTask of the renderer main thread (CDP trace);' +
        '\nbusy: main-thread task time from click to shown + 1 s (CDP TaskDuration); heartbeat: largest gap of a 10 ms setInterval;' +
        '\nbare Readability: new Readability(document.cloneNode(true)).parse() in a fresh isolated world of the same page',
    );

    if (process.env.BENCH_HUGE_PROFILE !== '0') {
      console.log('\nWhere the time goes: CPU profile of the reader\'s code (unminified) on the same pages, inclusive ms per stage\n');
      const profiles: ({ name: string } & Awaited<ReturnType<typeof profile>>)[] = [];
      for (const p of pages) profiles.push({ name: p.name, ...(await profile(h, p.name)) });
      const stages = STAGES.filter((s) => profiles.some((p) => (p.stages.get(s) ?? 0) >= 1));
      printTable([['stage', ...profiles.map((p) => p.name)], ...stages.map((s) => [s, ...profiles.map((p) => ms(p.stages.get(s) ?? 0))]), ['(wall, profiled)', ...profiles.map((p) => ms(p.total))]]);
      console.log('\nHottest functions by self time');
      for (const p of profiles) console.log(`  ${p.name}: ${p.hottest.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(' · ')}`);
    }
  } finally {
    await h.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
