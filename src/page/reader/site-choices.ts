import { blockText, leafBlocks } from '../../core/dom/blocks';
import { compactText } from '../../core/text/normalize';
import { selectedRange } from './copy-quote';
import { translator } from '../../core/i18n';

export type SiteChoiceKind = 'remove' | 'keep';
/** Remembers a choice for this site (the extension shell writes it to settings). */
export type OnSiteChoice = (kind: SiteChoiceKind, text: string) => void;

export interface ChoiceLabels {
  removeBlock: string;
  keep: string;
}

/** The per-site choice buttons' labels in the UI language of `lang` (a language tag). */
export function choiceLabels(lang: string): ChoiceLabels {
  const t = translator(lang);
  return { removeBlock: t('siteAlwaysRemove'), keep: t('siteAlwaysKeep') };
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
