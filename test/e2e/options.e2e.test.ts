// The options page: every setting, saved at once and kept across a browser restart; export/import;
// shortcuts; accessibility; and the extension in each UI language.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Harness, SHOWN_TEXTS } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { MESSAGE_KEYS, translator, uiLocale } from '../../src/core/i18n';
import { READER_BOUNDS, SETTINGS_VERSION } from '../../src/core/settings/schema';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

interface StoredSettings {
  version: number;
  convert: { target: string; mode: string; sites: string[]; neverSites: string[] };
  reader: { theme: string; fontSize: number; width: number; font: string; chinesePunctuation: boolean };
  figures: { highlight: boolean };
  quote: { format: string; citation: boolean; url: boolean };
  sites: Record<string, unknown>;
}

async function stored(h: Harness): Promise<StoredSettings | undefined> {
  const worker = await h.worker();
  return (await worker.evaluate(() => chrome.storage.sync.get('settings'))).settings as StoredSettings | undefined;
}

async function clearSettings(h: Harness): Promise<void> {
  const worker = await h.worker();
  await worker.evaluate(() => chrome.storage.sync.remove('settings'));
}

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  // The form appears once the stored settings are loaded into it.
  await page.waitForSelector('#quote-preview');
  return page;
}

/** What the controls show, in the shape of the settings. */
function controls(page: Page) {
  return page.evaluate(() => {
    const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const value = (id: string) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!.value;
    const on = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.checked;
    return {
      convert: { target: checked('target'), mode: checked('mode'), sites: value('sites'), neverSites: value('never-sites') },
      reader: { theme: checked('theme'), fontSize: Number(value('font-size')), width: Number(value('width')), font: checked('font'), chinesePunctuation: on('chinese-punctuation') },
      figures: { highlight: on('highlight') },
      quote: { format: checked('quote-format'), citation: on('citation'), url: on('url') },
    };
  });
}

