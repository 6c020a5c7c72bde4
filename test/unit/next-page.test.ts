import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findNextPage } from '../../src/core/meta/next-page';

function doc(links: string): Document {
  return new JSDOM(`<body><p>正文</p><div class="pages">${links}</div></body>`).window.document;
}

describe('next page of a multi-page article', () => {
  it.each([
    ['http://a.cn/news/2024/1118/123.html', '<a href="123_2.html">下一页</a>', 'http://a.cn/news/2024/1118/123_2.html'],
    ['http://a.cn/news/123.shtml', '<a href="/news/123-2.shtml">2</a>', 'http://a.cn/news/123-2.shtml'],
    ['http://a.cn/show.php?id=9', '<a href="show.php?id=9&page=2">下一頁</a>', 'http://a.cn/show.php?id=9&page=2'],
    ['http://a.cn/a/story/', '<a href="/a/story/2/">Next page</a>', 'http://a.cn/a/story/2/'],
  ])('%s → %s', (url, links, expected) => {
    expect(findNextPage(doc(links), url)).toBe(expected);
  });

  it.each([
    ['the next article (下一篇)', '<a href="124.html">下一篇</a>'],
    ['another article numbered like a page', '<a href="/news/999_2.html">下一页</a>'],
    ['another site', '<a href="http://b.cn/news/123_2.html">下一页</a>'],
    ['a channel list pager', '<a href="/list_2.html">2</a>'],
  ])('not %s', (_, links) => {
    expect(findNextPage(doc(links), 'http://a.cn/news/123.html')).toBeNull();
  });
});
