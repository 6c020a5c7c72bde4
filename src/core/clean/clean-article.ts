import type { Credit, Removal } from '../model/article';
import type { SiteRules } from '../settings/schema';
import { blockText, leafBlocks, linkDensity, removeFromHereOn, removeWithEmptyAncestors } from '../dom/blocks';
import { compactText, foldWidth, normalizeText, textWeight } from '../text/normalize';
import { SPAM_TERMS, TEXT_RULES, type TextRule } from './rules';
import { containment, tokenBigrams } from '../text/similarity';
import { parseCredit } from './credits';
import { bilingualRegExp } from '../text/script-variants';

export interface CleanContext {
  /** The article's title, when known: lines that merely repeat it are removed. */
  title: string | null;
  /** The repost site's name, when known: its self-promotion paragraphs are removed. */
  site: string | null;
  /** The user's choices for this site: blocks always removed, blocks always kept. */
  choices?: SiteRules;
}

export interface CleanResult {
  removed: Removal[];
  credits: Credit[];
  /** Publication lines (来源, 发布时间, bylines, print edition) taken out of the body, for the metadata stage. */
  metaLines: string[];
}

/** Words of a site describing itself ("易网健康养生网,致力于…", "本站提供…"). */
const SELF_PROMOTION = bilingualRegExp('(致力于|提供专业|为您提供|门户|欢迎(访问|光临|关注)|(请|敬请)?关注|本站|本网|官方网站|官网|提示[::]|频道)');
const DATELINE = /\d{1,2}月\d{1,2}日[电電]/;

/** Real article text that must come before a "相关推荐" heading for it to end the article. */
const MIN_WEIGHT_BEFORE_TAIL = 60;
/** A block this much made of link text is a list of headlines, not a paragraph. */
const LINK_LIST_DENSITY = 0.6;
/** A summary/导读 box shorter than this is not checked for repeating the lede. */
const MIN_REPEAT_LENGTH = 24;

/**
 * Removes content-farm clutter from an extracted article, in place: each block is tested
 * against the rule table, then against structure (link lists, repeats of the title, duplicate
 * paragraphs, summaries that repeat the lede). Everything removed is reported, credits and
 * publication lines are handed on to the metadata stage.
 */
export function cleanArticle(root: Element, context: CleanContext): CleanResult {
  const result: CleanResult = { removed: [], credits: [], metaLines: [] };
  const title = context.title ? { grams: tokenBigrams(context.title), length: compactText(context.title).length } : null;
  const blocks = leafBlocks(root).map((el) => {
    const line = foldWidth(blockText(el));
    return { el, line, text: compactText(line) };
  });
  const promo = context.site && context.site.length >= 3 ? context.site : null;
  const seen = new Set<string>();
  const signature = signatureBlocks(blocks);
  const keep = new Set(context.choices?.keep ?? []);
  const drop = new Set(context.choices?.remove ?? []);
  let weightBefore = 0;
  let anchor: string | null = null;

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const { el, text } = block;
    // Earlier removals (a tail cut, an emptied parent) may already have taken this block.
    if (!root.contains(el)) continue;
    if (!text || signature.has(el)) continue;
    if (keep.has(text)) {
      signature.add(el);
      seen.add(text);
      anchor = text;
      weightBefore += textWeight(text);
      continue;
    }
    if (drop.has(text)) {
      remove(result, el, root, 'user-remove', block.line, anchor);
      continue;
    }

    const rule = matchRule(text, block.line);
    if (rule) {
      // Credits and meta lines are parsed from the spaced text: "审核:秦明睿 徐秉楠" names two people.
      if (rule.action !== 'remove') result.credits.push(...parseCredit(block.line));
      if (rule.action === 'meta' || rule.action === 'tail') result.metaLines.push(block.line);
      if (rule.action === 'tail' && weightBefore >= MIN_WEIGHT_BEFORE_TAIL) {
        const listEnd = inlineBoxEnd(blocks, i);
        if (listEnd !== null) {
          // A 延伸阅读 box inside the story, with the story going on after it: only the box goes.
          result.removed.push({ rule: rule.name, text: describeTail(blocks.slice(0, listEnd), i), anchor });
          for (const b of blocks.slice(i, listEnd)) if (root.contains(b.el)) removeWithEmptyAncestors(b.el, root);
          i = listEnd - 1;
          continue;
        }
        readTrailingFacts(blocks.slice(i + 1), result);
        result.removed.push({ rule: rule.name, text: describeTail(blocks, i), anchor });
        removeFromHereOn(el, root);
        break;
      }
      remove(result, el, root, rule.name, block.line, anchor);
      continue;
    }

    const structural = structuralReason(el, text, title, promo, seen, blocks, i);
    if (structural) {
      remove(result, el, root, structural, block.line, anchor);
      continue;
    }
    seen.add(text);
    anchor = text;
    weightBefore += textWeight(text);
  }
  // The signature set now also holds the blocks the user keeps: edge labels are not taken from it.
  removeEdgeLabels(root, result, signature);
  return result;
}

