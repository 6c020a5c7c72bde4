import type { Article, NoArticleReason } from '../pipeline/types';
import { sanitizeToFragment } from '../sanitize';
import { removedPanel } from './removed-panel';
import type { OnSiteChoice } from './site-choices';
import { convertArticle } from '../convert/article';
import { figuresUi } from './figures-panel';

/** Labels of the reader chrome, in the article's language family. */
const LABELS = {
  zh: { nextPage: '本文有多页 · 下一页 →', close: '退出阅读模式', closeHint: '退出 (Esc)', by: '作者', via: '转载自', noArticleTitle: '没有找到正文', noArticleHint: '清读没有在这个页面上找到文章。点击此处、按 Esc 或再次点击工具栏按钮返回原页面。', tooLargeTitle: '页面太大', tooLargeHint: '清读没有处理这个页面,以免它卡住。点击此处或按 Esc 返回。', errorTitle: '清读出错了', errorHint: '页面没有被改动。点击此处或按 Esc 返回。' },
  en: { nextPage: 'This article continues · Next page →', close: 'Close reader view', closeHint: 'Close (Esc)', by: 'By', via: 'via', noArticleTitle: 'No article found', noArticleHint: 'Qingdu found no article on this page. Click here, press Esc or click the toolbar button again to go back.', tooLargeTitle: 'Page too large', tooLargeHint: 'Qingdu left this page alone so that it does not freeze. Click here or press Esc to go back.', errorTitle: 'Qingdu ran into an error', errorHint: 'The page was not changed. Click here or press Esc to go back.' },
} as const;

type Labels = (typeof LABELS)[keyof typeof LABELS];

export function labelsFor(lang: string): Labels {
  return lang.startsWith('zh') ? LABELS.zh : LABELS.en;
}

/** The meta line under the title: original outlet · date · author · repost site. */
export function metaLineParts(article: Article, labels: Labels): string[] {
  return [
    article.source,
    article.published,
    article.author ? `${labels.by} ${article.author}` : null,
    article.site && article.site !== article.source ? `${labels.via} ${article.site}` : null,
  ].filter((part): part is string => Boolean(part));
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The toolbar with the close button; onClose is called on click. */
function toolbar(doc: Document, labels: Labels, onClose: () => void, controls: HTMLElement[] = []): HTMLElement {
  const bar = el(doc, 'div', 'qd-toolbar');
  bar.append(...controls);
  bar.setAttribute('role', 'toolbar');
  const close = el(doc, 'button', 'qd-close', labels.closeHint);
  close.type = 'button';
  close.setAttribute('aria-label', labels.close);
  close.addEventListener('click', onClose);
  bar.append(close);
  return bar;
}

/** The reader's content for an article. Page text only ever enters as textContent or sanitized HTML. */
export interface ViewOptions {
  highlightFigures: boolean;
  /** The reader's script, when the article is in the other one: applied to everything shown. */
  convert?: { text: (s: string) => string; lang: string } | null;
  /** Remembers "always keep" choices made in the removed panel. */
  onSiteChoice?: OnSiteChoice;
}

export function articleView(
  doc: Document,
  win: Window & typeof globalThis,
  article: Article,
  onClose: () => void,
  options: ViewOptions = { highlightFigures: true },
): HTMLElement {
  const convert = needsConversion(article.lang, options.convert) ? options.convert : null;
  if (convert) article = convertArticle(article, convert.text);
  const labels = labelsFor(article.lang);
  const root = el(doc, 'div', 'qd-root');
  root.lang = convert?.lang ?? article.lang;
  const main = el(doc, 'article', 'qd-article');
  main.tabIndex = -1;
  main.setAttribute('aria-label', article.title);
  main.append(el(doc, 'h1', 'qd-title', article.title));
  const meta = metaLineParts(article, labels);
  if (meta.length) main.append(el(doc, 'p', 'qd-meta', meta.join(' · ')));
  if (article.credits.length) {
    const separator = article.lang.startsWith('zh') ? ':' : ': ';
    main.append(el(doc, 'p', 'qd-credits', article.credits.map((c) => `${c.role}${separator}${c.name}`).join('  ')));
  }
  const body = el(doc, 'div', 'qd-body');
  body.append(sanitizeToFragment(article.html, win));
  const figures = figuresUi(doc, body, root, article.lang, options.highlightFigures);
  if (figures.panel) main.append(figures.panel);
  main.append(body);
  const removed = removedPanel(doc, article, body, options.onSiteChoice);
  if (removed) main.append(removed);
  if (article.nextPage) {
    const next = el(doc, 'a', 'qd-next-page', labels.nextPage);
    next.href = article.nextPage;
    next.rel = 'noopener noreferrer';
    main.append(next);
  }
  root.append(toolbar(doc, labels, onClose, [figures.toggle]), main);
  return root;
}

/** Traditional articles for a simplified reader and the other way round; never a script into itself. */
function needsConversion(lang: string, convert: ViewOptions['convert']): boolean {
  if (!convert || !lang.startsWith('zh')) return false;
  const hans = lang === 'zh-Hans';
  return hans !== convert.lang.startsWith('zh-Hans');
}

/** A clear notice instead of a blank view when the page has no article (or is too large, or reading failed). */
export function noticeView(doc: Document, lang: string, reason: NoArticleReason, onClose: () => void): HTMLElement {
  const labels = labelsFor(lang);
  const root = el(doc, 'div', 'qd-root');
  root.lang = lang.startsWith('zh') ? 'zh-Hans' : 'en';
  const notice = el(doc, 'div', 'qd-notice');
  notice.setAttribute('role', 'alert');
  notice.tabIndex = -1;
  const [title, hint] =
    reason === 'too-large'
      ? [labels.tooLargeTitle, labels.tooLargeHint]
      : reason === 'error'
        ? [labels.errorTitle, labels.errorHint]
        : [labels.noArticleTitle, labels.noArticleHint];
  notice.append(el(doc, 'strong', '', title), el(doc, 'span', '', hint));
  // The notice is a dead end: a click anywhere on it goes back to the page.
  notice.addEventListener('click', onClose);
  root.append(toolbar(doc, labels, onClose), notice);
  return root;
}
