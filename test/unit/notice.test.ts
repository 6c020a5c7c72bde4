// Qingdu's notice on the original page and the guard around the page tools: a tool that throws
// leaves the page exactly as it was, throws nothing into it, and says so in Qingdu's own notice.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, test } from 'vitest';
import { markFigures } from '../../src/core/figures';
import {
  NOTICE_ANNOUNCE_DELAY_MS,
  NOTICE_HOST_SELECTOR,
  noticeText,
  runPageTool,
  runPageToolAsync,
  showNotice,
  showToolNotice,
  undoOnThrow,
  type NoticeKey,
} from '../../src/page/notice';
import { CATALOGS } from '../../src/core/i18n';
import { fixtureDocument, loadFixture } from '../support/fixtures';
import { fuzzSeed } from '../support/fuzz';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Captures the closed shadow roots the code under test attaches in this window (closed: host.shadowRoot is null). */
function captureShadows(win: Window & typeof globalThis): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = win.HTMLElement.prototype.attachShadow;
  win.HTMLElement.prototype.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  };
  return roots;
}

function page(language = 'en-US'): { win: Window & typeof globalThis; doc: Document; shadows: ShadowRoot[] } {
  const { window } = new JSDOM('<!doctype html><html><head><title>t</title></head><body><p id="p">正文</p><input id="q" value="x"></body></html>', {
    url: 'http://127.0.0.1/a.html',
  });
  Object.defineProperty(window.navigator, 'language', { value: language });
  const win = window as unknown as Window & typeof globalThis;
  return { win, doc: win.document, shadows: captureShadows(win) };
}

const hosts = (doc: Document) => doc.documentElement.querySelectorAll(`:scope > ${NOTICE_HOST_SELECTOR}`);
const keydown = (doc: Document, key: string) => doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('noticeText', () => {
  const KEYS: NoticeKey[] = ['toolFailed', 'toolNoFigures', 'toolNoSelection'];
  it.each(KEYS)('%s comes from the message catalog of the browser\'s language', (key) => {
    for (const language of ['zh-CN', 'zh', 'zh-Hans-HK']) expect(noticeText(key, language)).toBe(CATALOGS.zh_CN[key]!.message);
    for (const language of ['zh-TW', 'zh-HK', 'ZH-hant']) expect(noticeText(key, language)).toBe(CATALOGS.zh_TW[key]!.message);
    for (const language of ['en-US', 'ja-JP', 'fr', '']) expect(noticeText(key, language)).toBe(CATALOGS.en[key]!.message);
  });

  it('says what the page tools need to say', () => {
    expect(noticeText('toolFailed', 'en')).toBe('Qingdu could not finish that; the page was not changed.');
    expect(noticeText('toolNoFigures', 'zh-CN')).toBe('这个页面上没有找到关键数字。');
    expect(noticeText('toolNoSelection', 'zh-TW')).toBe('請先選取要複製的文字。');
  });
});

