// What keeps a click on a huge page short and right (npm run bench:huge measures it in Chromium):
// the article's region does not swallow a comment thread, and script text is not page text.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRegion } from '../../src/core/extract/region';
import { runPipeline } from '../../src/core/pipeline';

const PARAGRAPHS = [
  '国家卫生健康委13日举行新闻发布会,介绍优质医疗资源扩容下沉和区域均衡布局的有关情况。',
  '截至2022年底,87.7%的县医院达到了二级医院能力,45.6%的县医院达到了三级医院能力。',
  '中央财政已经累计投入资金25.4亿元,在全国支持508个国家临床重点专科建设项目。',
  '下一步将重点支持各地加强建设心血管外科、产科、骨科等群众就医需求较高的专科。',
];

/** A farm page: the article in .newsview, then a comment thread in the same column. */
function farmPage(comments: number): Document {
  const thread = Array.from(
    { length: comments },
    (_, i) =>
      `<div class="item"><div class="head"><a class="user" href="/u/${i}">网友${i}</a><span class="time">11-06</span><span class="ip">广东</span></div>` +
      `<p class="text">说得好,希望真正落到实处。</p><div class="foot"><a href="#">回复</a><a href="#">举报</a></div></div>`,
  ).join('');
  const html = `<!doctype html><html><head><title>推动优质医疗资源更好惠及基层_健康资讯_易网</title></head><body>
    <div class="main"><div class="left">
      <div class="newsview"><h1>推动优质医疗资源更好惠及基层</h1><div class="info">来源:人民日报 2024-11-06</div>
        <div id="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="comment-box">${thread}</div>
    </div></div></body></html>`;
  return new JSDOM(html, { url: 'http://127.0.0.1/a.html' }).window.document;
}

describe('the article region on a page with a huge comment thread', () => {
  it('climbs to the article\'s neighbourhood as before when the column is small', () => {
    const doc = farmPage(20);
    // The column, or a wrapper around it that adds no text.
    expect(articleRegion(doc)?.contains(doc.querySelector('.left'))).toBe(true);
  });

  it('stops below a column that is mostly comments, and the article is read the same', () => {
    const doc = farmPage(400);
    expect(doc.querySelector('.comment-box')!.getElementsByTagName('*').length).toBeGreaterThan(3_000);
    expect(articleRegion(doc)?.className).toBe('newsview');
    const result = runPipeline(doc);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text.split('\n')).toEqual(PARAGRAPHS);
    expect(result.article.title).toBe('推动优质医疗资源更好惠及基层');
  });
});

describe('the page-text limit', () => {
  const article = `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;

  it('does not count an inline state blob: a page with 1.2 M characters of script is read', () => {
    const blob = `window.__INITIAL_STATE__=${JSON.stringify({ list: 'x'.repeat(1_200_000) })};`;
    const doc = new JSDOM(`<body>${article}<script>${blob}</script><style>${'.a{}'.repeat(10)}</style></body>`).window.document;
    expect(doc.body.textContent!.length).toBeGreaterThan(1_000_000);
    const result = runPipeline(doc);
    expect(result.ok).toBe(true);
  });

  it('still declines a page with over a million characters of readable text', () => {
    const doc = new JSDOM(`<body>${article}<div>${'字'.repeat(1_000_001)}</div><script>var a = 1;</script></body>`).window.document;
    expect(runPipeline(doc)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
