import { runPipeline } from '../../core/pipeline';
import { READER_CSS } from './styles';
import { applyDisplay, buildArticleView, noticeView, type ArticleViewParts } from './view';
import { autoHideToolbar } from './toolbar';
import { hidePageWhenPrinting } from './print';
import { enableQuoteCopy } from './copy-quote';
import { removeBlockButton, type OnSiteChoice } from './site-choices';
import type { Article } from '../../core/model/article';
import { defaultSettings, type QuoteSettings, type ReaderDisplay, type ScriptTarget, type SiteRules } from '../../core/settings/schema';

export type ToggleOutcome = 'opened' | 'closed' | 'no-article';

export const HOST_TAG = 'qingdu-reader';

/** Until the reader reads the user's settings, quotes use the defaults (plain, with citation and URL). */
const DEFAULT_QUOTE = defaultSettings().quote;
const DEFAULT_DISPLAY = defaultSettings().reader;

/** What an open reader must undo when it closes, and what it needs to re-render on a settings change. */
interface OpenReader {
  host: HTMLElement;
  shadow: ShadowRoot;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
  onKey: (event: KeyboardEvent) => void;
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
const REGISTRY = Symbol.for('qingdu.reader.open');
type Registry = WeakMap<Document, OpenReader>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new WeakMap());
}

/** What the reader takes from the user's settings (the extension shell reads them from storage). */
export interface ReaderOptions {
  highlightFigures?: boolean;
  quote?: QuoteSettings;
  /** Converts text to the reader's script; with `lang`, the BCP 47 tag of that script. */
  convert?: { text: (s: string) => string; lang: string } | null;
  /** What the user chose to always remove or keep on this site. */
  site?: SiteRules;
  /** Called when the user makes such a choice in the reader (the shell stores it). */
  onSiteChoice?: OnSiteChoice;
  /** Language of the reader's own labels (the browser's UI language); the article's when absent. */
  locale?: string;
  /** Theme, font, text size and line width. */
  display?: ReaderDisplay;
  /** Called when the user changes the display in the reader's settings panel. */
  onDisplay?: (display: ReaderDisplay) => void;
  /** The reader's script setting, and what to call when the user picks another in the panel. */
  script?: ScriptTarget | null;
  onScript?: (target: ScriptTarget) => void;
  /** Opens the extension's options page ("All settings…"). */
  onOpenOptions?: () => void;
}

/**
 * Opens the reader over the page, or closes it if it is open. The page's own DOM is never changed
 * apart from adding one host element (with a closed shadow root) as the last child of <html>;
 * closing removes it and restores the scroll position and focus.
 */
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
  shadow.append(style);
  const open: OpenReader = {
    host,
    shadow,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    focused: doc.activeElement,
    onKey: () => {},
    article: result.ok ? result.article : null,
    options,
    parts: null,
    view: style,
    cleanupView: () => {},
    cleanupDocument: () => {},
  };
  let shown: ToggleOutcome = result.ok ? 'opened' : 'no-article';
  try {
    if (result.ok) render(open, doc, win, close);
  } catch (error) {
    // A bug in the view must not leave a half-built reader or reach the page: say so in the reader.
    console.warn('[qingdu] the reader view failed', error);
    open.cleanupView();
    open.parts = null;
    open.article = null;
    shadow.replaceChildren(style);
    host.setAttribute('data-qingdu-state', 'no-article');
    shown = 'no-article';
  }
  if (!open.parts) {
    const reason = result.ok ? 'error' : result.reason;
    open.view = noticeView(doc, options.locale ?? win.navigator?.language ?? 'en', reason, close, options.display);
    shadow.append(open.view);
  }

  open.onKey = (event: KeyboardEvent): void => {
    // Only the user's own key press: a page can dispatch a synthetic Escape to close the reader.
    if (event.key !== 'Escape' || event.defaultPrevented || !event.isTrusted) return;
    event.stopPropagation();
    // Esc closes the settings panel first, then the reader.
    if (open.parts?.toolbar.closePanel()) return;
    close();
  };
  registry().set(doc, open);
  doc.addEventListener('keydown', open.onKey, true);
  doc.documentElement.append(host);
  if (open.parts) open.cleanupDocument = hidePageWhenPrinting(doc);
  // Focus moves into the reader so that Space, arrows and Page Down scroll the article.
  const focusTarget = shadow.querySelector<HTMLElement>('.qd-article, .qd-notice');
  focusTarget?.focus({ preventScroll: true });
  return shown;
}

