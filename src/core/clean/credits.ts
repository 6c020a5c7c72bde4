import type { Credit } from '../model/article';
import { bilingualRegExp } from '../text/script-variants';

/** Labels of editorial roles; other "label:value" pairs on a meta bar (来源, 浏览次数) are not credits. */
const CREDIT_ROLE = bilingualRegExp('^(文|图|图文|作者|撰文|撰稿|编辑|责任编辑|责编|实习编辑|校对|责任校对|审核|审校|审签|审稿|初审|复审|终审|一审|二审|三审|排版|策划|统筹|监制|制作|出品人|主编|设计|视觉|海报|摄影|记者|通讯员)$');

/** "编辑:杨真宇", "审核:秦明睿 徐秉楠", "新華社國內部出品", "(文/张三 图/李四)" → role/name pairs. */
export function parseCredit(line: string): Credit[] {
  const text = line.replace(/^[((]|[))]$/g, '').trim();
  const producedBy = /^(.{2,12})出品$/.exec(text);
  if (producedBy?.[1]) return [{ role: '出品', name: producedBy[1] }];
  const contributed = /^(.{2,24}?)\s*(供稿|供图|来稿)$/.exec(text);
  if (contributed?.[1] && contributed[2]) return [{ role: contributed[2], name: contributed[1].trim() }];
  const credits: Credit[] = [];
  // "Reporting by Lin Wei; Editing by Mark Hollis"
  for (const m of text.matchAll(/(?:^|[;,.]\s*)((?:Additional )?(?:Reporting|Writing|Editing))\s+by\s+([^;]+?)(?=;|\.?$)/gi)) {
    if (m[1] && m[2]) credits.push({ role: m[1], name: m[2].trim() });
  }
  if (credits.length) return credits;
  const pattern = /([\u4e00-\u9fff]{1,4})\s*[::/|]\s*([^::/|]+?)(?=\s+[\u4e00-\u9fff]{1,4}\s*[::/|]|$)/g;
  for (const m of text.matchAll(pattern)) {
    const role = m[1];
    const name = m[2]?.trim();
    if (role && name && CREDIT_ROLE.test(role)) credits.push({ role, name });
  }
  return credits;
}
