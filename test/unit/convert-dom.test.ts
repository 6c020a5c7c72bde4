import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import * as OpenCC from 'opencc-js';
import { convertDocument, type ConversionController } from '../../src/page/convert/dom';
import { getConverter } from '../../src/core/convert/converter';
import { createPageConverter } from '../../src/page/convert/page';
import { charScript } from '../../src/core/convert/detect';
import { decodePage } from '../../src/cli/load-page';

const OWN = fileURLToPath(new URL('../fixtures/convert/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const tw2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const ours = getConverter('tw2s');

function page(html: string): { dom: JSDOM; doc: Document } {
  // No scripts run: the page scripts' behaviour is played by the tests.
  const dom = new JSDOM(html, { url: 'http://127.0.0.1/' });
  return { dom, doc: dom.window.document };
}

function fixture(name: string) {
  return page(decodePage(readFileSync(OWN + name)));
}

const tick = (dom: JSDOM, ms = 0) => new Promise<void>((r) => dom.window.setTimeout(r, ms));

/** Lets MutationObserver callbacks run and queued slices finish. */
async function settle(dom: JSDOM, c: ConversionController): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await tick(dom);
    await c.idle();
  }
}

const text = (doc: Document, id: string) => doc.getElementById(id)!.textContent;

describe('convertDocument: what is converted', () => {
  it('text nodes, the title and alt/title/placeholder/aria-label, exactly as opencc-js converts them', () => {
    const { doc } = fixture('traditional.html');
    const before = {
      title: doc.title,
      p1: text(doc, 'p1')!,
      headline: text(doc, 'headline')!,
      alt: doc.getElementById('photo')!.getAttribute('alt')!,
      imgTitle: doc.getElementById('photo')!.getAttribute('title')!,
      placeholder: doc.getElementById('search')!.getAttribute('placeholder')!,
      aria: doc.getElementById('close')!.getAttribute('aria-label')!,
      nav: doc.querySelector('nav')!.getAttribute('aria-label')!,
      taPlaceholder: doc.getElementById('ta')!.getAttribute('placeholder')!,
    };
    const c = convertDocument(doc, ours, { lang: 'zh-Hans', observe: false, sliceMs: 1000 });
    expect(c.stats().pending).toBe(0);
    expect(doc.title).toBe(tw2s(before.title));
    expect(doc.title).toBe('卫生福利部扩大居家医疗照护计划 申报软体同步更新');
    expect(text(doc, 'p1')).toBe(tw2s(before.p1));
    expect(text(doc, 'headline')).toBe(tw2s(before.headline));
    expect(doc.getElementById('photo')!.getAttribute('alt')).toBe(tw2s(before.alt));
    expect(doc.getElementById('photo')!.getAttribute('title')).toBe(tw2s(before.imgTitle));
    expect(doc.getElementById('search')!.getAttribute('placeholder')).toBe(tw2s(before.placeholder));
    expect(doc.getElementById('close')!.getAttribute('aria-label')).toBe(tw2s(before.aria));
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).toBe(tw2s(before.nav));
    // The textarea's placeholder is a label, not the user's text.
    expect(doc.getElementById('ta')!.getAttribute('placeholder')).toBe(tw2s(before.taPlaceholder));
  });

  it('never: script, style, code, pre, textarea, input values, contenteditable, translate="no", .notranslate, the reader host', () => {
    const { doc } = fixture('traditional.html');
    const host = doc.createElement('div');
    host.setAttribute('data-qingdu', 'reader');
    host.textContent = '閱讀模式';
    doc.documentElement.appendChild(host);
    const input = doc.getElementById('search') as HTMLInputElement;
    const ta = doc.getElementById('ta') as HTMLTextAreaElement;
    input.value = '使用者輸入的搜尋字詞';
    ta.value = '使用者輸入的留言內容';
    const keep = ['code', 'pre', 'ce', 'no-translate', 'notranslate'].map((id) => [id, text(doc, id)] as const);
    const scriptText = doc.querySelector('script')!.textContent;
    const styleText = doc.querySelector('style')!.textContent;
    const taDefault = ta.defaultValue;
    convertDocument(doc, ours, { lang: 'zh-Hans', observe: false, sliceMs: 1000 });
    for (const [id, t] of keep) expect(text(doc, id), id).toBe(t);
    expect(doc.querySelector('script')!.textContent).toBe(scriptText);
    expect(doc.querySelector('style')!.textContent).toBe(styleText);
    expect(input.value).toBe('使用者輸入的搜尋字詞');
    expect(input.getAttribute('value')).toBe('預設的搜尋內容');
    expect(ta.value).toBe('使用者輸入的留言內容');
    expect(ta.defaultValue).toBe(taDefault);
    expect(host.textContent).toBe('閱讀模式');
    // …while the text around them is converted.
    expect(text(doc, 'brand')).toContain('与');
  });

  it('a nested contenteditable="false" inside an editable region stays untouched too; text right after an excluded block is converted', () => {
    const { doc } = page('<body><div contenteditable><p>編輯區<span contenteditable="false">標籤</span></p></div><p id="after">之後的段落</p></body>');
    convertDocument(doc, ours, { lang: 'zh-Hans', observe: false });
    expect(doc.querySelector('[contenteditable]')!.textContent).toBe('編輯區標籤');
    expect(text(doc, 'after')).toBe('之后的段落');
  });

  it('leaves Japanese text (kana) alone inside a Chinese page', () => {
    const { doc } = page('<body><p id="zh">這是國語段落。</p><p id="ja">東京都は新しい制度を発表した。</p></body>');
    convertDocument(doc, getConverter('tw2s'), { lang: 'zh-Hans', observe: false });
    expect(text(doc, 'zh')).toBe('这是国语段落。');
    expect(text(doc, 'ja')).toBe('東京都は新しい制度を発表した。');
  });
});

