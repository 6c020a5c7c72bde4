import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { TEXT_RULES, cleanArticle, parseCredit } from '../../src/core/clean';
import { STRUCTURE_RULES } from '../../src/core/extract';
import { prepareForExtraction } from '../../src/core/extract/prepare';
import { KNOWN_OUTLETS, outletAtStart } from '../../src/core/meta/outlets';
import { compactText, foldWidth, normalizeText } from '../../src/core/text/normalize';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

function article(paragraphs: string[]): Element {
  const doc = new JSDOM(`<div id="a">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`).window.document;
  return doc.getElementById('a')!;
}

const LEDE = '国家卫生健康委13日举行新闻发布会,重点介绍了优质医疗资源扩容下沉和区域均衡布局的有关情况。';
const BODY = '截至2022年底,87.7%的县医院达到了二级医院能力,45.6%的县医院达到了三级医院能力,全国县医院医疗服务能力和管理能力进一步提升。';

describe('text rule table', () => {
  it.each(TEXT_RULES.map((r) => [r.name, r] as const))('%s matches its own example, in both scripts', (_, rule) => {
    // Rules marked spaced read the line with its spaces (normalized, width-folded), as the clean stage does.
    const example = rule.spaced ? normalizeText(foldWidth(rule.example)) : compactText(rule.example);
    expect(example.length).toBeLessThanOrEqual(rule.maxLength);
    expect(rule.pattern.test(example)).toBe(true);
    // The traditional rendering of the same line matches too (Taiwan and Hong Kong forms).
    expect(rule.pattern.test(toTraditional(toSimplified(example)))).toBe(true);
    expect(rule.pattern.test(toHongKong(toSimplified(example)))).toBe(true);
  });

  it.each(TEXT_RULES.map((r) => [r.name, r] as const))('%s leaves real article paragraphs alone', (_, rule) => {
    expect(rule.pattern.test(LEDE) && LEDE.length <= rule.maxLength).toBe(false);
    expect(rule.pattern.test(BODY) && BODY.length <= rule.maxLength).toBe(false);
  });

  it('removes each rule example from an article around it, and keeps the article, with ASCII or full-width punctuation', () => {
    const fullWidth = (s: string): string => s.replace(/[!-\/:-@[-`{-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const rule of TEXT_RULES.flatMap((r) => [r, { ...r, example: fullWidth(r.example) }])) {
      const root = article([LEDE, BODY, rule.example, BODY.replace('87.7%', '88%')]);
      const result = cleanArticle(root, { title: null, site: null });
      const text = compactText(root.textContent ?? '');
      expect(text, rule.name).toContain(compactText(LEDE));
      expect(text, rule.name).not.toContain(compactText(rule.example));
      expect(result.removed.some((r) => r.rule === rule.name), rule.name).toBe(true);
    }
  });

  it('gives every simplified character in its patterns its traditional forms (checked against OpenCC)', () => {
    const missing: string[] = [];
    for (const rule of TEXT_RULES) {
      const source = rule.pattern.source;
      for (const ch of new Set(source.match(/[\u4e00-\u9fff]/g))) {
        if (toSimplified(ch) !== ch) continue;
        for (const t of new Set([toTraditional(ch), toHongKong(ch)])) if (!source.includes(t)) missing.push(`${rule.name}: ${ch}→${t}`);
      }
    }
    expect(missing.join(' ')).toBe('');
  });

  it('recognises every known outlet in traditional script too', () => {
    for (const outlet of KNOWN_OUTLETS) {
      expect(outletAtStart(toTraditional(outlet) + '記者'), outlet).not.toBeNull();
      expect(outletAtStart(toHongKong(outlet) + '記者'), outlet).not.toBeNull();
    }
  });
});

describe('trailing furniture', () => {
  it('cuts a 相关推荐 list that sits inside the article container, with what follows', () => {
    const root = article([LEDE, BODY, '相关推荐', '健康列车开进大凉山', '536', '核心阅读四川省凉山彝族自治州喜德县尼波镇地处山区,交通不便。']);
    cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY));
  });

  it('does not cut at a related heading that comes before any article text', () => {
    const root = article(['相关阅读', LEDE, BODY]);
    cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY));
  });
});

describe('structural checks', () => {
  it('removes a line that repeats the title, and keyword spam built on it', () => {
    const title = '国家卫健委:三方面举措推动优质资源下沉';
    const root = article([LEDE, ',国推动的近义词 家卫健委:三方面举措推动优质资源下沉', `原标题:${title}`, BODY]);
    const result = cleanArticle(root, { title, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY));
    expect(result.metaLines).toEqual([`原标题:${title}`]);
  });

  it('keeps a wire dateline line that restates the title', () => {
    const title = '筑牢健康“网底”!我国全面启动医疗卫生强基工程';
    const dateline = `新华社北京9月11日电 题:${title}`;
    const root = article([dateline, LEDE, BODY]);
    cleanArticle(root, { title, site: null });
    expect(compactText(root.textContent ?? '')).toContain(compactText(dateline));
  });

  it('removes a 导读 summary that repeats the lede and a repeated credit line, and keeps a paragraph the page prints twice', () => {
    const credit = '图片来源：网络';
    const root = article([`${LEDE}${BODY.slice(0, 20)}`, LEDE, BODY, credit, BODY, credit, BODY]);
    const result = cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY + credit + BODY + BODY));
    expect(result.removed.map((r) => r.rule)).toEqual(['summary-repeat', 'duplicate']);
  });

  it('keeps a sentence met again inside a later paragraph (it is prose, not a summary box)', () => {
    const root = article([BODY, `${LEDE}${BODY}`]);
    cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(BODY + LEDE + BODY));
  });

  it("removes the repost site's self-promotion", () => {
    const root = article([LEDE, BODY, '易网健康养生网,致力于都市养生知识的普及,推进养生理念的更新。']);
    cleanArticle(root, { title: null, site: '易网健康养生网' });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY));
  });

  it('moves editorial credits to the meta line instead of dropping them', () => {
    const root = article([LEDE, BODY, '文:健康报评论员', '编辑:杨真宇', '审核:秦明睿 徐秉楠', '新華社國內部出品']);
    const result = cleanArticle(root, { title: null, site: null });
    expect(result.credits).toEqual([
      { role: '文', name: '健康报评论员' },
      { role: '编辑', name: '杨真宇' },
      { role: '审核', name: '秦明睿 徐秉楠' },
      { role: '出品', name: '新華社國內部' },
    ]);
  });

  it('removes porn/gambling spam injected into the article, not a paragraph that mentions one such word', () => {
    const innocent = '专家提醒,午夜前入睡有助于血压稳定,老年人尤其要注意作息规律。';
    const root = article(['久久99精品国产麻豆婷婷 国产网红女主播精品视频在线观看', LEDE, innocent, BODY]);
    const result = cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + innocent + BODY));
    expect(result.removed.map((r) => r.rule)).toEqual(['spam']);
  });

  it('removes column labels before the story and slogans after it', () => {
    const root = article(['评论', LEDE, BODY, '直面健康热点', '分享真知灼见']);
    cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY));
  });

  it('keeps short unpunctuated lines when they are the whole text (a poem, a list of words)', () => {
    const poem = ['床前明月光', '疑是地上霜', '举头望明月', '低头思故乡'];
    const root = article(poem);
    const result = cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(poem.join(''));
    expect(result.removed).toEqual([]);
  });
});

describe('parseCredit', () => {
  it('reads several credits on one line', () => {
    expect(parseCredit('(文/张三 图/李四)')).toEqual([
      { role: '文', name: '张三' },
      { role: '图', name: '李四' },
    ]);
  });
});

describe('structure rules', () => {
  it.each(STRUCTURE_RULES.map((r) => [r.name, r] as const))('%s removes its example from a page, keeps the article', (_, rule) => {
    const doc = new JSDOM(`<body>${rule.example}<div class="content"><p>${LEDE}</p><p>${BODY}</p><p>${BODY}</p></div></body>`).window.document;
    prepareForExtraction(doc, []);
    const text = compactText(doc.body.textContent ?? '');
    expect(text).toContain(compactText(LEDE));
    const exampleText = compactText(new JSDOM(rule.example).window.document.body.textContent ?? '');
    if (exampleText) expect(text).not.toContain(exampleText);
  });

  it('keeps a furniture-named wrapper that holds most of the page (class="left" around the article)', () => {
    const doc = new JSDOM(`<body><div class="hot-left"><p>${LEDE}</p><p>${BODY}</p></div><div class="ad">广告</div></body>`).window.document;
    prepareForExtraction(doc, []);
    expect(compactText(doc.body.textContent ?? '')).toBe(compactText(LEDE + BODY));
  });

  it('keeps what a name says the element has, not is: a formula with a context menu attached, a post with comments', () => {
    const doc = new JSDOM(`<body><div class="post has-comments"><p>${LEDE}</p>
      <p>${BODY}<mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-mi>E=mc²</mjx-mi></mjx-container></p></div>
      <div class="comments">网友评论 …</div></body>`).window.document;
    prepareForExtraction(doc, []);
    const text = compactText(doc.body.textContent ?? '');
    expect(text).toContain('E=mc²');
    expect(text).toContain(compactText(LEDE));
    expect(text).not.toContain('网友评论');
  });
});

describe('teasers', () => {
  it('keeps a paragraph that ends on its own "Learn more" link, and drops a "Read more »" excerpt', () => {
    const doc = new JSDOM(`<div id="a"><p>${LEDE}</p><p>${BODY}</p>
      <p>Developer Edition comes with a new profile so you can run it alongside other versions of Firefox. To access your bookmarks, browsing history and more, you need to sync the profile. <a href="/kb">Learn more</a></p>
      <p>Another story begins here and is cut off after a few words … <a href="/next">Read more »</a></p></div>`).window.document;
    const root = doc.getElementById('a')!;
    cleanArticle(root, { title: null, site: null });
    const text = root.textContent ?? '';
    expect(text).toContain('Developer Edition comes with a new profile');
    expect(text).not.toContain('Another story begins here');
  });
});

describe('a related box inside the story', () => {
  it('removes only the box when the story goes on after it', () => {
    const doc = new JSDOM(`<div id="a"><p>${LEDE}</p><p>${BODY}</p><p>延伸阅读:</p><ul><li><a href="/1">血压忽高忽低怎么办?</a></li><li><a href="/2">高血压药吃了就不能停?</a></li></ul>
      <p>参与计划的药局将张贴“社区血压测量站”标志,民众量测后若血压偏高,药师会建议进行居家血压量测。</p><h2>每天少吃一点盐</h2>
      <p>医院心脏内科主任指出,饮食中钠摄取过多是血压升高的重要原因,国人平均每日钠摄取量约为建议量的1.5倍。</p></div>`).window.document;
    const root = doc.getElementById('a')!;
    cleanArticle(root, { title: null, site: null });
    const text = compactText(root.textContent ?? '');
    expect(text).not.toContain('延伸阅读');
    expect(text).not.toContain('血压忽高忽低');
    expect(text).toContain('每天少吃一点盐');
    expect(text).toContain('国人平均每日钠摄取量');
  });

  it('still ends the article at a related list whose items are truncated teasers', () => {
    const root = article([LEDE, BODY, '相关:', '长期护理保险2个试行办法公开征求意见人民网北京9月21日电 据国家医保局官网消息,为加强长期护理保险失能等级评估管理..', '内陆没有海 也能养海鲜今年中秋节与国庆节“合体”,下周适逢两节,螃蟹将迎来一年一度的热销季。']);
    cleanArticle(root, { title: null, site: null });
    expect(compactText(root.textContent ?? '')).toBe(compactText(LEDE + BODY));
  });
});
