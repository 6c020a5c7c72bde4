import { perDocument } from '../../protocol';
import type { Article } from '../../core/model/article';
import type { ReaderOptions } from './options';
import type { ArticleViewParts } from './view';

/** What an open reader must undo when it closes, and what it needs to re-render on a settings change. */
export interface OpenReader {
  host: HTMLElement;
  shadow: ShadowRoot;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
  onKey: (event: KeyboardEvent) => void;
  /** Closes this reader (the close button, Esc, a click on the notice). */
  close: () => void;
  /** The article as the pipeline returned it (unconverted); null for the no-article notice. */
  article: Article | null;
  options: ReaderOptions;
  /** The rendered view; null for the notice. */
  parts: ArticleViewParts | null;
  view: HTMLElement;
  /** Removes the view's own listeners (selection tracking, toolbar auto-hide). */
  cleanupView: () => void;
  /** Removes what the reader added to the document (the print stylesheet). */
  cleanupDocument: () => void;
}

/**
 * Open readers, by document. Kept on the content script's own global (never the page's window):
 * each toolbar click injects the script afresh, and the new copy must find the reader the last
 * one opened.
 */
export const registry = (): WeakMap<Document, OpenReader> => perDocument<OpenReader>('qingdu.reader.open');
