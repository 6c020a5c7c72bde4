/**
 * Huge pages for `npm run bench:huge`, generated at run time (never committed): a content-farm
 * article page padded the way such pages get huge — thousands of comments, related lists, ranking
 * tables, an inline state blob — and pages sized just under the pipeline's limits. The text is
 * made of news-like sentences from a seeded generator, so runs are comparable.
 */
import { ADVERSARIAL_SHAPES } from '../test/support/adversarial-text';

/** mulberry32: small, seeded, good enough to vary text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['国家卫生健康委', '省医保局', '市卫生健康委员会', '县人民医院', '国家疾控局', '财政部', '基层医疗卫生机构', '三级公立医院', '家庭医生签约服务团队', '县域医共体', '乡镇卫生院', '社区卫生服务中心', '省人民医院', '国家中医药局'];
const ACTIONS = ['持续推进优质医疗资源扩容下沉', '加强县域医共体建设', '推动分级诊疗制度落地见效', '深化医保支付方式改革', '提升基层首诊能力', '完善慢性病长期处方制度', '推进检查检验结果互认', '扩大远程医疗服务覆盖面', '加快补齐儿科和精神卫生短板', '建立健全药品集中带量采购机制'];
const OBJECTS = ['县医院', '乡镇卫生院', '村卫生室', '社区卫生服务中心', '二级以上公立医院', '基层医疗卫生机构', '重点专科', '远程会诊中心'];
const TAILS = ['群众就近就医更加方便', '患者外转率明显下降', '基层诊疗量占比稳步提高', '看病难、看病贵问题得到进一步缓解', '医务人员积极性有了明显提升', '服务质量和效率同步提高'];
const COMMENT_OPENERS = ['说得好', '支持', '希望真正落到实处', '我们县医院这两年确实变化很大', '看病难的问题什么时候能彻底解决', '点赞', '基层医生太辛苦了', '上周带老人去复查', '这个政策好', '转发给家里人看看'];
const PLACES = ['广东', '四川', '河南', '山东', '江苏', '浙江', '湖北', '湖南', '云南', '甘肃', '黑龙江', '广西'];
const NICKS = ['山间清风', '老张的日常', '健康每一天', '小城医生', '云淡风轻', '追梦人', '快乐的石头', '海边的猫', '路过的网友', '向阳而生'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function sentence(r: () => number): string {
  const n = 1 + Math.floor(r() * 900);
  const pct = (40 + r() * 59).toFixed(1);
  switch (Math.floor(r() * 5)) {
    case 0:
      return `截至${2020 + Math.floor(r() * 5)}年底，${pct}%的${pick(r, OBJECTS)}达到了服务能力基本标准，${pick(r, TAILS)}。`;
    case 1:
      return `${pick(r, SUBJECTS)}${pick(r, ACTIONS)}，累计投入资金${n}.${Math.floor(r() * 10)}亿元，支持${n}个${pick(r, OBJECTS)}改善设施设备条件。`;
    case 2:
      return `据介绍，今年以来全省${pick(r, OBJECTS)}门急诊人次同比增长${(r() * 20).toFixed(1)}%，${pick(r, TAILS)}。`;
    case 3:
      return `“${pick(r, ACTIONS)}，关键是让群众得到实实在在的好处。”${pick(r, SUBJECTS)}有关负责人表示，下一步将${pick(r, ACTIONS)}。`;
    default:
      return `${pick(r, SUBJECTS)}要求，到${2025 + Math.floor(r() * 6)}年，每个县至少有${1 + Math.floor(r() * 5)}家${pick(r, OBJECTS)}能够提供24小时急诊服务，${pick(r, TAILS)}。`;
  }
}

function paragraph(r: () => number, sentences: number): string {
  let s = '';
  for (let i = 0; i < sentences; i++) s += sentence(r);
  return s;
}

function comment(r: () => number, i: number): string {
  const nick = `${pick(r, NICKS)}${i % 997}`;
  const reply = r() < 0.25 ? `回复 @${pick(r, NICKS)}${Math.floor(r() * 997)}：` : '';
  const body = `${reply}${pick(r, COMMENT_OPENERS)}，${r() < 0.5 ? sentence(r) : pick(r, TAILS) + '。'}`;
  const day = 1 + (i % 28);
  return (
    `<div class="comment-item clearfix" data-cid="${100000 + i}" data-uid="${(i * 7919) % 1000000}">` +
    `<div class="c-avatar"><a href="/u/${(i * 7919) % 1000000}" target="_blank" rel="nofollow"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/uploads/avatar/${i % 500}.jpg" width="40" height="40" alt=""></a></div>` +
    `<div class="c-main"><div class="c-head"><a class="c-user" href="/u/${(i * 7919) % 1000000}">${nick}</a><span class="c-time">2024-11-${String(day).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</span><span class="c-ip">IP属地：${pick(r, PLACES)}</span></div>` +
    `<p class="c-text">${body}</p>` +
    `<div class="c-foot"><a class="c-like" href="javascript:;" data-act="like"><i class="iconfont icon-zan"></i><span class="num">${Math.floor(r() * 300)}</span></a><a class="c-reply" href="javascript:;">回复</a><a class="c-report" href="javascript:;">举报</a></div></div></div>\n`
  );
}

function relatedList(r: () => number, title: string, items: number, cls: string): string {
  let s = `<div class="${cls}"><div class="hd"><h3>${title}</h3></div><ul class="list">`;
  for (let i = 0; i < items; i++) {
    s += `<li><span class="date">11-${String(1 + (i % 28)).padStart(2, '0')}</span><a href="/jiankang/2024110${i % 9}/${58000 + i}.html" title="${pick(r, SUBJECTS)}${pick(r, ACTIONS)}">${pick(r, SUBJECTS)}${pick(r, ACTIONS)}</a><span class="views">${Math.floor(r() * 9000)}次阅读</span></li>`;
  }
  return s + '</ul></div>\n';
}

function rankingTable(r: () => number, rows: number): string {
  let s = '<table class="rank-table" cellpadding="0" cellspacing="0"><thead><tr><th>排名</th><th>医院</th><th>地区</th><th>评分</th></tr></thead><tbody>';
  for (let i = 0; i < rows; i++) {
    s += `<tr><td class="n">${i + 1}</td><td><a href="/yiyuan/${3000 + i}.html">${pick(r, PLACES)}${pick(r, OBJECTS)}${i}</a></td><td>${pick(r, PLACES)}</td><td>${(60 + r() * 40).toFixed(1)}</td></tr>`;
  }
  return s + '</tbody></table>\n';
}

const HEAD = (title: string) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}_健康资讯_易网健康养生网</title>
<meta name="keywords" content="优质医疗资源,分级诊疗,县域医共体,养生,健康养生">
<meta name="description" content="${title}。国家卫生健康委持续推进优质医疗资源扩容下沉和区域均衡布局。">
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="易网健康养生网">
<meta name="author" content="李红梅">
<meta property="article:published_time" content="2024-11-06T08:00:00+08:00">
<style>body{font:14px/1.6 "Microsoft YaHei",sans-serif;margin:0}.wrap{width:1200px;margin:0 auto}.left{float:left;width:860px}.right{float:right;width:320px}.clearfix::after{content:"";display:block;clear:both}.comment-item{padding:10px 0;border-bottom:1px solid #eee}.c-avatar{float:left;width:50px}.c-main{margin-left:56px}</style>
<script>var _hmt = _hmt || []; window.__PAGE_CONF__ = { aid: 58213, typeid: 12 };</script>
</head>
`;

function header(r: () => number): string {
  let nav = '';
  for (let i = 0; i < 24; i++) nav += `<li><a href="/${['jiankang', 'yangsheng', 'jibing', 'yiyao', 'zhongyi', 'meishi'][i % 6]}/${i}/">${pick(r, ['健康资讯', '养生', '疾病', '医药', '中医', '饮食'])}</a></li>`;
  return `<body>
<div class="topbar"><div class="wrap"><span>欢迎来到易网健康养生网</span><a href="/member/login.php">登录</a> | <a href="/member/reg.php">注册</a></div></div>
<div class="header wrap"><a class="logo" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="易网健康养生网"></a></div>
<div class="nav"><ul class="wrap">${nav}</ul></div>
<div class="wrap main clearfix">
<div class="left">
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/jiankang/">健康资讯</a> &gt; 正文</div>
`;
}

/** The article: title, info bar, `paras` paragraphs with subheadings, a photo and a data table. */
function article(r: () => number, title: string, paras: number, sentencesPer: number): string {
  let body = '';
  for (let i = 0; i < paras; i++) {
    if (i > 0 && i % 12 === 0) body += `<p><strong>${['一', '二', '三', '四', '五', '六', '七', '八', '九'][(i / 12 - 1) % 9]}、${pick(r, ACTIONS)}</strong></p>\n`;
    if (i === 3) body += '<p style="text-align:center"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/uploads/allimg/241106/1-241106.jpg" width="600" height="400" alt=""></p><p style="text-align:center">县医院远程会诊中心。资料图片</p>\n';
    if (i === 8) {
      body += '<table class="data"><tbody><tr><td>指标</td><td>2022年</td><td>2023年</td></tr>';
      for (let k = 0; k < 6; k++) body += `<tr><td>${pick(r, OBJECTS)}数量</td><td>${1000 + Math.floor(r() * 9000)}个</td><td>${1000 + Math.floor(r() * 9000)}个</td></tr>`;
      body += '</tbody></table>\n';
    }
    body += `<p>　　${paragraph(r, sentencesPer)}</p>\n`;
  }
  return `<div class="newsview">
<h1 class="title">${title}</h1>
<div class="info">来源：人民日报 &nbsp; 作者：李红梅 &nbsp; 发布时间：2024-11-06 08:00 &nbsp; 阅读：<span id="hits">3562</span></div>
<div class="summary">导读：${sentence(r)}</div>
<div id="contentText" class="arc_body">
${body}<p>（责任编辑：王小明）</p>
</div>
<div class="prenext"><li>上一篇：<a href="/jiankang/20241105/58212.html">${pick(r, SUBJECTS)}${pick(r, ACTIONS)}</a></li><li>下一篇：<a href="/jiankang/20241106/58214.html">${pick(r, SUBJECTS)}${pick(r, ACTIONS)}</a></li></div>
</div>
`;
}

