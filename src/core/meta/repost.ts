import type { Article } from '../model/article';
import { foldWidth } from '../text/normalize';

/** What a site adds to an outlet's name for its own pages: 中国地理学会 → 中国地理学会官网. */
const OWN_SITE_SUFFIX = /^(官网|官方网站|网|网站|门户网站|新闻网|官方网|\.com|\.cn|\.com\.cn|\.net|\.org)?$/i;

/**
 * The site the article was reposted on, for "转载自 X", or null when the site is the outlet's own
 * (中国地理学会官网 publishing 中国地理学会's news is no repost).
 */
export function repostSite(article: Pick<Article, 'source' | 'site'>): string | null {
  const site = article.site?.trim();
  if (!site) return null;
  const source = article.source?.trim();
  if (!source) return site;
  const s = foldWidth(site).replace(/\s+/g, '').toLowerCase();
  const o = foldWidth(source).replace(/\s+/g, '').toLowerCase();
  return s.startsWith(o) && OWN_SITE_SUFFIX.test(s.slice(o.length)) ? null : site;
}
