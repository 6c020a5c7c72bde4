import { removalLabel } from '../../core/clean/labels';
import { leafBlocks, blockText } from '../../core/dom/blocks';
import type { Article, Removal } from '../../core/model/article';
import { compactText } from '../../core/text/normalize';
import { choiceLabels, type OnSiteChoice } from './site-choices';
import { translator, type Translate } from '../../core/i18n';

/**
 * "已移除 23 处:相关推荐 8 · 页面模块 5 …": what the reader left out and by which rule, each item with
 * a button that puts it back into the article (after the paragraph it followed) and takes it out again.
 * Nothing the user cannot see is lost silently. Labels are in the UI language of `lang` (a language
 * tag; the article's own when not given).
 */
export function removedPanel(doc: Document, article: Article, body: HTMLElement, onChoice?: OnSiteChoice, lang: string = article.lang): HTMLElement | null {
  const items = article.removed.filter((r) => r.text.trim());
  if (!items.length) return null;
  const t = translator(lang);
  const counts = new Map<string, number>();
  for (const r of items) {
    const label = removalLabel(r.rule, lang);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const details = doc.createElement('details');
  details.className = 'qd-removed';
  const summary = doc.createElement('summary');
  const breakdown = [...counts].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${label} ${n}`).join(' · ');
  summary.textContent = t('removedSummary', items.length, breakdown);
  details.append(summary);
  const list = doc.createElement('ul');
  for (const removal of items) list.append(removedItem(doc, removal, lang, body, t, onChoice));
  details.append(list);
  return details;
}

function removedItem(doc: Document, removal: Removal, lang: string, body: HTMLElement, t: Translate, onChoice?: OnSiteChoice): HTMLElement {
  const li = doc.createElement('li');
  const label = doc.createElement('span');
  label.className = 'qd-removed-label';
  label.textContent = removalLabel(removal.rule, lang);
  const text = doc.createElement('span');
  text.className = 'qd-removed-text';
  const firstLine = removal.text.split('\n')[0] ?? '';
  text.textContent = firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = t('removedPutBack');
  let restored: HTMLElement[] = [];
  button.addEventListener('click', () => {
    if (restored.length) {
      for (const p of restored) p.remove();
      restored = [];
      button.textContent = t('removedPutBack');
      return;
    }
    restored = putBack(doc, removal, body);
    button.textContent = t('removedRemoveAgain');
    restored[0]?.scrollIntoView?.({ block: 'center' });
  });
  li.append(label, text, button);
  // Blocks the clean stage removed (they have an anchor) can be kept on this site from now on.
  if (onChoice && removal.anchor !== undefined && removal.rule !== 'user-remove') {
    const keep = doc.createElement('button');
    keep.type = 'button';
    keep.textContent = choiceLabels(lang).keep;
    keep.addEventListener('click', () => {
      onChoice('keep', compactText(firstLine));
      if (!restored.length) button.click();
      keep.disabled = true;
    });
    li.append(keep);
  }
  return li;
}

/** Inserts the removed text, one paragraph per line, after the block it followed (or at the end). */
function putBack(doc: Document, removal: Removal, body: HTMLElement): HTMLElement[] {
  const paragraphs = removal.text.split('\n').filter(Boolean).map((line) => {
    const p = doc.createElement('p');
    p.className = 'qd-restored';
    p.textContent = line;
    return p;
  });
  const anchor = removal.anchor === undefined ? undefined : findBlock(body, removal.anchor);
  const fragment = doc.createDocumentFragment();
  fragment.append(...paragraphs);
  if (anchor === null) body.insertBefore(fragment, body.firstChild);
  else if (anchor) anchor.after(fragment);
  else body.append(fragment);
  return paragraphs;
}

/** The block of the article whose text is anchor; null when anchor is null (the very start). */
function findBlock(body: HTMLElement, anchor: string | null): Element | null | undefined {
  if (anchor === null) return null;
  return leafBlocks(body).find((block) => compactText(blockText(block)) === anchor);
}
