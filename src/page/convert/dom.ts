/**
 * Converts a live page in place, reversibly: text nodes, the title, and the attributes a reader
 * sees (alt, title, placeholder, aria-label); see scope.ts for what is never touched. This file
 * says what converting one node means and composes the parts:
 *
 *   scope.ts      which nodes are ours to convert, and collecting them
 *   ledger.ts     each write's original, for starting from it again and for exact restore
 *   scheduler.ts  the work in slices of `sliceMs`, added content before the initial backlog
 *   observer.ts   content the page adds or changes later (MutationObserver)
 *
 * The first slice runs at once and starts where the viewport is. Pure DOM: runs in jsdom.
 */
import { isJapanese } from '../../core/convert/detect';
import { mayConvert } from '../../core/convert/converter';
import { NodeLedger, type LedgerCounts } from './ledger';
import { observePage } from './observer';
import { WorkScheduler, type SliceStats } from './scheduler';
import { CONVERTED_ATTRIBUTES, ConversionScope, ELEMENT_NODE, TEXT_NODE } from './scope';

export { CONVERTED_ATTRIBUTES, EXCLUDED_SELECTOR } from './scope';

export interface ConvertDocumentOptions {
  /** lang set on converted content: zh-Hans, zh-Hant-TW, zh-Hant-HK. */
  lang: string;
  /** Convert content added or changed later (default true). */
  observe?: boolean;
  /** Longest stretch of work per task, in ms (default 8). */
  sliceMs?: number;
  /** Runs a callback in a later task (default setTimeout 0). */
  schedule?: (callback: () => void) => void;
  /** Clock (default performance.now). */
  now?: () => number;
  /** How often a site may put back the text we converted before we leave that node alone (default 5). */
  maxRewrites?: number;
  /** Start with the part of the page in the viewport (default true). */
  visibleFirst?: boolean;
}

/** What the ledger wrote, how the slices went, and what is left. */
export interface ConversionStats extends LedgerCounts, SliceStats {
  /** Work items still queued. */
  pending: number;
}

export interface ConversionController {
  readonly lang: string;
  /** True until stop() or restore(). */
  readonly active: boolean;
  /** Resolves when all queued work is done (or the controller is stopped). */
  idle(): Promise<void>;
  /** Stops observing and drops queued work; converted text stays converted. */
  stop(): void;
  /** Stops, then gives back the exact original text, attributes and lang ("show original"). */
  restore(): void;
  stats(): ConversionStats;
}

const KANA = /[\u3041-\u3096\u30a1-\u30fa]/;
const CHINESE_LANG = /^(zh|cmn|yue|lzh)(-|$)/i;

/**
 * Converts `doc` with `convert` (a string → string function, e.g. getConverter('tw2s')) and
 * keeps converting what the page adds. Returns the controller.
 */
export function convertDocument(
  doc: Document,
  convert: (text: string) => string,
  options: ConvertDocumentOptions,
): ConversionController {
  const lang = options.lang;
  const win = doc.defaultView;
  const scope = new ConversionScope(doc);
  const ledger = new NodeLedger(options.maxRewrites ?? 5);
  // Parents whose lang carrier has been handled.
  const langDone = new WeakSet<Element>();

  // ------------------------------------------------------------------ lang

  /**
   * Converted text is marked with the target's lang on the element that declares the page's
   * Chinese lang, or on the text's parent when the nearest declaration is another language.
   */
  const langFor = (parent: Element) => {
    if (langDone.has(parent)) return;
    langDone.add(parent);
    const carrier = parent.closest('[lang]');
    if (!carrier || carrier === doc.documentElement) {
      if (doc.documentElement && ledger.hasLang(doc.documentElement)) return;
      // <html> declares another language (lang="en" on a page with Chinese content).
      if (!carrier) return;
      ledger.setLang(parent, lang);
      return;
    }
    const value = carrier.getAttribute('lang') ?? '';
    ledger.setLang(value === '' || CHINESE_LANG.test(value) ? carrier : parent, lang);
  };

  // ------------------------------------------------------------------ converting one node

  const convertTextNode = (node: Text) => {
    if (!ledger.admitText(node)) return;
    const data = node.data;
    if (!mayConvert(data)) return;
    const parent = node.parentElement;
    if (KANA.test(data) && isJapanese(data, parent?.closest('[lang]')?.getAttribute('lang') ?? '')) return;
    const out = convert(data);
    if (out === data) return;
    ledger.writeText(node, out);
    if (parent) langFor(parent);
  };

  const convertAttributes = (el: Element) => {
    if (!el.hasAttributes()) return;
    for (const name of CONVERTED_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null || !ledger.admitAttribute(el, name, value)) continue;
      if (!mayConvert(value)) continue;
      const out = convert(value);
      if (out !== value) ledger.writeAttribute(el, name, value, out);
    }
  };

  const scheduler = new WorkScheduler({
    sliceMs: options.sliceMs ?? 8,
    schedule: options.schedule ?? ((cb: () => void) => void (win ?? globalThis).setTimeout(cb, 0)),
    now: options.now ?? (() => (win?.performance ?? performance).now()),
    process: (node) => {
      if (node.nodeType === TEXT_NODE) convertTextNode(node as Text);
      else if (node.nodeType === ELEMENT_NODE) convertAttributes(node as Element);
    },
    expand: (root, into) => scope.collectChanged(root, into),
  });

  // ------------------------------------------------------------------ start

  /** Index of the first text node not above the viewport (document order ≈ vertical order). */
  const firstVisible = (nodes: Node[]): number => {
    if (options.visibleFirst === false || !win || !win.innerHeight) return 0;
    const bottom = (n: Node): number => {
      const el = n.nodeType === TEXT_NODE ? n.parentElement : (n as Element);
      return el ? el.getBoundingClientRect().bottom : 0;
    };
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bottom(nodes[mid]!) > 0) hi = mid;
      else lo = mid + 1;
    }
    return lo < nodes.length ? lo : 0;
  };

  // The title first (it shows in the tab strip), then the body from the viewport down, then the
  // part above the viewport. Positions are read before anything is written, so they come from
  // the layout the page already has (no forced relayout).
  const html = doc.documentElement;
  const titleEl = doc.querySelector('title');
  const body: Node[] = [];
  if (doc.body) scope.collect(doc.body, body);
  let textCount = body.length;
  while (textCount > 0 && body[textCount - 1]!.nodeType !== TEXT_NODE) textCount--;
  const from = firstVisible(body.slice(0, textCount));
  const backlog: Node[] = titleEl ? [...titleEl.childNodes].filter((n) => n.nodeType === TEXT_NODE) : [];
  backlog.push(...body.slice(from, textCount), ...body.slice(0, from), ...body.slice(textCount));
  if (html) {
    const declared = html.getAttribute('lang');
    if (declared === null || declared === '' || CHINESE_LANG.test(declared)) ledger.setLang(html, lang);
  }
  const observer = options.observe === false || !win ? null : observePage(win, html, ledger, scope, scheduler);
  scheduler.start(backlog);

  // ------------------------------------------------------------------ controller

  const stop = () => {
    if (!scheduler.active) return;
    observer?.disconnect();
    scheduler.stop();
  };

  return {
    lang,
    get active() {
      return scheduler.active;
    },
    idle: () => scheduler.idle(),
    stop,
    restore() {
      stop();
      ledger.restore();
    },
    stats: () => ({ ...ledger.counts, ...scheduler.timing, pending: scheduler.remaining() }),
  };
}
