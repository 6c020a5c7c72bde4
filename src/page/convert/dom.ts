/**
 * Converts a live page in place, reversibly: text nodes, the title, and the attributes a reader
 * sees (alt, title, placeholder, aria-label). Never what the user types or the page's code:
 * script, style, code, pre, textarea, input values, contenteditable, translate="no" (and
 * class="notranslate"), Qingdu's own reader host.
 *
 * Per node it remembers the original and what it wrote (WeakMaps), so that
 * - conversion always starts from the original text;
 * - a site's later change (text differs from what we wrote) is taken as the new original and
 *   converted again (at most `maxRewrites` times per node, so a page that fights back cannot
 *   loop with us);
 * - our own writes, seen again by the MutationObserver, are recognised and skipped;
 * - restore() puts back the exact original wherever the page still shows our output.
 *
 * Work is done in slices of `sliceMs` (default 8 ms) so that no main-thread task gets near
 * 50 ms; the first slice runs at once and starts where the viewport is. Content added later
 * (infinite scroll, SPA navigation) arrives through a MutationObserver and is converted before
 * the rest of the initial backlog. Pure DOM: runs in jsdom.
 */
import { isJapanese } from '../../core/convert/detect';
import { mayConvert } from '../../core/convert/converter';

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

export interface ConversionStats {
  /** Text nodes and attributes changed so far (writes, not counting restores). */
  texts: number;
  attributes: number;
  /** Nodes changed by the site after we converted them (and converted again). */
  siteChanges: number;
  slices: number;
  /** Longest slice of work, ms. */
  longestSliceMs: number;
  /** Time of the first slice (the visible part), ms. */
  firstSliceMs: number;
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

/** Elements whose content is never converted (matched on the element or an ancestor). */
export const EXCLUDED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'textarea',
  'qingdu-reader',
  '[contenteditable]:not([contenteditable="false"])',
  '[translate="no"]',
  '.notranslate',
].join(',');

/** Attributes a reader sees. */
export const CONVERTED_ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'] as const;
const ATTRIBUTE_SELECTOR = CONVERTED_ATTRIBUTES.map((a) => `[${a}]`).join(',');
/** Elements whose only content is their own raw text. */
const RAW_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** The other excluded elements: their whole subtree is skipped. */
const NESTED_EXCLUDED_SELECTOR = EXCLUDED_SELECTOR.split(',')
  .filter((sel) => !RAW_TEXT_PARENTS.has(sel))
  .join(',');

const SHOW_TEXT = 4;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/;
const CHINESE_LANG = /^(zh|cmn|yue|lzh)(-|$)/i;

interface TextRecord {
  orig: string;
  out: string;
  rewrites: number;
}