function footer(r: () => number, stateBytes: number): string {
  // The inline state blob SPA-style farms ship: it counts in body.textContent, not in what is seen.
  let state = '';
  if (stateBytes > 0) {
    const items: string[] = [];
    let size = 0;
    for (let i = 0; size < stateBytes; i++) {
      const item = `{"id":${60000 + i},"title":"${pick(r, SUBJECTS)}${pick(r, ACTIONS)}","url":"/jiankang/${60000 + i}.html","hits":${Math.floor(r() * 9999)}}`;
      items.push(item);
      size += item.length;
    }
    state = `<script>window.__INITIAL_STATE__={"list":[${items.join(',')}]};</script>\n`;
  }
  return `<div class="footer"><div class="wrap"><p>Copyright © 2012-2024 易网健康养生网 版权所有 粤ICP备00000000号-1</p><p>免责声明：本站内容仅供参考，不作为诊断及医疗依据。</p></div></div>
${state}<script>(function(){var s=document.createElement('span');s.id='hit-counter';})();</script>
</body>
</html>
`;
}

export interface HugePage {
  name: string;
  what: string;
  html: string;
}

/** A farm page: an article, then `comments` comments, related lists, sidebars, optional state blob. */
export function farmPage(seed: number, opts: { paras: number; sentencesPer: number; comments: number; related: number; rankRows: number; stateBytes: number }): string {
  const r = rng(seed);
  const title = '推动优质医疗资源更好惠及基层';
  const parts: string[] = [HEAD(title), header(r), article(r, title, opts.paras, opts.sentencesPer)];
  parts.push(relatedList(r, '相关推荐', opts.related, 'related'));
  parts.push(`<div class="comment-box" id="comments"><div class="hd"><h3>网友评论</h3><span>共${opts.comments}条</span></div><div class="comment-list">\n`);
  for (let i = 0; i < opts.comments; i++) parts.push(comment(r, i));
  parts.push('</div><div class="more"><a href="javascript:;">查看更多评论</a></div></div>\n</div>\n');
  parts.push(`<div class="right">${relatedList(r, '热门文章', 40, 'hot-list')}${rankingTable(r, opts.rankRows)}${relatedList(r, '猜你喜欢', 40, 'guess')}</div>\n</div>\n`);
  parts.push(footer(r, opts.stateBytes));
  return parts.join('');
}

