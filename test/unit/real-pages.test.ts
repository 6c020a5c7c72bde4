/**
 * The pipeline on real pages nobody wrote for us (../shared/data/pages, read in place): the 60 real
 * Chinese news pages against our blind gold, and Readability's own suite against its expected
 * output. These floors are what `npm run eval` measured when they were set; a change that drops
 * below them made extraction worse on the open web, whatever the fixtures say.
 * Where the pages are absent (a machine without ../shared), the suite is skipped and says why.
 */
import { describe, expect, it } from 'vitest';
import { evalSets, type EvalPage } from '../../bench/eval-sets';
import { metaFieldRight } from '../../bench/eval-meta';
import { loadDocument } from '../../src/cli/load-page';
import { runPipeline, type PipelineResult } from '../../src/core/pipeline';
import { scoreText } from '../support/score';

const sets = evalSets();
const gne = sets.find((s) => s.id === 'gne')!;
const readability = sets.find((s) => s.id === 'readability')!;

/** A hang guard far above any real run (the whole set takes well under a minute idle). */
const SET_GUARD_MS = 1_200_000;

interface Outcome {
  page: EvalPage;
  result: PipelineResult;
  f1: number;
}

function readAll(pages: EvalPage[]): Outcome[] {
  return pages.map((page) => {
    const doc = loadDocument(page.html, page.url);
    const result = runPipeline(doc, { url: page.url });
    doc.defaultView?.close();
    const text = result.ok ? result.article.text : '';
    return { page, result, f1: scoreText(text, page.gold).f1 };
  });
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

describe.skipIf(!gne.pages.length)(`real Chinese news pages (${gne.missing ?? `${gne.pages.length} pages`})`, () => {
  let outcomes: Outcome[] = [];
  const byName = (name: string): Outcome => outcomes.find((o) => o.page.name === name)!;

  it('reads every page, close to the blind gold', { timeout: SET_GUARD_MS }, () => {
    outcomes = readAll(gne.pages);
    const refused = outcomes.filter((o) => !o.result.ok).map((o) => o.page.name);
    expect(refused).toEqual([]);
    const f1s = outcomes.map((o) => o.f1);
    console.log(`[real pages] gne: mean F1 ${mean(f1s).toFixed(3)}, min ${Math.min(...f1s).toFixed(3)}`);
    expect(mean(f1s)).toBeGreaterThanOrEqual(0.98);
    expect(outcomes.filter((o) => o.f1 < 0.8).map((o) => o.page.name)).toEqual([]);
  });

  it('reads every slide of a gallery whose captions live in the page data, and no promo box', () => {
    // toutiao-2 shows caption 1 of 10; the other nine are in a JSON.parse literal.
    const gallery = byName('toutiao-2');
    const lines = gallery.page.gold.split('\n');
    expect(gallery.result.ok && gallery.result.article.text).toContain(lines[lines.length - 1]!.slice(0, 40));
    expect(gallery.f1).toBeGreaterThan(0.9);
    // sina-2: a vote promo above the body, named an ad slot only in its tracking data.
    const sina = byName('sina-2');
    expect(sina.result.ok && sina.result.article.text).not.toContain('点击投票');
  });

  it('keeps the article in a wrapper whose class or id also names furniture (id="zoom", class="…share…")', () => {
    // gzggw-1: <div class="main-txt" id="zoom"> is the article; ifeng-3: <div id="artical_real" class="js_img_share_area">.
    for (const name of ['gzggw-1', 'ifeng-3']) {
      const o = byName(name);
      expect(o.result.ok && o.result.article.text).toContain(o.page.gold.split('\n')[0]!.slice(0, 30));
      expect(o.f1, name).toBeGreaterThan(0.95);
    }
    const ifeng = byName('ifeng-3');
    expect(ifeng.result.ok && ifeng.result.article.text).not.toContain('【特别策划】');
  });

  it('never lets a hidden keyword dump outweigh the article', () => {
    const o = byName('njxfhn-1');
    expect(o.result.ok && o.result.article.text).not.toContain('邓朴方潜逃');
    expect(o.f1).toBeGreaterThan(0.95);
  });

  it('finds title, outlet and date as a reader sees them, and names no outlet the page does not', () => {
    const fields = ['title', 'source', 'published'] as const;
    const accuracy: Record<string, number> = {};
    for (const field of fields) {
      const withGold = outcomes.filter((o) => o.page.meta?.[field]);
      const right = withGold.filter((o) => o.result.ok && metaFieldRight(field, o.result.article[field], o.page.meta![field]));
      accuracy[field] = right.length / withGold.length;
    }
    console.log(`[real pages] gne metadata: ${JSON.stringify(accuracy)}`);
    expect(accuracy.title).toBeGreaterThanOrEqual(0.95);
    expect(accuracy.source).toBeGreaterThanOrEqual(0.95);
    expect(accuracy.published).toBeGreaterThanOrEqual(0.95);
    // The outlet a portal prints beside the date, unlabelled, as a reader reads it.
    const source = (name: string): string | null => {
      const r = byName(name).result;
      return r.ok ? r.article.source : null;
    };
    expect(source('sina-1')).toBe('参考消息'); // <a class="source">
    expect(source('toutiao-3')).toBe('南方都市报'); // 原创 · 南方都市报 · 2019-09-09
    expect(source('thepaper-1')).toBe('中国青年报'); // 石佳/中国青年报
    // A badge in a box marked "source" is not an outlet.
    expect(source('baijiahao-1')).not.toBe('优质原创作者');
    // The account that posted on a platform is the outlet, not the platform's channel label.
    expect(source('thepaper-2')).toBe('中国广州发布');
    expect(source('wechat-1')).toBe('爱否科技'); // #js_name
    expect(source('baijiahao-2')).toBe('IT之家'); // the bar's author-name
    expect(source('toutiao-5')).toBe('华夏人文'); // the account beside the date
    expect(source('csdn-1')).toBe('CSDN'); // 来源<span>CSDN</span>
    expect(source('gamersky-gamersky')).toBe('游民星空'); // 2019-09-05 11:10 游民星空[整理]
    expect(source('qq-qq')).toBe('扬子晚报'); // closing byline 扬子晚报记者 张楠
    expect(source('sina-3')).toBe('人民币交易与研究'); // 原创： 路闻卓立编译 人民币交易与研究
    const gsc = byName('gsc-1').result;
    expect(gsc.ok ? [gsc.article.title, gsc.article.published] : null).toEqual(['2019年中国人文地理学术年会在重庆•西南大学成功举行！', '2019-05-18']);
    // A saved WeChat page: the date its script would print, from the posting time in its data.
    const wechat2 = byName('wechat-2').result;
    expect(wechat2.ok ? wechat2.article.published : null).toBe('2020-02-11');
    // The site's own brand in <meta name="author"> is not a byline.
    const author = (name: string): string | null => {
      const r = byName(name).result;
      return r.ok ? r.article.author : null;
    };
    expect(author('163-2')).toBeNull();
  });
});

describe.skipIf(!readability.pages.length)(`Readability's test suite (${readability.missing ?? `${readability.pages.length} pages`})`, () => {
  it('stays at or above the measured floor (the open gap is tracked in the extraction issue)', { timeout: SET_GUARD_MS }, () => {
    const outcomes = readAll(readability.pages.filter((p) => p.gold.trim()));
    const f1s = outcomes.map((o) => o.f1);
    const refused = outcomes.filter((o) => !o.result.ok).map((o) => o.page.name);
    console.log(`[real pages] readability suite: mean F1 ${mean(f1s).toFixed(3)}, min ${Math.min(...f1s).toFixed(3)}, no article on ${refused.length}: ${refused.join(', ')}`);
    expect(mean(f1s)).toBeGreaterThanOrEqual(READABILITY_FLOOR);
    expect(refused.length).toBeLessThanOrEqual(MAX_REFUSED);
  });
});

/** Set from `npm run eval` (mean F1 0.972, "no article" on no page when set), a little below it. */
const READABILITY_FLOOR = 0.965;
const MAX_REFUSED = 0;
