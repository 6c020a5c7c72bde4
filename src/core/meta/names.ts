import { normalizeText } from '../text/normalize';
import { bilingualRegExp } from '../text/script-variants';

/**
 * Names of organisations end like this (departments, outlets, companies, public bodies); people's
 * names do not. One list for "is this byline a department" and "is this footer's owner an
 * organisation".
 */
export const ORGANIZATION_NAME = bilingualRegExp('(部|处|办|局|厅|委|委员会|中心|科|室|院|学院|大学|学会|协会|网|报|社|站|台|组|会|团队|小组|编辑部|公司|集团|媒体|传媒|办公室|所|馆|政府)$');

/** An organisation's name, or one too long to be a person's. */
export function isOrganization(name: string): boolean {
  return ORGANIZATION_NAME.test(name) || name.length > 6;
}

/** An account name rather than a person's: not two to four Han characters. */
export function isOrganizationLike(name: string): boolean {
  return isOrganization(name) || !/^[\u4e00-\u9fff·]{2,4}$/.test(name);
}

/** The site's name, or its brand before a channel word: 网易 on 网易新闻 (not 老周 on 老周的慢生活, a blog). */
export function notTheSite(name: string | null, site: string | null | undefined): string | null {
  if (!name || !site) return name;
  const brand = name === site || (site.startsWith(name) && SITE_CHANNEL_WORDS.test(site.slice(name.length)));
  return brand ? null : name;
}

const SITE_CHANNEL_WORDS = bilingualRegExp('^(?:新闻|网|财经|订阅|频道|客户端|科技|体育|娱乐|号|APP)+$', 'i');

/** A byline that is a name, not a sentence or a date bar. */
export function plausibleName(value: string | null | undefined): string | null {
  const v = normalizeText(value ?? '')
    .replace(/^(posted by|written by|by|作者[::]|文[::])\s*/i, '')
    // "潮涌新闻记者 陈思琪" → 陈思琪; "記者林佳穎／台北報導" → 林佳穎
    .replace(/^.{0,12}?(记者|記者)\s*/, '')
    .replace(/\s*[/／].{0,8}(报道|報導|报导)$/, '');
  // 小编 / admin are a site's staff handles, not authors.
  // 责任编辑 names the desk editor, not the author; 授权/转载/版权 make it a notice.
  // An e-mail address or a comment form's "name, email" placeholder is not a byline either.
  if (!v || v.length > 30 || /@|\bemail\b|\d{4}|来源|來源|时间|時間|http|小编|小編|编辑|編輯|责编|責編|授权|授權|转载|轉載|版权|版權|^admin$|^editor$/i.test(v)) return null;
  return v;
}
