import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import * as OpenCC from 'opencc-js';
import {
  analyzePage,
  charScript,
  classify,
  countPage,
  countRegion,
  countText,
  detectScript,
  isJapanese,
  needsConversion,
  pageRegion,
  traditionalRegion,
} from '../../src/core/convert/detect';
import { decodePage } from '../../src/cli/load-page';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const OWN = fileURLToPath(new URL('../fixtures/convert/', import.meta.url));

const set = (script: 'simplified' | 'traditional') => {
  const s = new Set<string>();
  for (let cp = 0x3000; cp < 0xa000; cp++) if (charScript(String.fromCharCode(cp)) === script) s.add(String.fromCharCode(cp));
  return s;
};

describe('detection sets (built from OpenCC tables)', () => {
  const simplified = set('simplified');
  const traditional = set('traditional');

  it('are disjoint and sizeable', () => {
    expect(simplified.size).toBeGreaterThan(2000);
    expect(traditional.size).toBeGreaterThan(2000);
    for (const c of simplified) expect(traditional.has(c)).toBe(false);
  });

  it('hold the characters that tell the scripts apart, and not the shared or ambiguous ones', () => {
    for (const c of '这国们说为对发经过还进门无东与业车书学卫医疗药网软') expect(simplified.has(c), c).toBe(true);
    for (const c of '這國們說為對發經過還進門無東與業車書學衛醫療藥網軟') expect(traditional.has(c), c).toBe(true);
    // Same in both scripts, or a character each script uses (乾隆 / 乾坤, 着 / 著, 干 / 幹, 后 / 後).
    for (const c of '中人大的是了乾着著干后里') {
      expect(simplified.has(c), c).toBe(false);
      expect(traditional.has(c), c).toBe(false);
    }
  });

  it('agree with opencc-js: simplified-only characters change under s2t, traditional-only under t2s', () => {
    const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
    const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
    let sSame = 0;
    let tSame = 0;
    for (const c of simplified) if (s2t(c) === c) sSame++;
    for (const c of traditional) if (t2s(c) === c) tSame++;
    // A few only convert inside phrases; nearly all convert on their own.
    expect(sSame / simplified.size).toBeLessThan(0.05);
    expect(tSame / traditional.size).toBeLessThan(0.05);
  });
});

describe('detectScript', () => {
  it('labels simplified, traditional, mixed and non-Chinese text', () => {
    expect(detectScript('国务院近日批复原则同意医疗卫生强基工程实施方案')).toBe('simplified');
    expect(detectScript('國務院近日批復原則同意醫療衛生強基工程實施方案')).toBe('traditional');
    expect(detectScript('国务院近日批复原则同意。國務院近日批復原則同意。')).toBe('mixed');
    expect(detectScript('The quick brown fox, 2025.')).toBe('none');
    expect(detectScript('中人大')).toBe('none');
  });

  it('a small minority of the other script does not make a page mixed', () => {
    const traditional = '國務院近日批復原則同意醫療衛生強基工程實施方案。'.repeat(20);
    expect(detectScript(traditional + '久久亚洲精品')).toBe('traditional');
  });

  it('labels every fixture as its meta.json says (zh-Hans → simplified, zh-Hant → traditional)', () => {
    const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.txt'));
    expect(names.length).toBeGreaterThan(5);
    for (const f of names) {
      const meta = JSON.parse(readFileSync(FIXTURES + f.replace('.gold.txt', '.meta.json'), 'utf8')) as { lang: string; noArticle?: boolean };
      const gold = readFileSync(FIXTURES + f, 'utf8');
      if (meta.noArticle || gold.trim() === '') continue;
      const script = detectScript(gold);
      const expected = meta.lang === 'zh-Hans' ? 'simplified' : meta.lang === 'zh-Hant' ? 'traditional' : 'none';
      expect(script, f).toBe(expected);
    }
  });
});

describe('isJapanese', () => {
  it('kana make Japanese; a stray の in Chinese does not', () => {
    expect(isJapanese('東京都は新型コロナウイルスの感染者を発表した。')).toBe(true);
    expect(isJapanese('日本語のテキスト')).toBe(true);
    expect(isJapanese('我們在台北的小確幸の生活，每天都有新的發現與感動，值得好好記錄下來。')).toBe(false);
    expect(isJapanese('东京大学')).toBe(false);
  });

  it('lang="ja" is a hint: with any kana it settles the question, without kana it does not', () => {
    expect(isJapanese('我們在台北的小確幸の生活，每天都有新的發現與感動，值得好好記錄下來。', 'ja')).toBe(true);
    expect(isJapanese('東京大學', 'ja')).toBe(false);
    expect(isJapanese('日本語のテキスト', 'zh-CN')).toBe(true);
  });
});

