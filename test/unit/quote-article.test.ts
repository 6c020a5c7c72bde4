import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRangeQuote } from '../../src/core/quote';
import type { Article } from '../../src/core/model/article';

const ARTICLE: Article = {
  title: '我国持续推进优质医疗资源扩容下沉',
  source: '人民网',
  published: '2023-04-14',
  author: null,
  site: '时讯中国网',
  lang: 'zh-Hans',
  url: 'https://example.com/article.html',
  html: '',
  text: '',
  credits: [],
  removed: [],
  nextPage: null,
};

function rangeOver(body: string): Range {
  const doc = new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
  const range = doc.createRange();
  range.selectNodeContents(doc.body);
  return range;
}

describe('articleRangeQuote (the reader\'s selection copy and 复制全文)', () => {
  it('cleans the range\'s text and cites the article, as the quote settings say', () => {
    const range = rangeOver('<p>截至2022年底，87.7%的县医院</p><p>达到了二级医院能力。</p>');
    expect(articleRangeQuote(range, ARTICLE, { format: 'plain', citation: true, url: true })?.plain).toBe(
      '截至2022年底，87.7%的县医院\n达到了二级医院能力。\n\n——《我国持续推进优质医疗资源扩容下沉》，人民网，2023-04-14\nhttps://example.com/article.html',
    );
    expect(articleRangeQuote(range, ARTICLE, { format: 'chinese', citation: false, url: true })?.plain).toBe('「截至2022年底，87.7%的县医院\n达到了二级医院能力。」');
  });

  it('is null for a range with no visible text', () => {
    expect(articleRangeQuote(rangeOver('<p> </p><p style="display:none">隐藏</p>'), ARTICLE, { format: 'plain', citation: true, url: true })).toBeNull();
  });
});
