import { describe, expect, it } from 'vitest';
import { cleanQuoteText, stripCopyTail } from '../../src/core/quote';

describe('cleanQuoteText', () => {
  it('removes zero-width spaces, joiners, word joiners and BOMs', () => {
    expect(cleanQuoteText('基\u200b层\u200c医\u200d疗\u2060服\ufeff务')).toBe('基层医疗服务');
  });

  it('removes soft hyphens, also inside Latin words', () => {
    expect(cleanQuoteText('hos\u00adpi\u00adtal 医\u00ad院')).toBe('hospital 医院');
  });

  it('removes bidi controls: embeddings, overrides, isolates, marks', () => {
    expect(cleanQuoteText('\u202a87.7%\u202c的\u202e县医院\u202c\u2066达到\u2069\u200e二级\u200f\u061c')).toBe('87.7%的县医院达到二级');
  });

  it('removes variation selectors, tag characters and other invisible characters', () => {
    expect(cleanQuoteText('葛\u{E0100}洪\ufe0f说\u034f：\u{E0041}\u{E007F}好\u3164')).toBe('葛洪说：好');
  });

  it('collapses full-width spaces, NBSP and tabs, and trims the page indent', () => {
    expect(cleanQuoteText('\u3000\u3000推动医疗服务\u00a0\u00a0重心下移\t 资源下沉\u3000')).toBe('推动医疗服务 重心下移 资源下沉');
  });

  it('keeps one paragraph per line with no blank lines, whatever the line breaks', () => {
    expect(cleanQuoteText('第一段\r\n\r\n\r\n第二段\u2029第三段\u2028第四段\n \u3000 \n第五段')).toBe('第一段\n第二段\n第三段\n第四段\n第五段');
  });

  it('keeps mixed scripts, their spacing and their punctuation', () => {
    expect(cleanQuoteText('WHO 世卫组织表示，COVID-19 疫苗接种率达 87.7%。醫療資源「下沉」；日本語のテキスト')).toBe(
      'WHO 世卫组织表示，COVID-19 疫苗接种率达 87.7%。醫療資源「下沉」；日本語のテキスト',
    );
  });

  it('gives "" for nothing but invisible characters and white space', () => {
    expect(cleanQuoteText('\u200b\u3000\u00ad\n\u200d ')).toBe('');
  });

  it('is idempotent', () => {
    const once = cleanQuoteText(' a\u200b b \n\n c ');
    expect(cleanQuoteText(once)).toBe(once);
  });
});

describe('copy notices pasted with a quote', () => {
  it('drops the 作者/链接/来源/著作权 notice a site appends on copy', () => {
    const pasted = '县医院是县级医疗卫生服务网络的龙头。\n\n作者：某某\n链接：https://www.example.com/question/1\n来源：某某网\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。';
    expect(cleanQuoteText(pasted)).toBe('县医院是县级医疗卫生服务网络的龙头。');
  });

  it('drops a content farm\'s 原文链接 / 转载请注明 lines, in either script', () => {
    expect(cleanQuoteText('第一段。\n第二段。\n原文链接：http://www.farm.example/a/1.html\n转载请注明出处')).toBe('第一段。\n第二段。');
    expect(cleanQuoteText('醫院。\n本文來源：健康網 https://farm.example/b\n轉載請註明出處')).toBe('醫院。');
    expect(cleanQuoteText('Hospitals expand.\nRead more at: https://farm.example/en/1')).toBe('Hospitals expand.');
  });

  it('keeps a publication line that is not part of a notice, and never empties a quote', () => {
    expect(stripCopyTail(['正文。', '来源：人民日报'])).toEqual(['正文。', '来源：人民日报']);
    expect(stripCopyTail(['著作权归作者所有。'])).toEqual(['著作权归作者所有。']);
    expect(stripCopyTail(['转载请注明出处', '正文最后一段。'])).toEqual(['转载请注明出处', '正文最后一段。']);
  });
});