describe('showNotice', () => {
  it('adds one host with a closed shadow root, announces the text in a live region, and never takes focus', async () => {
    const { doc, shadows } = page('zh-CN');
    doc.getElementById('q')!.focus();
    showToolNotice(doc, 'toolNoFigures');
    expect(hosts(doc)).toHaveLength(1);
    expect((hosts(doc)[0] as HTMLElement).shadowRoot).toBeNull();
    const box = shadows[0]!.querySelector('[role="status"]')!;
    expect(box.getAttribute('lang')).toBe('zh-CN');
    await sleep(NOTICE_ANNOUNCE_DELAY_MS + 20);
    expect(box.textContent).toContain('这个页面上没有找到关键数字。');
    expect(doc.activeElement?.id).toBe('q');
    expect(shadows[0]!.querySelector('style')?.textContent).toMatch(/:host\s*{[^}]*all: initial !important/);
  });

  it('shows a failure as an alert', () => {
    const { doc, shadows } = page();
    showToolNotice(doc, 'toolFailed');
    expect(shadows[0]!.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('closes on a click, leaving the page as it was', () => {
    const { doc, shadows } = page();
    const before = doc.documentElement.outerHTML;
    showNotice(doc, 'hello');
    expect(doc.documentElement.outerHTML).not.toBe(before);
    (shadows[0]!.querySelector('.qd-toast') as HTMLElement).click();
    expect(hosts(doc)).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('closes on Esc, and takes its Esc listener with it', () => {
    const { doc } = page();
    const seen: string[] = [];
    doc.addEventListener('keydown', (e) => seen.push(e.key));
    showNotice(doc, 'hello');
    keydown(doc, 'Enter');
    expect(hosts(doc)).toHaveLength(1);
    keydown(doc, 'Escape');
    expect(hosts(doc)).toHaveLength(0);
    // The Esc that closed the notice was the notice's; the next one is the page's again.
    keydown(doc, 'Escape');
    expect(seen).toEqual(['Enter', 'Escape']);
  });

  it('closes by itself after its timeout', async () => {
    const { doc } = page();
    showNotice(doc, 'hello', { timeoutMs: 80 });
    expect(hosts(doc)).toHaveLength(1);
    await sleep(150);
    expect(hosts(doc)).toHaveLength(0);
  });

  it('replaces the notice already shown', () => {
    const { doc, shadows } = page();
    showNotice(doc, 'one');
    const second = showNotice(doc, 'two', { role: 'alert' });
    expect(hosts(doc)).toHaveLength(1);
    expect(hosts(doc)[0]).toBe(second.host);
    expect(shadows).toHaveLength(2);
    second.close();
    expect(hosts(doc)).toHaveLength(0);
  });
});

describe('a page tool that throws', () => {
  const errors: unknown[] = [];
  afterEach(() => {
    errors.length = 0;
  });

  /** A realistic tool that fails half-way: a style added, an attribute changed, figures marked in part of a fixture page. */
  function failingTool(doc: Document): () => number {
    return () => {
      const style = doc.createElement('style');
      style.id = 'qingdu-figure-marks';
      doc.head.append(style);
      doc.body.setAttribute('data-tool', 'x');
      const paragraphs = Array.from(doc.querySelectorAll('p'));
      paragraphs.forEach((p, i) => {
        if (i === Math.floor(paragraphs.length / 2)) throw new TypeError('marking failed');
        markFigures(p);
      });
      return 1;
    };
  }

  it('shows the failure notice, returns the fallback, throws nothing, and leaves the DOM as it was', async () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const win = doc.defaultView!;
    win.addEventListener('error', (e) => errors.push(e));
    const shadows = captureShadows(win as unknown as Window & typeof globalThis);
    const before = doc.documentElement.outerHTML;
    let result: number | null = 0;
    expect(() => (result = runPageTool(doc, failingTool(doc), () => null))).not.toThrow();
    expect(result).toBeNull();
    // The tool did get half-way: without the undo, marks would be in the page.
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
    const host = hosts(doc)[0]!;
    host.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    doc.documentElement.append(host);
    const alert = shadows[0]!.querySelector('[role="alert"]')!;
    await sleep(NOTICE_ANNOUNCE_DELAY_MS + 20);
    expect(alert.textContent).toContain(noticeText('toolFailed', 'en-US'));
    expect(errors).toEqual([]);
  });

  it('the same tool without the guard would have changed the page (the undo is what restores it)', () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const before = doc.documentElement.outerHTML;
    expect(failingTool(doc)).toThrow('marking failed');
    expect(doc.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).not.toBe(before);
  });

  it('a tool that succeeds keeps its changes and shows nothing', () => {
    const { doc } = page();
    const value = runPageTool(doc, () => {
      doc.getElementById('p')!.textContent = '改了';
      return 7;
    }, () => null);
    expect(value).toBe(7);
    expect(doc.getElementById('p')!.textContent).toBe('改了');
    expect(hosts(doc)).toHaveLength(0);
  });

  it('in a later task (a conversion slice) reports nothing to the page\'s error listeners', async () => {
    const { win, doc } = page();
    const seen: unknown[] = [];
    win.addEventListener('error', (e) => seen.push(e.message));
    win.setTimeout(() => runPageTool(doc, () => {
      throw new Error('slice failed');
    }, () => null), 0);
    await sleep(20);
    expect(seen).toEqual([]);
    expect(hosts(doc)).toHaveLength(1);
    // Control: the same throw unguarded is reported to the page.
    win.setTimeout(() => {
      throw new Error('unguarded');
    }, 0);
    await sleep(20);
    expect(seen).toEqual(['unguarded']);
  });

  it('that awaits: a rejection, or a throw that is not an Error, is caught the same way', async () => {
    const { doc, shadows } = page();
    await expect(runPageToolAsync(doc, async () => {
      await sleep(1);
      throw 'not an error';
    }, () => 'fallback')).resolves.toBe('fallback');
    expect(shadows.at(-1)!.querySelector('[role="alert"]')).not.toBeNull();
    expect(runPageTool(doc, () => {
      throw undefined;
    }, () => 'fallback')).toBe('fallback');
  });
});

describe('undoOnThrow', () => {
  type Op =
    | { op: 'append' | 'remove' | 'move' | 'text' | 'split' | 'attr' | 'unattr' | 'normalize' | 'wrap'; a: number; b: number };
  const op: fc.Arbitrary<Op> = fc.record({
    op: fc.constantFrom('append', 'remove', 'move', 'text', 'split', 'attr', 'unattr', 'normalize', 'wrap'),
    a: fc.nat(),
    b: fc.nat(),
  });

  function apply(doc: Document, { op, a, b }: Op): void {
    const elements = Array.from(doc.body.querySelectorAll('*'));
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const el = elements[a % elements.length];
    const other = elements[b % elements.length];
    const text = texts[a % Math.max(texts.length, 1)];
    if (!el || !other) return;
    switch (op) {
      case 'append':
        el.append(doc.createElement('mark'), `新${b}`);
        break;
      case 'remove':
        el.remove();
        break;
      case 'move':
        if (!el.contains(other)) other.before(el);
        break;
      case 'text':
        if (text) text.data = `改${b}`;
        break;
      case 'split':
        if (text && text.length > 1) text.splitText(1 + (b % (text.length - 1)));
        break;
      case 'attr':
        el.setAttribute(b % 2 ? 'class' : 'data-x', `v${b}`);
        break;
      case 'unattr':
        if (el.attributes[0]) el.removeAttribute(el.attributes[0].name);
        break;
      case 'normalize':
        el.normalize();
        break;
      case 'wrap': {
        const mark = doc.createElement('mark');
        el.before(mark);
        mark.append(el);
        break;
      }
    }
  }

  /** The markup with every element's attributes in name order. */
  function attributesSorted(doc: Document): string {
    const clone = doc.documentElement.cloneNode(true) as Element;
    for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
      const attrs = Array.from(el.attributes, (a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name] of attrs) el.removeAttribute(name);
      for (const [name, value] of attrs) el.setAttribute(name, value);
    }
    return clone.outerHTML;
  }

  test('puts back any sequence of DOM changes on a fixture page exactly', () => {
    const fixture = loadFixture('seed-003-shixun');
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const doc = fixtureDocument(fixture);
        const before = doc.documentElement.outerHTML;
        const sorted = attributesSorted(doc);
        expect(() =>
          undoOnThrow(doc, () => {
            for (const o of ops) apply(doc, o);
            throw new Error('stop');
          }),
        ).toThrow('stop');
        // An attribute the work removed comes back last in its element's list: the DOM cannot
        // insert an attribute at a position. Everything else is exact.
        if (ops.some((o) => o.op === 'unattr')) expect(attributesSorted(doc)).toBe(sorted);
        else expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 100, seed: fuzzSeed() },
    );
  });
});