describe('traditionalRegion', () => {
  it('Hong Kong forms → hk, standard forms → t, Taiwan forms or nothing → tw', () => {
    expect(traditionalRegion(countRegion('他説今日天氣温暖，户外活動增加，税務局也説明了。'))).toBe('hk');
    expect(traditionalRegion(countRegion('衆人爲此事而來，僞造文書。'))).toBe('t');
    expect(traditionalRegion(countRegion('他在屋裡啟動了電腦，群組裡的人都在。'))).toBe('tw');
    expect(traditionalRegion(countRegion('國務院'))).toBe('tw');
  });
});

describe('needsConversion', () => {
  it('converts what is not in the target script; mixed pages always', () => {
    expect(needsConversion('traditional', 'simplified')).toBe(true);
    expect(needsConversion('simplified', 'simplified')).toBe(false);
    expect(needsConversion('simplified', 'taiwan')).toBe(true);
    expect(needsConversion('traditional', 'hongkong')).toBe(false);
    expect(needsConversion('mixed', 'taiwan')).toBe(true);
    expect(needsConversion('none', 'simplified')).toBe(false);
  });
});

describe('analyzePage', () => {
  it('reads the title and body text, not scripts, styles or text areas; lang is only a hint', () => {
    const dom = new JSDOM(`<!doctype html><html lang="zh-CN"><head><title>醫療衛生</title>
      <script>var s = "这个国家这个国家这个国家这个国家这个国家这个国家这个国家";</script></head>
      <body><p>國務院近日批復原則同意</p><style>.这个国家{}</style><textarea>这个国家这个国家这个国家这个国家这个国家</textarea></body></html>`);
    const page = analyzePage(dom.window.document);
    expect(page.script).toBe('traditional');
    expect(pageRegion(dom.window.document)).toBe('tw');
    expect(page.lang).toBe('zh-CN');
    expect(page.counts.simplified).toBe(0);
    expect(page.japanese).toBe(false);
  });

  it('its own fixtures: traditional, simplified, Japanese', () => {
    const load = (name: string) => new JSDOM(decodePage(readFileSync(OWN + name))).window.document;
    const trad = analyzePage(load('traditional.html'));
    expect(trad.script).toBe('traditional');
    expect(trad.japanese).toBe(false);
    expect(analyzePage(load('simplified.html')).script).toBe('simplified');
    expect(analyzePage(load('japanese.html')).japanese).toBe(true);
  });

  it('samples long pages: every part has a say, the cost does not grow with the page', () => {
    const trad = '國務院近日批復原則同意醫療衛生強基工程實施方案。';
    const simp = '国务院近日批复原则同意医疗卫生强基工程实施方案。';
    // 60% traditional at the top, 40% simplified below: mixed, although the first 2,048 characters are all traditional.
    const text = trad.repeat(2400) + simp.repeat(1600);
    const { counts, chars } = countPage(text);
    expect(chars).toBe(2048);
    expect(classify(counts)).toBe('mixed');
    // Too little evidence in the sample (an English page with a little Chinese): read on.
    const english = 'The quick brown fox jumps over the lazy dog. '.repeat(2000) + simp.repeat(3);
    const r = countPage(english);
    expect(r.chars).toBeGreaterThan(2048);
    expect(classify(r.counts)).toBe('simplified');
  });

  it('classifies a whole 300 KB page (timings printed; the bench holds the speed figures)', () => {
    const gold = readFileSync(FIXTURES + 'seed-004-qilu.gold.txt', 'utf8');
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 300_000; i++) {
      const p = `<p>${gold.split('\n')[i % 5] ?? ''}</p>`;
      paragraphs.push(p);
      size += p.length;
    }
    const doc = new JSDOM(`<!doctype html><title>t</title><body>${paragraphs.join('\n')}</body></html>`).window.document;
    analyzePage(doc); // warm
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      analyzePage(doc);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const text = doc.body.textContent ?? '';
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) classify(countText(text));
    const countMs = (performance.now() - t0) / 5;
    console.log(`detection, ${(size / 1024).toFixed(0)} KB page in jsdom: analyzePage median ${times[2]!.toFixed(2)} ms; counting all its ${text.length} characters ${countMs.toFixed(2)} ms`);
    // No speed assertion: a loaded machine once took 51 ms here. `npm run bench` has the figures;
    // this test checks only that a whole page is classified.
    expect(classify(countText(text))).toBe('traditional');
  });
});
