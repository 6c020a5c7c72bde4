// Nothing the user had on the page is lost, in Chromium: on a page whose forms the user filled in
// BEFORE opening the reader (text input, textarea, checkbox, radio, select, contenteditable), opening
// and closing the reader (Esc, toolbar) leaves the same DOM nodes, the same markup, every value and
// checked/selected state, the editor's text, the scroll position and the focused field with its
// selection. With automatic conversion on, typed text is never converted, and "show original"
// gives back the exact markup. (behaviour.e2e covers Esc/scroll on a page without forms;
// convert.e2e covers typing into a textarea and a contenteditable around conversion.)
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import * as OpenCC from 'opencc-js';
import type { WxtBrowser } from 'wxt/browser';
import { Harness, readerView, screenshot, scrollSomewhere, waitForStateChange } from './harness';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: WxtBrowser;

const FIXTURE = 'tw-community-form';
const TITLE = '澄水縣推動社區藥局慢性病領藥 明年擴至48家';
const tw2s = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** What the user typed: traditional text that conversion to simplified would change. */
const TYPED = {
  author: '林小華',
  comment: ['第一行：網路與軟體都很方便', '第二行：謝謝衛生局'],
  editor: '圖文留言：藥局離我家很近，領藥變簡單了',
  later: '再補充：資訊與網路服務',
};

interface PageState {
  author: string;
  comment: string;
  township: string;
  townshipIndex: number;
  newsletter: boolean;
  radios: Record<string, boolean>;
  editorText: string;
  active: string | null;
  selection: [number | null, number | null, string | null] | null;
  scrollY: number;
  html: string;
}

/** Everything the user could lose: values, states, the editor's text, focus, selection, scroll, markup. */
function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const input = (id: string) => document.getElementById(id) as HTMLInputElement;
    const select = document.getElementById('township') as HTMLSelectElement;
    const active = document.activeElement as HTMLTextAreaElement | null;
    return {
      author: input('author').value,
      comment: (document.getElementById('comment') as HTMLTextAreaElement).value,
      township: select.value,
      townshipIndex: select.selectedIndex,
      newsletter: input('newsletter').checked,
      radios: Object.fromEntries(['helpful-yes', 'helpful-some', 'helpful-no'].map((id) => [id, input(id).checked])),
      editorText: document.getElementById('rich-editor')!.innerText,
      active: active?.id || active?.tagName || null,
      selection: active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd, active.selectionDirection] : null,
      scrollY: window.scrollY,
      html: document.documentElement.outerHTML,
    };
  });
}

/** Keeps every node of the page (main world), to check later that the very same nodes are there. */
function rememberNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nodes: Node[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
    (window as unknown as { __qdNodes: Node[] }).__qdNodes = nodes;
    return nodes.length;
  });
}

/** Whether the page holds exactly the remembered nodes, in the same order. */
function sameNodes(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const before = (window as unknown as { __qdNodes: Node[] }).__qdNodes;
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
    let i = 0;
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode(), i++) if (before[i] !== n) return false;
    return i === before.length;
  });
}

/** The user fills in both forms with real key presses and clicks, then comes back to the textarea with some text selected. */
async function fillForms(page: Page): Promise<void> {
  await page.locator('#author').click();
  await page.keyboard.type(TYPED.author);
  await page.locator('#comment').click();
  await page.keyboard.type(TYPED.comment[0]!);
  await page.keyboard.press('Enter');
  await page.keyboard.type(TYPED.comment[1]!);
  await page.locator('#newsletter').check();
  await page.locator('#helpful-yes').check();
  await page.locator('#township').selectOption('xishan');
  await page.locator('#rich-editor').click();
  await page.keyboard.type(TYPED.editor);
  await page.locator('#comment').click();
  await page.evaluate(() => (document.getElementById('comment') as HTMLTextAreaElement).setSelectionRange(3, 8, 'backward'));
}

const EXPECTED_VALUES = {
  author: TYPED.author,
  comment: TYPED.comment.join('\n'),
  township: 'xishan',
  townshipIndex: 2,
  newsletter: true,
  radios: { 'helpful-yes': true, 'helpful-some': false, 'helpful-no': false },
  editorText: TYPED.editor,
};

