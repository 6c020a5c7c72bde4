// The page tools (context menu) in Chromium: "nothing to do" and failures are told in Qingdu's own
// notice (a closed shadow root on its own host), never thrown into the page; the page is left as it was.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOGS } from '../../src/core/i18n';
import { Harness, isOverlayHost, screenshot } from './harness';

/** Mirrors src/page/notice/view.ts (NOTICE_TIMEOUT_MS): the notice closes by itself after this long. */
const NOTICE_TIMEOUT_MS = 6_000;
// The browser runs in zh-CN (harness): the notices come from that catalog.
const NO_FIGURES = CATALOGS.zh_CN.toolNoFigures!.message;
const NO_SELECTION = CATALOGS.zh_CN.toolNoSelection!.message;
const FAILED = CATALOGS.zh_CN.toolFailed!.message;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

/** Menus cannot be clicked from Playwright: a toolbar click (opened, closed) grants activeTab as a menu click does. */
async function grantAndRunMenu(page: Page, tabId: number, id: string): Promise<unknown> {
  expect(await h.toggleByClick(page)).toBe('open');
  expect(await h.toggleByClick(page)).toBe(null);
  return runMenu(tabId, id);
}

async function runMenu(tabId: number, id: string): Promise<unknown> {
  const worker = await h.worker();
  return worker.evaluate(
    ([id, tabId]) => (globalThis as { __qingduContextMenu?: (i: string, t: number) => Promise<unknown> }).__qingduContextMenu!(id, tabId),
    [id, tabId] as const,
  );
}

interface NoticeView {
  shadowRootType: string;
  role: string | null;
  lang: string | null;
  text: string;
  rect: { x: number; y: number; width: number; height: number };
  style: Record<string, string>;
}