interface LangRecord {
  orig: string | null;
  set: string;
}

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
  const sliceMs = options.sliceMs ?? 8;
  const win = doc.defaultView;
  const schedule = options.schedule ?? ((cb: () => void) => void (win ?? globalThis).setTimeout(cb, 0));
  const now = options.now ?? (() => (win?.performance ?? performance).now());
  const maxRewrites = options.maxRewrites ?? 5;

  const texts = new WeakMap<Text, TextRecord>();
  const attrs = new WeakMap<Element, Map<string, TextRecord>>();
  const langs = new WeakMap<Element, LangRecord>();
  // For restore(): every node we wrote to, held weakly (nodes the page drops can be collected).
  const touchedTexts = new Set<WeakRef<Text>>();
  const touchedElements = new Set<WeakRef<Element>>();
  const langElements = new Set<WeakRef<Element>>();
  // Parents whose lang carrier has been handled.
  const langDone = new WeakSet<Element>();

  const stats: ConversionStats = {
    texts: 0,
    attributes: 0,
    siteChanges: 0,
    slices: 0,
    longestSliceMs: 0,
    firstSliceMs: 0,
    pending: 0,
  };

  // Work: items are Text (convert it), Element (its attributes) or, in `roots`, subtrees to walk.
  let urgent: Node[] = [];
  let backlog: Node[] = [];
  let backlogAt = 0;
  const roots = new Set<Node>();
  let scheduled = false;
  let active = true;
  let idleWaiters: (() => void)[] = [];

  // ------------------------------------------------------------------ what is in scope

  const inScope = (node: Node): boolean => {
    if (!node.isConnected) return false;
    const body = doc.body;
    if (body && body.contains(node)) return true;
    const title = doc.querySelector('head > title, title');
    return !!title && title.contains(node);
  };

  const excludedElement = (el: Element | null): boolean => !!el && el.closest(EXCLUDED_SELECTOR) !== null;
  // A text area's content is the user's, but its placeholder / title / aria-label are labels.
  const attributesExcluded = (el: Element): boolean =>
    el.localName === 'textarea' ? excludedElement(el.parentElement) : excludedElement(el);

  // ------------------------------------------------------------------ lang

  const setLang = (el: Element) => {
    if (langs.has(el)) return;
    const orig = el.getAttribute('lang');
    if (orig === lang) return;
    langs.set(el, { orig, set: lang });
    langElements.add(new WeakRef(el));
    el.setAttribute('lang', lang);
  };

  const langFor = (parent: Element) => {
    if (langDone.has(parent)) return;
    langDone.add(parent);
    const carrier = parent.closest('[lang]');
    if (!carrier || carrier === doc.documentElement) {
      if (doc.documentElement && langs.has(doc.documentElement)) return;
      // <html> declares another language (lang="en" on a page with Chinese content).
      if (!carrier) return;
      setLang(parent);
      return;
    }
    const value = carrier.getAttribute('lang') ?? '';
    if (value === '' || CHINESE_LANG.test(value)) setLang(carrier);
    else setLang(parent);
  };

  // ------------------------------------------------------------------ converting one node

  const convertTextNode = (node: Text) => {
    const data = node.data;
    let rec = texts.get(node);
    if (rec) {
      if (data === rec.out) return; // ours, or untouched since
      // The site changed it: its new text is the original from now on. A site that keeps
      // putting back the very text we converted is fighting us: after maxRewrites, it wins.
      if (data === rec.orig && ++rec.rewrites > maxRewrites) return;
      stats.siteChanges++;
      rec.orig = data;
      rec.out = data;
    }
    if (!mayConvert(data)) return;
    const parent = node.parentElement;
    if (KANA.test(data) && isJapanese(data, parent?.closest('[lang]')?.getAttribute('lang') ?? '')) return;
    const out = convert(data);
    if (out === data) return;
    if (!rec) {
      rec = { orig: data, out, rewrites: 0 };
      texts.set(node, rec);
      touchedTexts.add(new WeakRef(node));
    } else {
      rec.out = out;
    }
    node.data = out;
    stats.texts++;
    if (parent) langFor(parent);
  };

  const convertAttributes = (el: Element, only?: string) => {
    if (!el.hasAttributes()) return;
    for (const name of CONVERTED_ATTRIBUTES) {
      if (only !== undefined && name !== only) continue;
      const value = el.getAttribute(name);
      if (value === null) continue;
      let map = attrs.get(el);
      let rec = map?.get(name);
      if (rec) {
        if (value === rec.out) continue;
        if (value === rec.orig && ++rec.rewrites > maxRewrites) continue;
        stats.siteChanges++;
        rec.orig = value;
        rec.out = value;
      }
      if (!mayConvert(value)) continue;
      const out = convert(value);
      if (out === value) continue;
      if (!rec) {
        rec = { orig: value, out, rewrites: 0 };
        if (!map) {
          map = new Map();
          attrs.set(el, map);
          touchedElements.add(new WeakRef(el));
        }
        map.set(name, rec);
      } else {
        rec.out = out;
      }
      el.setAttribute(name, out);
      stats.attributes++;
    }
  };

  const processItem = (node: Node) => {
    if (node.nodeType === TEXT_NODE) convertTextNode(node as Text);
    else if (node.nodeType === ELEMENT_NODE) convertAttributes(node as Element);
  };

  // ------------------------------------------------------------------ collecting nodes

  /**
   * Text nodes (document order) then elements with converted attributes under `root`, exclusions
   * skipped. Native iteration only (SHOW_TEXT walkers, querySelectorAll): text in script, style,
   * noscript, template and textarea is told by its parent; text in code, pre, contenteditable
   * … by walking those few subtrees first. No callback or closest() per node, which matters cold
   * on a large page.
   */
  const collect = (root: Node, into: Node[]) => {
    if (root.nodeType === TEXT_NODE) {
      into.push(root);
      return;
    }
    if (root.nodeType !== ELEMENT_NODE) return;
    const el = root as Element;
    if (el.matches(EXCLUDED_SELECTOR)) {
      if (el.localName === 'textarea') into.push(el); // its attributes only
      return;
    }
    const skip = new Set<Node>();
    for (const region of el.querySelectorAll(NESTED_EXCLUDED_SELECTOR)) {
      const w = doc.createTreeWalker(region, SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) skip.add(n);
    }
    const walker = doc.createTreeWalker(el, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!mayConvert((n as Text).data)) continue;
      const parent = n.parentElement;
      if (parent && RAW_TEXT_PARENTS.has(parent.localName)) continue;
      if (skip.size > 0 && skip.has(n)) continue;
      into.push(n);
    }
    if (el.matches(ATTRIBUTE_SELECTOR)) into.push(el);
    for (const a of el.querySelectorAll(ATTRIBUTE_SELECTOR)) if (!attributesExcluded(a)) into.push(a);
  };

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

  // ------------------------------------------------------------------ the work loop

  const remaining = () => urgent.length + roots.size + (backlog.length - backlogAt);

  const settle = () => {
    stats.pending = remaining();
    if (stats.pending === 0 || !active) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  const runSlice = () => {
    scheduled = false;
    if (!active) return settle();
    const start = now();
    for (;;) {
      if (roots.size > 0) {
        const list: Node[] = [];
        for (const root of roots) {
          roots.delete(root);
          if (!inScope(root)) continue;
          if (root.nodeType === TEXT_NODE) {
            if (!excludedElement(root.parentElement)) list.push(root);
          } else if (root.nodeType === ELEMENT_NODE) {
            const parent = (root as Element).parentElement;
            if (!excludedElement(parent)) collect(root, list);
          }
          if (now() - start >= sliceMs) break;
        }
        urgent = urgent.length ? urgent.concat(list) : list;
      } else if (urgent.length > 0) {
        // Process up to the time limit; keep the rest.
        let k = 0;
        while (k < urgent.length) {
          processItem(urgent[k++]!);
          if (now() - start >= sliceMs) break;
        }
        urgent = k >= urgent.length ? [] : urgent.slice(k);
      } else if (backlogAt < backlog.length) {
        while (backlogAt < backlog.length) {
          processItem(backlog[backlogAt++]!);
          if (now() - start >= sliceMs) break;
        }
        if (backlogAt >= backlog.length) {
          backlog = [];
          backlogAt = 0;
        }
      } else {
        break;
      }
      if (now() - start >= sliceMs) break;
    }
    const took = now() - start;
    stats.slices++;
    if (stats.slices === 1) stats.firstSliceMs = took;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
    if (remaining() > 0) kick();
    settle();
  };

  const kick = () => {
    if (scheduled || !active) return;
    scheduled = true;
    schedule(runSlice);
  };

  // ------------------------------------------------------------------ observing the page

  const onMutations = (records: MutationRecord[]) => {
    if (!active) return;
    let queued = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        const rec = texts.get(t);
        if (rec && rec.out === t.data) continue; // our own write
        roots.add(t);
        queued = true;
      } else if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType === TEXT_NODE || n.nodeType === ELEMENT_NODE) {
            roots.add(n);
            queued = true;
          }
        }
      } else if (r.type === 'attributes' && r.attributeName) {
        const el = r.target as Element;
        const rec = attrs.get(el)?.get(r.attributeName);
        if (rec && rec.out === el.getAttribute(r.attributeName)) continue; // our own write
        if (!inScope(el) || attributesExcluded(el)) continue;
        urgent.push(el);
        queued = true;
      }
    }
    if (queued) kick();
  };

  const observer = options.observe === false || !win?.MutationObserver ? null : new win.MutationObserver(onMutations);

  // ------------------------------------------------------------------ start

  // The title first (it shows in the tab strip), then the body from the viewport down, then the
  // part above the viewport. Positions are read before anything is written, so they come from
  // the layout the page already has (no forced relayout).
  const html = doc.documentElement;
  const titleEl = doc.querySelector('title');
  const body: Node[] = [];
  if (doc.body) collect(doc.body, body);
  let textCount = body.length;
  while (textCount > 0 && body[textCount - 1]!.nodeType !== TEXT_NODE) textCount--;
  const from = firstVisible(body.slice(0, textCount));
  backlog = titleEl ? [...titleEl.childNodes].filter((n) => n.nodeType === TEXT_NODE) : [];
  backlog.push(...body.slice(from, textCount), ...body.slice(0, from), ...body.slice(textCount));
  if (html) {
    const declared = html.getAttribute('lang');
    if (declared === null || declared === '' || CHINESE_LANG.test(declared)) setLang(html);
  }
  observer?.observe(html, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...CONVERTED_ATTRIBUTES],
  });
  runSlice();

  // ------------------------------------------------------------------ controller

  const stop = () => {
    if (!active) return;
    active = false;
    if (observer) {
      observer.takeRecords();
      observer.disconnect();
    }
    urgent = [];
    backlog = [];
    backlogAt = 0;
    roots.clear();
    settle();
  };

  return {
    lang,
    get active() {
      return active;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        if (!active || remaining() === 0) resolve();
        else idleWaiters.push(resolve);
      }),
    stop,
    restore() {
      stop();
      for (const ref of touchedTexts) {
        const node = ref.deref();
        const rec = node && texts.get(node);
        if (node && rec && node.data === rec.out && rec.out !== rec.orig) node.data = rec.orig;
      }
      for (const ref of touchedElements) {
        const el = ref.deref();
        const map = el && attrs.get(el);
        if (!el || !map) continue;
        for (const [name, rec] of map) {
          if (el.getAttribute(name) === rec.out && rec.out !== rec.orig) el.setAttribute(name, rec.orig);
        }
      }
      for (const ref of langElements) {
        const el = ref.deref();
        const rec = el && langs.get(el);
        if (!el || !rec || el.getAttribute('lang') !== rec.set) continue;
        if (rec.orig === null) el.removeAttribute('lang');
        else el.setAttribute('lang', rec.orig);
      }
      touchedTexts.clear();
      touchedElements.clear();
      langElements.clear();
    },
    stats: () => ({ ...stats, pending: remaining() }),
  };
}