async function pressKeys(page: Page, selector: string, key: string, times: number): Promise<void> {
  await page.focus(selector);
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

async function fullScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Contrast of every visible text against the background it is painted on (the nearest opaque one;
 * the page uses no translucent ones), WCAG 2 relative luminance. The lowest ratio found, and where.
 */
function lowestTextContrast(page: Page): Promise<{ ratio: number; where: string }> {
  return page.evaluate(() => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgba(c).slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const backgroundOf = (node: Element): string => {
      for (let el: Element | null = node; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if ((rgba(bg)[3] ?? 1) > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    let lowest = { ratio: Infinity, where: '' };
    for (const node of document.querySelectorAll<HTMLElement>('main *')) {
      const ownText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!ownText || !node.getClientRects().length) continue;
      const [a, b] = [lum(getComputedStyle(node).color), lum(backgroundOf(node))].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < lowest.ratio) lowest = { ratio, where: `${node.tagName.toLowerCase()}.${node.className}: ${node.textContent!.trim().slice(0, 30)}` };
    }
    return lowest;
  });
}

describe('options page (browser in zh-CN)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a change is saved at once and the quote preview follows it; reset restores the defaults', async () => {
    const page = await openOptions(h);
    expect(await page.textContent('h1')).toBe('清读设置');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#quote-preview')).toContain('——《我国持续推进优质医疗资源扩容下沉和区域均衡布局》，人民网，2023-04-14');
    await page.check('input[name="quote-format"][value="markdown"]');
    await expect.poll(() => page.textContent('#quote-preview')).toMatch(/^> 截至2022年底/);
    await expect.poll(() => page.textContent('#status')).toBe('已保存。');
    await page.check('input[name="target"][value="taiwan"]');
    await page.uncheck('#highlight');
    await expect.poll(async () => (await stored(h))?.figures.highlight).toBe(false);
    const settings = await stored(h);
    expect(settings?.quote.format).toBe('markdown');
    expect(settings?.convert.target).toBe('taiwan');
    // Reopening shows what was saved.
    await page.reload();
    await page.waitForSelector('#quote-preview');
    expect(await page.isChecked('input[name="quote-format"][value="markdown"]')).toBe(true);
    await page.click('#reset');
    await expect.poll(() => page.isChecked('input[name="quote-format"][value="plain"]')).toBe(true);
    expect(await page.textContent('#status')).toBe('已恢复默认设置。');
    await page.close();
    await clearSettings(h);
  });

  test('shows every setting, the reader settings included, each control labelled and grouped', async () => {
    const page = await openOptions(h);
    const form = await page.evaluate(() => {
      const labelOf = (input: HTMLInputElement | HTMLTextAreaElement) =>
        (input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? '').trim();
      const inputs = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input:not([type="file"]), main textarea')];
      return {
        unlabelled: inputs.filter((i) => !labelOf(i)).map((i) => i.outerHTML),
        radiosOutsideFieldset: [...document.querySelectorAll('input[type="radio"]')].filter((r) => !r.closest('fieldset')?.querySelector(':scope > legend')?.textContent?.trim()).length,
        groups: Object.fromEntries(
          [...document.querySelectorAll('fieldset')].map((f) => [f.querySelector('legend')!.textContent, [...f.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value)]),
        ),
        ranges: [...document.querySelectorAll<HTMLInputElement>('input[type="range"]')].map((r) => ({ label: labelOf(r), min: Number(r.min), max: Number(r.max), shown: document.querySelector(`output[for="${r.id}"]`)?.textContent, valuetext: r.getAttribute('aria-valuetext') })),
        positiveTabindex: document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length,
        headings: [...document.querySelectorAll('h1, h2, h3')].map((x) => `${x.tagName}:${x.textContent}`),
        status: { role: document.getElementById('status')?.getAttribute('role'), live: document.getElementById('status')?.getAttribute('aria-live') },
      };
    });
    expect(form.unlabelled).toEqual([]);
    // Every label is a message, never a raw key the bundle's catalog lacks (target_off, mode_reader …).
    const shown = (await page.evaluate(`(${SHOWN_TEXTS}).call(document.body)`)) as string[];
    expect(shown.filter((text) => (MESSAGE_KEYS as readonly string[]).includes(text))).toEqual([]);
    expect(form.radiosOutsideFieldset).toBe(0);
    expect(form.groups).toEqual({
      主题: ['auto', 'light', 'sepia', 'dark'],
      字体: ['sans', 'serif'],
      阅读文字: ['off', 'simplified', 'taiwan', 'hongkong'],
      自动转换: ['off', 'reader', 'all', 'listed'],
      格式: ['plain', 'markdown', 'chinese'],
    });
    const { fontSize, width } = READER_BOUNDS;
    expect(form.ranges).toEqual([
      { label: '字号', min: fontSize.min, max: fontSize.max, shown: '18 像素', valuetext: '18 像素' },
      { label: '行宽', min: width.min, max: width.max, shown: '每行约 38 字', valuetext: '每行约 38 字' },
    ]);
    expect(await page.textContent('label:has(#chinese-punctuation)')).toBe('中文标点（，：！？）');
    expect(form.positiveTabindex).toBe(0);
    expect(form.headings).toEqual(['H1:清读设置', 'H2:阅读视图', 'H2:繁简转换', 'H2:关键数字', 'H2:复制引用', 'H2:快捷键', 'H3:在阅读视图中', 'H2:备份']);
    expect(form.status).toEqual({ role: 'status', live: 'polite' });
    // Keyboard: Tab reaches the first control, and focus is visible (an outline is drawn).
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    expect(focused).toEqual({ id: 'theme-auto', outline: 'solid', width: '2px' });
    await page.close();
  });

  test('shows the browser\'s actual shortcuts and opens its shortcuts page', async () => {
    const page = await openOptions(h);
    const worker = await h.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((c) => c.name === 'toggle-reader');
    expect(toggle).toBeDefined();
    // Headless Chromium assigns no suggested keys (no key can be pressed), so this sees "not set";
    // a desktop browser lists Alt+Shift+R, or whatever the user chose.
    await expect.poll(() => page.textContent('#shortcuts')).toBe(`打开或关闭阅读模式${toggle!.shortcut || '未设置'}`);
    expect(await page.textContent('#reader-keys')).toBe('退出阅读模式Esc将所选文字复制为引用Alt+Shift+C');
    const opened = h.context.waitForEvent('page');
    await page.click('#change-shortcuts');
    const shortcutsPage = await opened;
    await expect.poll(() => shortcutsPage.url()).toBe('chrome://extensions/shortcuts');
    await shortcutsPage.close();
    await page.close();
  });

  test('settings survive a browser restart, in the storage and in the page', async () => {
    const page = await openOptions(h);
    await page.check('input[name="theme"][value="sepia"]');
    await page.check('input[name="font"][value="serif"]');
    await pressKeys(page, '#font-size', 'ArrowRight', 4);
    await pressKeys(page, '#width', 'ArrowLeft', 6);
    await page.uncheck('#chinese-punctuation');
    await page.check('input[name="target"][value="hongkong"]');
    await page.fill('#never-sites', 'https://www.Example.com/news\nfarm.example.org');
    await page.locator('#never-sites').blur();
    await page.uncheck('#highlight');
    await page.check('input[name="quote-format"][value="chinese"]');
    await page.uncheck('#citation');
    expect(await page.textContent('#font-size-value')).toBe('22 像素');
    expect(await page.textContent('#width-value')).toBe('每行约 32 字');
    const expected = {
      version: SETTINGS_VERSION,
      convert: { target: 'hongkong', mode: 'reader', sites: [], neverSites: ['example.com', 'farm.example.org'] },
      reader: { theme: 'sepia', fontSize: 22, width: 32, font: 'serif', chinesePunctuation: false },
      figures: { highlight: false },
      quote: { format: 'chinese', citation: false, url: true },
      sites: {},
    };
    await expect.poll(() => stored(h)).toEqual(expected);
    await page.close();

    await h.restart();
    expect(await stored(h)).toEqual(expected);
    const reopened = await openOptions(h);
    expect(await controls(reopened)).toEqual({
      convert: { target: 'hongkong', mode: 'reader', sites: '', neverSites: 'example.com\nfarm.example.org' },
      reader: { theme: 'sepia', fontSize: 22, width: 32, font: 'serif', chinesePunctuation: false },
      figures: { highlight: false },
      quote: { format: 'chinese', citation: false, url: true },
    });
    // Chinese quote marks, no citation (and so no link either).
    expect(await reopened.textContent('#quote-preview')).toBe('「截至2022年底，87.7%的县医院达到了二级医院能力，45.6%的县医院达到了三级医院能力。」');
    await reopened.close();
    await clearSettings(h);
  });

  test('export, change, import: the settings are the exported ones again; an older export is migrated; a foreign file changes nothing', async () => {
    const page = await openOptions(h);
    await page.check('input[name="theme"][value="dark"]');
    await page.check('input[name="quote-format"][value="markdown"]');
    await pressKeys(page, '#font-size', 'End', 1);
    await expect.poll(async () => (await stored(h))?.reader.fontSize).toBe(READER_BOUNDS.fontSize.max);
    const before = await stored(h);

    const download = page.waitForEvent('download');
    await page.click('#export');
    const file = path.join(SCREENSHOT_DIR, '..', 'qingdu-settings-export.json');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toBe('qingdu-settings.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(before);

    await page.click('#reset');
    await page.check('input[name="target"][value="off"]');
    await expect.poll(async () => (await stored(h))?.convert.target).toBe('off');
    expect((await stored(h))?.reader.theme).toBe('auto');

    await page.setInputFiles('#import-file', file);
    await expect.poll(() => page.textContent('#status')).toBe('设置已导入。');
    expect(await stored(h)).toEqual(before);
    expect(await page.isChecked('input[name="theme"][value="dark"]')).toBe(true);
    expect(await page.inputValue('#font-size')).toBe(String(READER_BOUNDS.fontSize.max));

    // A file exported before settings v2 comes in through the same migration as stored settings.
    const older = path.join(SCREENSHOT_DIR, '..', 'qingdu-settings-v1.json');
    const v1 = { ...before!, version: 1, reader: { theme: 'sepia', fontSize: 20, width: 40, font: 'serif' } };
    await writeFile(older, JSON.stringify(v1));
    await page.setInputFiles('#import-file', older);
    await expect.poll(async () => (await stored(h))?.reader).toEqual({ theme: 'sepia', fontSize: 20, width: 40, font: 'serif', chinesePunctuation: true });
    expect(await stored(h)).toEqual({ ...before, reader: { theme: 'sepia', fontSize: 20, width: 40, font: 'serif', chinesePunctuation: true } });
    const restored = path.join(SCREENSHOT_DIR, '..', 'qingdu-settings-export.json');
    await page.setInputFiles('#import-file', restored);
    await expect.poll(() => stored(h)).toEqual(before);

    const foreign = path.join(SCREENSHOT_DIR, '..', 'not-settings.json');
    await writeFile(foreign, JSON.stringify({ version: SETTINGS_VERSION + 1, reader: { theme: 'light' } }));
    await page.setInputFiles('#import-file', foreign);
    await expect.poll(() => page.textContent('#status')).toBe('这不是清读的设置文件。');
    expect(await stored(h)).toEqual(before);
    await page.close();
    await clearSettings(h);
  });

  test('screenshots in light and dark, every text at WCAG AA contrast', async () => {
    const page = await openOptions(h);
    // With the status toast showing, so that it is measured and seen too.
    await page.check('input[name="theme"][value="light"]');
    await expect.poll(() => page.textContent('#status')).toBe('已保存。');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const lowest = await lowestTextContrast(page);
      expect(lowest.ratio, `${colorScheme}: ${lowest.where}`).toBeGreaterThanOrEqual(4.5);
      await fullScreenshot(page, `options-zh-CN-${colorScheme}`);
    }
    await page.close();
    await clearSettings(h);
  });
});

