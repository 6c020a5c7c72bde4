import { describe, expect, it } from 'vitest';
import { readArticle } from '../support/read-article';

const STORY = ['国家卫生健康委13日举行新闻发布会，介绍优质医疗资源扩容下沉和区域均衡布局的有关情况。', '截至2022年底，87.7%的县医院达到了二级医院能力，45.6%的县医院达到了三级医院能力。']
  .map((p) => `<p>${p}</p>`)
  .join('');

function read(head: string, bar: string) {
  const html = `<html><head><title>县医院能力提升-示例网</title>${head}</head><body><h1 class="title">县医院能力提升</h1>${bar}<div class="article">${STORY}</div></body></html>`;
  return readArticle(html);
}

describe('the publication bar', () => {
  it('reads labels printed apart from their values, over the template\'s author field', () => {
    const article = read(
      '<meta name="author" content="CSDN.NET">',
      `<div class="tit_bar">发表于<span class="ago">2014-08-24 21:30</span>|<span class="view_time">1164次阅读</span>|
        来源<span class="ago">健康报</span>|<span class="num_recom"><font>0</font> 条评论</span>|作者<span class="ago">魏星</span></div>`,
    );
    expect(article.source).toBe('健康报');
    expect(article.author).toBe('魏星');
    expect(article.published).toBe('2014-08-24');
  });

  it('reads the name a date line credits as having put the piece together', () => {
    expect(read('', '<span>2019-09-05 11:10 游民星空[整理]</span>').source).toBe('游民星空');
    expect(read('', '<span>2019-09-05 11:10 游民星空</span>').source).toBeNull();
  });

  it('reads 来源于： as a source label', () => {
    const article = read('', '<div>来源于： 东区办事处</div><div>发布日期： 2019-03-06</div>');
    expect(article.source).toBe('东区办事处');
  });

  it('takes no button or count for a value', () => {
    const article = read('', '<div>作者<span>关注</span> 来源<span>1164次阅读</span> 2019-03-06</div>');
    expect(article.author).toBeNull();
    expect(article.source).toBeNull();
  });
});

describe('what the page says elsewhere', () => {
  function page(body: string, tail = ''): string {
    return `<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1><div class="article">${STORY}${body}</div>${tail}</body></html>`;
  }
  const readPage = (html: string) => readArticle(html);

  it('a closing byline names the outlet and the reporter, and leaves the text', () => {
    const article = readPage(page('<p>扬子晚报记者 张楠</p>'));
    expect(article.source).toBe('扬子晚报');
    expect(article.author).toBe('张楠');
    expect(article.text).not.toContain('张楠');
  });

  it('dates the article by the publication time in the page\'s data, not by a comment\'s', () => {
    const data = '<script>window.DATA = { "comments": [{ "createTime": "2024-01-01 08:00:00" }], "media": "扬眼", "pubtime": "2019-09-07 19:02:26" };</script>';
    expect(readPage(page('', data)).published).toBe('2019-09-07');
    expect(readPage(page('', '<script>var c = { "createTime": "2024-01-01 08:00:00" };</script>')).published).toBeNull();
  });

  it('names the site by its copyright line, owner before or after the words', () => {
    expect(readPage(page('', '<div>Copyright © 1998 - 2019 Tencent. All Rights Reserved</div><div>腾讯公司 版权所有</div><div>用户反馈</div>')).site).toBe('腾讯公司');
    expect(readPage(page('', '<div>版权所有：人民网 京ICP证000000号</div>')).site).toBe('人民网');
    expect(readPage(page('', '<p>编辑/苏芳</p><div>版权所有 湖南省中医药研究院附属医院 Copyright © 2018</div>')).site).toBe('湖南省中医药研究院附属医院');
    expect(readPage(page('', '<div>版权所有：© 2001-2012 中国地理学会 地址：北京市</div>')).site).toBe('中国地理学会');
  });

  it('takes the site\'s owner for the outlet when the page says the piece is its own (来源：本站原创)', () => {
    const html = `<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1><div>来源：本站原创 时间：2019年10月31日</div>
      <div class="article">${STORY}</div><div>版权所有 湖南省中医药研究院附属医院</div></body></html>`;
    expect(readPage(html).source).toBe('湖南省中医药研究院附属医院');
    // …and never a bare host name.
    expect(readPage(html.replace('<div>版权所有 湖南省中医药研究院附属医院</div>', '')).source).toBeNull();
  });

  it('a news agency\'s dateline names the outlet over the 来源 label of the site that carries it', () => {
    const html = `<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1><div>来源：新华网</div>
      <div class="article"><p>新华社巴黎12月9日电（记者唐霁）法国政府9日公布养老金改革方案细节，计划逐步取消42种特殊退休制度。</p>${STORY}</div></body></html>`;
    expect(readPage(html).source).toBe('新华社');
    expect(readPage(html.replace('新华社巴黎12月9日电（记者唐霁）', '')).source).toBe('新华网');
  });

  it('an outlet named by its website is the outlet', () => {
    expect(readPage(page('', '')).source).toBeNull();
    const article = readPage(`<html><head><title>县医院能力提升</title></head><body><h1>县医院能力提升</h1><div>来源：澎湃新闻网</div><div class="article">${STORY}</div></body></html>`);
    expect(article.source).toBe('澎湃新闻');
  });
});
