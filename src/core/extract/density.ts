import { isHiddenByMarkup, isLandmark } from './structure-rules';
import { UNREADABLE_TAGS } from '../dom/unreadable';

/**
 * Text- and punctuation-density scoring of candidate blocks: the method published for
 * GeneralNewsExtractor ("基于文本及符号密度的网页正文提取方法"). The article is the block whose text,
 * net of link text, is dense per tag, rich in punctuation and spread over paragraphs; a comment list
 * or a related list is dense in links and poor in punctuation.
 */

/** Punctuation that marks running prose (Chinese and Western), counted per block. */
const PUNCTUATION = ',，。.!！?？;；:：、“”"\'‘’《》()（）…—';
/** What JavaScript's \s matches (whitespace is not text). */
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Each UTF-16 code unit's class: 0 text, 1 whitespace, 2 punctuation (text too). Counting through a
 * table instead of value.replace(/\s+/g, '') and value.match(…) allocates nothing per text node.
 */
const CHAR_CLASS = new Uint8Array(65536);
for (const c of WHITESPACE) CHAR_CLASS[c.charCodeAt(0)] = 1;
for (const c of PUNCTUATION) CHAR_CLASS[c.charCodeAt(0)] = 2;

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

/** Not scored: unreadable elements, the head, and drawings. */
const SKIP: ReadonlySet<string> = new Set([...UNREADABLE_TAGS, 'HEAD', 'svg', 'SVG']);

/** Scores every element under root bottom-up in one pass; returns the best candidates, best first. */
export function densityCandidates(root: Element, limit = 3): DensityCandidate[] {
  return scoreDensity(root).candidates.slice(0, limit);
}

export interface DensityScores {
  /** Every element with enough text, best first. */
  candidates: DensityCandidate[];
  /** Elements in el's subtree, itself included (scripts, styles and svg not counted); 0 for unscored elements. */
  elementsIn(el: Element): number;
  /** Non-space characters outside links in the whole root. */
  netText: number;
  /** Text, link text and punctuation in el's subtree (the root's too); null for unscored elements. */
  textIn(el: Element): { text: number; linkText: number; punctuation: number } | null;
}

/**
 * The scores of every element under root (root itself excluded). One iterative walk over the
 * nodes, children before parents, with the counts in typed arrays indexed by document order: on a
 * 150,000-element page the earlier element list, Map of objects and two regular expressions per
 * text node cost about a second of a click, mostly allocation and garbage collection.
 * Iterative, because pages nest deeper than the call stack.
 */
