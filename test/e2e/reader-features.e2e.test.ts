// Key figures and quote copying in the real reader, in Chromium.
import { fullWidthPunctuation } from '../../src/core/text/punctuation';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Harness, inReaderShadow, loadFixture, screenshot, selectParagraphsInReader } from './harness';
import { FALSE_FRIENDS } from './figure-expectations';
import { expectedQuote } from './quote-expectations';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

/** A person's drag from one point to another, within the viewport (the test fails if it is not). */
async function dragWithMouse(page: import('playwright-core').Page, { from, to }: { from: { x: number; y: number }; to: { x: number; y: number } }): Promise<void> {
  expect(Math.max(from.y, to.y), 'the drag stays on screen').toBeLessThan(800);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Opens a fixture, clicks the toolbar button, runs `check` on the open reader, closes the tab. */
async function inOpenReader(name: string, check: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  const { page } = await h.openFixture(name);
  try {
    expect(await h.toggleByClick(page)).toBe('open');
    await check(page);
  } finally {
    await page.close();
  }
}

describe('key figures in the reader: no false friends (false-friends)', () => {
  test('the real figures are marked, and no word with a numeral inside it is', async () => {
    await inOpenReader('false-friends', async (page) => {
      const marks = await inReaderShadow<string[]>(page, `function () { return [...this.querySelectorAll('.qd-body mark.qd-fig')].map((m) => m.textContent); }`);
      const texts = marks!.value;
      expect(texts).toEqual(expect.arrayContaining(['41个城市', '超过1.2万家', '85.3亿元', '增长12.6%', '到2027年']));
      for (const word of FALSE_FRIENDS) expect(texts.filter((t) => t.includes(word)), word).toEqual([]);
      // The body still holds every one of them, unmarked.
      const body = await inReaderShadow<string>(page, `function () { return this.querySelector('.qd-body').textContent; }`);
      for (const word of FALSE_FRIENDS) expect(body!.value).toContain(word);
      await screenshot(page, 'figures-false-friends');
    });
  });
});

describe('key figures in the reader (seed-003-shixun)', () => {
  test('marks and the panel show; a click jumps to the figure; the switch hides the marks', async () => {
    const { page } = await h.openFixture('seed-003-shixun');
    expect(await h.toggleByClick(page)).toBe('open');
    const marks = await inReaderShadow<{ count: number; texts: string[]; items: number; tint: string }>(
      page,
      `function () {
        const marks = [...this.querySelectorAll('.qd-body mark.qd-fig')];
        this.querySelector('.qd-figures').open = true;
        return { count: marks.length, texts: marks.map((m) => m.textContent), items: this.querySelectorAll('.qd-fig-item').length,
          tint: getComputedStyle(this.querySelector('mark.qd-fig-money')).backgroundColor };
      }`,
    );
    expect(marks!.value.texts).toEqual(expect.arrayContaining(['87.7%', '25.4亿元', '70多亿元', '截至2022年底']));
    expect(marks!.value.items).toBeGreaterThan(10);
    expect(marks!.value.tint).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'figures-panel-seed-003-shixun');

    // Jump to the last figure in the panel: it must end up inside the viewport, flashing.
    const jumped = await inReaderShadow<{ top: number; height: number; flashing: boolean }>(
      page,
      `async function () {
        const items = this.querySelectorAll('.qd-fig-item');
        items[items.length - 1].click();
        await new Promise((r) => setTimeout(r, 900));
        const mark = this.querySelector('mark.qd-flash');
        const box = mark.getBoundingClientRect();
        return { top: box.top, height: innerHeight, flashing: !!mark };
      }`,
    );
    expect(jumped!.value.flashing).toBe(true);
    expect(jumped!.value.top).toBeGreaterThanOrEqual(0);
    expect(jumped!.value.top).toBeLessThan(jumped!.value.height);
    await screenshot(page, 'figures-jump-seed-003-shixun');

    const hidden = await inReaderShadow<string>(
      page,
      `function () {
        this.querySelector('.qd-figs-toggle').click();
        return getComputedStyle(this.querySelector('mark.qd-fig-money')).backgroundColor;
      }`,
    );
    expect(hidden!.value).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('copying a quote from the reader (seed-001-yizhan, whose page appends a copyright tail on copy)', () => {
  for (const format of ['plain', 'markdown', 'chinese'] as const) {
    test(`Ctrl+C puts the clean quote with its citation on the clipboard, not the farm's tail (${format})`, async () => {
      const worker = await h.worker();
      await worker.evaluate((format) => chrome.storage.sync.set({ settings: { version: 1, quote: { format, citation: true, url: true } } }), format);
      try {
        const { page } = await h.openFixture('seed-001-yizhan');
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        const { meta, gold } = await loadFixture('seed-001-yizhan');
        expect(await h.toggleByClick(page)).toBe('open');
        // Select two whole paragraphs of the article inside the (closed) shadow root.
        const selected = await selectParagraphsInReader(page, fullWidthPunctuation(gold[1]!).slice(0, 12), fullWidthPunctuation(gold[2]!).slice(0, 12));
        expect(selected.length).toBeGreaterThan(20);
        await page.keyboard.press('Control+C');
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        // The reader quotes what it shows: Chinese text in full-width punctuation (src/core/text/punctuation.ts).
        const fw = fullWidthPunctuation;
        expect(clipboard).toBe(expectedQuote(format, fw(gold[1]!), fw(gold[2]!), { ...meta, title: fw(meta.title) }, page.url()));
        expect(clipboard).not.toContain('著作权归作者所有');
        await page.close();
      } finally {
        await worker.evaluate(() => chrome.storage.sync.remove('settings'));
      }
    });
  }
});

describe('selecting with the mouse and copying with the 复制引用 button', () => {
  test('a drag over a paragraph shows the button by the selection; a click on it puts the clean quote on the clipboard', async () => {
    const { page } = await h.openFixture('seed-001-yizhan');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      const { meta, gold } = await loadFixture('seed-001-yizhan');
      expect(await h.toggleByClick(page)).toBe('open');
      const fw = fullWidthPunctuation;
      // Where the paragraph is on screen: its first character and its last (one screen: the drag
      // stays in the viewport, as a person's does).
      const points = await inReaderShadow<{ from: { x: number; y: number }; to: { x: number; y: number } }>(
        page,
        `function (first, second) {
          const ps = [...this.querySelectorAll('.qd-body p')];
          const a = ps.find((p) => p.textContent.includes(first));
          const b = ps.find((p) => p.textContent.includes(second));
          a.scrollIntoView({ block: 'center' });
          const texts = (p) => {
            const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            const out = [];
            for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.trim()) out.push(n);
            return out;
          };
          const head = texts(a)[0];
          const at = head.data.length - head.data.trimStart().length;
          const start = document.createRange();
          start.setStart(head, at);
          start.setEnd(head, at + 1);
          const last = texts(b).at(-1);
          const endAt = last.data.trimEnd().length;
          const end = document.createRange();
          end.setStart(last, endAt - 1);
          end.setEnd(last, endAt);
          const s = start.getClientRects()[0], e = end.getClientRects()[0];
          return { from: { x: s.left + 1, y: s.top + s.height / 2 }, to: { x: e.right - 1, y: e.top + e.height / 2 } };
        }`,
        fw(gold[1]!).slice(0, 12),
        fw(gold[1]!).slice(0, 12),
      );
      await dragWithMouse(page, points!.value);
      const button = async () =>
        (
          await inReaderShadow<{ hidden: boolean; x: number; y: number; label: string }>(
            page,
            `function () {
              const bar = this.querySelector('.qd-selection-bar');
              const b = bar.querySelector('.qd-copy-quote').getBoundingClientRect();
              return { hidden: bar.hidden, x: b.left + b.width / 2, y: b.top + b.height / 2, label: bar.querySelector('.qd-copy-quote').textContent };
            }`,
          )
        )?.value;
      await expect.poll(async () => (await button())?.hidden).toBe(false);
      await screenshot(page, 'reader-selection-bar');
      const shown = (await button())!;
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      await page.mouse.click(shown.x, shown.y);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('before');
      expect((await button())?.label).toBe('已复制');
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard.split("\n")[0]).toBe(fw(gold[1]!));
      expect(clipboard).toContain(`——《${fw(meta.title)}》，${meta.source}，${meta.published}`);
      expect(clipboard).not.toContain('著作权归作者所有');
    } finally {
      await page.close();
    }
  });
});

describe('Chinese punctuation in the reader (seed-003-shixun)', () => {
  test('a subhead whose question runs into a figure gets its full-width question mark', () =>
    inOpenReader('seed-003-shixun', async (page) => {
      const body = await inReaderShadow<string>(page, `function () { return this.querySelector('.qd-body').textContent; }`);
      expect(body!.value).toContain('对口帮扶效果如何？87.7%');
      expect(body!.value).not.toContain('如何?87.7%');
    }));
});

describe('images keep their intrinsic size (blog-post)', () => {
  test('the reader reserves an image\'s box from its width and height before it loads, bounded by the column', () =>
    inOpenReader('blog-post', async (page) => {
      const img = await inReaderShadow<{ width: string | null; height: string | null; ratio: string; maxWidth: string } | null>(
        page,
        `function () {
          const img = this.querySelector('.qd-body img[src*="shequ-1024x683"]');
          if (!img) return null;
          const style = getComputedStyle(img);
          return { width: img.getAttribute('width'), height: img.getAttribute('height'), ratio: style.aspectRatio, maxWidth: style.maxWidth };
        }`,
      );
      expect(img!.value).toEqual({ width: '1024', height: '683', ratio: 'auto 1024 / 683', maxWidth: '100%' });
    }));
});

describe('a drag that starts on the title', () => {
  test('copies only the article: not the meta line, the reading time or the key-figures box', async () => {
    const { page } = await h.openFixture('seed-001-yizhan');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      const { gold } = await loadFixture('seed-001-yizhan');
      expect(await h.toggleByClick(page)).toBe('open');
      const points = await inReaderShadow<{ from: { x: number; y: number }; to: { x: number; y: number } }>(
        page,
        `function () {
          const title = this.querySelector('.qd-title');
          const p = this.querySelector('.qd-body p');
          const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let last = null;
          for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.trim()) last = n;
          const end = document.createRange();
          const at = last.data.trimEnd().length;
          end.setStart(last, at - 1);
          end.setEnd(last, at);
          const t = title.getBoundingClientRect(), e = end.getClientRects()[0];
          return { from: { x: t.left + 2, y: t.top + 4 }, to: { x: e.right - 1, y: e.top + e.height / 2 } };
        }`,
      );
      await dragWithMouse(page, points!.value);
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      await page.keyboard.press('Control+C');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('before');
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard.split('\n')[0]).toBe(fullWidthPunctuation(gold[0]!));
      for (const ours of ['分钟读完', '关键数字', '健康报评论员', '转载自']) expect(clipboard.split('——')[0], ours).not.toContain(ours);
    } finally {
      await page.close();
    }
  });
});

