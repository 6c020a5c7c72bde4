import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chooseTitle, originalTitles } from '../../src/meta';
import { runPipeline } from '../../src/pipeline';

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
