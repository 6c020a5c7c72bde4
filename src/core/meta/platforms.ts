import { parseDate } from './date';
import { inlineScripts } from '../dom/walk';

/**
 * Self-media platforms, where the outlet is the account that posted (the platform hosts millions of
 * them) and the page names it in the platform's own markup. One row per platform, with an example.
 */
interface PlatformRule {
  platform: string;
  /** The element that names the posting account, found from the platform's own publication bar. */
  account: (doc: Document) => Element | null;
  /** The element that shows the date (on WeChat the platform's script fills it, on the live page). */
  date: string;
  /** The posting time as the page's inline data holds it (Unix seconds), for a saved page whose script never ran. */
  dataTime?: RegExp;
  example: string;
}

const PLATFORM_RULES: readonly PlatformRule[] = [
  {
    platform: '微信公众号',
    account: (doc) => doc.querySelector('#profileBt #js_name'),
    date: 'em#publish_time',
    dataTime: /\bvar ct = "(\d{9,11})"/,
    example: '<span id="profileBt"><a id="js_name">爱否科技</a></span> <em id="publish_time"></em> <script>var ct = "1581517074";</script>',
  },
  {
    platform: '百家号',
    // (No :has(): older browsers throw on it.)
    account: (doc) => doc.querySelector('.article-source-bjh')?.parentElement?.querySelector(':scope > .author-name') ?? null,
    date: '.article-source-bjh .date',
    example: '<div class="author-txt"><p class="author-name">IT之家</p><div class="article-source article-source-bjh"><span class="date">发布时间：09-30</span></div></div>',
  },
  {
    platform: '头条号',
    // Toutiao's account pages live under /c/user/<id>/; the account sits beside the date in the
    // article bar, or beside the avatar on a photo gallery.
    account: (doc) =>
      doc.querySelector('a[href*="/c/user/"]')
        ? (doc.querySelector('.pgc > .media-user > span') ??
          Array.from(doc.querySelectorAll('.article-sub > span')).find((span) => !span.className && !parseDate(span.textContent ?? '')) ??
          null)
        : null,
    date: '.article-sub > span:last-child, .action-report > .time',
    example: '<a href="/c/user/55043834328/">…</a><div class="article-sub"><span>华夏人文</span> <span>2020-03-09 18:14:21</span></div>',
  },
];

/** China Standard Time, in which these platforms print their dates. */
const CST_OFFSET_MS = 8 * 3600 * 1000;

export interface PlatformFacts {
  account: string | null;
  published: string | null;
}

/** The posting account and date on a self-media platform's page; null when the page is none of them. */
export function readPlatform(doc: Document): PlatformFacts | null {
  for (const rule of PLATFORM_RULES) {
    const accountEl = rule.account(doc);
    if (!accountEl) continue;
    const account = (accountEl.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
    const shown = parseDate(doc.querySelector(rule.date)?.textContent ?? '');
    return { account, published: shown ?? (rule.dataTime ? dataDate(doc, rule.dataTime) : null) };
  }
  return null;
}

function dataDate(doc: Document, pattern: RegExp): string | null {
  for (const { text } of inlineScripts(doc)) {
    const seconds = pattern.exec(text)?.[1];
    if (seconds) return new Date(Number(seconds) * 1000 + CST_OFFSET_MS).toISOString().slice(0, 10);
  }
  return null;
}
