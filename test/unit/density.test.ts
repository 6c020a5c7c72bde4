// The density scores come from one walk over the page (npm run bench:huge: it was a second of a
// click on a 150,000-element page); it must score exactly as the plain two-pass count did.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, test } from 'vitest';
import { densityCandidates, scoreDensity, type DensityCandidate } from '../../src/core/extract/density';
import { isHiddenByMarkup, isLandmark } from '../../src/core/extract/structure-rules';
import { fixtureDocument, listFixtures, loadFixture } from '../support/fixtures';
import { fuzzSeed, pageDocument, randomPage } from '../support/fuzz';

/** The scoring as first written: an element list, then each element's children, bottom-up. */
function referenceCandidates(root: Element): DensityCandidate[] {
  const PUNCTUATION = /[,，。.!！?？;；:：、“”"'‘’《》()（）…—]/g;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'svg', 'SVG']);
  type Stats = { text: number; linkText: number; tags: number; linkTags: number; punctuation: number; paragraphs: number };
  const stats = new Map<Element, Stats>();
  const elements = Array.from(root.querySelectorAll('*'));
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    // Hidden markup is not what a reader sees (a display:none keyword dump must not win).
    if (SKIP.has(el.tagName) || isHiddenByMarkup(el)) continue;
    const s: Stats = { text: 0, linkText: 0, tags: 1, linkTags: el.tagName === 'A' ? 1 : 0, punctuation: 0, paragraphs: el.tagName === 'P' ? 1 : 0 };
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        const length = value.replace(/\s+/g, '').length;
        s.text += length;
        if (el.tagName === 'A') s.linkText += length;
        s.punctuation += value.match(PUNCTUATION)?.length ?? 0;
      } else if (node.nodeType === 1) {
        const child = stats.get(node as Element);
        if (!child) continue;
        s.text += child.text;
        s.linkText += el.tagName === 'A' ? child.text : child.linkText;
        s.tags += child.tags;
        s.linkTags += child.linkTags;
        s.punctuation += child.punctuation;
        s.paragraphs += child.paragraphs;
      }
    }
    stats.set(el, s);
  }
  const density = (s: Stats) => (s.text - s.linkText) / Math.max(1, s.tags - s.linkTags);
  const mean = stats.size ? [...stats.values()].reduce((sum, s) => sum + density(s), 0) / stats.size : 1;
  const out: DensityCandidate[] = [];
  const inLandmark = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isHiddenByMarkup(e) || isLandmark(e)) return true;
    return false;
  };
  for (const [element, s] of stats) {
    const net = s.text - s.linkText;
    // Counted in its ancestors' totals, never a candidate: a page footer, a menu, hidden markup.
    if (net < 60 || inLandmark(element)) continue;
    const score =
      Math.log(density(s) / Math.max(mean, 1e-6) + 1) * Math.log10(s.paragraphs + 2) * Math.log(net / (s.linkText + 1) + 1) * Math.log(s.punctuation + 2);
    out.push({ element, score, text: net, paragraphs: s.paragraphs });
  }
  return out.sort((a, b) => b.score - a.score);
}

function expectSameScores(doc: Document, label: string): void {
  if (!doc.body) return;
  const ours = densityCandidates(doc.body, Infinity);
  const reference = referenceCandidates(doc.body);
  expect(ours.map((c) => c.element), label).toEqual(reference.map((c) => c.element));
  ours.forEach((c, i) => {
    const r = reference[i]!;
    expect([c.text, c.paragraphs], label).toEqual([r.text, r.paragraphs]);
    expect(c.score, label).toBeCloseTo(r.score, 9);
  });
}

describe('density scores from one walk', () => {
  it.each(listFixtures())('are the reference scores, in the same order, on %s', (name) => {
    expectSameScores(fixtureDocument(loadFixture(name)), name);
  });

  test('are the reference scores on 1,000 random pages (svg, scripts, links in links, broken markup)', () => {
    fc.assert(
      fc.property(randomPage, (html) => expectSameScores(pageDocument(html), html.slice(0, 200))),
      { numRuns: 1_000, seed: fuzzSeed() },
    );
  });

  it('never picks a block inside the page footer, a sidebar or hidden markup, however dense', () => {
    const disclaimer = '<p>Most stock quote data provided by BATS. Market indices are shown in real time, except for the DJIA, which is delayed by two minutes. All times are ET. Disclaimer. Morningstar: © 2016 Morningstar, Inc. All Rights Reserved; Factset: FactSet Research Systems Inc. 2016, all rights reserved.</p>';
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, a sentence or two, short, as news sites print them.</p>`).join('');
    const doc = new JSDOM(
      `<body><main><div id="story">${story}</div></main><aside>${disclaimer}</aside><div hidden><div>${disclaimer}</div></div><footer><section>${disclaimer}</section></footer></body>`,
    ).window.document;
    const best = densityCandidates(doc.body, 1)[0]!;
    expect(best.element.id).toBe('story');
    expect(densityCandidates(doc.body, Infinity).every((c) => !c.element.closest('aside, footer, [hidden]'))).toBe(true);
  });

  it('walks a tree nested deeper than the call stack', () => {
    const doc = new JSDOM('<body></body>').window.document;
    // Built inside out and never attached: jsdom's own insertion steps recurse over a deep tree.
    let el: Element = doc.createElement('p');
    el.textContent = '截至2022年底,87.7%的县医院达到了二级医院能力,45.6%的县医院达到了三级医院能力。'.repeat(2);
    for (let i = 0; i < 20_000; i++) {
      const parent = doc.createElement('div');
      parent.appendChild(el);
      el = parent;
    }
    const scores = scoreDensity(el);
    expect(scores.candidates[0]?.element.tagName).toBe('P');
    expect(scores.elementsIn(el.firstElementChild!)).toBe(20_000);
  });
});