export function scoreDensity(root: Element): DensityScores {
  // Every element under root gets an index in document order (root is 0).
  const capacity = root.getElementsByTagName('*').length + 1;
  const elements: Element[] = [];
  const text = new Float64Array(capacity);
  const linkText = new Float64Array(capacity);
  const tags = new Float64Array(capacity);
  const linkTags = new Float64Array(capacity);
  const punctuation = new Float64Array(capacity);
  const paragraphs = new Float64Array(capacity);
  /** 1: scored; 2: scored and a link. Root and skipped elements are walked through but not scored. */
  const kind = new Uint8Array(capacity);
  /** 1 inside a landmark no article lives in: counted in its ancestors' totals, never a candidate. */
  const outside = new Uint8Array(capacity);
  const stack: number[] = [];
  const next: (ChildNode | null)[] = [];

  const enter = (el: Element, scored: boolean, excluded: boolean): void => {
    const i = elements.length;
    elements.push(el);
    outside[i] = excluded ? 1 : 0;
    const tag = el.tagName;
    tags[i] = 1;
    linkTags[i] = tag === 'A' ? 1 : 0;
    paragraphs[i] = tag === 'P' ? 1 : 0;
    kind[i] = scored ? (tag === 'A' ? 2 : 1) : 0;
    stack.push(i);
    next.push(el.firstChild);
  };
  enter(root, false, false);
  while (stack.length) {
    const top = stack.length - 1;
    const i = stack[top]!;
    const node = next[top]!;
    if (node) {
      next[top] = node.nextSibling;
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        let chars = 0;
        let marks = 0;
        for (let k = 0; k < value.length; k++) {
          const c = CHAR_CLASS[value.charCodeAt(k)];
          if (c !== 1) chars++;
          if (c === 2) marks++;
        }
        text[i] = text[i]! + chars;
        if (kind[i] === 2) linkText[i] = linkText[i]! + chars;
        punctuation[i] = punctuation[i]! + marks;
      } else if (node.nodeType === 1) {
        const el = node as Element;
        // Hidden blocks are not what a reader sees (a display:none keyword dump must not win), and a
        // page footer's disclaimer can be the densest paragraph of a page (cnn): neither is a candidate.
        const hidden = isHiddenByMarkup(el);
        enter(el, !SKIP.has(el.tagName) && !hidden, outside[i] === 1 || hidden || isLandmark(el));
      }
      continue;
    }
    stack.pop();
    next.pop();
    if (kind[i] === 0 || !stack.length) continue;
    const p = stack[stack.length - 1]!;
    text[p] = text[p]! + text[i]!;
    linkText[p] = linkText[p]! + (kind[p] === 2 ? text[i]! : linkText[i]!);
    tags[p] = tags[p]! + tags[i]!;
    linkTags[p] = linkTags[p]! + linkTags[i]!;
    punctuation[p] = punctuation[p]! + punctuation[i]!;
    paragraphs[p] = paragraphs[p]! + paragraphs[i]!;
  }

  const stats = (i: number): Stats => ({ text: text[i]!, linkText: linkText[i]!, tags: tags[i]!, linkTags: linkTags[i]!, punctuation: punctuation[i]!, paragraphs: paragraphs[i]! });
  let densities = 0;
  let count = 0;
  for (let i = 0; i < elements.length; i++) {
    if (kind[i] === 0) continue;
    densities += (text[i]! - linkText[i]!) / Math.max(1, tags[i]! - linkTags[i]!); // textDensity, without an object per element
    count++;
  }
  const meanDensity = count ? densities / count : 1;
  const scored: (DensityCandidate & { index: number })[] = [];
  for (let i = 0; i < elements.length; i++) {
    const net = text[i]! - linkText[i]!;
    if (kind[i] === 0 || outside[i] === 1 || net < 60) continue;
    const s = stats(i);
    const normalizedDensity = textDensity(s) / Math.max(meanDensity, 1e-6);
    const symbolDensity = net / (s.linkText + 1);
    const score = Math.log(normalizedDensity + 1) * Math.log10(s.paragraphs + 2) * Math.log(symbolDensity + 1) * Math.log(s.punctuation + 2);
    scored.push({ element: elements[i]!, score, text: net, paragraphs: s.paragraphs, index: i });
  }
  // Equal scores: the later element first, as the bottom-up order has always had it.
  scored.sort((a, b) => b.score - a.score || b.index - a.index);
  const candidates = scored.map(({ element, score, text, paragraphs }) => ({ element, score, text, paragraphs }));
  return {
    candidates,
    netText: text[0]! - linkText[0]!,
    // A linear search: articleRegion asks about two or three elements.
    elementsIn: (el) => {
      const i = elements.indexOf(el);
      return i > 0 && kind[i] !== 0 ? tags[i]! : 0;
    },
    textIn: (el) => {
      const i = elements.indexOf(el);
      // The root (index 0) is not scored, but its totals are known.
      return i === 0 || (i > 0 && kind[i] !== 0) ? { text: text[i]!, linkText: linkText[i]!, punctuation: punctuation[i]! } : null;
    },
  };
}

function textDensity(s: Stats): number {
  const tags = Math.max(1, s.tags - s.linkTags);
  return (s.text - s.linkText) / tags;
}
