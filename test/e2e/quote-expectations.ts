/** The exact clipboard text for two gold paragraphs, in each format (citation and URL on). */
export function expectedQuote(format: 'plain' | 'markdown' | 'chinese', p1: string, p2: string, meta: { title: string | null; source: string | null; published: string | null }, url: string): string {
  const cite = `《${meta.title}》，${meta.source}，${meta.published}`;
  if (format === 'plain') return `${p1}\n${p2}\n\n——${cite}\n${url}`;
  if (format === 'markdown') return `> ${p1}\n>\n> ${p2}\n\n— [《${meta.title}》](${url})，${meta.source}，${meta.published}`;
  return `「${p1}\n${p2}」——${cite}（${url}）`;
}

