import { bilingualRegExp } from '../text/script-variants';
import type { MessageKey } from '../i18n';

/**
 * What the clean stage does with a block of the article that a rule matches.
 * - remove: the block goes.
 * - tail: the block starts the page's trailing furniture (相关推荐, 上一篇 …): it and every block
 *   after it in the article go, provided real article text came before it.
 * - credit: an editorial credit line; its role and name move to the meta line.
 * - meta: a publication line (来源, 发布时间, 《人民日报》(… 版)); read for metadata, then removed.
 */
export type RuleAction = 'remove' | 'tail' | 'credit' | 'meta';

export interface TextRule {
  name: string;
  /** Message key of the short label shown in the reader's "已移除 …" counts (rules that share a label are counted together). */
  label: MessageKey;
  action: RuleAction;
  /** Matched against the block's compact text (white space removed around CJK). Simplified script; traditional forms are added automatically. */
  pattern: RegExp;
  /** Match the text with its spaces kept: the rule uses them to tell the pieces of a line apart. */
  spaced?: boolean;
  /** Only blocks up to this many characters: a long paragraph that merely mentions 版权 is article text. */
  maxLength: number;
  /** A real line from a page of the kind we target; the rule test asserts the rule matches it. */
  example: string;
}

/**
 * The pieces a template's publication bar is made of, told apart by the spaces between them
 * (a label's value is taken whole, without backtracking, so a long bar cannot blow up the match); a line made of nothing else is a meta bar
 * ("记者林佳穎／台北報導 2024/10/23 14:35 瀏覽 8,214 次", "发布日期:… 浏览次数:46 发布人:… IP:…").
 */
const META_SEGMENTS = [
  '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?',
  '\\d{1,2}:\\d{2}(:\\d{2})?(\\s*(am|pm))?(\\s*(utc|gmt|cst|\\+0?8:?00))?',
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s\\d{1,2},?\\s\\d{4}',
  '(来源|本文来源|文章来源|稿源|来自|出处|作者|原作者|编辑|责任编辑|责编|记者|发布时间|发布日期|发表时间|更新时间|时间|日期|浏览次数|浏览量|阅读量|阅读数|阅读|点击数|点击量|点击|发布人|发布者|评论|ip|栏目|分类)\\s*:\\s*(?=(?<value>[^\\s|·:]*))\\k<value>',
  '(新华社|本报|人民网|中新网)?(特约)?(记者|通讯员)\\s*[\\u4e00-\\u9fff·]{2,4}(\\s*/\\s*[\\u4e00-\\u9fff]{0,6}(报道|报导))?',
  '(posted\\s+)?by\\s+[^\\s|·:]+(\\s+[a-z][a-z.\'-]*){0,2}',
  '(浏览|阅读|点击|评论)\\s*[\\d,]+\\s*(次|人次|条)?',
  '[\\d,]+\\s*(次浏览|次阅读|人阅读|阅读|人看过|条评论|评论)',
  '字号\\s*:?\\s*[大中小]+|[大中小]',
  '(updated|published|posted|发布于|发表于)',
];
const META_BAR = `^((on\\s|at\\s|于)?\\s*(${META_SEGMENTS.join('|')})[\\s|·/]*)+$`;

interface RuleRow extends Omit<TextRule, 'pattern'> {
  source: string;
}

