import { NON_CONTENT_TAGS } from '../dom/unreadable';

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Elements a quote always leaves out, whatever the caller's isHidden says: scripts, styles,
 * templates and other non-content elements, [hidden], aria-hidden="true", and inline
 * display:none / visibility:hidden. Needs no layout, so it works on detached DOMs and in jsdom.
 */
export function alwaysHidden(el: Element): boolean {
  return (
    NON_CONTENT_TAGS.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    INLINE_HIDDEN.test(el.getAttribute('style') ?? '')
  );
}

/** Font sizes below this many CSS pixels do not show text a reader can read. */
const TINY_FONT_PX = 2;

/** r, g, b, alpha of a computed colour ("rgb(…)", "rgba(…)", "transparent"), or null. */
function rgba(value: string): [number, number, number, number] | null {
  if (value.trim() === 'transparent') return [0, 0, 0, 0];
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** The colour behind el: the first ancestor-or-self background that is not transparent (white when none). */
function backgroundBehind(el: Element, view: Window): [number, number, number, number] | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.backgroundImage && style.backgroundImage !== 'none') return null; // cannot tell
    const bg = rgba(style.backgroundColor);
    if (bg && bg[3] > 0) return bg;
  }
  return [255, 255, 255, 1];
}

/** Whether el's own text cannot be seen: a tiny font, a transparent colour, or the colour of the background. */
function textInvisible(el: Element, style: CSSStyleDeclaration, view: Window): boolean {
  const size = parseFloat(style.fontSize);
  if (Number.isFinite(size) && size < TINY_FONT_PX) return true;
  const color = rgba(style.color);
  if (!color) return false;
  if (color[3] === 0) return true;
  const bg = backgroundBehind(el, view);
  return bg !== null && color[3] === 1 && color[0] === bg[0] && color[1] === bg[1] && color[2] === bg[2];
}

/**
 * The isHidden a browser passes to quoteTextFromRange: the element is not rendered (display:none,
 * visibility:hidden, opacity 0, zero-size with overflow hidden — the way "sr-only" text and injected
 * spam are hidden), or its text cannot be seen (font-size under 2px, transparent colour, the
 * background's colour: the way content farms hide anti-scraping junk). Font size and colour are
 * inherited, so an element with invisible text counts as hidden only when none of its descendants
 * sets a visible style again (the `font-size:0` whitespace trick around inline blocks stays readable).
 */
export function computedHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (parseFloat(style.opacity) === 0) return true;
  if ((style.overflow === 'hidden' || style.clip.startsWith('rect(0')) && style.position === 'absolute') {
    const w = parseFloat(style.width);
    const h = parseFloat(style.height);
    if ((w <= 1 && Number.isFinite(w)) || (h <= 1 && Number.isFinite(h))) return true;
  }
  if (!textInvisible(el, style, view)) return false;
  for (const child of Array.from(el.querySelectorAll('*'))) {
    if (!textInvisible(child, view.getComputedStyle(child), view)) return false;
  }
  return true;
}
