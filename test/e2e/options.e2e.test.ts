// The options page: every setting, saved at once, with a live quote preview; reset; survives reopening.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Harness, screenshot } from './harness';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
});
afterAll(async () => {
  await h?.close();
});

describe('options page', () => {
  test('a change is saved at once and the quote preview follows it; reset restores the defaults', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.waitForSelector('#quote-preview');
    expect(await page.textContent('h1')).toBe('清读设置');
    expect(await page.textContent('#quote-preview')).toContain('——《我国持续推进优质医疗资源扩容下沉和区域均衡布局》，人民网，2023-04-14');
    await page.check('input[name="quote-format"][value="markdown"]');
    await expect.poll(() => page.textContent('#quote-preview')).toMatch(/^> 截至2022年底/);
    await page.check('input[name="target"][value="taiwan"]');
    await page.uncheck('#highlight');
    const worker = await h.worker();
    const stored = await expect
      .poll(async () => ((await worker.evaluate(() => chrome.storage.sync.get('settings'))).settings as { quote?: { format: string } } | undefined)?.quote?.format)
      .toBe('markdown');
    void stored;
    const settings = (await worker.evaluate(() => chrome.storage.sync.get('settings'))).settings as { convert: { target: string }; figures: { highlight: boolean } };
    expect(settings.convert.target).toBe('taiwan');
    expect(settings.figures.highlight).toBe(false);
    await screenshot(page, 'options-page');
    // Reopening shows what was saved.
    await page.reload();
    await page.waitForSelector('#quote-preview');
    expect(await page.isChecked('input[name="quote-format"][value="markdown"]')).toBe(true);
    await page.click('#reset');
    await expect.poll(() => page.isChecked('input[name="quote-format"][value="plain"]')).toBe(true);
    await page.close();
    await worker.evaluate(() => chrome.storage.sync.remove('settings'));
  });
});
