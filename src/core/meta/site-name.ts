import { foldWidth, normalizeText } from '../text/normalize';
import { bilingualRegExp } from '../text/script-variants';
import { isUnreadable } from '../dom/unreadable';
import { metaContent, titleSuffixes, type MetaTags } from './title';
import { ORGANIZATION_NAME } from './names';
import type { ReadabilityHints } from './metadata';

/**
 * Where a footer names the site's owner, by the words around 版权所有 or 主办: before them ("腾讯公司
 * 版权所有", the common form), after them ("版权所有：© 2001-2012 中国地理学会", "版权所有 湖南省…医院"),
 * or after 主办. The first that reads as an organisation wins: an editor's name can end the block
 * before a footer ("编辑/苏芳 版权所有 …"). Han only before: "All Rights Reserved" runs into "腾讯公司".
 */
const OWNER_PATTERNS: readonly RegExp[] = [
  bilingualRegExp('([\\u4e00-\\u9fff·]{2,30})\\s*版权所有'),
  bilingualRegExp('版权所有\\s*[::]?\\s*(?:©\\s*)?(?:\\d{4}\\s*-\\s*\\d{4}\\s*)?([^\\s::|,,。©]{2,30})'),
  bilingualRegExp('(?:主办单位|主办|主辦)\\s*[::]\\s*([^\\s::|,,。]{2,30})'),
];

function copyrightOwner(footerText: string): string | null {
  const found = OWNER_PATTERNS.map((pattern) => pattern.exec(footerText)?.[1]).filter((name): name is string => Boolean(name));
  return found.find((name) => ORGANIZATION_NAME.test(name)) ?? null;
}


/** The name of the site this copy was read on: og:site_name, the <title> suffix, the copyright owner, the host. */
export function readSiteName(doc: Document, tags: MetaTags, hints: ReadabilityHints, title: string | null, url: string | null): string | null {
  const declared = metaContent(tags, 'og:site_name') ?? metaContent(tags, 'application-name') ?? hints.siteName;
  if (declared) return declared;
  const suffix = titleSuffixes(doc)
    .reverse()
    .find((s) => s.length <= 20 && s !== title && !(title ?? '').includes(s));
  if (suffix && !/[,,。!?]/.test(suffix)) return suffix;
  const footerText = normalizeText(foldWidth(pageEndText(doc)));
  const owner = copyrightOwner(footerText);
  if (owner) return owner;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The text of the last blocks of the page, where footers name the site's owner. */
function pageEndText(doc: Document): string {
  let text = '';
  for (let el = doc.body?.lastElementChild ?? null; el && text.length < 3000; el = el.previousElementSibling) {
    if (!isUnreadable(el)) text = (el.textContent ?? '') + ' ' + text;
  }
  return text.slice(-3000);
}
