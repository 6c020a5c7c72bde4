/** Clean: removes content-farm clutter from an extracted article. */
export { cleanArticle, type CleanContext, type CleanResult } from './clean-article';
export { TEXT_RULES, type TextRule, type RuleAction } from './rules';
export { parseCredit } from './credits';
export { removalLabel } from './labels';