describe('convertDocument: lang', () => {
  it('sets zh-Hans on <html> and on Chinese lang carriers; restore puts back each attribute exactly', () => {
    const { doc } = fixture('traditional.html');
    const c = convertDocument(doc, ours, { lang: 'zh-Hans', observe: false, sliceMs: 1000 });
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(doc.getElementById('inner')!.getAttribute('lang')).toBe('zh-Hans');
    c.restore();
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    expect(doc.getElementById('inner')!.getAttribute('lang')).toBe('zh-Hant');
  });

  it('a page without lang gets one and loses it again; Chinese text under lang="en" gets its own', () => {
    const { doc } = page('<body><p id="a">軟體</p><div lang="en"><p id="b">Intro: 網路</p></div></body>');
    const c = convertDocument(doc, getConverter('tw2s'), { lang: 'zh-Hans', observe: false });
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(doc.getElementById('b')!.getAttribute('lang')).toBe('zh-Hans');
    expect(doc.querySelector('div')!.getAttribute('lang')).toBe('en');
    c.restore();
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(doc.getElementById('b')!.hasAttribute('lang')).toBe(false);
  });

  it('to Taiwan: zh-Hant-TW', () => {
    const { doc } = page('<html lang="zh-CN"><body><p>软件和网络</p></body></html>');
    convertDocument(doc, getConverter('s2twp'), { lang: 'zh-Hant-TW', observe: false });
    expect(doc.documentElement.lang).toBe('zh-Hant-TW');
    expect(doc.querySelector('p')!.textContent).toBe(s2twp('软件和网络'));
  });
});

describe('convertDocument: restore is exact', () => {
  it('the whole document serializes exactly as before', () => {
    const { doc } = fixture('traditional.html');
    const before = doc.documentElement.outerHTML;
    const c = convertDocument(doc, ours, { lang: 'zh-Hans', observe: false, sliceMs: 1000 });
    expect(doc.documentElement.outerHTML).not.toBe(before);
    c.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(c.active).toBe(false);
  });

  it('every fixture page in the repository: converted text equals opencc-js per node, restore gives back the same markup', () => {
    for (const name of ['seed-004-qilu', 'tw-news', 'seed-003-shixun', 'en-news']) {
      const { doc } = page(decodePage(readFileSync(`${FIXTURES}${name}.html`)));
      const before = doc.documentElement.outerHTML;
      const nodes: [Text, string][] = [];
      const walker = doc.createTreeWalker(doc.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push([n as Text, (n as Text).data]);
      const c = convertDocument(doc, ours, { lang: 'zh-Hans', observe: false, sliceMs: 10_000 });
      for (const [node, orig] of nodes) {
        const excluded = node.parentElement?.closest('script,style,noscript,template,code,pre,textarea,[contenteditable]:not([contenteditable="false"]),[translate="no"],.notranslate');
        const japanese = /[\u3041-\u3096\u30a1-\u30fa]{2}/.test(orig);
        expect(node.data, name).toBe(excluded || japanese ? orig : tw2s(orig));
      }
      c.restore();
      expect(doc.documentElement.outerHTML, name).toBe(before);
    }
  });

  it('seed 004 to simplified: no traditional-only character left in the visible text, every paragraph as opencc-js has it', () => {
    const { doc } = page(decodePage(readFileSync(`${FIXTURES}seed-004-qilu.html`)));
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '');
    convertDocument(doc, getConverter('tw2s'), { lang: 'zh-Hans', observe: false, sliceMs: 10_000 });
    const after = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '');
    after.forEach((p, i) => expect(p).toBe(tw2s(paragraphs[i]!)));
    const clone = doc.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script,style,noscript,template').forEach((e) => e.remove());
    const left = [...(clone.textContent ?? '')].filter((ch) => charScript(ch) === 'traditional');
    expect(left.join('')).toBe('');
    expect(doc.body.textContent).toContain('医疗卫生');
  });
});

