import type { Article } from '../model/article';

/**
 * The article in another script: title, meta, credits, text, HTML and what was removed. HTML
 * converts as a string: tags, attribute names and URLs hold no Chinese for OpenCC to change.
 */
export function convertArticle(article: Article, text: (s: string) => string): Article {
  const opt = (s: string | null): string | null => (s === null ? null : text(s));
  return {
    ...article,
    title: text(article.title),
    source: opt(article.source),
    author: opt(article.author),
    site: opt(article.site),
    text: text(article.text),
    html: text(article.html),
    credits: article.credits.map((c) => ({ role: text(c.role), name: text(c.name) })),
    removed: article.removed.map((r) => ({ ...r, text: text(r.text), anchor: r.anchor == null ? r.anchor : text(r.anchor) })),
  };
}
