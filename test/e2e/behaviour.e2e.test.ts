// Closing paths, the no-article notice, the shortcut path, the activeTab model, CSS isolation.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  Harness,
  inReaderShadow,
  pageSnapshot,
  readerComputedStyle,
  readerState,
  readerView,
  screenshot,
  scrollSomewhere,
  waitForStateChange,
} from './harness';
import type { WxtBrowser } from 'wxt/browser';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: WxtBrowser;

/** The article and the no-article page the behaviour tests use (both are in the repo). */
const ARTICLE = 'seed-000-yiwang';
const NO_ARTICLE = 'no-article';

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

describe(`closing (${ARTICLE})`, () => {
  test('Esc closes the reader and restores the scroll position', async () => {
    const { page } = await h.openFixture(ARTICLE!);
    try {
      const y = await scrollSomewhere(page);
      const before = await pageSnapshot(page);
      expect(await h.toggleByClick(page)).toBe('open');
      await page.keyboard.press('Escape');
      expect(await waitForStateChange(page, 'open')).toBeNull();
      const after = await pageSnapshot(page);
      expect(after.html).toBe(before.html);
      expect(after.scrollY).toBe(y);
    } finally {
      await page.close();
    }
  });

  test('a synthetic Escape from the page does not close the reader; the real key does', async () => {
    const { page } = await h.openFixture(ARTICLE!);
    try {
      expect(await h.toggleByClick(page)).toBe('open');
      // The page's own script, in the page's world, fakes the key on window, document and body.
      await page.evaluate(() => {
        for (const target of [window, document, document.body]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true }));
        }
      });
      expect(await readerState(page)).toBe('open');
      await page.keyboard.press('Escape');
      expect(await waitForStateChange(page, 'open')).toBeNull();
    } finally {
      await page.close();
    }
  });

  test('open/close cycles leave no stale listeners: Esc after a click-close does nothing, re-open works', async () => {
    const { page } = await h.openFixture(ARTICLE!);
    try {
      await scrollSomewhere(page);
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await h.toggleByClick(page)).toBeNull();
      // The user scrolls elsewhere; a leftover Esc handler must not jump back or re-close anything.
      await page.evaluate(() => window.scrollTo(0, 40));
      const y2 = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => window.scrollY)).toBe(y2);
      expect(await readerState(page)).toBeNull();
      // Third injection opens again; Esc closes that one and restores y2.
      expect(await h.toggleByClick(page)).toBe('open');
      await page.keyboard.press('Escape');
      expect(await waitForStateChange(page, 'open')).toBeNull();
      expect(await page.evaluate(() => window.scrollY)).toBe(y2);
    } finally {
      await page.close();
    }
  });
});

