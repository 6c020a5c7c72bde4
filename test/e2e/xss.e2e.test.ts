// The XSS corpus through the real extension in Chromium: a hostile copy of a real article page
// (seed-003-shixun with one vector inserted) is opened, the reader is opened over it, and nothing
// the reader shows may execute.
//
// How execution is detected: the page defines window.__pwned(n, this) in its first <script>, and
// every vector calls it (test/data/xss/vectors.txt, PWN → __pwned(N,this)). The page's own copy of
// a vector runs when the page loads, as it would without Qingdu; so the log records the phase
// (window.__phase, set by the test just before the toolbar click) and where `this` lives: the page's
// own tree ('light'), a shadow tree ('shadow': the reader's closed root), a node in no tree or in
// another document ('detached': a working copy the pipeline made), or none ('window': a script
// body or a javascript: URL). After the reader opens, only the page's own elements may fire again
// (an autofocus handler when focus comes back, say); any 'shadow', 'detached' or 'window' entry is
// Qingdu running page code.
//
// Worlds: inline handlers, javascript: URLs and <script> elements always run in the page's MAIN
// world, whichever world inserted the markup (the reader's shadow root is part of the page's
// document), so the main-world hook sees them all. The content script's isolated world runs only
// the extension's bundled code and never evaluates page strings, so there is nothing of the page's
// that could run there; a hook in that world would have nothing to record.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, inReaderShadow, readerState } from './harness';
import { hostilePage, loadVectors, type Placement } from '../support/xss';

interface LogEntry {
  n: number;
  where: 'light' | 'shadow' | 'detached' | 'window';
  phase: string;
}

const VECTORS = loadVectors();
/** Every vector between paragraphs; the ones that reach the article body also inside a paragraph and in the head. */
const CASES: { n: number; placement: Placement; html: string }[] = [
  ...VECTORS.map((v) => ({ n: v.n, placement: 'between' as const, html: v.html })),
  ...VECTORS.filter((_, i) => i % 4 === 0).map((v) => ({ n: v.n, placement: 'inline' as const, html: v.html })),
  ...VECTORS.filter((_, i) => i % 4 === 2).map((v) => ({ n: v.n, placement: 'head' as const, html: v.html })),
];

let h: Harness;
let page: Page;
const pages = new Map<string, string>();
/** Vectors whose page copy ran at load: proof the hook records execution in this browser. */
const firedAtLoad = new Set<number>();

beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
  ({ page } = await h.newTab());
  // The hostile pages are served on the fixture server's origin (its other paths, such as the
  // vectors' src=x images, still go to the real server and 404).
  await page.route(
    (url) => url.pathname.startsWith('/xss-e2e/'),
    (route) => {
      const body = pages.get(new URL(route.request().url()).pathname);
      return body === undefined
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
});
afterAll(async () => {
  await page?.close().catch(() => {});
  await h?.close();
});

function readLog(p: Page): Promise<LogEntry[]> {
  return p.evaluate(() => [...((window as unknown as { __pwnLog?: LogEntry[] }).__pwnLog ?? [])]);
}

/** What the rendered reader holds that could run: anything outside the article allowlist. */
const SHADOW_PROBLEMS = `function () {
  const out = [];
  const body = this.querySelector('.qd-body');
  if (!body) return out;
  for (const el of body.querySelectorAll('*')) {
    const tag = el.localName;
    if (['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'svg', 'math', 'link', 'meta', 'base', 'template'].includes(tag)) out.push('element ' + tag);
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) out.push(a.name + ' on ' + tag);
      if (/^(href|src|action|formaction|xlink:href)$/.test(a.name) && /^[\\u0000-\\u0020]*(javascript|vbscript|data):/i.test(a.value.replace(/[\\t\\n\\r]/g, '')) && !(tag === 'img' && /^data:image\\//i.test(a.value))) out.push(a.name + '=' + a.value.slice(0, 60));
    }
  }
  return out;
}`;

describe('the hook itself', () => {
  test('records execution in the shadow tree and in detached nodes (so silence means something)', async () => {
    const url = `${h.fixtureBase}/xss-e2e/control.html`;
    pages.set('/xss-e2e/control.html', hostilePage('<p>对照</p>', 'between', true));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => {
      (window as unknown as { __phase: string }).__phase = 'reader';
      // A detached copy, as a working document made in the page's own document would be.
      const img = document.createElement('img');
      img.setAttribute('onerror', '__pwned(901,this)');
      img.src = 'x';
      const shadowHost = document.createElement('div');
      document.body.append(shadowHost);
      const root = shadowHost.attachShadow({ mode: 'closed' });
      const inShadow = document.createElement('img');
      inShadow.setAttribute('onerror', '__pwned(902,this)');
      inShadow.src = 'x';
      root.append(inShadow);
    });
    await page.waitForTimeout(500);
    const log = await readLog(page);
    expect(log).toContainEqual({ n: 901, where: 'detached', phase: 'reader' });
    expect(log).toContainEqual({ n: 902, where: 'shadow', phase: 'reader' });
  });
});

describe.each(CASES.map((c) => [`#${c.n} ${c.placement}`, c] as const))('vector %s', (_label, c) => {
  test('nothing executes when the reader shows the page', async () => {
    const path = `/xss-e2e/${c.n}-${c.placement}.html`;
    pages.set(path, hostilePage(c.html, c.placement, true));
    await page.goto(`${h.fixtureBase}${path}?run=${Date.now()}`, { waitUntil: 'load' });
    // The page's own copy of the vector runs now, if it can; let load-time handlers settle.
    await page.waitForTimeout(250);
    const atLoad = await readLog(page);
    if (atLoad.some((e) => e.n === c.n || e.n === 0)) firedAtLoad.add(c.n);

    await page.evaluate(() => {
      (window as unknown as { __phase: string }).__phase = 'reader';
    });
    const state = await h.toggleByClick(page);
    expect(state === 'open' || state === 'no-article', `reader state ${String(state)}`).toBe(true);
    await page.waitForTimeout(500);

    const problems = await inReaderShadow<string[]>(page, SHADOW_PROBLEMS);
    expect(problems?.value ?? [], 'runnable markup in the reader').toEqual([]);
    const ran = (await readLog(page)).filter((e) => e.phase === 'reader' && e.where !== 'light');
    expect(ran, `executed after the reader opened: ${c.html}`).toEqual([]);

    // Closing puts nothing back that runs either.
    expect(await h.toggleByClick(page)).toBeNull();
    await page.waitForTimeout(100);
    const afterClose = (await readLog(page)).filter((e) => e.phase === 'reader' && e.where !== 'light');
    expect(afterClose).toEqual([]);
    expect(await readerState(page)).toBeNull();
  });
});

test('the hook saw the page copies of the vectors run at load (the detection works in this browser)', () => {
  // Dozens of the vectors (img onerror, svg onload, autofocus onfocus, details ontoggle …) run in
  // the page itself; if none did, the hook was broken and the silence above would mean nothing.
  expect(firedAtLoad.size).toBeGreaterThanOrEqual(20);
});