describe("the reader in the reader's script (settings: simplified)", () => {
  test('a traditional page opens in simplified script; the page itself is not converted', async () => {
    const worker = await h.worker();
    await worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { version: 1, convert: { target: 'simplified', mode: 'reader', sites: [], neverSites: [] } } }),
    );
    try {
      const { page } = await h.openFixture('seed-004-qilu');
      const before = await page.evaluate(() => document.body.innerText);
      expect(await h.toggleByClick(page)).toBe('open');
      const view = await inReaderShadow<{ title: string; lang: string; body: string }>(
        page,
        `function () { return { title: this.querySelector('.qd-title').textContent, lang: this.querySelector('.qd-root').lang, body: this.querySelector('.qd-body').textContent }; }`,
      );
      expect(view!.value.title).toBe('新华鲜报丨筑牢健康“网底”！我国全面启动医疗卫生强基工程');
      expect(view!.value.lang).toBe('zh-Hans');
      expect(view!.value.body).toContain('医疗卫生强基');
      expect(await page.evaluate(() => document.body.innerText)).toBe(before);
      await screenshot(page, 'reader-converted-seed-004-qilu');
      await page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });
});

/** Clicks "always keep on this site" on the removed item holding `text` in the reader's removed panel. */
async function clickKeepOnSite(page: import('playwright-core').Page, text: string): Promise<boolean> {
  const clicked = await inReaderShadow<boolean>(
    page,
    `function (text) {
      const li = [...this.querySelectorAll('.qd-removed li')].find((l) => l.textContent.includes(text));
      if (!li) return false;
      li.querySelectorAll('button')[1].click();
      return true;
    }`,
    text,
  );
  return clicked?.value === true;
}

