import { findFigures } from '../core/figures';
import type { Article } from '../core/model/article';
import { repostSite } from '../core/meta/repost';
import { escapeMarkdown } from '../core/text/escape';
import { forTerminal, jsonForTerminal } from './terminal';

export type OutputFormat = 'text' | 'markdown' | 'html' | 'json';

/** The meta line: original outlet · date · author · repost site. */
export function metaLine(article: Article): string {
  const via = repostSite(article);
  return [article.source, article.published, article.author, via ? `转载自 ${via}` : null]
    .filter(Boolean)
    .join(' · ');
}

export interface FormatOptions {
  /** In text output, mark key figures inline: ⟦87.7%⟧. */
  figures?: boolean;
}

/** The article text with each key figure in ⟦ ⟧. */
export function markFiguresInline(text: string): string {
  let out = '';
  let at = 0;
  for (const f of findFigures(text)) {
    out += `${text.slice(at, f.start)}⟦${f.text}⟧`;
    at = f.end;
  }
  return out + text.slice(at);
}

/** The article in a format, safe to print: no terminal control sequence gets through. */
export function formatArticle(article: Article, format: OutputFormat, options: FormatOptions = {}): string {
  return format === 'json' ? jsonForTerminal(render(article, format, options)) : forTerminal(render(article, format, options));
}

function render(article: Article, format: OutputFormat, options: FormatOptions): string {
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
          // Offsets are into `text`.
          figures: findFigures(article.text).map(({ text, category, start, end }) => ({ text, category, start, end })),
          html: article.html,
          nextPage: article.nextPage,
          removed: article.removed,
        },
        null,
        2,
      );
    case 'markdown': {
      // Page text is text: a title or line holding <img onerror>, [link](javascript:…) or *…* shows
      // as written, never as markup a renderer would act on.
      const meta = metaLine(article);
      return [`# ${escapeMarkdown(article.title)}`, ...(meta ? [`*${escapeMarkdown(meta)}*`] : []), ...article.text.split('\n').map(escapeMarkdown)].join('\n\n');
    }
    case 'html':
      return article.html;
    case 'text':
      return [article.title, metaLine(article), '', options.figures ? markFiguresInline(article.text) : article.text].join('\n');
  }
}
