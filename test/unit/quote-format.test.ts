import { describe, expect, it } from 'vitest';
import { citationFromArticle, formatQuote, type Citation } from '../../src/core/quote';

const ZH: Citation = { title: '推动优质医疗资源更好惠及基层', source: '人民日报', published: '2024-11-06', url: 'https://www.example.com/a.html' };
const EN: Citation = { title: 'China to expand county hospital networks', source: 'Meridian Wire', published: '2025-03-12T08:30', url: 'https://news.example/china' };
const ZH_TEXT = '截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。';
const EN_TEXT = 'At least 90% of patients should be treated locally.\nOfficials said so on Wednesday.';
const ON = { citation: true, url: true } as const;
const NO_URL = { citation: true, url: false } as const;
const OFF = { citation: false, url: true } as const;

describe('formatQuote: plain', () => {
  it('Chinese: text, blank line, ——《标题》，来源，日期, then the URL', () => {
    expect(formatQuote(ZH_TEXT, ZH, 'plain', { ...ON, lang: 'zh-Hans' })).toEqual({
      plain: '截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。\n\n——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06\nhttps://www.example.com/a.html',
      html:
        '<blockquote><p>截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。</p>' +
        '<p>——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06<br><a href="https://www.example.com/a.html">https://www.example.com/a.html</a></p></blockquote>',
    });
  });

  it('Chinese without URL, and without citation', () => {
    expect(formatQuote(ZH_TEXT, ZH, 'plain', NO_URL)).toEqual({
      plain: '截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。\n\n——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06',
      html: '<blockquote><p>截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。</p><p>——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06</p></blockquote>',
    });
    expect(formatQuote(ZH_TEXT, ZH, 'plain', OFF)).toEqual({
      plain: '截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。',
      html: '<blockquote><p>截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。</p></blockquote>',
    });
  });

  it('English: — "Title", Source, date (the date part only), then the URL', () => {
    expect(formatQuote(EN_TEXT, EN, 'plain', { ...ON, lang: 'en' })).toEqual({
      plain: 'At least 90% of patients should be treated locally.\nOfficials said so on Wednesday.\n\n— "China to expand county hospital networks", Meridian Wire, 2025-03-12\nhttps://news.example/china',
      html:
        '<blockquote><p>At least 90% of patients should be treated locally.</p><p>Officials said so on Wednesday.</p>' +
        '<p>— &quot;China to expand county hospital networks&quot;, Meridian Wire, 2025-03-12<br><a href="https://news.example/china">https://news.example/china</a></p></blockquote>',
    });
    expect(formatQuote(EN_TEXT, EN, 'plain', { ...NO_URL, lang: 'en' }).plain).toBe(
      'At least 90% of patients should be treated locally.\nOfficials said so on Wednesday.\n\n— "China to expand county hospital networks", Meridian Wire, 2025-03-12',
    );
    expect(formatQuote(EN_TEXT, EN, 'plain', { ...OFF, lang: 'en' }).plain).toBe('At least 90% of patients should be treated locally.\nOfficials said so on Wednesday.');
  });

  it('without a language, reads Chinese or English from the title and text', () => {
    expect(formatQuote('A sentence.', EN, 'plain', NO_URL).plain).toBe('A sentence.\n\n— "China to expand county hospital networks", Meridian Wire, 2025-03-12');
    expect(formatQuote('一句话。', { ...ZH, title: null }, 'plain', NO_URL).plain).toBe('一句话。\n\n——人民日报，2024-11-06');
    // The language, when given, wins: an English quote from a Chinese article gets Chinese punctuation.
    expect(formatQuote('一句话。', ZH, 'plain', { ...NO_URL, lang: 'zh_CN' }).plain).toBe('一句话。\n\n——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06');
    expect(formatQuote('一句话。', EN, 'plain', { ...NO_URL, lang: 'zu' }).plain).toBe('一句话。\n\n— "China to expand county hospital networks", Meridian Wire, 2025-03-12');
    expect(formatQuote('WHO said so.', ZH, 'plain', { ...NO_URL, lang: 'zh-Hant' }).plain).toBe('WHO said so.\n\n——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06');
  });
});

