/** Link texts of "next page" controls (not 下一篇, the next article). */
const NEXT_TEXT = /^(下一页|下页|下一頁|下頁|next|next page|next ›|›|»|>)$/i;
const SECOND_PAGE_TEXT = /^(第\s*)?2(\s*页|\s*頁)?$/;
/** How CMSes number the pages of one article: a_2.html, a-2.html, a/2, ?page=2, &p=2, index_2.shtml. */
const PAGE_MARKER = /([_-]|\/)(\d{1,3})(\.s?html?|\/)?$|[?&](page|p|pn|pageno|pg)=(\d{1,3})/i;

/**
 * The next page of a multi-page article (下一页, 第2页), when the page links to one: a link on the
 * same site whose address is this page's with a page number. Read only.
 */
export function findNextPage(doc: Document, url: string | null): string | null {
  if (!url) return null;
  let here: URL;
  try {
    here = new URL(url);
  } catch {
    return null;
  }
  const stem = pageStem(here);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!NEXT_TEXT.test(text) && !SECOND_PAGE_TEXT.test(text)) continue;
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', here);
    } catch {
      continue;
    }
    // Same site, same scheme, and a web page: never a javascript: or data: link a page labels 下一页.
    if (!/^https?:$/.test(target.protocol) || target.protocol !== here.protocol || target.host !== here.host || target.href === here.href || !PAGE_MARKER.test(target.pathname + target.search)) continue;
    if (pageStem(target) === stem) return target.href;
  }
  return null;
}

/** The address without its page number and extension: a_2.html and a.html share "a". */
function pageStem(u: URL): string {
  const path = u.pathname.replace(/\.s?html?$/i, '').replace(/[_-]\d{1,3}$/, '').replace(/\/\d{1,2}\/$/, '/').replace(/\/$/, '');
  const params = new URLSearchParams(u.search);
  for (const key of ['page', 'p', 'pn', 'pageno', 'pg']) params.delete(key);
  return `${path}?${params.toString()}`;
}
