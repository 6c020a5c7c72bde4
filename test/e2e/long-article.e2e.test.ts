// A long article in the real reader, in Chromium: its first screens are marked when the reader
// shows, the rest of its figures a slice per task after it, down to the last paragraph.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { farmPage } from '../../bench/huge-pages';
import { Harness, inReaderShadow, readerState, screenshot } from './harness';
import { startFixtureServer } from './server';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

let h: Harness;
let dir: string;
let server: { base: string; close: () => Promise<void> };
beforeAll(async () => {
  // Generated at run time (never committed): a farm page whose article holds about 80,000
  // characters of news sentences with figures, four times what is marked before the reader shows.
  dir = await mkdtemp(path.join(tmpdir(), 'qingdu-long-'));
  await writeFile(path.join(dir, 'long-farm.html'), farmPage(7, { paras: 400, sentencesPer: 4, comments: 20, related: 10, rankRows: 10, stateBytes: 0 }));
  server = await startFixtureServer(dir);
  h = await Harness.launch(inject('extensionDir'), server.base);
});
afterAll(async () => {
  await h?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('key figures on a long article', () => {
  test('the first paragraphs are marked at once and the last one soon after; the panel lists the first 300', async () => {
    const { page } = await h.openFixture('long-farm');
    expect(await h.toggleByClick(page)).toBe('open');
    const read = () =>
      inReaderShadow<{ chars: number; firstMarked: boolean; lastMarked: boolean; marks: number; title: string }>(
        page,
        `function () {
          const paragraphs = [...this.querySelectorAll('.qd-body p')].filter((p) => /\\d/.test(p.textContent));
          return { chars: this.querySelector('.qd-body').textContent.length,
            firstMarked: !!paragraphs[0].querySelector('mark.qd-fig'),
            lastMarked: !!paragraphs[paragraphs.length - 1].querySelector('mark.qd-fig'),
            marks: this.querySelectorAll('.qd-body mark.qd-fig').length,
            title: this.querySelector('.qd-figures summary').textContent };
        }`,
      ).then((r) => r!.value);
    const first = await read();
    expect(first.chars).toBeGreaterThan(60_000);
    expect(first.firstMarked).toBe(true);
    expect(first.title).toBe('关键数字 (300)');
    // Hang guard only: the slices finish in well under a second here.
    await expect.poll(async () => (await read()).lastMarked, { timeout: 30_000 }).toBe(true);
    const done = await read();
    expect(done.marks).toBeGreaterThan(1000);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'long-article-figures');
    await page.close();
  });
});

describe('a sign of life on a long page', () => {
  test('the toolbar button shows … while the page is read, and its own look again once the reader is open', async () => {
    const { page, tabId } = await h.openFixture('long-farm');
    const worker = await h.worker();
    const badge = () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(await badge()).toBe('');
    const seen: string[] = [];
    await h.clickToolbarButton(page);
    // Read the badge as fast as the worker answers, until the reader is open (hang guard: 30 s).
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      seen.push(await badge());
      if ((await readerState(page)) === 'open' && seen[seen.length - 1] === '') break;
    }
    expect(seen).toContain('…');
    expect(await readerState(page)).toBe('open');
    expect(await badge()).toBe('');
    const titles = await worker.evaluate(async (id) => ({ now: await chrome.action.getTitle({ tabId: id }), own: chrome.runtime.getManifest().action?.default_title }), tabId);
    expect(titles.now).toBe(titles.own);
    await page.close();
  });
});
