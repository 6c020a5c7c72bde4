import { NON_CONTENT_TAGS } from '../dom/unreadable';
import { STRUCTURE_RULES, type StructureRule } from './structure-rules';
import type { Removal } from '../model/article';
import { elementsUnder } from '../dom/walk';
import { splitAtBreaks } from '../dom/blocks';

/** Attributes lazy-loading scripts keep the real image URL in, most specific first. */
const LAZY_SRC_ATTRIBUTES = ['data-original', 'data-src', 'data-lazy-src', 'data-lazyload', 'data-url', 'data-echo', 'file', 'original'];

/**
 * A furniture block that holds this share of the page's text or more is probably the article's
 * own wrapper with an unlucky class name (class="left", id="hot-article"): it is kept.
 */
const MAX_FURNITURE_SHARE = 0.35;

/**
 * Makes the working copy Readability runs on: furniture and hidden text out, lazy images resolved.
 * One pass over the elements (a selector per rule costs several times more on big pages).
 * Works on a copy the pipeline owns; never on the live page. `keep` (in the copy), when given, is
 * the densest block: no furniture rule removes it or a wrapper of it.
 */
export function prepareForExtraction(doc: Document, removed: Removal[], keep: Element | null = null): void {
  const body = doc.body;
  if (!body) return;
  const all = elementsUnder(body);
  const doomed: { el: Element; rule: StructureRule }[] = [];
  for (const el of all) {
    if (NON_CONTENT_TAGS.has(el.tagName)) {
      doomed.push({ el, rule: NON_CONTENT_RULE });
      continue;
    }
    if (el.tagName === 'IMG') resolveLazyImage(el);
    const rule = !el.hasAttributes() ? TAG_RULES.find((r) => r.test(el)) : STRUCTURE_RULES.find((r) => r.test(el));
    if (rule) doomed.push({ el, rule });
  }
  // Scripts and styles first: their text (often most of a page's) must not count in the share
  // that protects the article's own wrapper below.
  for (const { el, rule } of doomed) if (rule === NON_CONTENT_RULE) el.remove();
  const pageWeight = Math.max(1, (body.textContent ?? '').length);
  for (const { el, rule } of doomed) {
    // Skip what an earlier removal already took with its ancestor.
    if (rule === NON_CONTENT_RULE || !body.contains(el)) continue;
    // The block the region was chosen for is the article: a wrapper around it with an unlucky
    // name (<div id="artical_real" class="js_img_share_area">) stays.
    if (keep && rule.name !== 'hidden' && el.contains(keep)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Hidden text always goes, however much of it there is (a display:none keyword dump can be
    // most of a farm page); Readability would skip it too.
    if (rule.name !== 'hidden' && text.length / pageWeight >= MAX_FURNITURE_SHARE) continue;
    if (text) removed.push({ rule: rule.name, text: text.slice(0, 200) });
    el.remove();
  }
  // Readability drops <br> chains without always making paragraphs of what they separated
  // (forum posts, table-layout pages): make the paragraphs first.
  splitAtBreaks(body, { cells: true });
}

/** The rules that can match an element without attributes (checked first, it is most elements). */
const TAG_RULES = STRUCTURE_RULES.filter((r) => r.byTagAlone);

const NON_CONTENT_RULE: StructureRule = { name: 'non-content', byTagAlone: true, test: () => true, example: '<script>var _hmt = _hmt || [];</script>' };


function resolveLazyImage(img: Element): void {
  for (const attr of LAZY_SRC_ATTRIBUTES) {
    const value = img.getAttribute(attr);
    if (value && !value.startsWith('data:')) {
      img.setAttribute('src', value);
      return;
    }
  }
}