const ROWS: readonly RuleRow[] = [
  // Trailing furniture: the headings that open related lists and page navigation.
  { name: 'related-heading', label: 'removal_related_heading', action: 'tail', maxLength: 16, source: '^[【\\[]?(相关|相关推荐|相关阅读|相关新闻|相关文章|相关链接|相关报道|推荐阅读|延伸阅读|往期推荐|往期回顾|往期精选|精彩回顾|热门推荐|热门文章|热门阅读|热点推荐|热点新闻|猜你喜欢|网罗天下|更多新闻|更多阅读|更多精彩|精彩推荐|为你推荐|大家都在看|今日推荐|最新文章|最新资讯|热门标签|点击排行|排行榜|阅读排行)[】\\]]?[::]?$', example: '相关推荐' },
  { name: 'closing-byline', label: 'removal_credits', action: 'tail', maxLength: 30, source: '^[(]\\s*(本报|特约)?(记者|通讯员|实习生)\\s*[\\u4e00-\\u9fff·]{2,4}([\\s、]+[\\u4e00-\\u9fff·]{2,4})*\\s*[)]$', example: '（记者 何思远）' },
  { name: 'end-marker', label: 'removal_end_marker', action: 'remove', maxLength: 12, source: '^[-—–=*\\s]*(end|完|全文完)[-—–=*\\s]*$|^[(]完[)]$', example: '— END —' },
  { name: 'prev-next', label: 'removal_prev_next', action: 'tail', maxLength: 120, source: '^(上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)[::]', example: '上一篇:在服务基层中实现医疗资源均衡配置' },
  { name: 'comment-box', label: 'removal_comments', action: 'tail', maxLength: 30, source: '^(\\d+)?(相关评论|网友评论|发表评论|我要评论|评论区|全部评论|热门评论|最新评论|已有\\d+条评论|共\\d+条评论)', example: '0相关评论' },
  // Notices.
  { name: 'disclaimer', label: 'removal_disclaimer', action: 'remove', maxLength: 600, source: '^(免责声明|声明|版权声明|特别声明|郑重声明|郑重说明)[::]?|不代表本(网|站|平台)(的)?(观点|立场)|仅代表(发布者|作者)?个人观点|本站未对其内容进行核实|若涉(及)?版权问题|如(有|涉及)侵权|请(及时)?联系(我们|本站)(核实|删除)|转载请注明|未经(书面)?授权(不得|禁止)|著作权归(原)?作者所有|本文(为|系)转载|以上内容为本网站转自', example: '声明:以上内容为本网站转自其它媒体,相关信息仅为传递更多企业信息之目的,不代表本网观点' },
  { name: 'copyright', label: 'removal_copyright', action: 'remove', maxLength: 300, source: '(copyright|all rights reserved|版权所有|\\(c\\)\\d{4}|©\\s*\\d{4}|ICP备|ICP证|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]公网安备|备案号|信息服务许可证|视听节目许可证|网上传播视听节目许可)', example: '(c)2008-现在 yixu.net All Rights Reserved.' },
  { name: 'original-certification', label: 'removal_copyright', action: 'remove', maxLength: 200, source: '(原创认证|获取授权|授权转载|查询【?\\w+】?获取)', example: '本文经「原本」原创认证,作者健康报社有限公司,访问yuanben.io查询【35C45HLZ】获取授权' },
  { name: 'hotline', label: 'removal_hotline', action: 'remove', maxLength: 200, source: '(想爆料|我要爆料|爆料热线|新闻热线|广告热线|投稿邮箱|联系电话[::]|诚邀合作|商务合作|欢迎广大网友.{0,6}投稿|举报电话|违法和不良信息举报)', example: '想爆料?請登錄《陽光連線》、撥打新聞熱線0531-66661234或96678' },
  { name: 'report-links', label: 'removal_report', action: 'remove', maxLength: 80, source: '(非法信息举报|违规举报|我要纠错|删稿|举报$|^打赏$|^收藏$|^分享(到|至)?[::]?$|^点赞$)', example: '打赏' },
  { name: 'follow-us', label: 'removal_follow', action: 'remove', maxLength: 40, source: '^(扫码关注|扫一扫关注|长按(识别)?二维码|长按关注|点击上方.{0,8}关注|点个(在看|赞)|关注(我们|公众号|微信公众号|官方微信|官方微博)|欢迎关注|(分享|点赞|在看|转发|收藏)[、,和](分享|点赞|在看|转发|收藏))', example: '长按识别二维码关注我们' },
  { name: 'sign-off', label: 'removal_follow', action: 'remove', maxLength: 120, source: '(关注我[,，。!！]|点个关注|记得关注|欢迎转发|转发给(你的)?(朋友|亲友|他们|身边)|点赞(、|和)?关注|一键三连)', example: '我是医保知识通,关注我,每天了解一点实用医保知识。你身边有需要异地就医的亲友吗?欢迎转发给他们。' },
  { name: 'to-be-continued', label: 'removal_pagination', action: 'remove', maxLength: 80, source: '^[(]?(未完|待续|未完待续)[,，、。]?(.{0,40})[)]?$', example: '(未完,点击下一页继续阅读:缴费渠道和操作步骤)' },
  // English: "read more", or "more" alone or pointing on (»); a paragraph's own "Learn more" link is no teaser.
  { name: 'teaser', label: 'removal_teaser', action: 'remove', maxLength: 300, source: '([\\[【(]?(阅读全文|查看全文|全文|详细|详情|更多|read more|continue reading)\\s*[>»]*[\\]】)]?|^more\\s*[>»›]*|\\bmore\\s*[>»›]+)$', example: '追溯码覆盖全部定点医药机构,一盒药一个码,重复销售可一键识别。[阅读全文]' },
  { name: 'pagination', label: 'removal_pagination', action: 'remove', maxLength: 80, source: '^(共\\s*\\d+\\s*(页|条)|上一页|下一页|首页\\s*上一页|第\\s*\\d+\\s*页\\s*/?\\s*共|\\d+(\\s+\\d+){2,}\\s*(下一页|尾页)?$)', example: '共 107页3185条' },
  // Page controls and counters.
  { name: 'page-controls', label: 'removal_page_controls', action: 'remove', maxLength: 80, source: '(放大字体|缩小字体|字号[::]?\\s*[大中小]|【?[大中小]】?\\s*【?[中小]】?$|打印本页|关闭窗口|\\[?打印\\]?\\s*\\[?关闭\\]?|收藏本站|设为首页|扫一扫|扫描二维码|分享到微信|微信扫码|手机(WAP|wap)?版$|^二维码$|^全部$|^返回(列表|首页|顶部)$|打开APP|展开全文)', example: '放大字体  缩小字体' },
  { name: 'counter', label: 'removal_counter', action: 'remove', maxLength: 24, source: '^(\\d+|[\\d,]+(次|人)?(阅读|浏览|评论|点赞|收藏)|(浏览|阅读|点击|评论)(次数|量|数)?[::]?\\s*[\\d,]+\\s*(次|人次)?)$', example: '瀏覽 8,214 次' },
  { name: 'breadcrumb', label: 'removal_navigation', action: 'remove', maxLength: 120, source: '^(当前位置|您的位置|您现在的位置|所在位置|位置)[::]', example: '您现在的位置: 首页 > 健康 > 我国持续推进优质医疗资源扩容下沉和区域均衡布局' },
  { name: 'summary-box', label: 'removal_summary', action: 'remove', maxLength: 400, source: '^(导读|导语|摘要|核心提示|内容提要)[::]?', example: '导读' },
  { name: 'stray-script', label: 'removal_stray_script', action: 'remove', maxLength: 80, source: '^[\\s\'"`;)}\\]]*(\\}\\s*\\)\\s*\\(\\s*\\)|\\)\\s*;|document\\.write|function\\s*\\(|var\\s+\\w+\\s*=)[\\s\'"`;)}(\\]]*$', example: "'); })();" },
  { name: 'seo-keyword-spam', label: 'removal_keyword_spam', action: 'remove', maxLength: 120, source: '^[,,、;;.。]|(的近义词|的反义词|的意思是|是什么意思|怎么读|造句|拼音)', example: ',国推动的近义词 家卫健委:三方面举措推动优质资源下沉' },
  // Editorial credits: moved to the meta line, never silently dropped.
  { name: 'credit', label: 'removal_credits', action: 'credit', maxLength: 60, source: '^[((]?(文|图|图文|作者|撰稿|编辑|责任编辑|责编|实习编辑|校对|责任校对|审核|审校|审签|审稿|初审|复审|终审|一审|二审|三审|策划|统筹|监制|制作|出品人|主编|设计|视觉|海报|排版|摄影|记者|通讯员)\\s*[::/|]\\s*[^::]{1,20}((\\s*(一审|二审|三审|初审|复审|终审|校对|审核|编辑|图|摄影)\\s*[::/|]\\s*[^::\\s]{1,12}))*$|^[\\u4e00-\\u9fff]{2,12}出品$|^[(]?[\\u4e00-\\u9fff\\s、]{2,24}(供稿|供图|来稿)[)]?$', example: '校对:马杨' },
  // Publication lines: read for metadata, then removed.
  { name: 'publish-info', label: 'removal_publish_info', action: 'meta', maxLength: 200, source: '(发布(时间|日期)|发表(时间|日期)|更新(时间|日期)|时间[::]\\s*\\d{4}|浏览(次数|量)|阅读(量|数|次数)|点击(数|量|次数)|发布人[::]|IP[::])', example: '发布日期:2024-10-08 11:26:51   浏览次数:46  发布人:4208****  IP:124.223.189***  评论:0' },
  { name: 'meta-bar', label: 'removal_publish_info', action: 'meta', maxLength: 120, spaced: true, source: META_BAR, example: '記者林佳穎／台北報導 2024/10/23 14:35 瀏覽 8,214 次' },
  { name: 'source-line', label: 'removal_source', action: 'meta', maxLength: 80, source: '^[(\\[【]?(本文|文章|稿件|信息|新闻)?(来源|转自|转载自|出处|原标题|原文标题)[::][^()]*[)\\]】]?$', example: '原標題:新華鮮報丨筑牢健康“網底”!我國全面啟動醫療衛生強基工程' },
  { name: 'date-line', label: 'removal_publish_info', action: 'meta', maxLength: 80, source: '^((updated|published|posted|发布于|发表于)[:\\s]*)?(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?(\\s*(am|pm|utc|gmt|cst|\\+0?8:?00))*\\s*($|来源|作者|编辑|责任编辑|浏览|阅读|字号|[|·])', example: '2023-09-22 23:17:43 来源:网络 字号:T|T' },
  { name: 'print-edition', label: 'removal_source', action: 'meta', maxLength: 60, source: '^[《「]\\s*[^》」]{2,12}\\s*[》」]\\s*[((]\\s*\\d{4}年\\d{1,2}月\\d{1,2}日.{0,12}[))]$', example: '《 人民日报 》( 2024年11月06日 11 版)' },
  { name: 'byline', label: 'removal_credits', action: 'meta', maxLength: 30, source: '^[(]?(新华社|本报|人民网|中新网|央视网)?(特约)?(记者|通讯员|实习生)\\s*[\\u4e00-\\u9fff·]{2,4}([\\s、]+[\\u4e00-\\u9fff·]{2,4})*(\\s*/?\\s*[\\u4e00-\\u9fff]{0,6}(报道|报导|摄))?[)]?$', example: '新华社记者丁文娴、高萌、李丽' },
  { name: 'wechat-header', label: 'removal_publish_info', action: 'meta', maxLength: 40, spaced: true, source: '^原创[::]\\s*[^\\s::]{1,16}\\s+[^\\s::]{2,20}$', example: '原创: 路闻卓立编译 人民币交易与研究' },
  { name: 'repost-note', label: 'removal_repost_note', action: 'meta', maxLength: 40, source: '^(转自|转载自|来源于|摘自|选自)\\s*[“"「《][^”"」》]{2,24}[”"」》]\\s*[。.]?$', example: '转自“桐溪发布”' },
  { name: 'edit-note', label: 'removal_edit_note', action: 'remove', maxLength: 60, source: '^本帖最后由.{1,20}于.{6,24}编辑$', example: '本帖最后由 溪边老陈 于 2024-5-12 10:26 编辑' },
  { name: 'english-credit', label: 'removal_credits', action: 'credit', maxLength: 120, source: '^(\\(?reporting|writing|editing|additional reporting)\\s+by\\s+', example: 'Reporting by Lin Wei; Editing by Mark Hollis' },
  { name: 'english-republish', label: 'removal_repost_note', action: 'meta', maxLength: 260, source: '^(this (story|article|piece) (was|is|first) (originally |first )?(published|appeared|produced) (by|in|on|with)|originally published (by|in|on)|republished (with permission )?from)', example: 'This story was originally published by Prairie Health Report, a nonprofit newsroom covering health policy in rural America. It is republished here with permission.' },
  { name: 'author-bio', label: 'removal_author_bio', action: 'remove', maxLength: 260, source: '^[A-Z][\\w.\'-]+( [A-Z][\\w.\'-]+){1,3} (covers|writes about|reports on|is a (staff |senior )?(reporter|writer|correspondent|editor)) .{0,160}(reach (her|him|them) at|contact (her|him|them)|@|follow (her|him|them))', example: 'Dana Whitfield covers rural health for Prairie Health Report. Reach her at dwhitfield@prairiehealthreport.org.' },
  { name: 'english-boilerplate', label: 'removal_boilerplate', action: 'remove', maxLength: 160, source: '^(our standards:|read more:|related:|sign up for|subscribe to|advertisement$|share this article|follow us on|click here to)', example: 'Our Standards: The Daily Ledger Editorial Principles.' },
];

/**
 * Words of the porn and gambling spam that hijacked sites inject into titles and articles
 * ("久久99精品国产麻豆婷婷 国产网红女主播精品视频在线观看 …"). A block with two different ones is spam;
 * one alone can be an innocent word.
 */
export const SPAM_TERMS = bilingualRegExp('(无码|麻豆|婷婷|精品视频|国产精品|精品国产|亚洲精品|久久久|久久99|中文字幕|在线观看|一区二区|成人视频|午夜|av在线|百家乐|博彩|娱乐城|棋牌|六合彩|时时彩|赌场|外围|约炮)', 'gi');

export const TEXT_RULES: readonly TextRule[] = ROWS.map(({ source, ...row }) => ({
  ...row,
  pattern: bilingualRegExp(source, 'i'),
}));