describe('formatQuote: markdown', () => {
  it('Chinese: > lines with a blank > between paragraphs, then — [《标题》](URL)，来源，日期', () => {
    expect(formatQuote(ZH_TEXT, ZH, 'markdown', { ...ON, lang: 'zh-Hans' })).toEqual({
      plain: '> 截至2024年底，87.7%的县医院达到二级医院能力。\n>\n> 对口帮扶效果明显。\n\n— [《推动优质医疗资源更好惠及基层》](https://www.example.com/a.html)，人民日报，2024-11-06',
      html:
        '<blockquote><p>截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。</p>' +
        '<p>— <a href="https://www.example.com/a.html">《推动优质医疗资源更好惠及基层》</a>，人民日报，2024-11-06</p></blockquote>',
    });
  });

  it('Chinese without URL, and without citation', () => {
    expect(formatQuote(ZH_TEXT, ZH, 'markdown', NO_URL)).toEqual({
      plain: '> 截至2024年底，87.7%的县医院达到二级医院能力。\n>\n> 对口帮扶效果明显。\n\n— 《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06',
      html: '<blockquote><p>截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。</p><p>— 《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06</p></blockquote>',
    });
    expect(formatQuote(ZH_TEXT, ZH, 'markdown', OFF)).toEqual({
      plain: '> 截至2024年底，87.7%的县医院达到二级医院能力。\n>\n> 对口帮扶效果明显。',
      html: '<blockquote><p>截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。</p></blockquote>',
    });
  });

  it('English: — ["Title"](URL), Source, date', () => {
    expect(formatQuote(EN_TEXT, EN, 'markdown', { ...ON, lang: 'en' }).plain).toBe(
      '> At least 90% of patients should be treated locally.\n>\n> Officials said so on Wednesday.\n\n— ["China to expand county hospital networks"](https://news.example/china), Meridian Wire, 2025-03-12',
    );
    expect(formatQuote(EN_TEXT, EN, 'markdown', { ...NO_URL, lang: 'en' }).plain).toBe(
      '> At least 90% of patients should be treated locally.\n>\n> Officials said so on Wednesday.\n\n— "China to expand county hospital networks", Meridian Wire, 2025-03-12',
    );
  });

  it('escapes Markdown syntax in the text and title, and parentheses and spaces in the URL', () => {
    const q = formatQuote('1. 加强*基层*建设 <b>\n# 不是标题\n- 不是列表 [1]', { ...ZH, title: '标题_[注]', url: 'https://x.example/a (1).html' }, 'markdown', ON);
    expect(q.plain).toBe('> 1\\. 加强\\*基层\\*建设 \\<b\\>\n>\n> \\# 不是标题\n>\n> \\- 不是列表 \\[1\\]\n\n— [《标题\\_\\[注\\]》](https://x.example/a%20%281%29.html)，人民日报，2024-11-06');
  });

  it('with no title, links the URL itself after the other fields', () => {
    expect(formatQuote('一句话。', { ...ZH, title: null }, 'markdown', ON)).toEqual({
      plain: '> 一句话。\n\n— 人民日报，2024-11-06，[https://www.example.com/a.html](https://www.example.com/a.html)',
      html: '<blockquote><p>一句话。</p><p>— 人民日报，2024-11-06，<a href="https://www.example.com/a.html">https://www.example.com/a.html</a></p></blockquote>',
    });
  });
});

describe('formatQuote: chinese', () => {
  it('「…」——《标题》，来源，日期（URL）, paragraphs inside the 「」 on their own lines', () => {
    expect(formatQuote(ZH_TEXT, ZH, 'chinese', ON)).toEqual({
      plain: '「截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。」——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06（https://www.example.com/a.html）',
      html:
        '<blockquote><p>「截至2024年底，87.7%的县医院达到二级医院能力。</p>' +
        '<p>对口帮扶效果明显。」——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06（<a href="https://www.example.com/a.html">https://www.example.com/a.html</a>）</p></blockquote>',
    });
  });

  it('without URL, and without citation', () => {
    expect(formatQuote(ZH_TEXT, ZH, 'chinese', NO_URL)).toEqual({
      plain: '「截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。」——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06',
      html: '<blockquote><p>「截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。」——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06</p></blockquote>',
    });
    expect(formatQuote(ZH_TEXT, ZH, 'chinese', OFF)).toEqual({
      plain: '「截至2024年底，87.7%的县医院达到二级医院能力。\n对口帮扶效果明显。」',
      html: '<blockquote><p>「截至2024年底，87.7%的县医院达到二级医院能力。</p><p>对口帮扶效果明显。」</p></blockquote>',
    });
  });

  it('uses Chinese punctuation for an English article too', () => {
    expect(formatQuote('Officials said so.', EN, 'chinese', { ...ON, lang: 'en' }).plain).toBe(
      '「Officials said so.」——《China to expand county hospital networks》，Meridian Wire，2025-03-12（https://news.example/china）',
    );
  });

  it('nests: 「」 inside the quote become 『』, 《》 inside the title 〈〉', () => {
    expect(formatQuote('他说「基层」很重要', { ...ZH, title: '解读《健康中国2030》规划' }, 'chinese', NO_URL).plain).toBe(
      '「他说『基层』很重要」——《解读〈健康中国2030〉规划》，人民日报，2024-11-06',
    );
  });
});

