import { describe, expect, it } from 'vitest';
import { parseQuoteFormat, quoteForCli, QUOTE_ARG_OPTIONS } from '../../src/cli/quote-option';
import { runPipeline } from '../../src/core/pipeline';
import type { Article } from '../../src/core/model/article';
import { fixtureDocument, fixtureUrl, listFixtures, loadFixture } from '../support/fixtures';

function article(name: string, url?: string): Article {
  const result = runPipeline(fixtureDocument(loadFixture(name)), { url });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describe('quoteForCli', () => {
  const shixun = article('seed-003-shixun', fixtureUrl('seed-003-shixun'));
  const TITLE = '我国持续推进优质医疗资源扩容下沉和区域均衡布局';

  it('prints the plain quote with the original outlet, date and URL, as the clipboard gets it', () => {
    expect(quoteForCli(shixun, '县医院是县级医疗卫生服务网络的龙头', 'plain')).toEqual({
      ok: true,
      output: `县医院是县级医疗卫生服务网络的龙头\n\n——《${TITLE}》，人民网，2023-04-14\nhttp://127.0.0.1/seed-003-shixun.html`,
    });
  });

  it('cleans hostile pasted text and keeps the article\'s paragraph breaks for a selection across paragraphs', () => {
    const pasted = '摄\u200b 对口帮扶\u00ad效果如何?\u3000\u300087.7%\u200d县医院达到二级医院能力\n\n作者：某某\n著作权归作者所有。商业转载请联系作者获得授权。';
    expect(quoteForCli(shixun, pasted, 'chinese', { url: false })).toEqual({
      ok: true,
      output: `「摄\n对口帮扶效果如何?87.7%县医院达到二级医院能力」——《${TITLE}》，人民网，2023-04-14`,
    });
  });

  it('prints every format with and without the citation', () => {
    const quote = '县医院是县级医疗卫生服务网络的龙头';
    expect(quoteForCli(shixun, quote, 'markdown')).toEqual({
      ok: true,
      output: `> ${quote}\n\n— [《${TITLE}》](http://127.0.0.1/seed-003-shixun.html)，人民网，2023-04-14`,
    });
    for (const format of ['plain', 'markdown', 'chinese'] as const) {
      const expected = { plain: quote, markdown: `> ${quote}`, chinese: `「${quote}」` }[format];
      expect(quoteForCli(shixun, quote, format, { citation: false })).toEqual({ ok: true, output: expected });
    }
  });

  it('uses English citation punctuation for an English article, and the site when the outlet is unknown', () => {
    const en = article('en-news');
    expect(quoteForCli(en, 'China will link county hospitals with township clinics', 'plain', { pageUrl: 'https://news.example/a?id=1' })).toEqual({
      ok: true,
      output: 'China will link county hospitals with township clinics\n\n— "China to expand county hospital networks, aims to treat 90% of patients locally by 2027", Meridian Wire, 2025-03-12\nhttps://news.example/a?id=1',
    });
    // Without --url the CLI cites no URL (the file was loaded as http://localhost/).
    expect(quoteForCli(en, 'China will link county hospitals', 'plain', { pageUrl: null })).toMatchObject({ output: expect.stringMatching(/Meridian Wire, 2025-03-12$/) });
    const noSource: Article = { ...en, source: null };
    expect(quoteForCli(noSource, 'China will link county hospitals', 'plain', { url: false })).toMatchObject({ output: expect.stringMatching(/, The Daily Ledger, 2025-03-12$/) });
  });

  it('reports a quote that is not in the article, or is empty', () => {
    const missing = quoteForCli(shixun, '这句话不在文章里', 'plain');
    expect(missing).toEqual({ ok: false, message: expect.stringContaining('not found in the article') });
    expect(quoteForCli(shixun, '\u200b \u3000', 'plain')).toEqual({ ok: false, message: expect.stringContaining('empty') });
  });

  it('finds a quote typed in the reader\'s script when given the converter', () => {
    const toTraditional = (s: string): string => s.replace(/县/g, '縣').replace(/医/g, '醫');
    const result = quoteForCli(shixun, '縣醫院是縣级醫疗卫生服务网络的龙头', 'chinese', { url: false, convert: toTraditional });
    expect(result).toEqual({ ok: true, output: `「縣醫院是縣级醫疗卫生服务网络的龙头」——《我国持续推进优质醫疗资源扩容下沉和区域均衡布局》，人民网，2023-04-14` });
  });

  it('parses --quote-format and declares its flags for parseArgs', () => {
    expect(parseQuoteFormat(undefined)).toBe('plain');
    expect(parseQuoteFormat('markdown')).toBe('markdown');
    expect(parseQuoteFormat('chinese')).toBe('chinese');
    expect(parseQuoteFormat('pdf')).toBeNull();
    expect(Object.keys(QUOTE_ARG_OPTIONS)).toEqual(['quote', 'quote-format', 'no-citation', 'no-url']);
  });

  it.each(listFixtures().filter((name) => name.startsWith('seed-')))('cites the original outlet and date of %s', (name) => {
    const fixture = loadFixture(name);
    const quote = fixture.gold.find((line) => line.length >= 12)!.slice(0, 12).trim();
    const result = quoteForCli(article(name, fixtureUrl(name)), quote, 'chinese', { url: false });
    const cited = [fixture.meta.title && `《${fixture.meta.title}》`, fixture.meta.source ?? fixture.meta.site, fixture.meta.published?.slice(0, 10)].filter(Boolean).join('，');
    expect(result).toEqual({ ok: true, output: `「${quote}」——${cited}` });
  });
});