/** Builds (or rebuilds) the article view of an open reader from its article and options. */
function render(open: OpenReader, doc: Document, win: Window & typeof globalThis, close: () => void): void {
  if (!open.article) return;
  const { options } = open;
  // Built before the old view is touched: if building fails, the reader keeps what it showed.
  const parts = buildArticleView(doc, win, open.article, close, {
    highlightFigures: options.highlightFigures ?? true,
    convert: options.convert ?? null,
    onSiteChoice: options.onSiteChoice,
    locale: options.locale,
    display: options.display,
    onDisplay: (display) => {
      const before = open.options.display ?? DEFAULT_DISPLAY;
      open.options = { ...open.options, display };
      // Punctuation changes the text itself: re-render (after this click's handler has finished).
      if (display.chinesePunctuation !== before.chinesePunctuation) queueMicrotask(() => rerender(open, doc, win));
      options.onDisplay?.(display);
    },
    script: options.script ?? null,
    onScript: options.onScript,
    onOpenOptions: options.onOpenOptions,
    quote: options.quote ?? DEFAULT_QUOTE,
  });
  open.cleanupView();
  if (open.parts) open.parts.root.replaceWith(parts.root);
  else open.shadow.append(parts.root);
  open.view = parts.root;
  open.parts = parts;
  // Quotes cite the article as shown (already in the reader's script and punctuation).
  const stopQuote = enableQuoteCopy(
    open.shadow,
    parts.root,
    parts.article,
    options.quote ?? DEFAULT_QUOTE,
    undefined,
    selectionActions(open.shadow, parts.root, options.locale ?? parts.article.lang, options.onSiteChoice),
    options.locale ?? parts.article.lang,
  );
  const stopAutoHide = autoHideToolbar(parts.toolbar.bar, open.host);
  open.cleanupView = () => {
    stopQuote();
    stopAutoHide();
  };
}

/** Re-renders an open reader's article keeping the reading position; false (view unchanged) if that fails. */
function rerender(open: OpenReader, doc: Document, win: Window & typeof globalThis): boolean {
  if (!open.host.isConnected) return false;
  const scroller = open.host;
  const ratio = scroller.scrollHeight > 0 ? scroller.scrollTop / scroller.scrollHeight : 0;
  try {
    render(open, doc, win, () => closeReader(doc));
  } catch (error) {
    // Keep showing the article as it was; the new settings apply next time it opens.
    console.warn('[qingdu] could not apply the new settings to the open reader', error);
    return false;
  }
  scroller.scrollTop = ratio * scroller.scrollHeight;
  return true;
}

/**
 * Applies changed settings to the open reader on this document (they changed in the options page,
 * another tab or this reader's panel). Display changes apply in place; anything that changes the
 * text (script, figures, quote format, labels) re-renders the article, keeping the reading position.
 * Returns false when no reader is open.
 */
export function updateReader(doc: Document, patch: Partial<ReaderOptions>): boolean {
  const open = registry().get(doc);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!open?.host.isConnected || !win) return false;
  const before = open.options;
  open.options = { ...before, ...patch };
  if (!open.parts) {
    if (patch.display) applyDisplay(open.view, patch.display);
    return true;
  }
  const needsRender =
    ('convert' in patch && (patch.convert?.lang ?? null) !== (before.convert?.lang ?? null)) ||
    ('highlightFigures' in patch && (patch.highlightFigures ?? true) !== (before.highlightFigures ?? true)) ||
    ('quote' in patch && JSON.stringify(patch.quote) !== JSON.stringify(before.quote)) ||
    ('script' in patch && patch.script !== before.script) ||
    ('locale' in patch && patch.locale !== before.locale) ||
    (patch.display !== undefined && patch.display.chinesePunctuation !== (before.display ?? DEFAULT_DISPLAY).chinesePunctuation);
  if (needsRender) {
    if (!rerender(open, doc, win)) open.options = before;
  } else if (patch.display) {
    applyDisplay(open.parts.root, patch.display);
    open.parts.settings.show(patch.display);
  }
  return true;
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
  open.cleanupView();
  open.cleanupDocument();
  open.host.remove();
  const win = doc.defaultView;
  win?.scrollTo(open.scrollX, open.scrollY);
  (open.focused as HTMLElement | null)?.focus?.({ preventScroll: true });
}
