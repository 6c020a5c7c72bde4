import { describe, expect, it } from 'vitest';
import { readArticle } from '../support/read-article';

const STORY = ['国家卫生健康委13日举行新闻发布会,介绍优质医疗资源扩容下沉和区域均衡布局的有关情况。', '截至2022年底,87.7%的县医院达到了二级医院能力,45.6%的县医院达到了三级医院能力。']
  .map((p) => `<p>${p}</p>`)
  .join('');

const read = (html: string) => readArticle(html, 'http://127.0.0.1/s');

describe('self-media platforms: the posting account is the outlet', () => {
  it('reads a WeChat account and, on a saved page whose date the script never filled, the posting time', () => {
    const article = read(`<html><head><title>县医院能力提升</title></head><body><div id="img-content">
      <h1 class="rich_media_title">县医院能力提升</h1>
      <div class="rich_media_meta_list"><span id="profileBt"><a href="javascript:void(0);" id="js_name"> 爱否科技 </a></span><em id="publish_time"></em></div>
      <div class="rich_media_content" id="js_content">${STORY}</div></div>
      <script>var nickname = "爱否科技"; var ct = "1581517074";</script></body></html>`);
    expect(article.source).toBe('爱否科技');
    expect(article.published).toBe('2020-02-12');
  });

  it('prefers the date the live page shows', () => {
    const article = read(`<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1>
      <span id="profileBt"><a id="js_name">爱否科技</a></span><em id="publish_time">2020-02-13</em>
      <div id="js_content">${STORY}</div><script>var ct = "1581517074";</script></body></html>`);
    expect(article.published).toBe('2020-02-13');
  });

  it('reads a baijiahao account from its publication bar, and the year from itemprop=dateUpdate', () => {
    const article = read(`<html><head><title>县医院能力提升</title><meta itemprop="dateUpdate" content="2019-09-30 22:46:13"></head><body>
      <div class="article-title"><h2>县医院能力提升</h2></div>
      <div class="article-desc"><div class="author-txt"><p class="author-name">IT之家</p><div class="article-source article-source-bjh"><span class="date">发布时间：09-30</span><span class="time">22:46</span></div></div></div>
      <div class="article-content">${STORY}</div></body></html>`);
    expect(article.source).toBe('IT之家');
    expect(article.published).toBe('2019-09-30');
  });

  it('reads a toutiao account beside the date in the article bar, and beside the avatar on a gallery', () => {
    const article = read(`<html><head><title>县医院能力提升</title></head><body><div class="article-box"><h1 class="article-title">县医院能力提升</h1>
      <div class="article-sub"><!----> <span>华夏人文</span> <span>2020-03-09 18:14:21</span></div>
      <div class="article-content">${STORY}</div></div><a href="/c/user/55043834328/">华夏人文</a> <span>关注</span></body></html>`);
    expect(article.source).toBe('华夏人文');
    expect(article.published).toBe('2020-03-09');
  });

  it('leaves a bar of the same class alone on a site that is not toutiao', () => {
    const article = read(`<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1>
      <div class="article-sub"><span>华夏人文</span> <span>2020-03-09 18:14:21</span></div><div class="content">${STORY}</div></body></html>`);
    expect(article.source).not.toBe('华夏人文');
  });

  it('leaves an ordinary page alone: an author-name class elsewhere is no platform account', () => {
    const article = read(`<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1>
      <div class="author-txt"><p class="author-name">张三</p></div><div class="content">${STORY}</div></body></html>`);
    expect(article.source).not.toBe('张三');
  });
});