/** What each UI language must show; the texts are written out, not derived from the catalogs. */
const LOCALES = [
  { locale: 'en', uiLocale: 'en', lang: 'en', h1: 'Qingdu settings', name: '清读 Qingdu', actionTitle: '清读 Qingdu — reader mode (Alt+Shift+R)', copyQuote: 'Copy as clean quote', theme: 'Theme' },
  { locale: 'zh-TW', uiLocale: 'zh_TW', lang: 'zh-TW', h1: '清讀設定', name: '清讀 Qingdu', actionTitle: '清讀 — 閱讀模式 (Alt+Shift+R)', copyQuote: '複製引用', theme: '主題' },
] as const;

for (const expected of LOCALES) {
  describe(`the extension in ${expected.locale}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'), { locale: expected.locale });
    });
    afterAll(async () => {
      await h?.close();
    });

    test('manifest, context menu and options page are in the browser\'s language', async () => {
      const worker = await h.worker();
      const ui = await worker.evaluate(async () => ({
        language: chrome.i18n.getUILanguage(),
        name: chrome.runtime.getManifest().name,
        title: await chrome.action.getTitle({}),
      }));
      expect(uiLocale(ui.language), `UI language ${ui.language}: is Chromium's locale data installed (Debian: chromium-l10n)?`).toBe(expected.uiLocale);
      expect(ui.name).toBe(expected.name);
      expect(ui.title).toBe(expected.actionTitle);
      await expect
        .poll(() => worker.evaluate(() => (globalThis as { __qingduContextMenuTitles?: () => { id: string; title: string }[] }).__qingduContextMenuTitles?.() ?? []))
        .toContainEqual({ id: 'qingdu-copy-quote', title: expected.copyQuote });

      const page = await openOptions(h);
      expect(await page.textContent('h1')).toBe(expected.h1);
      expect(await page.title()).toBe(expected.h1);
      expect(await page.getAttribute('html', 'lang')).toBe(expected.lang);
      expect(await page.textContent('#reader-heading + fieldset legend')).toBe(expected.theme);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const lowest = await lowestTextContrast(page);
        expect(lowest.ratio, `${colorScheme}: ${lowest.where}`).toBeGreaterThanOrEqual(4.5);
        await fullScreenshot(page, `options-${expected.locale}-${colorScheme}`);
      }
      await page.close();
    });

    test('src/core/i18n resolves every message exactly as the browser does', async () => {
      const worker = await h.worker();
      const fromBrowser = await worker.evaluate((keys) => keys.map((k) => chrome.i18n.getMessage(k, ['甲', '42'])), [...MESSAGE_KEYS]);
      const t = translator(expected.locale);
      expect(fromBrowser).toEqual(MESSAGE_KEYS.map((k) => t(k, '甲', '42')));
    });
  });
}
