import type { Article, NoArticleReason } from '../../core/model/article';
import { sanitizeToFragment } from '../../core/sanitize';
import { repostSite } from '../../core/meta/repost';
import { removedPanel } from './removed-panel';
import { convertArticle } from '../../core/convert/article';
import { fullWidthPunctuation } from '../../core/text/punctuation';
import { figuresUi } from './figures-panel';
import { translator, type Translate } from '../../core/i18n';
import { toolbar, type Toolbar } from './toolbar';
import { settingsPanel, type SettingsPanel } from './settings-panel';
import { readingMinutes } from './reading-time';
import { printButton, printCitation } from './print';
import { copyArticleButton } from './copy-article';
import { el } from '../../ui';
import type { ReaderDisplay } from '../../core/settings/schema';
import { DEFAULT_DISPLAY, DEFAULT_QUOTE, type ReaderOptions } from './options';
import { webUrl } from '../../core/text/web-url';

/** The meta line under the title: original outlet · date · author · repost site. */
export function metaLineParts(article: Article, t: Translate): string[] {
  const via = repostSite(article);
  return [
    article.source,
    article.published,
    article.author ? t('metaBy', article.author) : null,
    via ? t('metaVia', via) : null,
  ].filter((part): part is string => Boolean(part));
}

/** Applies the display settings to a reader root: theme and font as attributes, size and measure as variables. */
export function applyDisplay(root: HTMLElement, display: ReaderDisplay): void {
  root.dataset.theme = display.theme;
  root.dataset.font = display.font;
  root.style.setProperty('--qd-size', `${display.fontSize}px`);
  // In px, not em: the toolbar (14px text) aligns its buttons with the body's measure.
  root.style.setProperty('--qd-measure', `${display.width * display.fontSize}px`);
}

/**
 * What the view takes: the reader's options as they are (the site's choices were applied by the
 * pipeline already). Page text only ever enters as textContent or sanitized HTML.
 */
export type ViewOptions = Omit<ReaderOptions, 'site'>;

/** The parts of an article view the reader updates in place when settings change. */
export interface ArticleViewParts {
  root: HTMLElement;
  body: HTMLElement;
  toolbar: Toolbar;
  settings: SettingsPanel;
  /** The (converted) article as shown. */
  article: Article;
}

const LONG_ARTICLE_CHARS = 30_000;

export function articleView(
  doc: Document,
  win: Window & typeof globalThis,
  article: Article,
  onClose: () => void,
  options: ViewOptions = {},
): HTMLElement {
  return buildArticleView(doc, win, article, onClose, options).root;
}

