// Automatic traditional ⇄ simplified conversion in real Chromium: the detect content script
// registered at run time for granted host access, the converter injected on demand, show original.
//
// Host access. Automatic conversion needs the optional host permission '*://*/*', which a user
// grants in chrome.permissions.request's prompt. Headless Chromium shows that prompt but nothing
// can answer it (it is browser UI, not a page), and chrome://extensions' developerPrivate
// (addHostPermission, updateExtensionConfiguration) does not grant OPTIONAL permissions — both
// tried. So the suite does what accepting the prompt does: it launches Chromium once to create
// the profile and learn the extension id, writes the grant into the profile's Preferences
// (extensions.settings[id]: granted_permissions, runtime_granted_permissions and
// active_permissions, explicit_host + scriptable_host = ['*://*/*'], as Chromium records an
// accepted prompt), and launches again. The test checks chrome.permissions.contains() before
// relying on it. The settings are written to storage.sync as the options page will write them.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import * as OpenCC from 'opencc-js';
import type { WxtBrowser } from 'wxt/browser';
import { Harness } from './harness';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: WxtBrowser;

const tw2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const HOSTS = '*://*/*';

interface DetectResult {
  outcome: string;
  script?: string;
  chars?: number;
  detectMs?: number;
}

/** A conversion fixture (test/fixtures/convert) in a new tab. */
async function open(name: string): Promise<{ page: Page; tabId: number }> {
  return h.newTab(h.fixtureUrl(`convert/${name}`));
}


/** Evaluates an expression in the extension's isolated world of the page (content-script globals). */
async function inIsolatedWorld<T>(page: Page, extensionId: string, expression: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
    await cdp.send('Runtime.enable');
    const ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (!ctx) return undefined;
    const res = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
    return res.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function detectResult(page: Page, extensionId: string, timeoutMs = 10_000): Promise<DetectResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await inIsolatedWorld<DetectResult | null>(page, extensionId, 'globalThis.__qingduDetect ?? null');
    if (r && r.outcome !== 'running') return r;
    if (Date.now() > deadline) throw new Error(`the detect script did not finish (${JSON.stringify(r)})`);
    await page.waitForTimeout(50);
  }
}

/** The page's markup as the server sent it (parsed, scripts not run), for exact comparisons. */
function originalHtml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  });
}

/** The live markup without the given elements (those a page script added). */
function liveHtml(page: Page, without: string[] = []): Promise<string> {
  return page.evaluate((ids) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const id of ids) clone.querySelector(`#${id}`)?.remove();
    return clone.outerHTML;
  }, without);
}

const textOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.textContent ?? '');
const attrOf = (page: Page, selector: string, name: string) => page.locator(selector).getAttribute(name);

/** The traditional fixture's texts as the server sends them. */
const ORIGINAL = {
  title: '衛生福利部擴大居家醫療照護計畫 申報軟體同步更新',
  later: '稍後載入的段落：網路連線已經恢復，請繼續閱讀這篇報導的後續內容。',
  ta: '這是使用者原本輸入的內容，請勿轉換。',
  ce: '使用者編輯區：這裡的文字屬於使用者，不應該被轉換。',
};

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'), { hostAccess: HOSTS });
  const worker = await h.worker();
  expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['*://*/*'] }))).toBe(true);
});
afterAll(async () => {
  await h?.close();
});

