import { blockText, leafBlocks } from '../dom/blocks';
import { compactText } from '../text/normalize';
import { selectedRange } from './copy-quote';

export type SiteChoiceKind = 'remove' | 'keep';
/** Remembers a choice for this site (the extension shell writes it to settings). */
export type OnSiteChoice = (kind: SiteChoiceKind, text: string) => void;

const TEXT = {
  zh: { removeBlock: '此网站总是移除此段', keep: '此网站总是保留' },
  en: { removeBlock: 'Always remove this on this site', keep: 'Always keep on this site' },
};

export function choiceLabels(lang: string): (typeof TEXT)['zh'] {
  return lang.startsWith('zh') ? TEXT.zh : TEXT.en;
}

/**
 * The selection bar's "always remove this block on this site": removes the block the selection
 * starts in from the reader and asks the shell to remember its text for the site.
 */
export function removeBlockButton(shadow: ShadowRoot, body: HTMLElement, lang: string, onChoice: OnSiteChoice): HTMLButtonElement {
  const doc = shadow.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'qd-remove-block';
  button.textContent = choiceLabels(lang).removeBlock;
  button.addEventListener('click', () => {
    const range = selectedRange(shadow);
    const start = range?.startContainer;
    const block = leafBlocks(body).find((b) => start && (b === start || b.contains(start)));
    if (!block) return;
    onChoice('remove', compactText(blockText(block)));
    block.remove();
    doc.getSelection()?.removeAllRanges();
  });
  return button;
}
