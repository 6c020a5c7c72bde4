import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { computedHidden, quoteTextFromRange } from '../../src/core/quote';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

/** A range from `startText` (the first text node containing it, at that string) to the end of `endText`. */
function rangeBetween(doc: Document, startText: string, endText: string): Range {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const start = texts.find((t) => t.data.includes(startText))!;
  const end = texts.find((t) => t.data.includes(endText))!;
  const range = doc.createRange();
  range.setStart(start, start.data.indexOf(startText));
  range.setEnd(end, end.data.indexOf(endText) + endText.length);
  return range;
}

function selectAll(doc: Document, el: Element = doc.body): Range {
  const range = doc.createRange();
  range.selectNodeContents(el);
  return range;
}

describe('quoteTextFromRange', () => {
  it('keeps paragraph breaks across paragraphs and reduces a figure mark to its text', () => {
    const doc = page(
      '<article><p>　　县医院是龙头。截至2024年底，全国<mark class="qd-fig qd-fig-percent" data-fig-index="0">87.7%</mark>的县医院达到二级医院能力。</p>' +
        '<p>对口帮扶效果如何？</p><p>第三段<mark class="qd-fig">25.4亿</mark>元，继续。</p></article>',
    );
    const range = rangeBetween(doc, '截至', '25.4');
    expect(quoteTextFromRange(range)).toBe('截至2024年底，全国87.7%的县医院达到二级医院能力。\n对口帮扶效果如何？\n第三段25.4');
  });

  it('quotes part of one text node', () => {
    const doc = page('<p>推动医疗服务重心下移、资源下沉。</p>');
    expect(quoteTextFromRange(rangeBetween(doc, '重心', '下移'))).toBe('重心下移');
  });

  it('starts and ends inside a figure mark', () => {
    const doc = page('<p>增长<mark class="qd-fig">87.7%</mark>的县</p>');
    expect(quoteTextFromRange(rangeBetween(doc, '7%', '7%'))).toBe('7%');
    expect(quoteTextFromRange(rangeBetween(doc, '长', '7.7'))).toBe('长87.7');
  });

  it('removes invisible characters inside the selection', () => {
    const doc = page('<p>基\u200b层\u00ad医\u200d疗\u202e服务\u202c，\u3000\u3000能力\ufe0f提升</p>');
    expect(quoteTextFromRange(selectAll(doc))).toBe('基层医疗服务， 能力提升');
  });

  it('leaves out display:none, visibility:hidden, [hidden], aria-hidden and non-content elements', () => {
    const doc = page(
      '<p>县医院<span style="display: none">www.spam.example 代开发票</span>达到<font style="DISPLAY:NONE !important">x</font>二级' +
        '<span style="color:red; visibility:hidden">隐藏</span><span hidden>藏</span><i aria-hidden="true">★</i>医院' +
        '<script>var a = "脚本";</script><style>p{}</style><noscript>请开启</noscript><template>模板</template>能力。</p>',
    );
    expect(quoteTextFromRange(selectAll(doc))).toBe('县医院达到二级医院能力。');
  });

  it('keeps elements whose inline style only looks like hiding', () => {
    const doc = page('<p>县医院<span style="display:inline-block">达到</span><span style="visibility:visible">二级</span><span aria-hidden="false">水平</span></p>');
    expect(quoteTextFromRange(selectAll(doc))).toBe('县医院达到二级水平');
  });

  it('asks isHidden about each element, with the live elements', () => {
    const doc = page('<p>正文<span class="jammer">塞入的垃圾</span>继续<b>加粗<em class="jammer">藏</em></b>。</p><p class="jammer">整段垃圾</p><p>结尾</p>');
    const seen: Element[] = [];
    const isHidden = (el: Element): boolean => {
      seen.push(el);
      return el.classList.contains('jammer');
    };
    expect(quoteTextFromRange(selectAll(doc), { isHidden })).toBe('正文继续加粗。\n结尾');
    expect(seen.every((el) => el.ownerDocument === doc && el.isConnected)).toBe(true);
  });

  it('gives "" for a selection inside a hidden element', () => {
    const doc = page('<div style="display:none"><p>隐藏的段落</p></div><div class="x"><p>也隐藏</p></div>');
    expect(quoteTextFromRange(rangeBetween(doc, '隐藏', '段落'))).toBe('');
    const inside = rangeBetween(doc, '也', '隐藏');
    expect(quoteTextFromRange(inside, { isHidden: (el) => el.classList.contains('x') })).toBe('');
  });

  it('breaks lines at <br>, reads a table row as one line, and keeps loose text beside blocks', () => {
    const doc = page('<div>第一行<br>第二行<p>段落</p>尾巴文字</div><table><tr><td>地区</td><td>87.7%</td></tr><tr><td>全国</td><td>90%</td></tr></table>');
    expect(quoteTextFromRange(selectAll(doc))).toBe('第一行\n第二行\n段落\n尾巴文字\n地区 87.7%\n全国 90%');
  });

  it('keeps list items and headings as lines', () => {
    const doc = page('<h2>小标题</h2><ul><li>一、加强</li><li>二、提升</li></ul>');
    expect(quoteTextFromRange(selectAll(doc))).toBe('小标题\n一、加强\n二、提升');
  });

  it('works on a selection inside a shadow root', () => {
    const doc = page('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'closed' });
    const p1 = doc.createElement('p');
    p1.textContent = '影子里的第一段';
    const p2 = doc.createElement('p');
    p2.textContent = '第二段';
    root.append(p1, p2);
    const range = doc.createRange();
    range.setStart(p1.firstChild!, 4);
    range.setEnd(p2.firstChild!, 2);
    expect(quoteTextFromRange(range)).toBe('第一段\n第二');
    // Selection.getComposedRanges gives a StaticRange for a selection in a shadow root.
    const StaticRangeCtor = doc.defaultView!.StaticRange;
    const fixed = new StaticRangeCtor({ startContainer: p1.firstChild!, startOffset: 4, endContainer: p2.firstChild!, endOffset: 2 });
    expect(quoteTextFromRange(fixed)).toBe('第一段\n第二');
  });

  it('drops a copy notice the selection ends with, and gives "" for an empty selection', () => {
    const doc = page('<p>正文。</p><p>原文链接：https://farm.example/1.html</p><p>著作权归作者所有，转载请注明出处。</p>');
    expect(quoteTextFromRange(selectAll(doc))).toBe('正文。');
    const empty = doc.createRange();
    empty.setStart(doc.body, 0);
    expect(quoteTextFromRange(empty)).toBe('');
  });

  it('does not change the page or load anything', () => {
    const doc = page('<p>图<img src="http://127.0.0.1:9/x.png" onerror="this.dataset.x=1">文<mark class="qd-fig">1%</mark><span style="display:none">x</span></p>');
    const before = doc.body.innerHTML;
    expect(quoteTextFromRange(selectAll(doc))).toBe('图文1%');
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('computedHidden', () => {
  const doc = new JSDOM(
    '<!doctype html><style>.tiny{font-size:0} .white{color:#fff} .gone{display:none} .sr{position:absolute;width:1px;height:1px;overflow:hidden}</style>' +
      '<body><p>正文<span id="tiny" class="tiny">垃圾</span><span id="white" class="white">白字</span><span id="clear" style="color:transparent">透明</span>' +
      '<span id="faded" style="opacity:0">淡出</span><span id="gone" class="gone">无</span><span id="sr" class="sr">读屏</span>' +
      '<span id="trick" style="font-size:0"><span style="font-size:16px">看得见</span></span><span id="dark" style="background:#000"><b id="ondark" class="white">黑底白字</b></span></p></body>',
  ).window.document;
  const el = (id: string): Element => doc.getElementById(id)!;

  it('hides tiny, transparent, background-coloured, faded, undisplayed and clipped text', () => {
    for (const id of ['tiny', 'white', 'clear', 'faded', 'gone', 'sr']) expect([id, computedHidden(el(id))]).toEqual([id, true]);
  });

  it('keeps visible text, white text on a dark background, and the font-size:0 layout trick', () => {
    for (const id of ['trick', 'dark', 'ondark']) expect([id, computedHidden(el(id))]).toEqual([id, false]);
    expect(computedHidden(doc.querySelector('p')!)).toBe(false);
  });

  it('as isHidden, leaves the spam out of a selection', () => {
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('p')!);
    expect(quoteTextFromRange(range, { isHidden: computedHidden })).toBe('正文看得见黑底白字');
  });
});