export function buildArticleView(
  doc: Document,
  win: Window & typeof globalThis,
  original: Article,
  onClose: () => void,
  options: ViewOptions = {},
): ArticleViewParts {
  const convert = needsConversion(original.lang, options.convert) ? options.convert : null;
  const converted = convert ? convertArticle(original, convert.text) : original;
  // Chinese set with Chinese punctuation (farms often leave ASCII ",:!?" in it): display and quotes.
  const punctuate = original.lang.startsWith('zh') && (options.display ?? DEFAULT_DISPLAY).chinesePunctuation;
  const article = punctuate ? convertArticle(converted, fullWidthPunctuation) : converted;
  const locale = options.locale ?? convert?.lang ?? article.lang;
  const t = translator(locale);
  const root = el(doc, 'div', { className: 'qd-root' });
  root.lang = convert?.lang ?? article.lang;
  applyDisplay(root, options.display ?? DEFAULT_DISPLAY);
  const main = el(doc, 'article', { className: 'qd-article' });
  main.tabIndex = -1;
  main.setAttribute('aria-label', article.title);
  main.append(el(doc, 'h1', { className: 'qd-title', textContent: article.title }));
  const meta = metaLineParts(article, t);
  if (meta.length) main.append(el(doc, 'p', { className: 'qd-meta', textContent: meta.join(' · ') }));
  if (article.credits.length) {
    const separator = article.lang.startsWith('zh') ? (punctuate ? '\uff1a' : ':') : ': ';
    main.append(el(doc, 'p', { className: 'qd-credits', textContent: article.credits.map((c) => `${c.role}${separator}${c.name}`).join('  ') }));
  }
  const body = el(doc, 'div', { className: 'qd-body' });
  // A very long article lays out only what is on screen (content-visibility): opening it must not
  // cost a second of layout. Normal articles are left to plain layout.
  if (article.text.length > LONG_ARTICLE_CHARS) body.classList.add('qd-long');
  body.append(sanitizeToFragment(article.html, win));
  hideBrokenImages(body);
  const figures = figuresUi(doc, body, root, locale, options.highlightFigures ?? true);
  if (figures.panel) main.append(figures.panel);
  main.append(body);
  const removed = removedPanel(doc, article, body, options.onSiteChoice, locale);
  if (removed) main.append(removed);
  const nextPage = webUrl(article.nextPage);
  if (nextPage) {
    const next = el(doc, 'a', { className: 'qd-next-page', textContent: t('readerNextPage') });
    next.href = webUrl(nextPage)!;
    next.rel = 'noopener noreferrer';
    main.append(next);
  }
  main.append(printCitation(doc, article, t));

  const settings = settingsPanel(doc, t, {
    ...options,
    onDisplay: (display) => {
      applyDisplay(root, display);
      options.onDisplay?.(display);
    },
    // The script choice is for Chinese articles only.
    script: original.lang.startsWith('zh') ? options.script : null,
  });
  const minutes = readingMinutes(article.text);
  const bar = toolbar(doc, t, {
    info: minutes ? t('readingTime', minutes) : '',
    controls: [figures.toggle, copyArticleButton(doc, t, body, article, options.quote ?? DEFAULT_QUOTE), printButton(doc, t)],
    panel: settings.panel,
    onClose,
  });
  root.append(bar.bar, main);
  return { root, body, toolbar: bar, settings, article };
}

/**
 * A picture that fails to load (gone from the farm's server, hot-link protected) leaves no broken
 * icon in the reader. Its caption stays: it is text the article printed.
 */
function hideBrokenImages(body: HTMLElement): void {
  for (const img of body.querySelectorAll('img')) {
    img.addEventListener('error', () => img.classList.add('qd-img-failed'), { once: true });
  }
}

/** Traditional articles for a simplified reader and the other way round; never a script into itself. */
function needsConversion(lang: string, convert: ViewOptions['convert']): boolean {
  if (!convert || !lang.startsWith('zh')) return false;
  const hans = lang === 'zh-Hans';
  return hans !== convert.lang.startsWith('zh-Hans');
}

/** A clear notice instead of a blank view when the page has no article (or is too large, or reading failed). */
export function noticeView(doc: Document, lang: string, reason: NoArticleReason, onClose: () => void, display: ReaderDisplay = DEFAULT_DISPLAY): HTMLElement {
  const t = translator(lang);
  const root = el(doc, 'div', { className: 'qd-root' });
  root.lang = lang.startsWith('zh') ? 'zh-Hans' : 'en';
  const notice = el(doc, 'div', { className: 'qd-notice' });
  notice.setAttribute('role', 'alert');
  notice.tabIndex = -1;
  applyDisplay(root, display);
  const [title, hint] =
    reason === 'too-large'
      ? [t('tooLargeTitle'), t('tooLargeHint')]
      : reason === 'error'
        ? [t('errorTitle'), t('errorHint')]
        : [t('noArticleTitle'), t('noArticleHint')];
  notice.append(el(doc, 'strong', { textContent: title }), el(doc, 'span', { textContent: hint }));
  // The notice is a dead end: a click anywhere on it goes back to the page.
  notice.addEventListener('click', onClose);
  root.append(toolbar(doc, t, { info: '', controls: [], panel: null, onClose }).bar, notice);
  return root;
}
