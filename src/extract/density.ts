import { elementsUnder } from '../dom/walk';

/**
 * Text- and punctuation-density scoring of candidate blocks: the method published for
 * GeneralNewsExtractor ("基于文本及符号密度的网页正文提取方法"). The article is the block whose text,
 * net of link text, is dense per tag, rich in punctuation and spread over paragraphs; a comment list
 * or a related list is dense in links and poor in punctuation.
 */

/** Punctuation that marks running prose (Chinese and Western), counted per block. */
const PUNCTUATION = /[,，。.!！?？;；:：、“”"'‘’《》()（）…—]/g;

export interface DensityCandidate {
  element: Element;
  score: number;
  /** Text length outside links. */
  text: number;
  paragraphs: number;
}

interface Stats {
  text: number;
  linkText: number;
  tags: number;
  linkTags: number;
  punctuation: number;
  paragraphs: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'svg', 'SVG']);

/** Scores every element under root bottom-up in one pass; returns the best candidates, best first. */
export function densityCandidates(root: Element, limit = 3): DensityCandidate[] {
  const stats = new Map<Element, Stats>();
  const elements = elementsUnder(root);
  // Bottom-up: children before parents.
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (SKIP.has(el.tagName)) continue;
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

  const scored: DensityCandidate[] = [];
  let densities = 0;
  let count = 0;
  for (const s of stats.values()) {
    densities += textDensity(s);
    count++;
  }
  const meanDensity = count ? densities / count : 1;
  for (const [element, s] of stats) {
    const net = s.text - s.linkText;
    if (net < 60) continue;
    const normalizedDensity = textDensity(s) / Math.max(meanDensity, 1e-6);
    const symbolDensity = net / (s.linkText + 1);
    const score = Math.log(normalizedDensity + 1) * Math.log10(s.paragraphs + 2) * Math.log(symbolDensity + 1) * Math.log(s.punctuation + 2);
    scored.push({ element, score, text: net, paragraphs: s.paragraphs });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}

function textDensity(s: Stats): number {
  const tags = Math.max(1, s.tags - s.linkTags);
  return (s.text - s.linkText) / tags;
}
