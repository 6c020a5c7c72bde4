import { runPipeline } from '../pipeline';
import { READER_CSS } from './styles';
import { articleView, noticeView } from './view';
import { enableQuoteCopy, type QuoteSettings } from './copy-quote';
import { removeBlockButton, type OnSiteChoice } from './site-choices';
import type { SiteChoices } from '../pipeline/types';
import { defaultSettings } from '../settings/schema';

export type ToggleOutcome = 'opened' | 'closed' | 'no-article';

export const HOST_TAG = 'qingdu-reader';

/** Until the reader reads the user's settings, quotes use the defaults (plain, with citation and URL). */
const DEFAULT_QUOTE = defaultSettings().quote;

/** What an open reader must undo when it closes. */
interface OpenReader {
  host: HTMLElement;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
  onKey: (event: KeyboardEvent) => void;
  /** Removes the reader's own document listeners (selection tracking for the copy button). */
  cleanup: () => void;
}

/**
 * Open readers, by document. Kept on the content script's own global (never the page's window):
 * each toolbar click injects the script afresh, and the new copy must find the reader the last
 * one opened.
 */
const REGISTRY = Symbol.for('qingdu.reader.open');
type Registry = WeakMap<Document, OpenReader>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new WeakMap());
}

/**
 * Opens the reader over the page, or closes it if it is open. The page's own DOM is never changed
 * apart from adding one host element (with a closed shadow root) as the last child of <html>;
 * closing removes it and restores the scroll position and focus.
 */
/** What the reader takes from the user's settings (the extension shell reads them from storage). */
export interface ReaderOptions {
  highlightFigures?: boolean;
  quote?: QuoteSettings;
  /** Converts text to the reader's script; with `lang`, the BCP 47 tag of that script. */
  convert?: { text: (s: string) => string; lang: string } | null;
  /** What the user chose to always remove or keep on this site. */
  site?: SiteChoices;
  /** Called when the user makes such a choice in the reader (the shell stores it). */
  onSiteChoice?: OnSiteChoice;
}

export function toggleReader(doc: Document = document, options: ReaderOptions = {}): ToggleOutcome {
  const open = registry().get(doc);
  if (open?.host.isConnected) {
    closeReader(doc);
    return 'closed';
  }
  return openReader(doc, options);
}

export function isReaderOpen(doc: Document = document): boolean {
  return registry().get(doc)?.host.isConnected ?? false;
}

export function openReader(doc: Document = document, options: ReaderOptions = {}): ToggleOutcome {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('Qingdu needs a document with a window');
  const result = runPipeline(doc, { url: doc.URL, site: options.site });
  const close = (): void => closeReader(doc);

  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-qingdu-state', result.ok ? 'open' : 'no-article');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  const view = result.ok
    ? articleView(doc, win, result.article, close, {
        highlightFigures: options.highlightFigures ?? true,
        convert: options.convert ?? null,
        onSiteChoice: options.onSiteChoice,
      })
    : noticeView(doc, win.navigator?.language ?? 'en', result.reason, close);
  shadow.append(style, view);
  const cleanup = result.ok
    ? enableQuoteCopy(shadow, view, result.article, options.quote ?? DEFAULT_QUOTE, options.convert?.text, selectionActions(shadow, view, result.article.lang, options.onSiteChoice))
    : () => {};

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.stopPropagation();
      close();
    }
  };
  registry().set(doc, { host, scrollX: win.scrollX, scrollY: win.scrollY, focused: doc.activeElement, onKey, cleanup });
  doc.addEventListener('keydown', onKey, true);
  doc.documentElement.append(host);
  // Focus moves into the reader so that Space, arrows and Page Down scroll the article.
  const focusTarget = shadow.querySelector<HTMLElement>('.qd-article, .qd-notice');
  focusTarget?.focus({ preventScroll: true });
  return result.ok ? 'opened' : 'no-article';
}

/** Extra actions on a selection: "always remove this block on this site", when choices are stored. */
function selectionActions(shadow: ShadowRoot, view: HTMLElement, lang: string, onChoice: OnSiteChoice | undefined): HTMLButtonElement[] {
  const body = view.querySelector<HTMLElement>('.qd-body');
  return onChoice && body ? [removeBlockButton(shadow, body, lang, onChoice)] : [];
}

export function closeReader(doc: Document = document): void {
  const open = registry().get(doc);
  if (!open) return;
  registry().delete(doc);
  doc.removeEventListener('keydown', open.onKey, true);
  open.cleanup();
  open.host.remove();
  const win = doc.defaultView;
  win?.scrollTo(open.scrollX, open.scrollY);
  (open.focused as HTMLElement | null)?.focus?.({ preventScroll: true });
}
