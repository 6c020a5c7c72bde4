/**
 * Structural clutter: page furniture recognised by tag, role, or the class/id names CMS templates
 * give it. Removed from the working copy before Readability runs, which both cleans the result and
 * shrinks Readability's work. Each row names an example from a real template.
 */
export interface StructureRule {
  name: string;
  /** Whether an element is this kind of furniture (tag, role, attributes, class/id words). */
  test: (el: Element) => boolean;
  /** True when the rule can match an element that has no attributes at all. */
  byTagAlone?: boolean;
  /** A landmark that never holds the article (a page's footer, its menus): density scoring does not look inside. */
  outsideArticle?: boolean;
  example: string;
}


const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const ROLE = (el: Element): string => el.getAttribute('role') ?? '';

/** Hidden by the page's own markup (hidden, aria-hidden, an inline display:none): Readability skips it too. */
export function isHiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Whether el is a landmark no article lives in (nav, the page's banner and footer, aside); hidden
 * markup aside (the caller knows that already). Those rows match by tag or role only, so other
 * elements skip the table: this runs on every element of the page.
 */
export function isLandmark(el: Element): boolean {
  if (!LANDMARK_TAGS.has(el.tagName) && !el.hasAttribute('role')) return false;
  return LANDMARK_RULES.some((rule) => rule.test(el));
}

const LANDMARK_TAGS: ReadonlySet<string> = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

export const STRUCTURE_RULES: readonly StructureRule[] = [
  {
    name: 'hidden',
    test: isHiddenByMarkup,
    example: '<div style="display:none">养生 减肥 保健品 …</div>',
  },
  { name: 'navigation', byTagAlone: true, outsideArticle: true, test: (el) => el.tagName === 'NAV' || /^(navigation|menubar|search)$/.test(ROLE(el)), example: '<nav><a href="/">首页</a> | <a href="/news/">新闻</a></nav>' },
  { name: 'page-banner', byTagAlone: true, outsideArticle: true, test: (el) => (el.tagName === 'HEADER' && el.parentElement?.tagName === 'BODY') || ROLE(el) === 'banner', example: '<header class="site-header"><a class="logo">易网</a></header>' },
  { name: 'page-footer', byTagAlone: true, outsideArticle: true, test: (el) => el.tagName === 'FOOTER' || ROLE(el) === 'contentinfo', example: '<footer>Copyright © 2012- 时讯中国网 皖ICP备…</footer>' },
  { name: 'sidebar', byTagAlone: true, outsideArticle: true, test: (el) => el.tagName === 'ASIDE' || ROLE(el) === 'complementary', example: '<aside class="sidebar"><h3>热门文章</h3>…</aside>' },
  {
    name: 'ad-slot',
    // Ad slots named only in the page's tracking data: <div class="new_style_article" data-sudaclick="ad_content_top">.
    test: isAdSlotByData,
    example: '<div class="new_style_article" data-sudaclick="ad_content_top"><p>“2018十大经济年度人物评选”火热进行中!【点击投票】</p></div>',
  },
  {
    name: 'template-block',
    // Class/id words CMS templates use for furniture, matched as whole words of a class or id
    // (split on - _ and case changes), so "content" or "article-body" never match.
    test: (el) => isFurnitureName(el),
    example: '<div class="related_news">相关推荐 …</div>',
  },
];

/** A data-* value that names an ad slot: "ad_content_top", "ad-leaderboard", "ad__container". */
const AD_SLOT_VALUE = /^ads?[_-]/i;

function isAdSlotByData(el: Element): boolean {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i]!;
    if (attr.name.startsWith('data-') && AD_SLOT_VALUE.test(attr.value)) return true;
  }
  return false;
}

function isFurnitureName(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.id;
  if (!cls && !id) return false;
  // Judged per name: <div class="main-txt" id="zoom"> (a font-size target) and
  // <div class="article-body js-figure-zoom"> are the article; one name that says content wins.
  // A heading's slug (id="sharing-with-a-single-developer") is not a template's class.
  const names = `${cls ?? ''} ${id}`.split(/\s+/).filter((name) => name && !isSlug(name)).map(nameTokens);
  const furniture = (tokens: string[]): boolean => tokens.some((token) => FURNITURE_TOKENS.has(token)) && !tokens.some((token) => FEATURE_TOKENS.has(token));
  if (!names.some(furniture)) return false;
  return !names.some((tokens) => !furniture(tokens) && tokens.some((token) => CONTENT_TOKENS.has(token)));
}

/**
 * Words that make a name say what an element has, not what it is: "has-comments" and
 * "with-sidebar" are on the article's wrapper, "CtxtMenu_Attached" on every MathJax formula.
 */
const FEATURE_TOKENS: ReadonlySet<string> = new Set(['has', 'with', 'attached', 'enabled']);

/** Five or more lower-case words joined by hyphens: an anchor made from a heading. */
function isSlug(name: string): boolean {
  const parts = name.split('-');
  return parts.length >= 5 && parts.every((part) => /^[a-z0-9]+$/.test(part));
}

/**
 * Words that, in a class or id name with no furniture word, say "this is the article":
 * article-body, main-txt, post_content, artibody, zhengwen (正文), zw.
 */
const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article', 'content', 'body', 'post', 'entry', 'story', 'text', 'txt', 'main', 'detail', 'artibody', 'zhengwen', 'zw',
]);

/**
 * Words that, as a whole token of an element's class or id, mark page furniture.
 * "share", "comment", "related" … in English; pinyin used by Chinese CMS templates (xgyd = 相关阅读,
 * rmtj = 热门推荐, mzsm = 免责声明, dh = 导航 …).
 */
export const FURNITURE_TOKENS: ReadonlySet<string> = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location', 'weizhi', 'dh',
  'topbar', 'toolbar', 'footer', 'foot', 'copyright', 'beian', 'icp',
  'sidebar', 'side', 'aside', 'widget', 'widgets', 'rightbar', 'sider',
  'share', 'sharing', 'bdshare', 'social', 'weixin', 'wechat', 'weibo', 'qrcode', 'erweima', 'ewm', 'print', 'fontsize', 'zoom', 'zihao',
  'comment', 'comments', 'commentlist', 'reply', 'replies', 'pinglun', 'pl', 'discuss', 'respond',
  'related', 'relate', 'relates', 'relevant', 'xgyd', 'xgtj', 'xgwz', 'recommend', 'recommends', 'recom', 'tuijian', 'rmtj', 'hot', 'hots', 'hotnews', 'rank', 'ranking', 'paihang', 'top10', 'morenews', 'guess', 'cnxh',
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'banner', 'sponsor', 'sponsored', 'guanggao', 'promo', 'promotion',
  'disclaimer', 'statement', 'mzsm', 'shengming', 'tags', 'tag', 'keywords', 'pagelink', 'prenext', 'prev', 'next', 'updown', 'shangxia', 'sxp',
  'login', 'signup', 'subscribe', 'newsletter', 'cookie', 'cookies', 'popup', 'modal', 'appdown', 'openapp',
  'dashang', 'reward', 'report', 'jubao',
]);

/** Splits a class or id value into lower-case word tokens: "relatedNews_list" → related, news, list. */
export function nameTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_:.]+|(?<=[a-z])(?=\d)/)
    .filter(Boolean);
}

const LANDMARK_RULES = STRUCTURE_RULES.filter((rule) => rule.outsideArticle);
