// Requests from Qingdu's own scripts to the background: open the options page, load the converter.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Harness } from './harness';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

/** Runs `send` as a content script of ours in the tab (as the reader would) and returns what it got back. */
async function fromTab(tabId: number, message: { type: string; [field: string]: unknown }): Promise<unknown> {
  const worker = await h.worker();
  return worker.evaluate(
    async ([tabId, message]) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId },
        func: (m: { type: string; [field: string]: unknown }) => chrome.runtime.sendMessage(m).then((r: unknown) => ({ answer: r ?? null }), (e: unknown) => ({ error: String(e) })),
        args: [message],
      });
      return result?.result;
    },
    [tabId, message] as const,
  );
}

async function converterLoaded(tabId: number): Promise<boolean> {
  const worker = await h.worker();
  return worker.evaluate(async (tabId) => {
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, func: () => typeof (globalThis as { __qingduConvertText?: unknown }).__qingduConvertText === 'function' });
    return result?.result === true;
  }, tabId);
}

describe('requests from the reader to the background', () => {
  test('load-converter injects the converter into the sender\'s tab and says so', async () => {
    const worker = await h.worker();
    // Conversion off: opening the reader loads no converter.
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, convert: { target: 'off', mode: 'reader', sites: [], neverSites: [] } } }));
    try {
      const { page, tabId } = await h.openFixture('seed-003-shixun');
      // A toolbar click gives the tab the activeTab grant the reader runs under.
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await converterLoaded(tabId)).toBe(false);
      expect(await fromTab(tabId, { type: 'qingdu:load-converter' })).toEqual({ answer: { ok: true } });
      expect(await converterLoaded(tabId)).toBe(true);
      // The page's own scripts have no way to send it.
      expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
      await page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });

  test('open-options opens the options page; unknown requests get no answer', async () => {
    const { page, tabId } = await h.openFixture('seed-003-shixun');
    expect(await h.toggleByClick(page)).toBe('open');
    const opened = h.context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
    expect(await fromTab(tabId, { type: 'qingdu:open-options' })).toEqual({ answer: null });
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${h.extensionId}/options.html`);
    expect(await fromTab(tabId, { type: 'qingdu:format-disk' })).toEqual({ answer: null });
    // The options page is ours and in a tab, but a page of the extension cannot be scripted: the
    // answer reports the failed injection rather than pretending.
    const answer = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'qingdu:load-converter' }).then((r: unknown) => r ?? null, (e: unknown) => String(e)),
    );
    expect(answer).toEqual({ ok: false });
    await options.close();
    await page.close();
  });

  test('one tab cannot steer another: convert-tab with another tab\'s id gets no answer and changes nothing', async () => {
    const worker = await h.worker();
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 2, convert: { target: 'simplified', mode: 'reader', sites: [], neverSites: [] } } }));
    try {
      // The victim: a traditional page the user opened a reader on (so it has the converter).
      const victim = await h.newTab(h.fixtureUrl('convert/traditional'));
      expect(await h.toggleByClick(victim.page)).toBe('open');
      expect(await h.toggleByClick(victim.page)).toBeNull();
      const before = await victim.page.evaluate(() => document.body.innerHTML);
      const sender = await h.openFixture('seed-003-shixun');
      expect(await h.toggleByClick(sender.page)).toBe('open');
      // What the removed popup path accepted: a tab id in the message body.
      for (const action of ['convert', 'toggle', 'status']) {
        expect(await fromTab(sender.tabId, { type: 'qingdu:convert-tab', tabId: victim.tabId, action, target: 'simplified' })).toEqual({ answer: null });
      }
      // An auto-convert request with a forged tab and url is answered for the sender's own tab only.
      await fromTab(sender.tabId, { type: 'qingdu:auto-convert', script: 'traditional', tabId: victim.tabId, url: victim.page.url() });
      await victim.page.waitForTimeout(300);
      expect(await victim.page.evaluate(() => document.body.innerHTML)).toBe(before);
      await victim.page.close();
      await sender.page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });
});