describe('no-article page', () => {
  test('a click shows a notice (not a blank view); a second click removes it', async () => {
    const { page } = await h.openFixture(NO_ARTICLE!);
    try {
      const before = await pageSnapshot(page);
      expect(await h.toggleByClick(page)).toBe('no-article');
      const view = await readerView(page);
      expect(view?.shadowRootType).toBe('closed');
      expect(view?.notice?.length ?? 0, 'role=alert notice text').toBeGreaterThan(0);
      expect(view?.body ?? null, 'no article body on a no-article page').toBeNull();
      await screenshot(page, 'no-article-notice');
      expect(await h.toggleByClick(page)).toBeNull();
      expect((await pageSnapshot(page)).html).toBe(before.html);
    } finally {
      await page.close();
    }
  });

  test('Esc closes the notice', async () => {
    const { page } = await h.openFixture(NO_ARTICLE!);
    try {
      const before = await pageSnapshot(page);
      expect(await h.toggleByClick(page)).toBe('no-article');
      await page.keyboard.press('Escape');
      expect(await waitForStateChange(page, 'no-article')).toBeNull();
      expect((await pageSnapshot(page)).html).toBe(before.html);
    } finally {
      await page.close();
    }
  });

  test('a click on the notice closes it', async () => {
    const { page } = await h.openFixture(NO_ARTICLE!);
    try {
      const before = await pageSnapshot(page);
      expect(await h.toggleByClick(page)).toBe('no-article');
      const box = (await inReaderShadow<{ x: number; y: number; w: number; h: number } | null>(
        page,
        `function () {
          const el = this.querySelector('.qd-notice[role="alert"]');
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height };
        }`,
      ))?.value;
      expect(box, 'the notice element').toBeTruthy();
      expect(box!.w * box!.h, 'the notice is visible').toBeGreaterThan(0);
      await page.mouse.click(box!.x, box!.y);
      expect(await waitForStateChange(page, 'no-article', 3_000)).toBeNull();
      expect((await pageSnapshot(page)).html).toBe(before.html);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard shortcut path', () => {
  test('the toggle-reader command listener toggles the reader in the tab it is given', async () => {
    const { page, tabId } = await h.openFixture(ARTICLE!);
    try {
      // A real shortcut grants activeTab as a click does; CDP can only grant it by a click.
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await h.runCommand('toggle-reader', { id: tabId })).toBe('closed');
      expect(await readerState(page)).toBeNull();
      expect(await h.runCommand('toggle-reader', { id: tabId })).toBe('opened');
      expect(await readerState(page)).toBe('open');
      // Other command names are not ours.
      expect(await h.runCommand('something-else', { id: tabId })).toBeUndefined();
      expect(await readerState(page)).toBe('open');
      // No tab passed: the active tab of the current window.
      await page.bringToFront();
      expect(await h.runCommand('toggle-reader')).toBe('closed');
      expect(await readerState(page)).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe('activeTab model', () => {
  test('without a user gesture the page cannot be scripted; the button then says so', async () => {
    const { page, tabId } = await h.openFixture(ARTICLE!);
    try {
      const worker = await h.worker();
      const direct = await worker.evaluate(async (tabId) => {
        try {
          await chrome.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
          return 'injected';
        } catch (err) {
          return String((err as Error).message ?? err);
        }
      }, tabId);
      expect(direct).toMatch(/Cannot access contents of the page/);

      const started = Date.now();
      expect(await h.runCommand('toggle-reader', { id: tabId })).toBe('failed');
      // A hang guard, not a speed target: the retry budget is under a second; retrying forever would not end.
      expect(Date.now() - started, 'gives up after the short retry budget').toBeLessThan(20_000);
      expect(await readerState(page)).toBeNull();
      const badge = await worker.evaluate(async (tabId) => ({
        text: await chrome.action.getBadgeText({ tabId }),
        title: await chrome.action.getTitle({ tabId }),
      }), tabId);
      expect(badge.text).not.toBe('');
      expect(badge.title).toMatch(/cannot read/i);

      // A real click then works, and clears the mark.
      expect(await h.toggleByClick(page)).toBe('open');
      await expect
        .poll(() => worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId))
        .toBe('');
    } finally {
      await page.close();
    }
  });

  test('a click on a browser page (chrome://) fails cleanly with a badge, no retries wasted', async () => {
    const { page, tabId } = await h.newTab('chrome://version/');
    try {
      const worker = await h.worker();
      await h.clickToolbarButton(page);
      // The badge says … while Qingdu works, then × when the page cannot be read.
      await expect
        .poll(() => worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId), { timeout: 5_000 })
        .toBe('×');
      const title = await worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId);
      expect(title).toMatch(/cannot read/i);
    } finally {
      await page.close();
    }
  });
});

describe('style isolation', () => {
  test("the page's CSS cannot leak into the reader", async () => {
    const props = ['color', 'font-size', 'font-family', 'background-color', 'line-height', 'letter-spacing'];
    const measure = async (hostile: boolean) => {
      const { page } = await h.openFixture(ARTICLE!);
      try {
        if (hostile) {
          await page.addStyleTag({
            content: `* { color: red !important; font-size: 40px !important; font-family: monospace !important;
                           background: yellow !important; line-height: 3 !important; letter-spacing: 5px !important; }
                      h1, p, div, article { color: lime !important; font-size: 50px !important; }
                      html > * { display: block !important; margin: 30px !important; }`,
          });
        }
        expect(await h.toggleByClick(page)).toBe('open');
        const h1 = await readerComputedStyle(page, 'h1.qd-title', props);
        const p = await readerComputedStyle(page, '.qd-body p', props);
        const host = await page.evaluate(() => {
          const el = document.documentElement.querySelector(':scope > div[data-qingdu="reader"]')!;
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return {
            rect: [r.x, r.y, r.width, r.height].map(Math.round),
            display: cs.display,
            position: cs.position,
            background: cs.backgroundColor,
          };
        });
        if (hostile) await screenshot(page, `hostile-css-${ARTICLE}`);
        return { h1, p, host };
      } finally {
        await page.close();
      }
    };
    const clean = await measure(false);
    const hostile = await measure(true);
    expect(clean.h1).toBeTruthy();
    expect(clean.h1!.color).not.toBe('rgb(255, 0, 0)');
    expect(clean.h1!['font-size']).not.toBe('40px');
    expect(hostile.h1).toEqual(clean.h1);
    expect(hostile.p).toEqual(clean.p);
    expect(hostile.host).toEqual(clean.host);
  });
});
