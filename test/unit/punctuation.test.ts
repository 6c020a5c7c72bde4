import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, PUNCTUATION_RULES } from '../../src/core/text/punctuation';

describe('full-width punctuation in Chinese text', () => {
  it.each(PUNCTUATION_RULES.map((r) => [r.name, r.example.from, r.example.to]))('%s: %s', (_name, from, to) => {
    expect(fullWidthPunctuation(from)).toBe(to);
  });

  it.each([
    ['截至2022年底,87.7%的县医院', '截至2022年底，87.7%的县医院'],
    ['发布时间:2023-04-14', '发布时间：2023-04-14'],
    ['好吗?', '好吗？'],
    ['“网底”。', '“网底”。'],
    ['(完)', '（完）'],
    ['瀏覽 8,214 次', '瀏覽 8,214 次'],
    // A subhead: the question runs straight into the figure that answers it.
    ['对口帮扶效果如何?87.7%县医院达到二级医院能力', '对口帮扶效果如何？87.7%县医院达到二级医院能力'],
  ])('%s → %s', (from, to) => {
    expect(fullWidthPunctuation(from)).toBe(to);
  });

  it.each([
    '1,000 people at 10:30; 3.5% (est.)',
    'https://example.com/查询?id=1&x=2',
    'https://example.com/查询?123=4',
    'Marlow County, Ohio: paramedics cut calls!',
    '(c)2008-现在 yixu.net',
    '<a href="https://a.cn/x?y=1">链接</a>',
  ])('leaves numbers, URLs and Latin text alone: %s', (text) => {
    expect(fullWidthPunctuation(text)).toBe(text);
  });

  it('keeps HTML intact when applied to an article body', () => {
    const html = '<p>医疗卫生强基,关乎<strong>优质医疗资源</strong>能否下沉?</p><p><img src="a.jpg" alt="图"></p>';
    expect(fullWidthPunctuation(html)).toBe('<p>医疗卫生强基，关乎<strong>优质医疗资源</strong>能否下沉？</p><p><img src="a.jpg" alt="图"></p>');
  });
});
