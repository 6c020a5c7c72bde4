// A page that fights the reader: it predefines our element names, patches attachShadow, hijacks
// Ctrl+C with a capture-phase listener on window, and removes our host. Each page script runs as
// the page's own code (addInitScript: before any of the page's scripts), and the user acts with
// the real toolbar button and the real keyboard.
import { fullWidthPunctuation } from '../../src/core/text/punctuation';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Harness, loadFixture, readerState, readerView, screenshot, selectParagraphsInReader } from './harness';
import { expectedQuote } from './quote-expectations';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

const ARTICLE = 'seed-001-yizhan';

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

/** A fixture page with a script of the page's own that runs before everything else on it. */
async function openHostile(name: string, pageScript: () => void): Promise<Page> {
  const { page } = await h.newTab();
  await page.addInitScript(pageScript);
  await page.goto(h.fixtureUrl(name), { waitUntil: 'load' });
  return page;
}

describe('a page that predefines our elements and patches attachShadow', () => {
  test('cannot stop the reader or run code on its host', async () => {
    const page = await openHostile(ARTICLE, () => {
      const w = window as unknown as { __ran: string[] };
      w.__ran = [];
      for (const name of ['qingdu-reader', 'qingdu-notice']) {
        customElements.define(
          name,
          class extends HTMLElement {
            constructor() {
              super();
              w.__ran.push(`${name} constructor`);
              this.attachShadow({ mode: 'open' });
            }
            connectedCallback() {
              w.__ran.push(`${name} connected`);
            }
          },
        );
      }
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        w.__ran.push('attachShadow');
        if (init.mode === 'closed') throw new Error('no closed shadow roots here');
        return attach.call(this, init);
      };
    });
    try {
      const { meta } = await loadFixture(ARTICLE);
      expect(await h.toggleByClick(page)).toBe('open');
      expect((await readerView(page))?.title).toBe(meta.title);
      await screenshot(page, 'hostile-custom-elements');
      expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
      expect(await h.toggleByClick(page)).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe('a page that hijacks Ctrl+C with a capture-phase copy listener on window', () => {
  const hijackers: Record<string, () => void> = {
    'puts its own text with a 原文链接 tail': () => {
      window.addEventListener(
        'copy',
        (event) => {
          event.clipboardData?.setData('text/plain', `${document.getSelection()?.toString()}\n原文链接：https://farm.example/ 著作权归作者所有`);
          event.preventDefault();
          event.stopImmediatePropagation();
        },
        true,
      );
    },
    'stops ours, so the raw selection would be copied': () => {
      window.addEventListener('copy', (event) => event.stopImmediatePropagation(), true);
    },
  };
  for (const [what, hijack] of Object.entries(hijackers)) {
    test(`Ctrl+C still gives the clean quote with its citation: the page ${what}`, async () => {
      const worker = await h.worker();
      await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, quote: { format: 'plain', citation: true, url: true } } }));
      const page = await openHostile(ARTICLE, hijack);
      try {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        await page.evaluate(() => navigator.clipboard.writeText('before'));
        const { meta, gold } = await loadFixture(ARTICLE);
        expect(await h.toggleByClick(page)).toBe('open');
        const fw = fullWidthPunctuation;
        expect((await selectParagraphsInReader(page, fw(gold[1]!).slice(0, 12), fw(gold[2]!).slice(0, 12))).length).toBeGreaterThan(20);
        await page.keyboard.press('Control+C');
        // The browser's own copy (the raw selection, or the page's text) lands first when the page
        // stopped ours; the clean quote replaces it a moment later, before anyone could paste.
        const expected = expectedQuote('plain', fw(gold[1]!), fw(gold[2]!), { ...meta, title: fw(meta.title) }, page.url());
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 }).toBe(expected);
        expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('原文链接');
      } finally {
        await page.close();
        await worker.evaluate(() => chrome.storage.sync.remove('settings'));
      }
    });
  }
});

describe('a page that removes our host', () => {
  test('printing and Escape are the page’s again, and the button opens a new reader', async () => {
    const page = await openHostile(ARTICLE, () => {
      const w = window as unknown as { __escapes: number };
      w.__escapes = 0;
      window.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') w.__escapes++;
      });
    });
    try {
      expect(await h.toggleByClick(page)).toBe('open');
      await page.evaluate(() => document.querySelector('div[data-qingdu="reader"]')!.remove());
      expect(await readerState(page)).toBeNull();
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
      await page.emulateMedia({ media: 'screen' });
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (window as unknown as { __escapes: number }).__escapes)).toBe(1);
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await h.toggleByClick(page)).toBeNull();
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    } finally {
      await page.close();
    }
  });
});
