import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { figureContext, figureMarker, figureSummary, findFigures, markFigures, unmarkFigures } from '../../src/core/figures';
import { fixtureDocument, listFixtures, loadFixture } from '../support/fixtures';

function articleDocument(paragraphs: string[], extra = ''): Document {
  const dom = new JSDOM('<!doctype html><html><body><article></article></body></html>');
  const doc = dom.window.document;
  const article = doc.querySelector('article')!;
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    article.appendChild(p);
  }
  if (extra) article.insertAdjacentHTML('beforeend', extra); // test input only; src/core/figures never parses HTML
  return doc;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe('markFigures / unmarkFigures', () => {
  it('marks every figure of a gold article and restores the exact original text nodes', () => {
    const gold = loadFixture('seed-003-shixun').gold;
    const doc = articleDocument(gold);
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    const nodesBefore = textNodes(article);
    const expected = gold.flatMap((line) => findFigures(line));

    const marks = markFigures(article);
    expect(marks.length).toBe(expected.length);
    expect(marks.map((m) => m.textContent)).toEqual(expected.map((f) => f.text));
    expect(marks.map((m) => m.dataset.category)).toEqual(expected.map((f) => f.category));
    expect(marks.map((m) => m.dataset.figIndex)).toEqual(expected.map((_, i) => String(i)));
    for (const m of marks) {
      expect(m.tagName).toBe('MARK');
      expect(m.classList.contains('qd-fig')).toBe(true);
      expect(m.classList.contains(`qd-fig-${m.dataset.category}`)).toBe(true);
    }
    expect(article.textContent).toBe(gold.join(''));

    unmarkFigures(article);
    expect(article.innerHTML).toBe(before);
    expect(article.querySelectorAll('mark').length).toBe(0);
    const nodesAfter = textNodes(article);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    nodesAfter.forEach((n, i) => expect(n).toBe(nodesBefore[i]));
  });

  it('marks a figure split across inline elements piece by piece, never across blocks or <br>', () => {
    const doc = articleDocument([], '<p>中央财政投入<b>25.4</b>亿元，支持<a href="#">508个</a>项目</p><p>超3.1</p><p>亿人</p><p>87.7<br>%</p>');
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    const marks = markFigures(article);
    expect(marks.map((m) => m.dataset.figIndex)).toEqual(['0', '1']);
    const pieces = Array.from(article.querySelectorAll('mark[data-fig-index="0"]'));
    expect(pieces.map((p) => p.textContent)).toEqual(['25.4', '亿元']);
    expect(pieces[1]!.getAttribute('data-fig-part')).toBe('1');
    expect(marks[1]!.textContent).toBe('508个');
    unmarkFigures(article);
    expect(article.innerHTML).toBe(before);
  });

  it('reads a table row along its cells', () => {
    const doc = articleDocument([], '<table><tr><td>县域内就诊率（%）</td><td>86.4</td><td>88</td><td>≥90</td></tr></table>');
    const marks = markFigures(doc.querySelector('article')!);
    expect(marks.map((m) => [m.textContent, m.dataset.category])).toEqual([['86.4', 'percent'], ['88', 'percent'], ['≥90', 'percent']]);
  });

  it('is idempotent and leaves scripts and styles alone', () => {
    const doc = articleDocument(['支持1200多家县医院'], '<script>var x = "25.4亿元";</script><style>.a{width:30%}</style>');
    const article = doc.querySelector('article')!;
    expect(markFigures(article).length).toBe(1);
    expect(markFigures(article).length).toBe(1);
    expect(article.querySelectorAll('mark').length).toBe(1);
  });

  it('works on text after script conversion (traditional)', () => {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const gold = loadFixture('seed-003-shixun').gold;
    const doc = articleDocument(gold.map(toTw));
    const marks = markFigures(doc.querySelector('article')!);
    expect(marks.length).toBe(gold.flatMap((l) => findFigures(l)).length);
    expect(marks.map((m) => m.textContent)).toContain('25.4億元');
  });

  it.each(listFixtures())('round-trips a whole fixture page: %s', (name) => {
    const doc = fixtureDocument(loadFixture(name));
    const before = doc.body.outerHTML;
    markFigures(doc.body);
    unmarkFigures(doc.body);
    expect(doc.body.outerHTML).toBe(before);
  });

  it('uses DOM APIs only: no HTML parsing in src/core/figures', () => {
    const dir = new URL('../../src/core/figures/', import.meta.url);
    for (const f of readdirSync(dir)) {
      const code = readFileSync(new URL(f, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/);
      expect(code, f).not.toMatch(/from ['"]opencc|require\(['"]opencc/);
    }
  });
});

describe('figureSummary', () => {
  it('lists each figure with its clause, category and index, in order', () => {
    const gold = loadFixture('seed-004-qilu').gold;
    const doc = articleDocument(gold);
    const summary = figureSummary(markFigures(doc.querySelector('article')!));
    expect(summary.length).toBe(15);
    expect(summary.map((s) => s.index)).toEqual([...summary.keys()]);
    const at = (text: string) => summary.find((s) => s.text === text)!;
    expect(at('超3.1億人')).toMatchObject({ category: 'count', phrase: '我國60周歲及以上老年人口超3.1億人' });
    expect(at('22%')).toMatchObject({ category: 'percent', phrase: '占總人口的22%' });
    expect(at('截至2024年底').phrase).toBe('截至2024年底,我國60周歲及以上老年人口超3.1億人');
    expect(at('7000人左右').phrase).toBe('保持每年7000人左右農村訂單定向免費醫學生招生培養規模');
    for (const s of summary) {
      expect(s.phrase.slice(s.at, s.at + s.text.length)).toBe(s.text);
      expect(s.mark.dataset.figIndex).toBe(String(s.index));
    }
  });

  it('gives the whole text of a figure split across nodes', () => {
    const doc = articleDocument([], '<p>中央财政已经累计投入资金<b>25.4</b>亿元，在全国支持508个项目。</p>');
    const [first] = figureSummary(markFigures(doc.querySelector('article')!));
    expect(first).toMatchObject({ text: '25.4亿元', phrase: '中央财政已经累计投入资金25.4亿元', at: 12 });
  });

  it('cuts English clauses at punctuation, not inside numbers, and shortens long ones around the figure', () => {
    const text = 'The central government will spend 12.5 billion yuan ($1.73 billion) this year to upgrade imaging, laboratory and emergency equipment.';
    const f = findFigures(text)[0]!;
    const { phrase, at } = figureContext(text, f.start, f.end);
    expect(phrase.slice(at, at + f.text.length)).toBe('12.5 billion yuan');
    expect(phrase.length).toBeLessThanOrEqual(62);
    expect(figureContext('more than 1,200 hospitals, by 2030.', 0, 25).phrase).toBe('more than 1,200 hospitals');
  });
});

describe('figureMarker: marking in slices', () => {
  it('slices of any size give the marks, indices and DOM that one markFigures call gives', () => {
    const gold = ['seed-003-shixun', 'seed-004-qilu', 'seed-001-yizhan'].flatMap((name) => loadFixture(name).gold);
    const whole = articleDocument(gold);
    const expected = markFigures(whole.querySelector('article')!).map((m) => [m.textContent, m.dataset.figIndex, m.dataset.category]);
    expect(expected.length).toBeGreaterThan(30);
    for (const slice of [1, 50, 400, 5000]) {
      const doc = articleDocument(gold);
      const marker = figureMarker(doc.querySelector('article')!);
      const marks: HTMLElement[] = [];
      let steps = 0;
      while (!marker.done) {
        marks.push(...marker.next(slice));
        steps++;
      }
      expect(marks.map((m) => [m.textContent, m.dataset.figIndex, m.dataset.category]), `slices of ${slice}`).toEqual(expected);
      expect(doc.querySelector('article')!.innerHTML).toBe(whole.querySelector('article')!.innerHTML);
      if (slice === 1) expect(steps).toBe(gold.length); // one block per slice at the least
    }
  });
});
