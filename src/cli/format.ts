import type { Article } from '../pipeline/types';

export type OutputFormat = 'text' | 'markdown' | 'html' | 'json';

/** The meta line: original outlet · date · author · repost site. */
export function metaLine(article: Article): string {
  return [article.source, article.published, article.author, article.site ? `转载自 ${article.site}` : null]
    .filter(Boolean)
    .join(' · ');
}

export function formatArticle(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(
        {
          title: article.title,
          source: article.source,
          published: article.published,
          author: article.author,
          site: article.site,
          lang: article.lang,
          url: article.url,
          credits: article.credits,
          text: article.text,
          html: article.html,
          nextPage: article.nextPage,
          removed: article.removed,
        },
        null,
        2,
      );
    case 'markdown':
      return [`# ${article.title}`, `*${metaLine(article)}*`, ...article.text.split('\n')].join('\n\n');
    case 'html':
      return article.html;
    case 'text':
      return [article.title, metaLine(article), '', article.text].join('\n');
  }
}
