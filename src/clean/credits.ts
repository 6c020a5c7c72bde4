import type { Credit } from '../pipeline/types';

/** "编辑:杨真宇", "审核:秦明睿 徐秉楠", "新華社國內部出品", "(文/张三 图/李四)" → role/name pairs. */
export function parseCredit(line: string): Credit[] {
  const text = line.replace(/^[((]|[))]$/g, '').trim();
  const producedBy = /^(.{2,12})出品$/.exec(text);
  if (producedBy?.[1]) return [{ role: '出品', name: producedBy[1] }];
  const credits: Credit[] = [];
  const pattern = /([\u4e00-\u9fff]{1,4})\s*[::/|]\s*([^::/|]+?)(?=\s+[\u4e00-\u9fff]{1,4}\s*[::/|]|$)/g;
  for (const m of text.matchAll(pattern)) {
    const role = m[1];
    const name = m[2]?.trim();
    if (role && name) credits.push({ role, name });
  }
  return credits;
}
