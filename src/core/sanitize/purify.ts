import { childList } from '../dom/walk';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The one place where article HTML is parsed into a document: everything goes through DOMPurify
 * with an allowlist fit for articles. No scripts, handlers, forms, frames, styles or classes;
 * links open safely; images only over http(s) (or inline data images).
 */
const ARTICLE_CONFIG: Config = {
  // No h1: the reader prints the title itself (Readability already turns body h1s into h2s).
  ALLOWED_TAGS: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
    'figure', 'figcaption', 'img', 'picture', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'pre', 'code', 'hr', 'span', 'div', 'section',
    'time', 'abbr',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'width', 'height'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Readability has made URLs absolute: only http(s), mailto and in-page anchors pass; data: only
  // for images (DOMPurify's default for <img>, narrowed to image types in the hook below).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  // DOMPurify checks every attribute outside its URI-safe list against ALLOWED_URI_REGEXP, so
  // width="600" or colspan="2" failed it and was dropped: images showed at natural size (the text
  // jumped as they loaded) and table cells lost their spans. These hold no URL; the hook below
  // keeps only plain numbers in the numeric ones.
  ADD_URI_SAFE_ATTR: ['width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'],
};

/** Attributes that must be a plain number to be kept (an image's intrinsic size, a cell's span). */
const NUMERIC_ATTRIBUTES = ['width', 'height', 'colspan', 'rowspan'] as const;

const instances = new WeakMap<object, DOMPurify>();

function purifier(win: Window & typeof globalThis): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    purify.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      for (const name of NUMERIC_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value !== null && !/^\s*\d{1,5}\s*$/.test(value)) el.removeAttribute(name);
      }
      // Only links carry href (DOMPurify lets data: URIs through on <img> attributes).
      if (el.tagName !== 'A' && el.hasAttribute('href')) el.removeAttribute('href');
      if (el.tagName === 'A' && el.hasAttribute('href')) {
        el.setAttribute('rel', 'noopener noreferrer');
        el.setAttribute('target', '_blank');
      }
      if (el.tagName === 'IMG') {
        const src = el.getAttribute('src') ?? '';
        if (!/^https?:/i.test(src) && !/^data:image\/(png|jpe?g|gif|webp|avif);/i.test(src)) el.remove();
      }
    });
    instances.set(win, purify);
  }
  return purify;
}

/**
 * Sanitizes an element's subtree in place (the pipeline's working copy): no serialize/parse round
 * trip. Only the root's content counts (the pipeline reads its innerHTML), so the content is
 * sanitized inside a bare <div>: DOMPurify refuses an in-place root outside the allowlist
 * (<article>, <font>, <center>, <body>, <title> … which the extraction can pick) and throws.
 */
export function sanitizeInPlace(root: Element, win: Window & typeof globalThis): void {
  const holder = root.ownerDocument.createElement('div');
  holder.append(...childList(root));
  purifier(win).sanitize(holder, { ...ARTICLE_CONFIG, IN_PLACE: true });
  root.append(...childList(holder));
}

/** Sanitized article HTML as a fragment of win's document, ready to insert (the reader view). */
export function sanitizeToFragment(html: string, win: Window & typeof globalThis): DocumentFragment {
  return purifier(win).sanitize(html, { ...ARTICLE_CONFIG, RETURN_DOM_FRAGMENT: true });
}
