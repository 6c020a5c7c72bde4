import { TEXT_RULES } from './rules';
import { STRUCTURE_RULES } from '../extract/structure-rules';
import { translator, type MessageKey } from '../i18n';

/**
 * What the reader calls each kind of removal in "已移除 …" ("… removed"), as message keys. Text
 * rules carry their key in the rule table; these are the structural checks and the page-furniture
 * rules. Rules that share a key are counted together.
 */
const LABELS: Readonly<Record<string, MessageKey>> = {
  duplicate: 'removal_duplicate',
  'link-list': 'removal_link_list',
  'title-echo': 'removal_title_echo',
  'summary-repeat': 'removal_summary',
  'site-promo': 'removal_site_promo',
  spam: 'removal_spam',
  'user-remove': 'removal_user_remove',
  'edge-label': 'removal_edge_label',
  hidden: 'removal_hidden',
  navigation: 'removal_navigation',
  'page-banner': 'removal_page_banner',
  'page-footer': 'removal_page_footer',
  sidebar: 'removal_sidebar',
  'template-block': 'removal_template_block',
  'ad-slot': 'removal_template_block',
};

/** The message key of a removal rule's label; undefined for a rule nobody labelled. */
export function removalLabelKey(rule: string): MessageKey | undefined {
  return Object.hasOwn(LABELS, rule) ? LABELS[rule] : TEXT_RULES.find((r) => r.name === rule)?.label;
}

/** The label of a removal rule in the UI language `lang` (a language tag); the rule's name if it has none. */
export function removalLabel(rule: string, lang: string): string {
  const key = removalLabelKey(rule);
  return key ? translator(lang)(key) : rule;
}

/** Every rule name the pipeline can report, for a test that each has a label. */
export function reportedRuleNames(): string[] {
  return [...Object.keys(LABELS), ...TEXT_RULES.map((r) => r.name), ...STRUCTURE_RULES.map((r) => r.name)];
}