/** The "always keep" texts stored for the fixture server's host (per-site rules live in storage.local). */
async function storedKeep(worker: import('playwright-core').Worker): Promise<string[] | undefined> {
  const { siteRules } = (await worker.evaluate(() => chrome.storage.local.get('siteRules'))) as { siteRules?: Record<string, { keep: string[] }> };
  return siteRules?.['127.0.0.1']?.keep;
}

describe('choices remembered per site', () => {
  test('"always keep on this site" in the removed panel is stored and applies next time', async () => {
    const worker = await h.worker();
    try {
      const { page } = await h.openFixture('seed-001-yizhan');
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await clickKeepOnSite(page, '直面健康热点')).toBe(true);
      await expect.poll(() => storedKeep(worker)).toContain('直面健康热点');
      expect(await h.toggleByClick(page)).toBe(null);
      expect(await h.toggleByClick(page)).toBe('open');
      const body = await inReaderShadow<string>(page, `function () { return this.querySelector('.qd-body').textContent; }`);
      expect(body!.value).toContain('直面健康热点');
      await page.close();
    } finally {
      await worker.evaluate(() => Promise.all([chrome.storage.sync.remove('settings'), chrome.storage.local.remove('siteRules')]));
    }
  });

  test('with many long choices already stored (the synced item near its 8 KB limit), a new choice is still saved', async () => {
    const worker = await h.worker();
    // Six long "always remove" texts on other sites, stored where an earlier version kept them:
    // with the other settings, 8,151 of the 8,192 bytes storage.sync allows for one item.
    await worker.evaluate(async () => {
      const rule = (i: number, length = 499) => `${i}`.padEnd(length, '本网站所有内容均来源于网络转载如有侵权请联系删除');
      const sites: Record<string, { remove: string[]; keep: string[] }> = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`farm${i}.example`, { remove: [rule(i)], keep: [] }]));
      sites['farm6.example'] = { remove: [rule(6, 48)], keep: [] };
      await chrome.storage.sync.set({ settings: { version: 2, sites } });
    });
    try {
      const { page } = await h.openFixture('seed-001-yizhan');
      expect(await h.toggleByClick(page)).toBe('open');
      expect(await clickKeepOnSite(page, '直面健康热点')).toBe(true);
      await expect.poll(() => storedKeep(worker)).toContain('直面健康热点');
      // The earlier choices are all still there, now beside it.
      const { siteRules } = (await worker.evaluate(() => chrome.storage.local.get('siteRules'))) as { siteRules: Record<string, unknown> };
      expect(Object.keys(siteRules).sort()).toEqual(['127.0.0.1', 'farm1.example', 'farm2.example', 'farm3.example', 'farm4.example', 'farm5.example', 'farm6.example']);
      // No "could not save" notice over the page.
      expect(await page.evaluate(() => document.querySelector('div[data-qingdu="notice"]'))).toBeNull();
      await page.close();
    } finally {
      await worker.evaluate(() => Promise.all([chrome.storage.sync.remove('settings'), chrome.storage.local.remove('siteRules')]));
    }
  });
});