/**
 * A farm page whose article, after a few real-looking paragraphs, runs to `chars` characters of
 * adversarial text: 2,000-character paragraphs of one shape each (1%1%…, 1亿元…, “1个…), the shapes
 * the figures bench measures. Every number in it is a figure, so marking is as dense as it gets.
 */
function adversarialPage(seed: number, chars: number): string {
  const r = rng(seed);
  const title = '推动优质医疗资源更好惠及基层';
  const shapes = ADVERSARIAL_SHAPES.filter(([, unit]) => /\d/.test(unit));
  let body = '';
  for (let i = 0; i < 6; i++) body += `<p>　　${paragraph(r, 4)}</p>\n`;
  for (let i = 0, size = 0; size < chars; i++) {
    const unit = shapes[i % shapes.length]![1];
    const text = unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
    body += `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>\n`;
    size += text.length;
  }
  return `${HEAD(title)}${header(r)}<div class="newsview"><h1 class="title">${title}</h1><div class="info">来源：人民日报 &nbsp; 发布时间：2024-11-06 08:00</div><div id="contentText" class="arc_body">\n${body}</div></div>\n</div>\n</div>\n${footer(r, 0)}`;
}

/** The pages the bench measures. */
export function hugePages(): HugePage[] {
  return [
    {
      name: 'farm-10mb',
      what: '10 MB farm page: article + 7,700 comments, lists, tables, 2 MB state blob',
      html: farmPage(1, { paras: 60, sentencesPer: 4, comments: 7_700, related: 400, rankRows: 2_000, stateBytes: 2_000_000 }),
    },
    {
      name: 'nodes-100k',
      what: 'article + comment thread, about 100,000 elements',
      html: farmPage(2, { paras: 40, sentencesPer: 4, comments: 6_150, related: 60, rankRows: 200, stateBytes: 0 }),
    },
    {
      name: 'limit-elements',
      what: 'just under MAX_ELEMENTS (150,000)',
      html: farmPage(3, { paras: 40, sentencesPer: 4, comments: 9_220, related: 60, rankRows: 200, stateBytes: 0 }),
    },
    {
      name: 'over-limit',
      what: 'over MAX_ELEMENTS: declined with a notice',
      html: farmPage(5, { paras: 40, sentencesPer: 4, comments: 10_000, related: 60, rankRows: 200, stateBytes: 0 }),
    },
    {
      name: 'limit-text',
      what: 'just under MAX_TEXT_CHARS (1,000,000): a very long article, few elements',
      html: farmPage(4, { paras: 2_360, sentencesPer: 8, comments: 50, related: 30, rankRows: 20, stateBytes: 0 }),
    },
    {
      name: 'adversarial-900k',
      what: 'an article of 900,000 characters of dense figures (1%1%…, 1亿元…): marking at its worst',
      html: adversarialPage(6, 900_000),
    },
  ];
}