/** The notice as shown, read from its CLOSED shadow root through CDP (pierce + resolveNode). */
async function noticeView(page: Page): Promise<NoticeView | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => isOverlayHost(n, 'notice'));
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const res = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        const box = this.querySelector('[role]');
        const r = box.getBoundingClientRect();
        const cs = getComputedStyle(box);
        return {
          role: box.getAttribute('role'),
          lang: box.getAttribute('lang'),
          text: box.querySelector('.qd-toast-text')?.textContent ?? '',
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
          style: Object.fromEntries(['color', 'background-color', 'font-size', 'font-family', 'display', 'visibility'].map((p) => [p, cs.getPropertyValue(p)])),
        };
      }`,
      returnByValue: true,
    });
    return { ...(res.result.value as Omit<NoticeView, 'shadowRootType'>), shadowRootType: shadow.shadowRootType ?? 'unknown' };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Waits for the notice's text (it enters the live region a moment after the notice appears). */
async function noticeWithText(page: Page): Promise<NoticeView> {
  let view: NoticeView | undefined;
  await expect.poll(async () => (view = await noticeView(page))?.text ?? '', { timeout: 5_000 }).not.toBe('');
  return view!;
}

/** Records what a page's own error handlers would see (window.onerror, 'error', 'unhandledrejection'). */
function watchPageErrors(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __pageErrors: string[] }).__pageErrors = seen;
    window.onerror = (message) => {
      seen.push(`onerror: ${String(message)}`);
    };
    window.addEventListener('error', (e) => seen.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => seen.push(`unhandledrejection: ${String(e.reason)}`));
  });
}

const pageErrors = (page: Page) => page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);

/** <html>'s markup without Qingdu's notice host (on a clone: the page is not touched). */
const pageHtml = (page: Page) =>
  page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector(':scope > div[data-qingdu="notice"]')?.remove();
    return clone.outerHTML;
  });

const hasNotice = (page: Page) => page.evaluate(() => document.documentElement.querySelector(':scope > div[data-qingdu="notice"]') !== null);

describe('highlight key figures on a page that has none (seed-000-mobile: a commentary without figures)', () => {
  test('says so in a status notice; nothing is marked; the page sees no error; Esc closes it and the page is as it was', async () => {
    const { page, tabId } = await h.openFixture('seed-000-mobile');
    try {
      await watchPageErrors(page);
      const before = await pageHtml(page);
      expect(await grantAndRunMenu(page, tabId, 'qingdu-highlight-figures')).toEqual({ ok: true, result: 0 });
      const notice = await noticeWithText(page);
      expect(notice).toMatchObject({ shadowRootType: 'closed', role: 'status', lang: 'zh-CN' });
      expect(notice.text).toContain(NO_FIGURES);
      expect(notice.rect.width * notice.rect.height, 'the notice is visible').toBeGreaterThan(0);
      expect(notice.rect.y + notice.rect.height, 'inside the viewport').toBeLessThanOrEqual(page.viewportSize()!.height);
      await screenshot(page, 'notice-no-figures');
      expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
      expect(await pageHtml(page)).toBe(before);
      // The notice does not take focus from the page.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      await page.keyboard.press('Escape');
      expect(await hasNotice(page)).toBe(false);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

      // Nothing was left behind (no stylesheet): the next run looks again and says the same.
      expect(await runMenu(tabId, 'qingdu-highlight-figures')).toEqual({ ok: true, result: 0 });
      expect((await noticeWithText(page)).text).toContain(NO_FIGURES);
      expect(await pageErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the notice closes by itself after a few seconds, and on a click', async () => {
    const { page, tabId } = await h.openFixture('seed-000-mobile');
    try {
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await grantAndRunMenu(page, tabId, 'qingdu-highlight-figures');
      await noticeWithText(page);
      await page.waitForTimeout(NOTICE_TIMEOUT_MS + 500);
      expect(await hasNotice(page)).toBe(false);

      await runMenu(tabId, 'qingdu-highlight-figures');
      const { rect } = await noticeWithText(page);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      expect(await hasNotice(page)).toBe(false);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    } finally {
      await page.close();
    }
  });

  test("the page's CSS cannot hide or restyle the notice", async () => {
    const shown = async (hostile: boolean): Promise<NoticeView> => {
      const { page, tabId } = await h.openFixture('seed-000-mobile');
      try {
        if (hostile) {
          await page.addStyleTag({
            content: `div[data-qingdu], html > * { display: none !important; opacity: 0 !important; visibility: hidden !important; }
                      * { color: red !important; background: yellow !important; font-size: 40px !important; font-family: monospace !important; }`,
          });
        }
        await grantAndRunMenu(page, tabId, 'qingdu-highlight-figures');
        await noticeWithText(page);
        // Past its entry animation (160 ms), where it rests.
        await page.waitForTimeout(400);
        const view = (await noticeView(page))!;
        if (hostile) await screenshot(page, 'notice-hostile-css');
        return view;
      } finally {
        await page.close();
      }
    };
    const clean = await shown(false);
    const hostile = await shown(true);
    expect(hostile.style).toEqual(clean.style);
    expect(hostile.rect).toEqual(clean.rect);
    expect(hostile.style.color).not.toBe('rgb(255, 0, 0)');
  });
});

describe('copy as clean quote', () => {
  test('with nothing selected asks for a selection and leaves the clipboard alone', async () => {
    const { page, tabId } = await h.openFixture('seed-001-yizhan');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await watchPageErrors(page);
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      await page.evaluate(() => document.getSelection()?.removeAllRanges());
      const before = await pageHtml(page);
      expect(await grantAndRunMenu(page, tabId, 'qingdu-copy-quote')).toEqual({ ok: true, result: null });
      const notice = await noticeWithText(page);
      expect(notice).toMatchObject({ role: 'status' });
      expect(notice.text).toContain(NO_SELECTION);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
      expect(await pageHtml(page)).toBe(before);
      expect(await pageErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("when a page's own copy listener stops Qingdu's, the user is told in an alert, and the page sees no error", async () => {
    const { page, tabId } = await h.openFixture('seed-001-yizhan');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await watchPageErrors(page);
      // A farm script that grabs every copy first (registered before any extension can register).
      await page.evaluate(() => window.addEventListener('copy', (e) => e.stopImmediatePropagation(), true));
      await page.evaluate(() => {
        const p = Array.from(document.querySelectorAll('p')).find((el) => (el.textContent ?? '').length > 40)!;
        const range = document.createRange();
        range.selectNodeContents(p);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      });
      const before = await pageHtml(page);
      expect(await grantAndRunMenu(page, tabId, 'qingdu-copy-quote')).toEqual({ ok: true, result: null });
      const notice = await noticeWithText(page);
      expect(notice).toMatchObject({ role: 'alert' });
      expect(notice.text).toContain(FAILED);
      expect(await pageHtml(page)).toBe(before);
      expect(await pageErrors(page)).toEqual([]);
      await screenshot(page, 'notice-tool-failed');
    } finally {
      await page.close();
    }
  });

  test('a successful copy shows no notice', async () => {
    const { page, tabId } = await h.openFixture('seed-001-yizhan');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.evaluate(() => {
        const p = Array.from(document.querySelectorAll('p')).find((el) => (el.textContent ?? '').length > 40)!;
        const range = document.createRange();
        range.selectNodeContents(p);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      });
      const result = (await grantAndRunMenu(page, tabId, 'qingdu-copy-quote')) as { ok: boolean; result: string };
      expect(result.ok).toBe(true);
      expect(result.result.length).toBeGreaterThan(40);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(result.result);
      await page.waitForTimeout(200);
      expect(await hasNotice(page)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
