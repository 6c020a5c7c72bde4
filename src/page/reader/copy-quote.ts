import type { Article } from '../../core/model/article';
import { translator } from '../../core/i18n';
import { writeQuote } from './clipboard';
import { articleRangeQuote, type FormattedQuote } from '../../core/quote';
import type { QuoteSettings } from '../../core/settings/schema';

/**
 * The selection inside the reader's (closed) shadow root, as a live Range; null when nothing is
 * selected there. getComposedRanges (the way to see a selection inside a shadow root) gives a
 * StaticRange, which has no getBoundingClientRect: the 复制引用 bar could never be placed by it.
 */
export function selectedRange(shadow: ShadowRoot): Range | null {
  const doc = shadow.ownerDocument;
  const selection = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const composed = (selection as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges?.({ shadowRoots: [shadow] })?.[0];
  const found: AbstractRange = composed ?? selection.getRangeAt(0);
  if (!shadow.contains(found.startContainer)) return null;
  if ('getBoundingClientRect' in found) return found as Range;
  const range = doc.createRange();
  range.setStart(found.startContainer, found.startOffset);
  range.setEnd(found.endContainer, found.endOffset);
  return range;
}

/** The quote the clipboard gets for the current selection: cleaned text and citation, as text and HTML. */
export function quoteForSelection(shadow: ShadowRoot, article: Article, settings: QuoteSettings): FormattedQuote | null {
  const range = selectedRange(shadow);
  const inArticle = range && articlePart(range, shadow.querySelector('.qd-body'));
  return inArticle ? articleRangeQuote(inArticle, article, settings) : null;
}

/**
 * The part of a selection that lies in the article's text: a drag that starts on the title or the
 * meta line (reading time, 关键数字) quotes from the first paragraph, never the reader's own UI.
 * Null when the selection holds none of the article.
 */
function articlePart(range: Range, body: Element | null): Range | null {
  if (!body) return null;
  const clipped = range.cloneRange();
  const bodyRange = range.startContainer.ownerDocument!.createRange();
  bodyRange.selectNodeContents(body);
  if (clipped.compareBoundaryPoints(Range.START_TO_START, bodyRange) < 0) clipped.setStart(bodyRange.startContainer, bodyRange.startOffset);
  if (clipped.compareBoundaryPoints(Range.END_TO_END, bodyRange) > 0) clipped.setEnd(bodyRange.endContainer, bodyRange.endOffset);
  return clipped.collapsed ? null : clipped;
}

export interface QuoteCopyOptions {
  /** The reader's (closed) shadow root: its selection is what is copied. */
  shadow: ShadowRoot;
  /** Where the selection bar goes (the reader's root). */
  container: HTMLElement;
  /** The article as shown, for the citation. */
  article: Article;
  quote: QuoteSettings;
  /** More actions on the selection, shown beside 复制引用 (e.g. always remove this block). */
  extraButtons?: HTMLButtonElement[];
  /** The UI language of the buttons (a language tag); the article's when absent. */
  lang?: string;
}

/**
 * Copying in the reader: Ctrl/Cmd+C (the copy event), a 复制引用 button that appears by the
 * selection, and Alt+Shift+C all put the clean quote with its citation on the clipboard.
 * Returns a function that removes the listeners.
 */
export function enableQuoteCopy(options: QuoteCopyOptions): () => void {
  const { shadow, container, article, quote: settings, extraButtons = [], lang = article.lang } = options;
  const doc = shadow.ownerDocument;
  const t = translator(lang);
  // Set by a Ctrl/Cmd+C in the reader, cleared when our copy listener runs: a page's capture-phase
  // listener on window runs before ours and can stop the event (the raw selection, or its own text
  // with a 原文链接 tail, would then be copied). If ours never ran, the quote is written directly.
  let copyExpected = false;
  const onCopy = (event: ClipboardEvent): void => {
    copyExpected = false;
    const quote = quoteForSelection(shadow, article, settings);
    if (!quote || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', quote.plain);
    event.clipboardData.setData('text/html', quote.html);
    event.preventDefault();
    event.stopPropagation();
  };
  const bar = doc.createElement('div');
  bar.className = 'qd-selection-bar';
  bar.hidden = true;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'qd-copy-quote';
  button.textContent = t('copyQuote');
  bar.append(button, ...extraButtons);
  for (const b of [button, ...extraButtons]) b.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection
  container.append(bar);
  const copyNow = async (): Promise<void> => {
    const quote = quoteForSelection(shadow, article, settings);
    if (!quote) return;
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    if (await writeQuote(win, quote)) button.textContent = t('copied');
    // The page's permissions policy can block the async clipboard: the copy event path still works.
    else doc.execCommand('copy');
  };
  /** After a copy the page stopped before it reached us: write the quote, or say it could not be. */
  const recoverCopy = async (): Promise<void> => {
    const quote = quoteForSelection(shadow, article, settings);
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!quote || !win) return;
    const written = await writeQuote(win, quote);
    place();
    if (!bar.hidden) button.textContent = written ? t('copied') : t('copyBlocked');
    if (!written) console.warn('[qingdu] the page stopped the copy event and the clipboard refused the quote');
  };
  button.addEventListener('click', () => void copyNow());
  const place = (): void => {
    const range = selectedRange(shadow);
    const rect = range?.getBoundingClientRect() ?? null;
    if (!range || !rect || (rect.width === 0 && rect.height === 0)) {
      bar.hidden = true;
      return;
    }
    const box = container.getBoundingClientRect();
    bar.hidden = false;
    button.textContent = t('copyQuote');
    bar.style.top = `${rect.bottom - box.top + container.scrollTop + 6}px`;
    bar.style.left = `${Math.max(0, rect.left - box.left)}px`;
  };
  const onSelection = (): void => void doc.defaultView?.requestAnimationFrame(place);
  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey && event.shiftKey && event.code === 'KeyC') {
      event.preventDefault();
      void copyNow();
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyC' && event.isTrusted) {
      // The copy event follows this key press in the same task; a timer runs after it.
      copyExpected = true;
      doc.defaultView?.setTimeout(() => {
        if (copyExpected) void recoverCopy();
        copyExpected = false;
      }, 0);
    }
  };
  shadow.addEventListener('copy', onCopy as EventListener);
  doc.addEventListener('selectionchange', onSelection);
  shadow.addEventListener('keydown', onKey as EventListener);
  return () => {
    shadow.removeEventListener('copy', onCopy as EventListener);
    doc.removeEventListener('selectionchange', onSelection);
    shadow.removeEventListener('keydown', onKey as EventListener);
  };
}
