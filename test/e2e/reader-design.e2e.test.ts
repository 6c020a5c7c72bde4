// The reader's design in Chromium: every theme on a Chinese seed page and an English page
// (screenshots to look at), the settings panel by keyboard, live settings, print.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, inReaderShadow, loadFixture, norm, screenshot, SHOWN_TEXTS } from './harness';
import { MESSAGE_KEYS } from '../../src/core/i18n';
import { THEMES, type ThemeName } from '../../src/page/reader/themes';
import { fullWidthPunctuation } from '../../src/core/text/punctuation';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

/**
 * Fixture pages link their photos on the original sites, which the tests cannot reach: serve a
 * stand-in picture instead, so screenshots show how the reader lays out images and captions.
 */
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="750" height="460" viewBox="0 0 750 460">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3d9"/><stop offset="1" stop-color="#e6eef2"/></linearGradient></defs>
<rect width="750" height="460" fill="url(#s)"/><path d="M0 330 L160 220 L300 300 L470 170 L750 330 L750 460 L0 460Z" fill="#5f8a6a"/>
<rect x="300" y="250" width="150" height="110" fill="#f4f1ea"/><rect x="355" y="300" width="40" height="60" fill="#8a6d4b"/></svg>`;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
  await h.context.route(/\.(jpe?g|png|gif|webp)(\?.*)?$/i, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PHOTO }));
  const worker = await h.worker();
  // Conversion off: the seed page is shown as served (the screenshots show the page's own script).
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, convert: { target: 'off', mode: 'off', sites: [], neverSites: [] } } }));
});
afterAll(async () => {
  await h?.close();
});

async function setStored(patch: Record<string, unknown>): Promise<void> {
  const worker = await h.worker();
  await worker.evaluate(async (p) => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    const next = { ...(settings ?? { version: 1 }) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(p)) next[key] = { ...((next[key] as object) ?? {}), ...(value as object) };
    await chrome.storage.sync.set({ settings: next });
  }, patch);
}

async function storedReader(): Promise<{ theme: string; fontSize: number; width: number; font: string } | undefined> {
  const worker = await h.worker();
  const { settings } = (await worker.evaluate(() => chrome.storage.sync.get('settings'))) as { settings?: { reader?: { theme: string; fontSize: number; width: number; font: string } } };
  return settings?.reader;
}

/** What a screenshot must show, read from the rendered reader. */
interface Look {
  theme: string | undefined;
  background: string;
  color: string;
  contrast: number;
  mutedContrast: number;
  title: string;
  info: string;
  buttons: string[];
  fontFamily: string;
  lineHeight: number;
  fontSize: number;
  measureChars: number;
}

const LOOK = `function () {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const ratio = (a, b) => { const [x, y] = [lum(parse(a)), lum(parse(b))].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
  const root = this.querySelector('.qd-root');
  const cs = getComputedStyle(root);
  const p = this.querySelector('.qd-body p');
  const ps = getComputedStyle(p);
  const meta = this.querySelector('.qd-meta');
  return {
    theme: root.dataset.theme, background: cs.backgroundColor, color: cs.color,
    contrast: ratio(cs.color, cs.backgroundColor),
    mutedContrast: meta ? ratio(getComputedStyle(meta).color, cs.backgroundColor) : 21,
    title: this.querySelector('h1.qd-title').textContent,
    info: this.querySelector('.qd-info').textContent,
    buttons: [...this.querySelectorAll('.qd-actions > button')].map((b) => b.className),
    fontFamily: ps.fontFamily, lineHeight: parseFloat(ps.lineHeight) / parseFloat(ps.fontSize), fontSize: parseFloat(ps.fontSize),
    measureChars: this.querySelector('.qd-body').getBoundingClientRect().width / parseFloat(ps.fontSize),
  };
}`;

async function look(page: Page): Promise<Look> {
  return (await inReaderShadow<Look>(page, LOOK))!.value;
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function pickTheme(page: Page, theme: string): Promise<void> {
  await inReaderShadow(page, `function (theme) {
    const toggle = this.querySelector('.qd-settings-toggle');
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    this.querySelector('.qd-themes input[value="' + theme + '"]').click();
  }`, theme);
}

const PAGES = [
  // The reader's own labels follow the browser's language (zh-CN here), whatever the article's.
  { fixture: 'seed-004-qilu', script: /PingFang TC|Noto Sans CJK TC/, readingTime: /^约 \d+ 分钟读完$/ },
  { fixture: 'en-health', script: /system-ui|Segoe UI|Roboto/, readingTime: /^约 \d+ 分钟读完$/ },
];

describe.each(PAGES)('reader themes on $fixture', ({ fixture, script, readingTime }) => {
  test('light, sepia, dark and the system theme (light and dark) all render legibly; screenshots', async () => {
    const { meta } = await loadFixture(fixture);
    const { page } = await h.openFixture(fixture);
    expect(await h.toggleByClick(page)).toBe('open');
    const first = await look(page);
    expect(first.title).toBe(meta.lang.startsWith('zh') ? fullWidthPunctuation(meta.title) : meta.title);
    expect(first.info).toMatch(readingTime);
    expect(first.buttons).toEqual(['qd-settings-toggle', 'qd-figs-toggle', 'qd-copy-article', 'qd-print', 'qd-close']);
    expect(first.fontFamily).toMatch(script);
    expect(first.lineHeight).toBeGreaterThan(1.6);
    // The measure: 38em by default, about 36–40 characters of the body font.
    expect(first.measureChars).toBeGreaterThan(34);
    expect(first.measureChars).toBeLessThan(41);

    for (const theme of ['light', 'sepia', 'dark'] as ThemeName[]) {
      await pickTheme(page, theme);
      await page.waitForTimeout(300); // the colour transition
      const seen = await look(page);
      expect(seen.theme).toBe(theme);
      expect(seen.background).toBe(rgb(THEMES[theme].bg));
      expect(seen.contrast).toBeGreaterThanOrEqual(7);
      expect(seen.mutedContrast).toBeGreaterThanOrEqual(4.5);
      // Close the panel for the picture (Esc closes the panel, not the reader).
      await page.keyboard.press('Escape');
      expect(await inReaderShadow<boolean>(page, `function () { return this.querySelector('.qd-panel').hidden; }`)).toMatchObject({ value: true });
      await screenshot(page, `theme-${theme}-${fixture}`);
    }
    await pickTheme(page, 'auto');
    await page.keyboard.press('Escape');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(300);
      const seen = await look(page);
      expect(seen.theme).toBe('auto');
      expect(seen.background).toBe(rgb(THEMES[scheme].bg));
      await screenshot(page, `theme-auto-${scheme}-${fixture}`);
    }
    await page.emulateMedia({ colorScheme: null });
    expect((await storedReader())?.theme).toBe('auto');
    await page.close();
  });
});

describe('the settings panel', () => {
  test('works from the keyboard alone: open, change, Esc closes the panel then the reader', async () => {
    const { page } = await h.openFixture('seed-003-shixun');
    expect(await h.toggleByClick(page)).toBe('open');
    // Tab order: the toolbar comes first, so Shift+Tab from the article reaches its last button.
    await inReaderShadow(page, `function () { this.querySelector('.qd-settings-toggle').focus(); }`);
    await page.keyboard.press('Enter');
    const opened = await inReaderShadow<{ hidden: boolean; expanded: string | null; focused: string | undefined; label: string | null }>(
      page,
      `function () {
        const panel = this.querySelector('.qd-panel');
        return { hidden: panel.hidden, expanded: this.querySelector('.qd-settings-toggle').getAttribute('aria-expanded'),
          focused: this.activeElement?.value, label: panel.getAttribute('aria-label') };
      }`,
    );
    expect(opened!.value).toEqual({ hidden: false, expanded: 'true', focused: 'auto', label: '阅读设置' });
    // Every label in the reader and its open panel is a message, never a raw key its catalog lacks.
    const shown = (await inReaderShadow<string[]>(page, SHOWN_TEXTS))!.value;
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((text) => (MESSAGE_KEYS as readonly string[]).includes(text))).toEqual([]);
    await screenshot(page, 'settings-panel-seed-003-shixun');
    // Arrow keys move through the theme radios like any radio group, applying each at once.
    await page.keyboard.press('ArrowRight');
    const theme = await inReaderShadow<string>(page, `function () { return this.querySelector('.qd-root').dataset.theme; }`);
    expect(theme!.value).toBe('light');
    await page.keyboard.press('Escape');
    const closed = await inReaderShadow<{ hidden: boolean; focused: string | undefined }>(
      page,
      `function () { return { hidden: this.querySelector('.qd-panel').hidden, focused: this.activeElement?.className }; }`,
    );
    expect(closed!.value).toEqual({ hidden: true, focused: 'qd-settings-toggle' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('div[data-qingdu="reader"]'))).toBeNull();
    await page.close();
    await setStored({ reader: { theme: 'auto' } });
  });

  test('changing 中文标点 or 阅读文字 from the keyboard keeps the panel open and the focus where it was', async () => {
    const worker = await h.worker();
    const saved = await worker.evaluate(() => chrome.storage.sync.get('settings'));
    const { page } = await h.openFixture('seed-003-shixun');
    try {
      expect(await h.toggleByClick(page)).toBe('open');
      await inReaderShadow(page, `function () { this.querySelector('.qd-settings-toggle').focus(); }`);
      await page.keyboard.press('Enter');
      const state = async () =>
        (
          await inReaderShadow<{ hidden: boolean; focused: string | null; checked: boolean; script: string; body: string }>(
            page,
            `function () {
              const a = this.activeElement;
              return { hidden: this.querySelector('.qd-panel').hidden,
                focused: a ? (a.closest('.qd-punctuation') ? 'punctuation' : a.closest('.qd-script') ? 'script' : a.className || a.tagName) : null,
                checked: this.querySelector('.qd-punctuation input').checked,
                script: this.querySelector('.qd-script select, select.qd-script')?.value ?? '',
                body: this.querySelector('.qd-body').textContent };
            }`,
          )
        )!.value;
      // Tab through the panel to the punctuation switch, as a keyboard user does.
      for (let i = 0; i < 40 && (await state()).focused !== 'punctuation'; i++) await page.keyboard.press('Tab');
      expect((await state()).focused).toBe('punctuation');
      expect((await state()).body).toContain('如何？87.7%');
      await page.keyboard.press('Space');
      await expect.poll(async () => (await state()).body).toContain('如何?87.7%');
      expect(await state()).toMatchObject({ hidden: false, focused: 'punctuation', checked: false });
      await page.keyboard.press('Space');
      await expect.poll(async () => (await state()).body).toContain('如何？87.7%');
      expect(await state()).toMatchObject({ hidden: false, focused: 'punctuation', checked: true });
      // On to the script choice (Tab goes round the panel), and another picked with the arrow keys.
      for (let i = 0; i < 40 && (await state()).focused !== 'script'; i++) await page.keyboard.press('Tab');
      expect((await state()).focused).toBe('script');
      const before = (await state()).script;
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await state()).script).not.toBe(before);
      await page.waitForTimeout(300);
      expect(await state()).toMatchObject({ hidden: false, focused: 'script' });
      // Esc closes the panel first, then the reader: the panel was still open.
      await page.keyboard.press('Escape');
      expect((await state()).hidden).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.querySelector('div[data-qingdu="reader"]'))).toBeNull();
    } finally {
      await page.close();
      await worker.evaluate((s) => chrome.storage.sync.set(s), saved);
    }
  });

  test('text size and line width change the reader at once and are remembered', async () => {
    const { page } = await h.openFixture('seed-003-shixun');
    expect(await h.toggleByClick(page)).toBe('open');
    const before = await look(page);
    await inReaderShadow(page, `function () {
      this.querySelector('.qd-settings-toggle').click();
      const [smaller, larger] = this.querySelectorAll('.qd-size button');
      larger.click(); larger.click();
      const [narrower] = this.querySelectorAll('.qd-width button');
      narrower.click();
      this.querySelector('.qd-fonts input[value="serif"]').click();
    }`);
    const after = await look(page);
    expect(after.fontSize).toBe(before.fontSize + 2);
    expect(after.fontFamily).toMatch(/Songti SC|Noto Serif CJK SC/);
    await expect.poll(storedReader).toMatchObject({ fontSize: before.fontSize + 2, width: 36, font: 'serif' });
    await screenshot(page, 'serif-larger-seed-003-shixun');
    // Closing and opening again keeps the choice.
    expect(await h.toggleByClick(page)).toBe(null);
    expect(await h.toggleByClick(page)).toBe('open');
    expect((await look(page)).fontSize).toBe(before.fontSize + 2);
    await page.close();
    await setStored({ reader: { theme: 'auto', fontSize: 18, width: 38, font: 'sans' } });
  });
});

describe('the top of the reader at every width (seed-004-qilu)', () => {
  for (const [width, height] of [[320, 568], [390, 844], [768, 1024], [1280, 800]] as const) {
    test(`${width}×${height}: the toolbar is one row, every button in view, and reading starts in the first screen`, async () => {
      const { page } = await h.openFixture('seed-004-qilu');
      await page.setViewportSize({ width, height });
      expect(await h.toggleByClick(page)).toBe('open');
      const top = await inReaderShadow<{ rows: number; buttons: number; outside: string[]; paragraph: number }>(
        page,
        `function () {
          const buttons = [...this.querySelectorAll('.qd-toolbar .qd-actions > button')];
          const rows = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size;
          const outside = buttons.filter((b) => { const r = b.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth; }).map((b) => b.textContent);
          return { rows, buttons: buttons.length, outside, paragraph: this.querySelector('.qd-body p').getBoundingClientRect().top };
        }`,
      );
      expect(top!.value.buttons).toBe(5);
      expect(top!.value.rows).toBe(1);
      expect(top!.value.outside).toEqual([]);
      // The first paragraph starts with room for three lines of it in the first screen.
      expect(top!.value.paragraph).toBeLessThan(height - 100);
      await screenshot(page, `reader-top-${width}`);
      await page.close();
    });
  }
});

describe('the toolbar while reading', () => {
  test('slides away when reading down, comes back on scrolling up; no motion with reduced motion', async () => {
    const { page } = await h.openFixture('seed-003-shixun');
    expect(await h.toggleByClick(page)).toBe('open');
    const scroll = async (to: number): Promise<{ away: boolean; top: number }> =>
      (await inReaderShadow<{ away: boolean; top: number }>(page, `async function (to) {
        const host = this.host;
        host.scrollTop = to;
        await new Promise((r) => setTimeout(r, 120));
        const bar = this.querySelector('.qd-toolbar');
        return { away: bar.classList.contains('qd-toolbar-away'), top: host.scrollTop };
      }`, to))!.value;
    expect((await scroll(300)).away).toBe(true);
    expect((await scroll(150)).away).toBe(false);
    const down = await scroll(900);
    expect(down.top).toBeGreaterThan(500);
    expect(down.away).toBe(true);
    expect((await scroll(700)).away).toBe(false);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await inReaderShadow<string>(page, `function () { return getComputedStyle(this.querySelector('.qd-toolbar')).transitionDuration; }`);
    expect(duration!.value.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
    await page.close();
  });
});

describe('live settings', () => {
  test('a change stored elsewhere (the options page, another tab) shows in an open reader at once', async () => {
    const { page } = await h.openFixture('seed-001-yizhan');
    expect(await h.toggleByClick(page)).toBe('open');
    await setStored({ reader: { theme: 'dark', fontSize: 22 }, figures: { highlight: false } });
    await expect.poll(async () => (await look(page)).theme).toBe('dark');
    const seen = await look(page);
    expect(seen.fontSize).toBe(22);
    const marksOff = await inReaderShadow<boolean>(page, `function () { return this.querySelector('.qd-root').classList.contains('qd-figs-off'); }`);
    expect(marksOff!.value).toBe(true);
    await page.close();
    await setStored({ reader: { theme: 'auto', fontSize: 18 }, figures: { highlight: true } });
  });

  test('a theme picked on the options page shows in the reader open in another tab', async () => {
    const { page } = await h.openFixture('seed-001-yizhan');
    expect(await h.toggleByClick(page)).toBe('open');
    expect((await look(page)).theme).toBe('auto');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('input[name="theme"][value="sepia"]').check();
    await expect.poll(async () => (await look(page)).theme).toBe('sepia');
    // (after the 0.2 s colour transition)
    await expect.poll(async () => (await look(page)).background).toBe(rgb(THEMES.sepia.bg));
    await options.locator('input[name="theme"][value="auto"]').check();
    await expect.poll(async () => (await look(page)).theme).toBe('auto');
    await options.close();
    await page.close();
  });
});

describe('the reader\'s script, picked in the Aa panel', () => {
  test('a traditional page read with conversion off turns simplified when 简体 is picked; the page is untouched', async () => {
    const { page } = await h.openFixture('seed-004-qilu');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await h.toggleByClick(page)).toBe('open');
    const title = async (): Promise<string> => (await inReaderShadow<string>(page, `function () { return this.querySelector('h1.qd-title').textContent; }`))!.value;
    expect(await title()).toContain('醫療衛生');
    await inReaderShadow(page, `function () {
      this.querySelector('.qd-settings-toggle').click();
      const select = this.querySelector('.qd-script select');
      select.value = 'simplified';
      select.dispatchEvent(new Event('change'));
    }`);
    // The converter is injected on request, the setting stored, and the reader re-rendered.
    await expect.poll(title, { timeout: 10_000 }).toContain('医疗卫生');
    const worker = await h.worker();
    const stored = (await worker.evaluate(() => chrome.storage.sync.get('settings'))) as { settings: { convert: { target: string; mode: string } } };
    expect(stored.settings.convert).toMatchObject({ target: 'simplified', mode: 'reader' });
    await screenshot(page, 'script-simplified-seed-004-qilu');
    expect(await h.toggleByClick(page)).toBe(null);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
    await setStored({ convert: { target: 'off', mode: 'off' } });
  });
});

describe('an English browser', () => {
  test('the reader\'s own labels are in English on an English article', async () => {
    const en = await Harness.launch(inject('extensionDir'), inject('fixtureBase'), { locale: 'en' });
    try {
      await en.context.route(/\.(jpe?g|png|gif|webp)(\?.*)?$/i, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PHOTO }));
      const { page } = await en.openFixture('en-health');
      expect(await en.toggleByClick(page)).toBe('open');
      const labels = (await inReaderShadow<{ info: string; close: string; figures: string }>(page, `function () {
        return { info: this.querySelector('.qd-info').textContent, close: this.querySelector('.qd-close').textContent,
          figures: this.querySelector('.qd-figures summary').textContent };
      }`))!.value;
      expect(labels.info).toMatch(/^\d+ min read$/);
      expect(labels.close).toBe('Close (Esc)');
      expect(labels.figures).toMatch(/^Key figures \(\d+\)$/);
      await screenshot(page, 'english-browser-en-health');
      await page.close();
    } finally {
      await en.close();
    }
  });
});

describe('print', () => {
  test('prints the article alone with its citation; the page behind is hidden', async () => {
    const { meta, gold } = await loadFixture('seed-003-shixun');
    const { page } = await h.openFixture('seed-003-shixun');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await h.toggleByClick(page)).toBe('open');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    const printed = await inReaderShadow<{ toolbar: string; citation: string; citationShown: string; body: string }>(
      page,
      `function () {
        return { toolbar: getComputedStyle(this.querySelector('.qd-toolbar')).display,
          citation: this.querySelector('.qd-print-citation').innerText,
          citationShown: getComputedStyle(this.querySelector('.qd-print-citation')).display,
          body: this.querySelector('.qd-body').innerText };
      }`,
    );
    expect(printed!.value.toolbar).toBe('none');
    expect(printed!.value.citationShown).toBe('block');
    expect(printed!.value.citation).toContain(meta.title);
    expect(printed!.value.citation).toContain(meta.source!);
    expect(norm(printed!.value.body)).toContain(norm(gold[0]!));
    // (A CDP session closing, as inReaderShadow's does, drops the media emulation: set it again.)
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await screenshot(page, 'print-seed-003-shixun');
    await page.emulateMedia({ media: null });
    expect(await h.toggleByClick(page)).toBe(null);
    // The print stylesheet went with the reader; the page's DOM is as it was.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