describe('automatic conversion (target 简体, on every page)', () => {
  beforeAll(async () => {
    expect(await h.setConvert({ target: 'simplified', mode: 'all' })).toEqual([HOSTS]);
  });

  test('a traditional page becomes simplified: text, title, attributes, lang — as opencc-js converts them; code, pre, fields untouched', async () => {
    const { page, tabId } = await open('traditional');
    try {
      const original = await originalHtml(page);
      await page.waitForFunction((t) => document.title === t, tw2s(ORIGINAL.title), { timeout: 10_000 });
      expect(await detectResult(page, h.extensionId)).toMatchObject({ outcome: 'requested', script: 'traditional' });
      const doc = new (await import('jsdom')).JSDOM(original).window.document;
      for (const id of ['headline', 'p1', 'p2', 'p3', 'p4', 'footer']) {
        expect(await textOf(page, `#${id}`), id).toBe(tw2s(doc.getElementById(id)!.textContent!));
      }
      expect(await attrOf(page, '#photo', 'alt')).toBe(tw2s(doc.getElementById('photo')!.getAttribute('alt')!));
      expect(await attrOf(page, '#search', 'placeholder')).toBe(tw2s('請輸入關鍵字搜尋'));
      expect(await attrOf(page, '#close', 'aria-label')).toBe(tw2s('關閉視窗'));
      expect(await attrOf(page, 'html', 'lang')).toBe('zh-Hans');
      expect(await attrOf(page, '#inner', 'lang')).toBe('zh-Hans');
      for (const id of ['code', 'pre', 'no-translate', 'notranslate']) {
        expect(await textOf(page, `#${id}`), id).toBe(doc.getElementById(id)!.textContent);
      }
      expect(await page.locator('#search').inputValue()).toBe('預設的搜尋內容');
      expect(await page.locator('#ta').inputValue()).toBe(ORIGINAL.ta);
      expect(await textOf(page, '#ce')).toBe(ORIGINAL.ce);
      const status = await h.callConversion('conversionStatusInTab', tabId);
      expect(status).toMatchObject({ state: 'converted', config: 'tw2s', target: 'simplified', detected: 'traditional', region: 'tw' });
      console.log(`auto conversion: detection ${(await detectResult(page, h.extensionId)).detectMs?.toFixed(2)} ms on the page; first slice ready ${Number(status.firstMs).toFixed(1)} ms after the command (converter cold start included)`);
    } finally {
      await page.close();
    }
  });

  test('text a page script adds later is converted; text typed into the textarea and the contenteditable is not', async () => {
    const { page } = await open('traditional');
    try {
      await page.waitForFunction((t) => document.title === t, tw2s(ORIGINAL.title), { timeout: 10_000 });
      await page.locator('#later').waitFor({ timeout: 5_000 });
      await expect.poll(() => textOf(page, '#later')).toBe(tw2s(ORIGINAL.later));
      const more = '無限捲動載入的新段落：軟體與網路服務的最新消息。';
      await page.evaluate((t) => (window as unknown as { appendLater(id: string, t: string): void }).appendLater('later2', t), more);
      await expect.poll(() => textOf(page, '#later2')).toBe(tw2s(more));
      // The user types (traditional text) after conversion.
      const typed = '我輸入的繁體字：網路與軟體';
      await page.locator('#ta').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(typed);
      await page.locator('#ce').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(typed);
      await page.waitForTimeout(300);
      expect(await page.locator('#ta').inputValue()).toBe(ORIGINAL.ta + typed);
      expect(await textOf(page, '#ce')).toBe(ORIGINAL.ce + typed);
    } finally {
      await page.close();
    }
  });

  test('what a form submits is never converted: <option> text without a value, datalist options', async () => {
    const { page } = await open('forms');
    try {
      const served = await page.evaluate(() => (window as unknown as { formEntries(): [string, string][] }).formEntries());
      expect(served).toEqual([['city', '臺中市'], ['service', '居家照顧'], ['service', '專業服務'], ['area', '']]);
      // The article around the form is converted…
      await page.waitForFunction(() => document.title.includes('卫生福利部'), undefined, { timeout: 10_000 });
      await expect.poll(() => textOf(page, '#p1')).toContain('卫生福利部今天宣布');
      // …the options, and so what a submit sends, are not. The user then picks another city.
      await page.selectOption('#city', { label: '高雄市' });
      expect(await page.evaluate(() => (window as unknown as { formEntries(): [string, string][] }).formEntries())).toEqual([
        ['city', '高雄市'],
        ['service', '居家照顧'],
        ['service', '專業服務'],
        ['area', ''],
      ]);
      expect(await page.locator('#city option').allTextContents()).toEqual(['臺北市', '臺中市', '高雄市']);
      expect(await page.locator('#areas option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['北區', '舊城區']);
    } finally {
      await page.close();
    }
  });

  test('a document in designMode is the user\'s editor: nothing in it is converted, typed text included', async () => {
    const { page } = await open('design-mode');
    try {
      const draft = await textOf(page, '#draft');
      await page.locator('#draft').click();
      await page.keyboard.press('End');
      const typed = '我補充一句：請攜帶健保卡。';
      await page.keyboard.type(typed);
      expect(await detectResult(page, h.extensionId)).toMatchObject({ outcome: 'requested', script: 'traditional' });
      await page.waitForTimeout(500);
      expect(await textOf(page, '#draft')).toBe(draft + typed);
      expect(await textOf(page, '#headline')).toBe('社區醫療站服務時間調整');
    } finally {
      await page.close();
    }
  });

  test('show original restores the exact text, attributes and lang (also of the paragraphs a script added)', async () => {
    const { page, tabId } = await open('traditional');
    try {
      const original = await originalHtml(page);
      await page.waitForFunction((t) => document.title === t, tw2s(ORIGINAL.title), { timeout: 10_000 });
      await page.locator('#later').waitFor({ timeout: 5_000 });
      await expect.poll(() => textOf(page, '#later')).toBe(tw2s(ORIGINAL.later));
      expect(await h.callConversion('showOriginalInTab', tabId)).toMatchObject({ state: 'original' });
      expect(await liveHtml(page, ['later'])).toBe(original);
      expect(await page.title()).toBe(ORIGINAL.title);
      expect(await textOf(page, '#later')).toBe(ORIGINAL.later);
      // Shown as original, it stays original: content added now is not converted.
      await page.evaluate(() => (window as unknown as { appendLater(id: string, t: string): void }).appendLater('later3', '網路'));
      await page.waitForTimeout(300);
      expect(await textOf(page, '#later3')).toBe('網路');
      // And converts again on demand.
      expect(await h.callConversion('convertTabNow', tabId)).toMatchObject({ state: 'converted' });
      expect(await page.title()).toBe(tw2s(ORIGINAL.title));
    } finally {
      await page.close();
    }
  });

  test('a simplified page is left alone: one detection pass, no converter loaded, not a byte changed', async () => {
    const { page } = await open('simplified');
    try {
      const result = await detectResult(page, h.extensionId);
      expect(result).toMatchObject({ outcome: 'same-script', script: 'simplified' });
      expect(await inIsolatedWorld(page, h.extensionId, 'typeof globalThis.__qingduConvert')).toBe('undefined');
      expect(await liveHtml(page)).toBe(await originalHtml(page));
      console.log(`simplified page, target simplified: detection ${result.detectMs?.toFixed(2)} ms, nothing else`);
    } finally {
      await page.close();
    }
  });

  test('the detect script says nothing to the page: no event, no message', async () => {
    const { page } = await h.newTab();
    try {
      // Listening as a page would, from before the page's first script: WXT's content-script
      // context announced itself with a CustomEvent named after the extension id, and a postMessage.
      await page.addInitScript((id) => {
        const heard: string[] = [];
        (window as unknown as { __heard: string[] }).__heard = heard;
        for (const name of [`${id}:detect:wxt:content-script-started`, `${id}:content-scripts/detect:wxt:content-script-started`, 'wxt:content-script-started']) {
          window.addEventListener(name, () => heard.push(name), true);
          document.addEventListener(name, () => heard.push(name), true);
        }
        window.addEventListener('message', (event) => heard.push(`message ${JSON.stringify(event.data)}`), true);
      }, h.extensionId);
      await page.goto(h.fixtureUrl('convert/simplified'), { waitUntil: 'load' });
      expect(await detectResult(page, h.extensionId)).toMatchObject({ outcome: 'same-script' });
      expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a Japanese page is left alone', async () => {
    const { page } = await open('japanese');
    try {
      expect(await detectResult(page, h.extensionId)).toMatchObject({ outcome: 'japanese' });
      expect(await inIsolatedWorld(page, h.extensionId, 'typeof globalThis.__qingduConvert')).toBe('undefined');
      expect(await liveHtml(page)).toBe(await originalHtml(page));
    } finally {
      await page.close();
    }
  });
});

describe('other settings', () => {
  test('target 繁體 (Taiwan): the simplified page is converted with Taiwan phrases, the traditional one is left alone', async () => {
    await h.setConvert({ target: 'taiwan', mode: 'all' });
    const simp = await open('simplified');
    try {
      const title = '国家卫生健康委员会发布基层医疗服务能力提升方案';
      await simp.page.waitForFunction((t) => document.title === t, s2twp(title), { timeout: 10_000 });
      expect(await attrOf(simp.page, 'html', 'lang')).toBe('zh-Hant-TW');
    } finally {
      await simp.page.close();
    }
    const trad = await open('traditional');
    try {
      expect(await detectResult(trad.page, h.extensionId)).toMatchObject({ outcome: 'same-script' });
      expect(await trad.page.title()).toBe(ORIGINAL.title);
    } finally {
      await trad.page.close();
    }
  });

  test('never-convert sites win; mode "reader" unregisters the detect script and gives host access back; "convert this page now" still works', async () => {
    await h.setConvert({ target: 'simplified', mode: 'all', neverSites: ['127.0.0.1'] });
    const never = await open('traditional');
    try {
      expect(await detectResult(never.page, h.extensionId)).toMatchObject({ outcome: 'off' });
      expect(await never.page.title()).toBe(ORIGINAL.title);
    } finally {
      await never.page.close();
    }
    expect(await h.setConvert({ target: 'simplified', mode: 'reader' })).toEqual([]);
    const { page, tabId } = await open('traditional');
    try {
      await page.waitForTimeout(300);
      // No detect script ran: no isolated world at all, or one without its trace.
      expect(await inIsolatedWorld(page, h.extensionId, 'typeof globalThis.__qingduDetect')).not.toBe('object');
      expect(await page.title()).toBe(ORIGINAL.title);
      // Typed BEFORE conversion…
      const before = '先輸入：網路';
      await page.locator('#ta').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(before);
      await page.locator('#ce').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(before);
      const original = await liveHtml(page, ['later']);
      // Automatic conversion is off for sites, so the access to every site was given back…
      const worker = await h.worker();
      await expect.poll(() => worker.evaluate(() => chrome.permissions.contains({ origins: ['*://*/*'] }))).toBe(false);
      // …and "convert this page now" works as the user's own click allows it (activeTab): the
      // toolbar button's click grants it, as the context menu's would.
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await h.toggleByClick(page)).toBeNull();
      expect(await h.callConversion('convertTabNow', tabId)).toMatchObject({ state: 'converted', config: 'tw2s' });
      expect(await page.title()).toBe(tw2s(ORIGINAL.title));
      // …and AFTER.
      const after = '後輸入：軟體';
      await page.locator('#ta').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(after);
      await page.locator('#ce').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(after);
      await page.waitForTimeout(300);
      expect(await page.locator('#ta').inputValue()).toBe(ORIGINAL.ta + before + after);
      expect(await textOf(page, '#ce')).toBe(ORIGINAL.ce + before + after);
      expect(await h.callConversion('showOriginalInTab', tabId)).toMatchObject({ state: 'original' });
      // Exactly as before conversion, except what the user typed afterwards into the contenteditable.
      const restored = await liveHtml(page, ['later']);
      expect(restored.replace(after, '')).toBe(original);
      expect(await page.locator('#ta').inputValue()).toBe(ORIGINAL.ta + before + after);
    } finally {
      await page.close();
    }
  });
});
