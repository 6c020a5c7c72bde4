import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { leafBlocks, looksLikeLinkList, trimBlockEdges, wrapInlineRuns } from '../../src/core/dom/blocks';
import { groupFigures } from '../../src/core/dom/photos';
import { articleRegion, findArticleRegion } from '../../src/core/extract/region';
import { findLeadPhoto } from '../../src/core/extract/lead-photo';
import { fixtureDocument, loadFixture, squash } from '../support/fixtures';

function root(html: string): Element {
  return new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
}

describe('blocks', () => {
  it('lists the innermost blocks in document order, table rows as one block', () => {
    const r = root('<div><p>a</p><div><h3>b</h3><ul><li>c</li></ul></div><table><tr><td>d</td><td>e</td></tr></table></div>');
    expect(leafBlocks(r).map((b) => b.textContent)).toEqual(['a', 'b', 'c', 'de']);
  });

  it('wraps text that sits between paragraphs into a paragraph of its own', () => {
    const r = root('<p>one</p><img src="http://x/a.jpg"><br><span>caption text</span><p>two</p>');
    wrapInlineRuns(r);
    expect(leafBlocks(r).map((b) => b.tagName + ':' + b.textContent)).toEqual(['P:one', 'P:caption text', 'P:two']);
  });

  it('trims full-width and &nbsp; indentation, keeping the words', () => {
    const r = root('<p>\u3000\u3000推动医疗服务重心下移\u00a0</p><p><span>\u00a0 </span><b>Bold</b> start</p>');
    trimBlockEdges(r);
    expect(Array.from(r.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['推动医疗服务重心下移', 'Bold start']);
  });

  it('tells a list of headlines from an article with a few links', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li><a href="/${i}">第${i}条新闻标题在这里</a> 2024-11-0${i % 9 + 1}</li>`).join('');
    expect(looksLikeLinkList(root(`<ul>${items}</ul>`))).toBe(true);
    const paragraphs = Array.from({ length: 10 }, (_, i) => `<p>这是文章的第${i}段,其中提到<a href="/s">国家卫健委</a>发布的一项新政策,涉及基层医疗机构的服务能力建设。</p>`).join('');
    expect(looksLikeLinkList(root(paragraphs))).toBe(false);
  });
});

describe('figures', () => {
  it('joins an image with the caption paragraph after it', () => {
    const r = root('<p><img src="http://x/a.jpg"></p><p>4月13日举行的新闻发布会现场。新华社记者 董瑞丰 摄</p><p>正文第一段,内容很长很长。</p>');
    groupFigures(r);
    expect(r.querySelector('figure > img')).not.toBeNull();
    expect(r.querySelector('figure > figcaption')?.textContent).toBe('4月13日举行的新闻发布会现场。新华社记者 董瑞丰 摄');
    expect(r.querySelectorAll('p')).toHaveLength(1);
  });

  it('does not take the next sentence of the story for a caption', () => {
    const r = root('<p><img src="http://x/a.jpg"></p><p>截至2022年底,87.7%的县医院达到了二级医院能力,45.6%的县医院达到了三级医院能力。</p>');
    groupFigures(r);
    expect(r.querySelector('figcaption')).toBeNull();
    expect(r.querySelectorAll('p')).toHaveLength(1);
  });
});

describe('article region', () => {
  it.each(['seed-000-yiwang', 'seed-002-aggregator', 'br-paragraphs', 'blog-post', 'en-news'])('holds every gold paragraph of %s', (name) => {
    const fixture = loadFixture(name);
    const region = articleRegion(fixtureDocument(fixture));
    const text = squash(region?.textContent ?? '');
    expect(fixture.gold.filter((line) => !text.includes(squash(line)))).toEqual([]);
  });
});

describe('lead photo', () => {
  it('finds the cover figure before the text container, not an author card', () => {
    const doc = new JSDOM(`<body><div class="author-card"><img src="/a.png" width="40"><span>医保知识通</span></div>
      <div class="meta">2024-06-28 来源:人民网</div><figure class="cover"><img src="/p.jpg"><figcaption>发布会现场。新华社记者 董瑞丰 摄</figcaption></figure>
      <div class="content"><p>国家卫生健康委13日举行新闻发布会,介绍有关情况。</p><p>第二段。</p></div></body>`).window.document;
    expect(findLeadPhoto(doc, '国家卫生健康委13日举行新闻发布会,介绍有关情况。')?.tagName).toBe('FIGURE');
    doc.querySelector('figure')!.remove();
    expect(findLeadPhoto(doc, '国家卫生健康委13日举行新闻发布会,介绍有关情况。')).toBeNull();
  });
});

describe('the article region', () => {
  it("reaches the body the page marks as articleBody when a photo gallery's captions inside it are denser", () => {
    const prose = '国家卫生健康委13日举行新闻发布会,介绍优质医疗资源扩容下沉和区域均衡布局的有关情况。';
    const captions = Array.from({ length: 30 }, (_, i) => `<li><h2>${i + 1}/30</h2><p>这是第${i + 1}张图片的说明文字,描述图中的场景、人物和事件的经过,来源:资料图。</p></li>`).join('');
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/t${i}">相关报道之${i}:医疗资源下沉</a></li>`).join('');
    const doc = new JSDOM(`<body><div class="page"><div class="wrap"><div itemprop="articleBody" class="text-wrapper">
      <p>${prose}</p><div class="gallery"><div class="full"><div class="scroller"><ul class="legends">${captions}</ul></div></div></div><p>${prose}</p>
      <ul class="tags">${links}</ul></div><div class="share"><a href="/s">分享</a></div></div></div></body>`).window.document;
    const found = findArticleRegion(doc)!;
    expect(found.core.className).toBe('legends');
    expect(found.region.getAttribute('itemprop')).toBe('articleBody');
  });
});
