import { describe, expect, it } from 'vitest';
import { chooseTitle, originalTitles } from '../../src/meta';

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
});