describe('convertDocument: later changes', () => {
  it('content added later is converted (through the MutationObserver), in document order', async () => {
    const { dom, doc } = fixture('traditional.html');
    const c = convertDocument(doc, ours, { lang: 'zh-Hans' });
    await settle(dom, c);
    const p = doc.createElement('p');
    p.innerHTML = '稍後載入的段落：<b title="網路連線">網路</b>已經恢復。<img alt="圖片說明">';
    doc.getElementById('article')!.appendChild(p);
    doc.getElementById('article')!.appendChild(doc.createTextNode('再補一段文字。'));
    await settle(dom, c);
    expect(p.textContent).toBe('稍后载入的段落：网路已经恢复。');
    expect(p.querySelector('b')!.getAttribute('title')).toBe('网路连线');
    expect(p.querySelector('img')!.getAttribute('alt')).toBe('图片说明');
    expect(doc.getElementById('article')!.lastChild!.textContent).toBe('再补一段文字。');
    // Added inside an excluded element: left alone.
    doc.getElementById('ce')!.appendChild(doc.createTextNode('使用者新輸入的文字'));
    doc.getElementById('ta')!.appendChild(doc.createTextNode('附加'));
    await settle(dom, c);
    expect(text(doc, 'ce')).toContain('使用者新輸入的文字');
    expect(text(doc, 'ta')).toContain('附加');
  });

  it("a site's later change to a converted node is noticed, converted from the new text, and restore gives the site's text", async () => {
    const { dom, doc } = fixture('traditional.html');
    const c = convertDocument(doc, ours, { lang: 'zh-Hans' });
    await settle(dom, c);
    const node = doc.getElementById('p1')!.firstChild as Text;
    node.data = '網站自己更新了這段文字。';
    doc.getElementById('photo')!.setAttribute('alt', '網站換了圖片說明');
    doc.title = '網站換了標題';
    await settle(dom, c);
    expect(node.data).toBe('网站自己更新了这段文字。');
    expect(doc.getElementById('photo')!.getAttribute('alt')).toBe('网站换了图片说明');
    expect(doc.title).toBe('网站换了标题');
    c.restore();
    expect(node.data).toBe('網站自己更新了這段文字。');
    expect(doc.getElementById('photo')!.getAttribute('alt')).toBe('網站換了圖片說明');
    expect(doc.title).toBe('網站換了標題');
  });

  it('our own writes do not loop: after the work is done, nothing more happens', async () => {
    const { dom, doc } = fixture('traditional.html');
    let records = 0;
    new dom.window.MutationObserver((r) => (records += r.length)).observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const c = convertDocument(doc, ours, { lang: 'zh-Hans' });
    await settle(dom, c);
    const slices = c.stats().slices;
    const seen = records;
    await tick(dom, 50);
    await settle(dom, c);
    expect(c.stats().slices).toBe(slices);
    expect(records).toBe(seen);
  });

  it('a page that keeps putting its text back wins after a few rounds (no endless fight)', async () => {
    const { dom, doc } = page('<body><p id="p">國家</p></body>');
    const node = doc.getElementById('p')!.firstChild as Text;
    let reverts = 0;
    new dom.window.MutationObserver(() => {
      if (node.data !== '國家' && reverts < 100) {
        reverts++;
        node.data = '國家';
      }
    }).observe(doc, { subtree: true, characterData: true });
    const c = convertDocument(doc, ours, { lang: 'zh-Hans', maxRewrites: 5 });
    for (let i = 0; i < 30; i++) await tick(dom);
    await c.idle();
    expect(reverts).toBeLessThanOrEqual(7);
    expect(node.data).toBe('國家');
    c.stop();
  });

  it('stop() ends observing but keeps the conversion; restore() after stop() still restores', async () => {
    const { dom, doc } = fixture('traditional.html');
    const c = convertDocument(doc, ours, { lang: 'zh-Hans' });
    await settle(dom, c);
    c.stop();
    const p = dom.window.appendLater?.('x', '網路') ?? doc.getElementById('article')!.appendChild(doc.createElement('p'));
    p.textContent = '網路';
    await tick(dom);
    expect(p.textContent).toBe('網路');
    expect(text(doc, 'p1')).toContain('卫生福利部');
    c.restore();
    expect(text(doc, 'p1')).toContain('衛生福利部');
  });
});

