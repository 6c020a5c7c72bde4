/**
 * The record of every write conversion made to a page: for each text node, converted attribute
 * and lang attribute, the original and what we wrote (WeakMaps, so nodes the page drops can be
 * collected). With it
 * - conversion always starts from the original text;
 * - a site's later change (text differs from what we wrote) is taken as the new original and
 *   converted again (at most `maxRewrites` times per node, so a page that fights back cannot
 *   loop with us);
 * - our own writes, seen again by the MutationObserver, are recognised and skipped;
 * - restore() puts back the exact original wherever the page still shows our output.
 */

/** One converted value (a text node's data or an attribute's value). */
interface Write {
  orig: string;
  out: string;
  /** Times the site put back `orig` after we converted it. */
  rewrites: number;
}

interface LangWrite {
  orig: string | null;
  set: string;
}

export interface LedgerCounts {
  /** Text nodes and attributes changed so far (writes, not counting restores). */
  texts: number;
  attributes: number;
  /** Nodes changed by the site after we converted them (and converted again). */
  siteChanges: number;
}

export class NodeLedger {
  private readonly texts = new WeakMap<Text, Write>();
  private readonly attrs = new WeakMap<Element, Map<string, Write>>();
  private readonly langs = new WeakMap<Element, LangWrite>();
  // For restore(): every node we wrote to, held weakly.
  private readonly touchedTexts = new Set<WeakRef<Text>>();
  private readonly touchedElements = new Set<WeakRef<Element>>();
  private readonly langElements = new Set<WeakRef<Element>>();

  readonly counts: LedgerCounts = { texts: 0, attributes: 0, siteChanges: 0 };

  constructor(private readonly maxRewrites: number) {}

  /** The node shows what we last wrote to it (our own write, seen again). */
  ownsText(node: Text): boolean {
    const rec = this.texts.get(node);
    return !!rec && rec.out === node.data;
  }

  ownsAttribute(el: Element, name: string): boolean {
    const rec = this.attrs.get(el)?.get(name);
    return !!rec && rec.out === el.getAttribute(name);
  }

  /**
   * Whether the node's text is to be converted: not when it is what we wrote, nor when the site
   * keeps putting back its original. A site's change becomes the node's original from now on.
   */
  admitText(node: Text): boolean {
    return this.admit(this.texts.get(node), node.data);
  }

  admitAttribute(el: Element, name: string, value: string): boolean {
    return this.admit(this.attrs.get(el)?.get(name), value);
  }

  /** Writes `out` over the node's text (admitted just before), remembering the original. */
  writeText(node: Text, out: string): void {
    const rec = this.texts.get(node);
    if (!rec) {
      this.texts.set(node, { orig: node.data, out, rewrites: 0 });
      this.touchedTexts.add(new WeakRef(node));
    } else {
      rec.out = out;
    }
    node.data = out;
    this.counts.texts++;
  }

  /** Writes `out` over the attribute's `value` (admitted just before), remembering the original. */
  writeAttribute(el: Element, name: string, value: string, out: string): void {
    let map = this.attrs.get(el);
    const rec = map?.get(name);
    if (!rec) {
      if (!map) {
        map = new Map();
        this.attrs.set(el, map);
        this.touchedElements.add(new WeakRef(el));
      }
      map.set(name, { orig: value, out, rewrites: 0 });
    } else {
      rec.out = out;
    }
    el.setAttribute(name, out);
    this.counts.attributes++;
  }

  /** We set a lang on this element (it keeps ours until restore). */
  hasLang(el: Element): boolean {
    return this.langs.has(el);
  }

  /** Sets lang, once per element, unless it already says `lang`. */
  setLang(el: Element, lang: string): void {
    if (this.langs.has(el)) return;
    const orig = el.getAttribute('lang');
    if (orig === lang) return;
    this.langs.set(el, { orig, set: lang });
    this.langElements.add(new WeakRef(el));
    el.setAttribute('lang', lang);
  }

  /** Puts back every original the page still shows our output for, and forgets them all. */
  restore(): void {
    for (const ref of this.touchedTexts) {
      const node = ref.deref();
      const rec = node && this.texts.get(node);
      if (node && rec && node.data === rec.out && rec.out !== rec.orig) node.data = rec.orig;
    }
    for (const ref of this.touchedElements) {
      const el = ref.deref();
      const map = el && this.attrs.get(el);
      if (!el || !map) continue;
      for (const [name, rec] of map) {
        if (el.getAttribute(name) === rec.out && rec.out !== rec.orig) el.setAttribute(name, rec.orig);
      }
    }
    for (const ref of this.langElements) {
      const el = ref.deref();
      const rec = el && this.langs.get(el);
      if (!el || !rec || el.getAttribute('lang') !== rec.set) continue;
      if (rec.orig === null) el.removeAttribute('lang');
      else el.setAttribute('lang', rec.orig);
    }
    this.touchedTexts.clear();
    this.touchedElements.clear();
    this.langElements.clear();
  }

  private admit(rec: Write | undefined, value: string): boolean {
    if (!rec) return true;
    if (value === rec.out) return false; // ours, or untouched since
    // A site that keeps putting back the very text we converted is fighting us: after
    // maxRewrites, it wins.
    if (value === rec.orig && ++rec.rewrites > this.maxRewrites) return false;
    this.counts.siteChanges++;
    rec.orig = value;
    rec.out = value;
    return true;
  }
}
