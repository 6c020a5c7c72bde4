import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chooseTitle, originalTitles, repostSite } from '../../src/core/meta';
import { runPipeline } from '../../src/core/pipeline';
import { readArticle } from '../support/read-article';

describe('the title', () => {
  // thepaper prints a cut-off headline in <h1>, <title> and its share data, and the whole one in the body.
  const cut = '定了！广州南沙邮轮母港即将开通！地铁直达+无敌免...';
  const whole = '定了!广州南沙邮轮母港即将开通!地铁直达+无敌免税城......';

  it('reads "本文原标题:《…》": the brackets quote the title', () => {
    expect(originalTitles([`本文原标题:《${whole}》`]).map((c) => c.text)).toEqual([whole]);
    // Brackets inside the title are the title's own.
    expect(originalTitles(['原标题:《三体》热播']).map((c) => c.text)).toEqual(['《三体》热播']);
  });

  it('prefers the whole headline to a cut-off copy, whatever width its punctuation has', () => {
    const candidates = [
      { text: cut, from: 'h1' as const },
      { text: cut, from: 'document' as const },
      { text: `${cut}_政务_澎湃新闻-The Paper`, from: 'readability' as const },
      ...originalTitles([`本文原标题:《${whole}》`]),
    ];
    expect(chooseTitle(candidates, '搭地铁去坐邮轮玩转东南亚！\n去无敌免税城买买买不是梦！')).toBe(whole);
  });

  it('still finds the publication bar under the <h1> when the title comes from the 原标题 line', () => {
    const story = ['近日,“广州南沙国际邮轮母港开港倒计时100日”发布会召开,广州南沙国际邮轮母港将于11月17日正式开港。', '新邮轮母港距离地铁四号线南沙客运港站约500米,是国内第一家实现与地铁无缝接驳的邮轮母港。']
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = `<html><head><title>${cut}_政务_澎湃新闻</title></head><body><h1>${cut}</h1>
      <div class="news_about"><p>中国广州发布</p><p>2019-08-13 18:04 来源：澎湃新闻</p></div>
      <div class="news_txt">本文原标题：《定了！广州南沙邮轮母港即将开通！地铁直达+无敌免税城......》${story}</div></body></html>`;
    const result = runPipeline(new JSDOM(html, { url: 'http://127.0.0.1/n' }).window.document);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.title).toBe(whole);
    expect(result.article.published).toBe('2019-08-13');
  });
});

describe('a headline in a minor heading, under a channel banner', () => {
  const story = ['5月10-12日,2019年中国人文地理学术年会在重庆·西南大学举行。本次会议由中国地理学会人文地理专业委员会主办。', '来自全国各地高校和科研院所的600余名专家学者参加会议,围绕新时代人文地理学的发展展开讨论。']
    .map((p) => `<p>${p}</p>`)
    .join('');
  const page = `<html><head><title>新闻动态--中国地理学会官网</title></head><body>
    <div class="se_nav"><h3>首页 - 新闻动态</h3></div>
    <div class="news"><h5>2019年中国人文地理学术年会在重庆•西南大学成功举行！</h5>
      <div class="ly"><b>发布时间：2019-05-18</b> <i>来源：中国地理学会</i></div>
      <div class="detailCon">${story}</div></div></body></html>`;

  it('is the title, and its publication bar gives outlet and date; the outlet\'s own site is no repost', () => {
    const article = readArticle(page, 'http://www.gsc.org.cn/news/1.html');
    expect(article.title).toBe('2019年中国人文地理学术年会在重庆•西南大学成功举行！');
    expect(article.source).toBe('中国地理学会');
    expect(article.published).toBe('2019-05-18');
    expect(repostSite(article)).toBeNull();
  });

  it('a repost on another site is named as such', () => {
    expect(repostSite({ source: '中国地理学会', site: '中国地理学会官网' })).toBeNull();
    expect(repostSite({ source: '澎湃新闻', site: '凤凰网' })).toBe('凤凰网');
    expect(repostSite({ source: null, site: '凤凰网' })).toBe('凤凰网');
    expect(repostSite({ source: '新华社', site: '新华网' })).toBe('新华网');
  });
});

describe('a keyword a farm puts before the headline', () => {
  const body = '江门蓬江警方近日破获一起冒充公检法诈骗案,七旬阿婆徐某被骗上百万元。\n警方提醒,公检法机关不会通过电话办案。';
  it('goes when the article never mentions it; a column tag in 【】 stays', () => {
    const farm = '[诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端';
    expect(chooseTitle([{ text: farm, from: 'h1' }], body)).toBe('江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端');
    const column = '【不忘初心 牢记使命】我院医技药剂党支部举办中药理论知识与专业技能大赛';
    expect(chooseTitle([{ text: column, from: 'h1' }], body)).toBe(column);
    const mentioned = '[江门]七旬阿婆接来电称其涉黑被骗上百万';
    expect(chooseTitle([{ text: mentioned, from: 'h1' }], body)).toBe(mentioned);
  });
});