describe('convertDocument: slices', () => {
  function bigPage(chars: number): { dom: JSDOM; doc: Document; paragraphs: number } {
    const para = '衛生福利部今天宣布，明年將擴大居家醫療照護整合計畫的收案對象，相關預算將由今年的三十八億元提高到五十二億元。';
    const n = Math.ceil(chars / para.length);
    const body = Array.from({ length: n }, (_, i) => `<p>${i} ${para}</p>`).join('');
    return { ...page(`<!doctype html><html lang="zh-TW"><body>${body}</body></html>`), paragraphs: n };
  }

  it('a 100,000-character page is converted in several slices, all of it', async () => {
    const { dom, doc, paragraphs } = bigPage(100_000);
    const c = convertDocument(doc, ours, { lang: 'zh-Hans', sliceMs: 8 });
    expect(c.stats().pending).toBeGreaterThan(0); // the first slice did not do it all
    await settle(dom, c);
    const s = c.stats();
    expect(s.texts).toBe(paragraphs);
    expect(s.slices).toBeGreaterThan(1);
    console.log(`jsdom, 100k characters: ${s.slices} slices, longest ${s.longestSliceMs.toFixed(1)} ms, first ${s.firstSliceMs.toFixed(1)} ms`);
    // No wall-clock assertion here (shared, noisy machines): the fake-clock test below checks the
    // budget logic exactly, and `npm run bench` reports slice times in Chromium.
    expect(doc.body.textContent).not.toMatch(/衛生|醫療/);
  });

  it('a fake clock: work stops at the budget and resumes in the next task', () => {
    const { doc } = bigPage(20_000);
    let t = 0;
    const queue: (() => void)[] = [];
    const c = convertDocument(doc, (s) => {
      t += 1; // each conversion "takes" 1 ms
      return ours(s);
    }, { lang: 'zh-Hans', sliceMs: 5, now: () => t, schedule: (cb) => queue.push(cb) });
    const first = c.stats();
    expect(first.longestSliceMs).toBeLessThanOrEqual(5 + 1);
    let tasks = 1;
    while (queue.length) {
      queue.shift()!();
      tasks++;
    }
    expect(tasks).toBeGreaterThan(5);
    expect(c.stats().pending).toBe(0);
  });
});

describe('createPageConverter (what the injected script runs)', () => {
  it('auto: converts a traditional page for a simplified reader; leaves simplified and Japanese pages alone', () => {
    const trad = fixture('traditional.html').doc;
    const s = createPageConverter(trad).run({ action: 'convert', target: 'simplified', auto: true });
    expect(s).toMatchObject({ state: 'converted', config: 'tw2s', detected: 'traditional', target: 'simplified' });
    const simp = fixture('simplified.html').doc;
    const html = simp.documentElement.outerHTML;
    expect(createPageConverter(simp).run({ action: 'convert', target: 'simplified', auto: true })).toMatchObject({ state: 'original', skipped: 'same-script' });
    const ja = fixture('japanese.html').doc;
    const jhtml = ja.documentElement.outerHTML;
    expect(createPageConverter(ja).run({ action: 'convert', target: 'simplified', auto: true })).toMatchObject({ state: 'original', skipped: 'japanese' });
    expect(createPageConverter(ja).run({ action: 'convert', target: 'taiwan' })).toMatchObject({ skipped: 'japanese' });
    expect(simp.documentElement.outerHTML).toBe(html);
    expect(ja.documentElement.outerHTML).toBe(jhtml);
  });

  it('toggle / restore / another target starts again from the original', () => {
    const { doc } = fixture('simplified.html');
    const before = doc.documentElement.outerHTML;
    const pc = createPageConverter(doc, { observe: false });
    expect(pc.run({ action: 'toggle', target: 'taiwan' })).toMatchObject({ state: 'converted', config: 's2twp' });
    expect(doc.title).toBe(s2twp('国家卫生健康委员会发布基层医疗服务能力提升方案'));
    expect(pc.run({ action: 'convert', target: 'hongkong' })).toMatchObject({ state: 'converted', config: 's2hk' });
    expect(doc.documentElement.lang).toBe('zh-Hant-HK');
    expect(pc.run({ action: 'toggle', target: 'hongkong' })).toMatchObject({ state: 'original' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(pc.run({ action: 'status' })).toMatchObject({ state: 'original', detected: 'simplified' });
  });
});