describe('opening and closing the reader over filled-in forms', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
  });
  afterAll(async () => {
    await h?.close();
  });

  test('Esc and the toolbar button give back the same nodes, markup, values, editor text, scroll, focus and selection', async () => {
    const { page } = await h.openFixture(FIXTURE);
    try {
      await fillForms(page);
      await scrollSomewhere(page);
      const before = await pageState(page);
      expect(before).toMatchObject({ ...EXPECTED_VALUES, active: 'comment', selection: [3, 8, 'backward'] });
      expect(before.scrollY).toBeGreaterThan(0);
      expect(await rememberNodes(page)).toBeGreaterThan(300);

      for (const close of ['Escape', 'toolbar'] as const) {
        expect(await h.toggleByClick(page)).toBe('open');
        // While the reader is open the page underneath is not touched either.
        const under = await pageState(page);
        expect({ ...under, html: '', active: null, selection: null }).toEqual({ ...before, html: '', active: null, selection: null });
        if (close === 'Escape') {
          await page.keyboard.press('Escape');
          expect(await waitForStateChange(page, 'open')).toBeNull();
        } else {
          expect(await h.toggleByClick(page)).toBeNull();
        }
        expect(await pageState(page), `after closing with ${close}`).toEqual(before);
        expect(await sameNodes(page), `the same nodes after closing with ${close}`).toBe(true);
      }
      await screenshot(page, 'nothing-lost-forms');
    } finally {
      await page.close();
    }
  });

  test('with the caret in the contenteditable editor, it is still there after closing', async () => {
    const { page } = await h.openFixture(FIXTURE);
    try {
      await fillForms(page);
      await page.locator('#rich-editor').click();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      const caret = () =>
        page.evaluate(() => {
          const s = document.getSelection()!;
          return { active: document.activeElement?.id, node: s.anchorNode?.textContent, offset: s.anchorOffset, collapsed: s.isCollapsed };
        });
      const before = await caret();
      expect(before).toMatchObject({ active: 'rich-editor', node: TYPED.editor, offset: TYPED.editor.length - 2, collapsed: true });
      expect(await h.toggleByClick(page)).toBe('open');
      await page.keyboard.press('Escape');
      expect(await waitForStateChange(page, 'open')).toBeNull();
      expect(await caret()).toEqual(before);
      // Typing goes on where the user left off.
      await page.keyboard.type('X');
      expect(await page.locator('#rich-editor').innerText()).toBe(`${TYPED.editor.slice(0, -2)}X${TYPED.editor.slice(-2)}`);
    } finally {
      await page.close();
    }
  });
});

// ── Automatic conversion needs granted host access: as in convert.e2e.test.ts, the profile is
// created once, the grant written into its Preferences as an accepted prompt records it, and
// Chromium launched again on it.
const HOSTS = '*://*/*';



/** The page's markup as the server sent it (parsed, no script run): what "show original" must give back. */
function servedHtml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  });
}

/** The live markup with the editor's typed content taken out (on a clone): the editor is served empty. */
function liveHtmlWithoutTyping(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('#rich-editor')!.replaceChildren();
    return clone.outerHTML;
  });
}

describe('with automatic conversion on (target 简体, every page)', () => {
  let b: Harness;
  beforeAll(async () => {
    b = await Harness.launch(inject('extensionDir'), inject('fixtureBase'), { hostAccess: HOSTS });
    const worker = await b.worker();
    expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['*://*/*'] }))).toBe(true);
    await b.setConvert({ target: 'simplified', mode: 'all' });
  });
  afterAll(async () => {
    await b?.close();
  });

  test('typed text is never converted, the reader opens and closes over it, and "show original" gives back the exact markup', async () => {
    const { page, tabId } = await b.openFixture(FIXTURE);
    try {
      const served = await servedHtml(page);
      await page.waitForFunction((t) => document.title.startsWith(t), tw2s(TITLE), { timeout: 10_000 });
      expect(await page.locator('h1.entry-title').innerText()).toBe(tw2s(TITLE));

      await fillForms(page);
      // Time for the converter's observer to see the editor's new text (it must leave it alone).
      await page.waitForTimeout(500);
      const converted = await pageState(page);
      expect(converted).toMatchObject({ ...EXPECTED_VALUES, active: 'comment', selection: [3, 8, 'backward'] });
      expect(tw2s(TYPED.editor)).not.toBe(TYPED.editor);

      expect(await b.toggleByClick(page)).toBe('open');
      expect((await readerView(page))?.title).toBe(tw2s(TITLE));
      await page.keyboard.press('Escape');
      expect(await waitForStateChange(page, 'open')).toBeNull();
      expect(await pageState(page)).toEqual(converted);

      expect(await b.callConversion('showOriginalInTab', tabId)).toMatchObject({ state: 'original' });
      expect(await liveHtmlWithoutTyping(page)).toBe(served);
      const original = await pageState(page);
      expect(original).toMatchObject(EXPECTED_VALUES);

      // Typed while the page shows its original text, then converted on demand: still the user's text.
      await page.locator('#rich-editor').click();
      await page.keyboard.press('End');
      await page.keyboard.type(TYPED.later);
      await page.locator('#author').fill(`${TYPED.author}${TYPED.later}`);
      expect(await b.callConversion('convertTabNow', tabId)).toMatchObject({ state: 'converted' });
      await page.waitForTimeout(300);
      expect(await pageState(page)).toMatchObject({
        ...EXPECTED_VALUES,
        author: `${TYPED.author}${TYPED.later}`,
        editorText: `${TYPED.editor}${TYPED.later}`,
      });
      expect(await b.callConversion('showOriginalInTab', tabId)).toMatchObject({ state: 'original' });
      expect(await liveHtmlWithoutTyping(page)).toBe(served);
    } finally {
      await page.close();
    }
  });
});
