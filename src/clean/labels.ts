import { TEXT_RULES } from './rules';
import { STRUCTURE_RULES } from '../extract/structure-rules';

/**
 * What the reader calls each kind of removal in "已移除 …" ("removed …"). Text rules carry their
 * own label in the rule table; these are the structural checks and the page-furniture rules.
 */
const LABELS: Record<string, { zh: string; en: string }> = {
  duplicate: { zh: '重复段落', en: 'duplicates' },
  'link-list': { zh: '链接列表', en: 'link lists' },
  'title-echo': { zh: '重复标题', en: 'repeated titles' },
  'summary-repeat': { zh: '导读', en: 'summaries' },
  'site-promo': { zh: '网站推广', en: 'site promotion' },
  spam: { zh: '垃圾信息', en: 'spam' },
  'user-remove': { zh: '你在此网站移除的', en: 'removed by you on this site' },
  'edge-label': { zh: '栏目标签', en: 'labels' },
  hidden: { zh: '隐藏文字', en: 'hidden text' },
  navigation: { zh: '导航', en: 'navigation' },
  'page-banner': { zh: '页头', en: 'page header' },
  'page-footer': { zh: '页脚', en: 'page footer' },
  sidebar: { zh: '侧栏', en: 'sidebars' },
  'template-block': { zh: '页面模块', en: 'page furniture' },
};

/** The label of a removal rule for a reader in lang (Chinese labels for zh-*, English otherwise). */
export function removalLabel(rule: string, lang: string): string {
  const zh = lang.startsWith('zh');
  const known = LABELS[rule];
  if (known) return zh ? known.zh : known.en;
  const textRule = TEXT_RULES.find((r) => r.name === rule);
  return textRule ? textRule.label : rule;
}

/** Every rule name the pipeline can report, for a test that each has a label. */
export function reportedRuleNames(): string[] {
  return [...Object.keys(LABELS), ...TEXT_RULES.map((r) => r.name), ...STRUCTURE_RULES.map((r) => r.name)];
}
