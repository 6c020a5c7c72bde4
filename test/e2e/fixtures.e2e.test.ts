// Each required fixture through the real extension: toolbar click → reader; click → page as it was.
import { fullWidthPunctuation } from '../../src/core/text/punctuation';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  Harness,
  fixtureExists,
  loadFixture,
  norm,
  pageHtmlWithoutReader,
  pageSnapshot,
  readerState,
  readerView,
  screenshot,
  scrollSomewhere,
} from './harness';
import { FIXTURES_DIR } from './paths';

/** Every article fixture in the repo goes through the real extension. */
const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.gold.txt'))
  .map((f) => f.slice(0, -'.gold.txt'.length))
  .filter((n) => fixtureExists(n) && !isNoArticle(n))
  .sort();

function isNoArticle(name: string): boolean {
  const meta = JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.meta.json`), 'utf8')) as { noArticle?: boolean };
  return meta.noArticle === true;
}

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: import('wxt/browser').WxtBrowser;

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
  // These tests check extraction against the page's own text: no script conversion (a zh-CN
  // browser would otherwise read traditional pages in simplified, as it should).
  const worker = await h.worker();
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, convert: { target: 'off', mode: 'off', sites: [], neverSites: [] } } }));
});
afterAll(async () => {
  await h?.close();
});

test('the suite covers the seed pages and the other kinds', () => {
  for (const name of ['seed-000-yiwang', 'seed-003-shixun', 'seed-004-qilu', 'en-news', 'gbk-page']) expect(FIXTURES).toContain(name);
});

describe.each(FIXTURES)('%s', (name) => {
  test('toolbar click opens the article; a second click restores the page exactly', async () => {
    const { meta, gold } = await loadFixture(name);
    expect(meta.noArticle ?? false, 'article fixture').toBe(false);
    expect(gold.length, 'gold lines').toBeGreaterThan(0);
    const { page } = await h.openFixture(name);
    try {
      const y = await scrollSomewhere(page);
      expect(y, 'the page must be scrollable for the scroll-restore check').toBeGreaterThan(0);
      const before = await pageSnapshot(page);

      expect(await h.toggleByClick(page)).toBe('open');
      const view = await readerView(page);
      expect(view, 'reader shadow root').toBeDefined();
      expect(view!.shadowRootType).toBe('closed');

      // The article, all of it, and none of the clutter (in the title and body: credits such as
      // 策划/编辑 belong in the meta lines above the body, by design).
      // Exactly the annotated title, set with Chinese punctuation as the reader does (src/core/text/punctuation.ts).
      expect(view!.title).toBe(meta.lang.startsWith('zh') ? fullWidthPunctuation(meta.title) : meta.title);
      expect(view!.notice).toBeNull();
      const body = norm(view!.body ?? '');
      const missing = gold.filter((line) => !body.includes(norm(line)));
      expect(missing, `gold lines missing from the reader body (${missing.length}/${gold.length})`).toEqual([]);
      const article = norm(`${view!.title}\n${view!.body}`);
      const leaked = meta.clutter.filter((c) => norm(c) && article.includes(norm(c)));
      expect(leaked, 'clutter in the reader').toEqual([]);
      // The meta line names the real outlet, not only the repost site.
      if (meta.source) expect(view!.meta ?? '').toContain(meta.source);
      await screenshot(page, name);

      // While open the page itself is untouched apart from the one host element, and nothing
      // appeared on the page's window.
      expect(await pageHtmlWithoutReader(page)).toBe(before.html);
      const during = await pageSnapshot(page);
      expect(during.globals).toEqual(before.globals);

      expect(await h.toggleByClick(page)).toBeNull();
      const after = await pageSnapshot(page);
      expect(after.html).toBe(before.html);
      expect(after.scrollY).toBe(y);
      expect(await readerState(page)).toBeNull();
    } finally {
      await page.close();
    }
  });
});