describe('formatQuote: escaping and missing fields', () => {
  const HOSTILE: Citation = { title: '<script>alert("x")</script> & "引号"', source: 'A&B <i>报</i>', published: '2024-11-06', url: 'https://x.example/?a=1&b="2"<' };

  it('escapes every value in the HTML, in every format', () => {
    const text = '<img src=x onerror=alert(1)> & "quoted" \'single\'';
    const esc = '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;';
    const title = '《&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;引号&quot;》';
    const href = 'https://x.example/?a=1&amp;b=&quot;2&quot;&lt;';
    expect(formatQuote(text, HOSTILE, 'plain', { ...ON, lang: 'zh' }).html).toBe(
      `<blockquote><p>${esc}</p><p>——${title}，A&amp;B &lt;i&gt;报&lt;/i&gt;，2024-11-06<br><a href="${href}">${href}</a></p></blockquote>`,
    );
    expect(formatQuote(text, HOSTILE, 'markdown', { ...ON, lang: 'zh' }).html).toBe(
      `<blockquote><p>${esc}</p><p>— <a href="${href}">${title}</a>，A&amp;B &lt;i&gt;报&lt;/i&gt;，2024-11-06</p></blockquote>`,
    );
    expect(formatQuote(text, HOSTILE, 'chinese', ON).html).toBe(
      `<blockquote><p>「${esc}」——${title}，A&amp;B &lt;i&gt;报&lt;/i&gt;，2024-11-06（<a href="${href}">${href}</a>）</p></blockquote>`,
    );
    // The plain flavour is text: nothing is escaped there.
    expect(formatQuote(text, HOSTILE, 'plain', { ...NO_URL, lang: 'zh' }).plain).toBe(`${text}\n\n——《<script>alert("x")</script> & "引号"》，A&B <i>报</i>，2024-11-06`);
  });

  it('never links a javascript: or data: URL', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'JaVaScRiPt:alert(1)', '//evil.example/a']) {
      const q = formatQuote('正文。', { ...ZH, url }, 'plain', ON);
      expect(q.plain).toBe('正文。\n\n——《推动优质医疗资源更好惠及基层》，人民日报，2024-11-06');
      expect(q.html).not.toContain('<a');
    }
  });

  it('leaves out missing fields, never printing null', () => {
    const none: Citation = { title: null, source: null, published: null, url: null };
    expect(formatQuote('正文。', none, 'plain', ON)).toEqual({ plain: '正文。', html: '<blockquote><p>正文。</p></blockquote>' });
    expect(formatQuote('正文。', none, 'markdown', ON).plain).toBe('> 正文。');
    expect(formatQuote('正文。', none, 'chinese', ON).plain).toBe('「正文。」');
    expect(formatQuote('正文。', { ...none, url: ZH.url }, 'plain', ON).plain).toBe('正文。\n\nhttps://www.example.com/a.html');
    expect(formatQuote('正文。', { ...none, url: ZH.url }, 'chinese', ON).plain).toBe('「正文。」（https://www.example.com/a.html）');
    expect(formatQuote('正文。', { ...ZH, source: null }, 'plain', NO_URL).plain).toBe('正文。\n\n——《推动优质医疗资源更好惠及基层》，2024-11-06');
    expect(formatQuote('正文。', { ...ZH, published: null }, 'chinese', NO_URL).plain).toBe('「正文。」——《推动优质医疗资源更好惠及基层》，人民日报');
    expect(formatQuote('Text.', { ...EN, source: '', published: null }, 'plain', { ...NO_URL, lang: 'en' }).plain).toBe('Text.\n\n— "China to expand county hospital networks"');
    for (const format of ['plain', 'markdown', 'chinese'] as const) {
      const q = formatQuote('正文。', { title: '', source: '  ', published: null, url: '' }, format, ON);
      expect(q.plain + q.html).not.toMatch(/null|undefined|《》|，，/);
    }
  });

  it('gives empty strings for a quote with nothing in it', () => {
    expect(formatQuote('\u200b \u3000\n', ZH, 'chinese', ON)).toEqual({ plain: '', html: '' });
  });

  it('cleans the text it is given, and converts the text and the title (not the outlet)', () => {
    const toTraditional = (s: string): string => s.replace(/医/g, '醫').replace(/县/g, '縣').replace(/报/g, '報');
    expect(formatQuote('县\u200b医院\n\n\n达标', { ...ZH, title: '县医院' }, 'chinese', { ...NO_URL, convert: toTraditional }).plain).toBe(
      '「縣醫院\n达标」——《縣醫院》，人民日报，2024-11-06',
    );
  });

  it('cites an article by its original outlet, else the site it was read on', () => {
    const article = { title: '标题', source: null, site: '易网健康养生网', published: '2024-11-06T09:00', url: null };
    expect(citationFromArticle(article)).toEqual({ title: '标题', source: '易网健康养生网', published: '2024-11-06T09:00', url: null });
    expect(citationFromArticle({ ...article, source: '人民日报' }).source).toBe('人民日报');
    expect(formatQuote('正文。', citationFromArticle(article), 'plain', ON).plain).toBe('正文。\n\n——《标题》，易网健康养生网，2024-11-06');
  });
});
