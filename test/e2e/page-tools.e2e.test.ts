// The context-menu tools on the original page (no reader): highlight key figures, copy a clean quote.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, loadFixture, screenshot } from './harness';
import { expectedQuote } from './quote-expectations';
import { FALSE_FRIENDS } from './figure-expectations';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

/**
 * Menus cannot be clicked from Playwright. A toolbar click (opened and closed again) gives the tab
 * the same activeTab grant a menu click gives; then the test calls the handler a menu click calls.
 */
async function grantAndRunMenu(page: Page, tabId: number, id: string): Promise<unknown> {
  expect(await h.toggleByClick(page)).toBe('open');
  expect(await h.toggleByClick(page)).toBe(null);
  const worker = await h.worker();
  return worker.evaluate(
    ([id, tabId]) => (globalThis as { __qingduContextMenu?: (i: string, t: number) => Promise<unknown> }).__qingduContextMenu!(id, tabId),
    [id, tabId] as const,
  );
}

describe('highlight key figures on the original page', () => {
  test('marks the figures in the article, and a second run restores the page exactly', async () => {
    const { page, tabId } = await h.openFixture('seed-003-shixun');
    const before = await page.evaluate(() => document.body.outerHTML);
    const first = await grantAndRunMenu(page, tabId, 'qingdu-highlight-figures');
    expect(first).toMatchObject({ ok: true });
    const marks = await page.evaluate(() => Array.from(document.querySelectorAll('mark.qd-fig')).map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(['87.7%', '25.4亿元']));
    // Only the article: the footer's ICP number and the sidebar are not marked.
    expect(marks.some((m) => /ICP|2022015281/.test(m ?? ''))).toBe(false);
    await screenshot(page, 'page-figures-seed-003-shixun');
    const worker = await h.worker();
    await worker.evaluate((tabId) => (globalThis as { __qingduContextMenu?: (i: string, t: number) => Promise<unknown> }).__qingduContextMenu!('qingdu-highlight-figures', tabId), tabId);
    expect(await page.evaluate(() => document.querySelectorAll('mark.qd-fig').length)).toBe(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    await page.close();
  });
});

describe('highlight key figures on the original page: no false friends', () => {
  test('false-friends: the figures of the article are marked, no word with a numeral inside, nothing outside the article', async () => {
    const { page, tabId } = await h.openFixture('false-friends');
    expect(await grantAndRunMenu(page, tabId, 'qingdu-highlight-figures')).toMatchObject({ ok: true });
    const marks = await page.evaluate(() => Array.from(document.querySelectorAll('mark.qd-fig')).map((m) => m.textContent ?? ''));
    expect(marks).toEqual(expect.arrayContaining(['41个城市', '超过1.2万家', '85.3亿元']));
    for (const word of FALSE_FRIENDS) expect(marks.filter((t) => t.includes(word)), word).toEqual([]);
    // The disclaimer's "3个工作日内" and the 上一篇 link's "3处" are not the article.
    expect(marks.some((t) => /3个工作日|3处/.test(t))).toBe(false);
    await screenshot(page, 'page-figures-false-friends');
    await page.close();
  });
});

describe('copy as clean quote on the original page', () => {
  for (const format of ['plain', 'markdown', 'chinese'] as const) {
    test(`the clipboard gets the quote with its citation, despite the page's copy handler (${format})`, async () => {
      const worker = await h.worker();
      await worker.evaluate((format) => chrome.storage.sync.set({ settings: { version: 1, quote: { format, citation: true, url: true } } }), format);
      try {
        const { page, tabId } = await h.openFixture('seed-001-yizhan');
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        const { meta, gold } = await loadFixture('seed-001-yizhan');
        await page.evaluate(
          ([first, second]) => {
            const ps = Array.from(document.querySelectorAll('p'));
            const a = ps.find((p) => p.textContent?.includes(first))!;
            const b = ps.find((p) => p.textContent?.includes(second))!;
            const range = document.createRange();
            range.setStart(a, 0);
            range.setEnd(b, b.childNodes.length);
            document.getSelection()!.removeAllRanges();
            document.getSelection()!.addRange(range);
          },
          [gold[1]!.slice(0, 12), gold[2]!.slice(0, 12)] as const,
        );
        const result = await grantAndRunMenu(page, tabId, 'qingdu-copy-quote');
        expect(result).toMatchObject({ ok: true });
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        expect(clipboard).toBe(expectedQuote(format, gold[1]!, gold[2]!, meta, page.url()));
        expect(clipboard).not.toContain('著作权归作者所有');
        await page.close();
      } finally {
        await worker.evaluate(() => chrome.storage.sync.remove('settings'));
      }
    });
  }
});

describe('script conversion from the context menu', () => {
  test('converts a traditional page to the reader\'s script and shows the original again', async () => {
    const worker = await h.worker();
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, convert: { target: 'simplified', mode: 'reader', sites: [], neverSites: [] } } }));
    try {
      const { page, tabId } = await h.openFixture('seed-004-qilu');
      const original = await page.evaluate(() => document.body.innerHTML);
      const result = await grantAndRunMenu(page, tabId, 'qingdu-convert-page');
      expect(result).toMatchObject({ state: 'converted' });
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('我国全面启动医疗卫生强基工程');
      expect(text).not.toContain('醫療衛生');
      await worker.evaluate((tabId) => (globalThis as { __qingduContextMenu?: (i: string, t: number) => Promise<unknown> }).__qingduContextMenu!('qingdu-convert-page', tabId), tabId);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
      await page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });

  test('"never convert this site" is remembered in the settings', async () => {
    const worker = await h.worker();
    const { page, tabId } = await h.openFixture('seed-004-qilu');
    try {
      await worker.evaluate(
        ([tabId, url]) => (globalThis as { __qingduContextMenu?: (i: string, t: number, u?: string) => Promise<unknown> }).__qingduContextMenu!('qingdu-never-convert-site', tabId, url),
        [tabId, page.url()] as const,
      );
      const stored = await worker.evaluate(() => chrome.storage.sync.get('settings'));
      expect((stored.settings as { convert: { neverSites: string[] } }).convert.neverSites).toEqual(['127.0.0.1']);
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
      await page.close();
    }
  });
});

describe('pages that forbid selecting', () => {
  test('become selectable with "Allow text selection", and a second run undoes it', async () => {
    const { page, tabId } = await h.openFixture('seed-003-shixun');
    await page.addStyleTag({ content: '* { user-select: none !important; -webkit-user-select: none !important; }' });
    await page.evaluate(() => {
      document.onselectstart = () => false;
    });
    const dragSelect = async (): Promise<string> => {
      await page.evaluate(() => document.getSelection()?.removeAllRanges());
      const box = await page.locator('p', { hasText: '县医院是县级医疗卫生服务网络的龙头' }).boundingBox();
      await page.mouse.move(box!.x + 5, box!.y + 8);
      await page.mouse.down();
      await page.mouse.move(box!.x + box!.width - 5, box!.y + 8, { steps: 8 });
      await page.mouse.up();
      return page.evaluate(() => document.getSelection()?.toString() ?? '');
    };
    expect(await dragSelect()).toBe('');
    expect(await grantAndRunMenu(page, tabId, 'qingdu-allow-select')).toMatchObject({ ok: true, result: true });
    expect((await dragSelect()).length).toBeGreaterThan(10);
    const worker = await h.worker();
    await worker.evaluate((tabId) => (globalThis as { __qingduContextMenu?: (i: string, t: number) => Promise<unknown> }).__qingduContextMenu!('qingdu-allow-select', tabId), tabId);
    expect(await dragSelect()).toBe('');
    await page.close();
  });
});