/** An issuing body ("桐溪县卫生健康局") and its date, signing an official notice (落款). */
const ISSUER = /^[\u4e00-\u9fff()]{2,30}(局|委员会|委|办公室|办|政府|中心|医院|卫生院|部|厅|院|会|所|站|公司|協會|协会|学会)$/;
const SIGNATURE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

/** The signature at the very end of a notice is its text, not a template label or a meta line. */
function signatureBlocks(blocks: { el: Element; text: string }[]): Set<Element> {
  const filled = blocks.filter((b) => b.text);
  const last = filled[filled.length - 1];
  const before = filled[filled.length - 2];
  if (last && before && SIGNATURE_DATE.test(last.text) && ISSUER.test(before.text)) return new Set([before.el, last.el]);
  return new Set();
}

/** Column labels before the article ("评论", "民生观") and slogans after it ("直面健康热点"). */
const MAX_LEADING_LABEL = 6;
const MAX_TRAILING_LABEL = 16;
/** List items and table rows are data even when short; captions belong to their image. */
const LABEL_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'SPAN', 'CENTER', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'FONT']);
const SENTENCE_PUNCTUATION = /[。!?;,,.!?;:：…」』”"]/;

/**
 * Short unpunctuated lines at the very start or end of the article are template labels, not
 * text: a story does not open with a two-character line, and it ends on a sentence. Captions,
 * headings followed by text, and images are never at the edge in this sense.
 */
function removeEdgeLabels(root: Element, result: CleanResult, keep: Set<Element>): void {
  const isLabel = (el: Element, max: number): string | null => {
    if (!LABEL_TAGS.has(el.tagName) || el.querySelector('img') || keep.has(el)) return null;
    const text = compactText(blockText(el));
    return text.length > 0 && text.length <= max && !SENTENCE_PUNCTUATION.test(text) ? text : null;
  };
  // Labels stand beside a text; where no block is a sentence, the short lines are the text itself.
  const initial = leafBlocks(root);
  if (!initial.some((el) => SENTENCE_PUNCTUATION.test(blockText(el)))) return;
  for (let blocks = initial; blocks.length > 1; blocks = leafBlocks(root)) {
    const first = blocks[0]!;
    const text = isLabel(first, MAX_LEADING_LABEL);
    if (!text) break;
    remove(result, first, root, 'edge-label', text, null);
  }
  for (let blocks = leafBlocks(root); blocks.length > 1; blocks = leafBlocks(root)) {
    const last = blocks[blocks.length - 1]!;
    const text = isLabel(last, MAX_TRAILING_LABEL);
    if (!text) break;
    const previous = blocks[blocks.length - 2];
    // A short closing line can be the byline ("扬子晚报记者 张楠"): the metadata stage reads it.
    result.metaLines.push(normalizeText(blockText(last)));
    remove(result, last, root, 'edge-label', text, previous ? compactText(blockText(previous)) : null);
  }
}

/** Sentences end like this; truncated teasers end with "..", "…". */
const PROSE_END = /[。!?！？」』”"）)]$/;
const TRUNCATED = /(\.\.|…)[」』”"]?$/;
/** Paragraphs of real prose after a list that prove the story goes on. */
const PROSE_AFTER_BOX = 2;

function isListItem(block: { el: Element; text: string }): boolean {
  if (block.el.closest('li')) return true;
  if (linkDensity(block.el, block.text.length) >= 0.5) return true;
  return block.text.length <= 40 && !PROSE_END.test(block.text);
}

function isLinkedTitle(block: { el: Element; text: string }): boolean {
  return !block.el.closest('li') && linkDensity(block.el, block.text.length) >= 0.5;
}

/** A paragraph of the story: long, punctuated, not linked, not a teaser, and not clutter a rule knows. */
function isProse(block: { el: Element; text: string; line: string }): boolean {
  return (
    !matchRule(block.text, block.line) &&
    block.text.length >= 30 &&
    PROSE_END.test(block.text) &&
    !TRUNCATED.test(block.text) &&
    !block.el.closest('li') &&
    linkDensity(block.el, block.text.length) < 0.3
  );
}

/**
 * When the related-list heading at `heading` opens a box inside the story (a short list followed by
 * more paragraphs of prose), the index just past the list; null when it opens the page's tail.
 */
function inlineBoxEnd(blocks: { el: Element; text: string; line: string }[], heading: number): number | null {
  let end = heading + 1;
  while (end < blocks.length) {
    if (isListItem(blocks[end]!)) end++;
    // "Title link / one-line summary" pairs: the summary belongs to the list when another title
    // (or a non-prose block) follows it. List items in <ul>/<ol> end with their list.
    else if (isLinkedTitle(blocks[end - 1]!) && (end + 1 >= blocks.length || !isProse(blocks[end + 1]!))) end++;
    else break;
  }
  if (end === heading + 1) return null;
  // The story goes on: prose among the next few blocks (a subheading may come first), no teasers.
  const next = blocks.slice(end, end + PROSE_AFTER_BOX + 2).filter((b) => b.text);
  if (next.some((b) => TRUNCATED.test(b.text))) return null;
  return next.filter(isProse).length >= PROSE_AFTER_BOX ? end : null;
}

/** Credits and publication lines inside the furniture a tail rule cuts still reach the meta line. */
function readTrailingFacts(blocks: { line: string; text: string }[], result: CleanResult): void {
  for (const block of blocks) {
    const rule = matchRule(block.text, block.line);
    if (rule?.action === 'credit' || rule?.action === 'meta') {
      result.credits.push(...parseCredit(block.line));
      if (rule.action === 'meta') result.metaLines.push(block.line);
    }
  }
}

function matchRule(text: string, line: string): TextRule | undefined {
  return TEXT_RULES.find((rule) => text.length <= rule.maxLength && rule.pattern.test(rule.spaced ? line : text));
}

function structuralReason(
  el: Element,
  text: string,
  title: { grams: Set<string>; length: number } | null,
  site: string | null,
  seen: Set<string>,
  blocks: { el: Element; line: string; text: string }[],
  index: number,
): string | null {
  if (seen.has(text) && isRepeatedFurniture(el, text)) return 'duplicate';
  if (isSpam(text)) return 'spam';
  if (site && text.includes(site) && SELF_PROMOTION.test(text)) return 'site-promo';
  if (!el.querySelector('img') && linkDensity(el, text.length) >= LINK_LIST_DENSITY && !/[。!?.!?]$/.test(text)) return 'link-list';
  if (title && title.grams.size > 2 && text.length <= 2 * Math.max(20, title.length)) {
    // A short line made mostly of the title: the title repeated in the body, or spam built on it.
    // A wire dateline ("新华社北京9月11日电 题:…") restates the title but is the story's own first line.
    if (!DATELINE.test(text) && containment(title.grams, tokenBigrams(text)) >= 0.7) return 'title-echo';
  }
  if (text.length >= MIN_REPEAT_LENGTH && repeatsFollowingText(text, blocks, index)) return 'summary-repeat';
  return null;
}

/** PROSE_END with the Latin full stop and closing quote: a repeated English sentence is prose too. */
const SENTENCE_END = /[。.!?！？」』”"’）)]$/;

/**
 * A line repeated on the page that is furniture (a credit line, a label, a share prompt). A sentence,
 * a heading or a caption printed twice is the page's own text (an interview asks each guest the same
 * questions): the reader shows what the page shows, as Firefox's Reader View does.
 */
function isRepeatedFurniture(el: Element, text: string): boolean {
  return !SENTENCE_END.test(text) && !/^(H[1-6]|FIGCAPTION)$/.test(el.tagName) && !el.closest('figcaption');
}

function isSpam(text: string): boolean {
  const terms = new Set(text.match(SPAM_TERMS) ?? []);
  return terms.size >= 2;
}

/** A 导读/summary box that reproduces (a truncated copy of) the text that follows it. */
function repeatsFollowingText(text: string, blocks: { el: Element; line: string; text: string }[], index: number): boolean {
  let following = '';
  for (let j = index + 1; j < blocks.length && following.length < text.length + 200; j++) following += blocks[j]!.text;
  const probe = text.replace(/(\.{3}|…+|\.\.)$/, '');
  // A summary copies the start of what follows; a sentence met again inside a later paragraph is prose.
  if (probe.length < MIN_REPEAT_LENGTH || !following.startsWith(probe)) return false;
  // A paragraph printed again whole, as a paragraph of its own, is the page's text twice, not a
  // summary box: the reader shows what the page shows.
  const block = blocks[index]!;
  return !(probe === text && block.el.tagName === 'P' && blocks.slice(index + 1).some((b) => b.el.tagName === 'P' && b.text === text));
}

function remove(result: CleanResult, el: Element, root: Element, rule: string, text: string, anchor: string | null = null): void {
  result.removed.push({ rule, text, anchor });
  removeWithEmptyAncestors(el, root);
}

/** The lines a tail cut removed, one per block, so that putting them back restores paragraphs. */
function describeTail(blocks: { line: string }[], from: number): string {
  // blocks may end early (an inline box): everything from `from` to its end.
  return blocks
    .slice(from)
    .map((b) => b.line)
    .filter(Boolean)
    .join('\n')
    .slice(0, 4000);
}
