import { fullWidthPunctuation } from '../../src/core/text/punctuation';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline';
import { READER_HOST_SELECTOR, isReaderOpen, toggleReader } from '../../src/page/reader';
import { articleView } from '../../src/page/reader/view';
import { removalLabel } from '../../src/core/clean';
import { reportedRuleNames } from '../../src/core/clean/labels';
import { fixtureDocument, loadFixture } from '../support/fixtures';

describe('reader view', () => {
  it('opens over the page and closes leaving the DOM exactly as it was', () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const before = doc.documentElement.outerHTML;
    expect(toggleReader(doc)).toBe('opened');
    const host = doc.documentElement.lastElementChild!;
    expect(host.matches(READER_HOST_SELECTOR)).toBe(true);
    expect(host.getAttribute('data-qingdu-state')).toBe('open');
    // The shadow root is closed: the page cannot reach into the reader.
    expect(host.shadowRoot).toBeNull();
    expect(isReaderOpen(doc)).toBe(true);
    expect(toggleReader(doc)).toBe('closed');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // A real Escape closes the reader: test/e2e (behaviour, reader-design) presses the key.
  it('ignores a synthetic Escape the page dispatches', () => {
    const doc = fixtureDocument(loadFixture('seed-000-yiwang'));
    toggleReader(doc);
    doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(isReaderOpen(doc)).toBe(true);
    expect(toggleReader(doc)).toBe('closed');
  });

  it('shows a notice, not a blank view, on a page without an article', () => {
    const doc = fixtureDocument(loadFixture('no-article'));
    expect(toggleReader(doc)).toBe('no-article');
    const host = doc.documentElement.lastElementChild!;
    expect(host.getAttribute('data-qingdu-state')).toBe('no-article');
    expect(toggleReader(doc)).toBe('closed');
    expect(doc.querySelector(READER_HOST_SELECTOR)).toBeNull();
  });
});

describe('article view', () => {
  it('shows the real title, the meta line and the article, with page text only as text', () => {
    const fixture = loadFixture('seed-003-shixun');
    const doc = fixtureDocument(fixture);
    const result = runPipeline(doc);
    if (!result.ok) throw new Error(result.message);
    const view = articleView(doc, doc.defaultView as Window & typeof globalThis, result.article, () => {});
    expect(view.querySelector('.qd-title')?.textContent).toBe(fullWidthPunctuation(fixture.meta.title!));
    const meta = view.querySelector('.qd-meta')?.textContent ?? '';
    expect(meta).toContain(fixture.meta.source!);
    expect(meta).toContain(fixture.meta.published!);
    expect(view.querySelector('.qd-body')?.textContent).toContain(fullWidthPunctuation(fixture.gold[0]!).slice(0, 20));
    expect(view.querySelector('script, iframe, [onclick]')).toBeNull();
  });
});

describe('what was removed, and putting it back', () => {
  it('lists the removals by kind and puts a removed block back after the paragraph it followed', () => {
    const fixture = loadFixture('seed-000-yiwang');
    const doc = fixtureDocument(fixture);
    const result = runPipeline(doc);
    if (!result.ok) throw new Error(result.message);
    const view = articleView(doc, doc.defaultView as Window & typeof globalThis, result.article, () => {});
    const summary = view.querySelector('.qd-removed summary')?.textContent ?? '';
    expect(summary).toMatch(/^已移除 \d+ 处\uff1a/);
    expect(summary).toContain('相关推荐 1');
    const promo = Array.from(view.querySelectorAll('.qd-removed li')).find((li) => li.textContent?.includes('易网健康养生网，致力于'));
    expect(promo).toBeDefined();
    const body = view.querySelector('.qd-body')!;
    promo!.querySelector('button')!.click();
    const restored = body.querySelector('.qd-restored');
    expect(restored?.textContent).toContain('易网健康养生网，致力于');
    // In place: right after the article's last paragraph, which it followed on the page.
    expect(restored?.previousElementSibling?.textContent).toContain(fixture.gold[fixture.gold.length - 1]!.slice(0, 12));
    promo!.querySelector('button')!.click();
    expect(body.querySelector('.qd-restored')).toBeNull();
  });

  it('has a label for every rule it can report', () => {
    for (const rule of reportedRuleNames()) {
      expect(removalLabel(rule, 'zh-Hans'), rule).not.toBe(rule);
      expect(removalLabel(rule, 'en').length, rule).toBeGreaterThan(0);
    }
  });
});

describe('key figures in the reader', () => {
  it('marks the figures, lists them in a panel, jumps to one on click, and hides marks on toggle', () => {
    const fixture = loadFixture('seed-003-shixun');
    const doc = fixtureDocument(fixture);
    const result = runPipeline(doc);
    if (!result.ok) throw new Error(result.message);
    const view = articleView(doc, doc.defaultView as Window & typeof globalThis, result.article, () => {});
    const marks = Array.from(view.querySelectorAll<HTMLElement>('.qd-body mark.qd-fig'));
    expect(marks.map((m) => m.textContent)).toEqual(expect.arrayContaining(['87.7%', '25.4亿元', '70多亿元']));
    const items = Array.from(view.querySelectorAll<HTMLButtonElement>('.qd-figures .qd-fig-item'));
    expect(items.length).toBe(new Set(marks.map((m) => m.dataset.figIndex)).size);
    expect(view.querySelector('.qd-figures summary')?.textContent).toBe(`关键数字 (${items.length})`);
    const money = items.find((i) => i.querySelector('strong')?.textContent === '25.4亿元')!;
    expect(money.textContent).toContain('中央财政已经累计投入资金25.4亿元');
    money.click();
    expect(view.querySelector('mark.qd-flash')?.textContent).toBe('25.4亿元');
    const toggle = view.querySelector<HTMLButtonElement>('.qd-figs-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    toggle.click();
    expect(view.classList.contains('qd-figs-off')).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the reader in the reader\'s script', () => {
  it('shows a traditional article in simplified script, with the same converter as the page', async () => {
    const { convertText } = await import('../../src/core/convert/converter');
    const fixture = loadFixture('seed-004-qilu');
    const doc = fixtureDocument(fixture);
    const result = runPipeline(doc);
    if (!result.ok) throw new Error(result.message);
    const text = (s: string): string => convertText(s, 'simplified');
    const view = articleView(doc, doc.defaultView as Window & typeof globalThis, result.article, () => {}, {
      highlightFigures: true,
      convert: { text, lang: 'zh-Hans' },
    });
    expect(view.lang).toBe('zh-Hans');
    expect(view.querySelector('.qd-title')?.textContent).toBe('新华鲜报丨筑牢健康“网底”！我国全面启动医疗卫生强基工程');
    const body = view.querySelector('.qd-body')?.textContent ?? '';
    expect(body).toContain(fullWidthPunctuation(text(fixture.gold[3]!)));
    expect(body).toContain('数智化');
    expect(view.querySelector('.qd-meta')?.textContent).toContain('新华社');
    // Figures are found after conversion too.
    expect(Array.from(view.querySelectorAll('mark.qd-fig')).map((m) => m.textContent)).toEqual(expect.arrayContaining(['到2027年', '超3.1亿人']));
  });

  it('leaves an article already in the reader\'s script alone', () => {
    const fixture = loadFixture('seed-003-shixun');
    const doc = fixtureDocument(fixture);
    const result = runPipeline(doc);
    if (!result.ok) throw new Error(result.message);
    let calls = 0;
    const view = articleView(doc, doc.defaultView as Window & typeof globalThis, result.article, () => {}, {
      highlightFigures: true,
      convert: { text: (s) => (calls++, s), lang: 'zh-Hans' },
    });
    expect(calls).toBe(0);
    expect(view.querySelector('.qd-title')?.textContent).toBe(fullWidthPunctuation(fixture.meta.title!));
  });
});
