import { quoteParagraphs } from './clean';
import { chineseCitation, citationFields, type CitationFields } from './citation';
import { escapeHtml, escapeMarkdown, markdownUrl } from '../text/escape';
import type { Citation, FormattedQuote, QuoteFormat, QuoteFormatOptions } from './types';
import type { QuoteSettings } from '../settings/schema';

/**
 * A quote as it goes on the clipboard. The text is cleaned again (cleanQuoteText: one paragraph
 * per line) and, like the title, passed through options.convert. Missing citation fields are left
 * out with their separator; no citation line at all when nothing is known. The URL is printed only
 * when options.url is on and it is an http(s) URL. Citation off: no citation and no URL, but the
 * format's own quoting stays (Markdown "> ", Chinese 「」); plain then gives the cleaned text only.
 *
 * Citation punctuation follows the article language (options.lang, else the script of the title
 * and text): Chinese `——《标题》，来源，日期`, English `— "Title", Source, 2025-03-12`. The
 * chinese format always uses Chinese punctuation. A 《》 inside a Chinese title becomes 〈〉, a 「」
 * inside a 「」 quote becomes 『』.
 *
 * Examples, for paragraphs P1 and P2, title 标题, source 人民日报, date 2024-11-06, URL U
 * (citation and URL on; \n is a line break):
 *
 * plain (Chinese):   P1\nP2\n\n——《标题》，人民日报，2024-11-06\nU
 * plain (English):   P1\nP2\n\n— "Title", Source, 2025-03-12\nU
 * markdown:          > P1\n>\n> P2\n\n— [《标题》](U)，人民日报，2024-11-06
 *                    (English: — ["Title"](U), Source, 2025-03-12; no title: the URL as
 *                    [U](U) after the other fields; text and title Markdown-escaped)
 * chinese:           「P1\nP2」——《标题》，人民日报，2024-11-06（U）
 *
 * URL off: plain drops the URL line, markdown the link (— 《标题》，人民日报，2024-11-06), chinese
 * the （U）. Citation off: plain `P1\nP2`, markdown `> P1\n>\n> P2`, chinese `「P1\nP2」`.
 *
 * html renders the same thing, every value escaped: a <blockquote> with one <p> per paragraph and
 * the citation in a last <p>, the URL as a link —
 *
 * plain:     <blockquote><p>P1</p><p>P2</p><p>——《标题》，人民日报，2024-11-06<br><a href="U">U</a></p></blockquote>
 * markdown:  <blockquote><p>P1</p><p>P2</p><p>— <a href="U">《标题》</a>，人民日报，2024-11-06</p></blockquote>
 * chinese:   <blockquote><p>「P1</p><p>P2」——《标题》，人民日报，2024-11-06（<a href="U">U</a>）</p></blockquote>
 *
 * An empty quote (nothing left after cleaning) gives { plain: '', html: '' }.
 */
/** A quote as the user's quote settings say (format, citation on or off, link on or off). */
export function formatQuoteWith(text: string, citation: Citation, settings: QuoteSettings, lang: string): FormattedQuote {
  return formatQuote(text, citation, settings.format, { citation: settings.citation, url: settings.url, lang });
}

export function formatQuote(text: string, citation: Citation, format: QuoteFormat, options: QuoteFormatOptions): FormattedQuote {
  const convert = options.convert ?? ((s: string) => s);
  const paragraphs = quoteParagraphs(text).map(convert);
  if (paragraphs.length === 0) return { plain: '', html: '' };
  const fields = citationFields(citation, options);
  const cite: CitationFields = options.citation ? { ...fields, url: options.url ? fields.url : null } : { title: null, source: null, date: null, url: null };
  const chinese = format === 'chinese' || chineseCitation(options.lang, fields.title, paragraphs.join(''));
  switch (format) {
    case 'plain':
      return plainQuote(paragraphs, cite, chinese);
    case 'markdown':
      return markdownQuote(paragraphs, cite, chinese);
    case 'chinese':
      return chineseQuote(paragraphs, cite);
  }
}

const link = (url: string, inner: string): string => `<a href="${escapeHtml(url)}">${inner}</a>`;
const paragraphsHtml = (paragraphs: readonly string[]): string => paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');

/** 《标题》 with a 《》 inside it turned into 〈〉; "Title" in English. */
function titleMark(title: string, chinese: boolean): string {
  return chinese ? `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》` : `"${title}"`;
}

/** The citation's fields in order, the title marked; the separator joins them. */
function citationLine(cite: CitationFields, chinese: boolean): string[] {
  return [cite.title === null ? null : titleMark(cite.title, chinese), cite.source, cite.date].filter((v): v is string => v !== null);
}

function plainQuote(paragraphs: string[], cite: CitationFields, chinese: boolean): FormattedQuote {
  const parts = citationLine(cite, chinese);
  const line = parts.length ? (chinese ? '——' + parts.join('，') : '— ' + parts.join(', ')) : null;
  const tail = [line, cite.url].filter((v): v is string => v !== null);
  const plain = tail.length ? `${paragraphs.join('\n')}\n\n${tail.join('\n')}` : paragraphs.join('\n');
  const citeHtml = [line === null ? null : escapeHtml(line), cite.url === null ? null : link(cite.url, escapeHtml(cite.url))].filter((v): v is string => v !== null);
  const html = `<blockquote>${paragraphsHtml(paragraphs)}${citeHtml.length ? `<p>${citeHtml.join('<br>')}</p>` : ''}</blockquote>`;
  return { plain, html };
}

function markdownQuote(paragraphs: string[], cite: CitationFields, chinese: boolean): FormattedQuote {
  const sep = chinese ? '，' : ', ';
  const title = cite.title === null ? null : titleMark(cite.title, chinese);
  const md: string[] = [];
  const html: string[] = [];
  if (title !== null) {
    md.push(cite.url === null ? escapeMarkdown(title) : `[${escapeMarkdown(title)}](${markdownUrl(cite.url)})`);
    html.push(cite.url === null ? escapeHtml(title) : link(cite.url, escapeHtml(title)));
  }
  for (const field of [cite.source, cite.date]) {
    if (field === null) continue;
    md.push(escapeMarkdown(field));
    html.push(escapeHtml(field));
  }
  if (title === null && cite.url !== null) {
    md.push(`[${escapeMarkdown(cite.url)}](${markdownUrl(cite.url)})`);
    html.push(link(cite.url, escapeHtml(cite.url)));
  }
  const quote = paragraphs.map((p) => `> ${escapeMarkdown(p)}`).join('\n>\n');
  return {
    plain: md.length ? `${quote}\n\n— ${md.join(sep)}` : quote,
    html: `<blockquote>${paragraphsHtml(paragraphs)}${html.length ? `<p>— ${html.join(sep)}</p>` : ''}</blockquote>`,
  };
}

function chineseQuote(paragraphs: string[], cite: CitationFields): FormattedQuote {
  const nested = paragraphs.map((p) => p.replace(/「/g, '『').replace(/」/g, '』'));
  const parts = citationLine(cite, true);
  const line = parts.length ? '——' + parts.join('，') : '';
  const plain = `「${nested.join('\n')}」${line}${cite.url === null ? '' : `（${cite.url}）`}`;
  const last = nested.length - 1;
  const html = nested
    .map((p, i) => {
      let inner = (i === 0 ? '「' : '') + escapeHtml(p);
      if (i === last) inner += '」' + escapeHtml(line) + (cite.url === null ? '' : `（${link(cite.url, escapeHtml(cite.url))}）`);
      return `<p>${inner}</p>`;
    })
    .join('');
  return { plain, html: `<blockquote>${html}</blockquote>` };
}
