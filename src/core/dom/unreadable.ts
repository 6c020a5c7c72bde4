/**
 * Elements whose content is never read as the page's text: code, styles, the no-script fallback
 * and inert templates. One list for every walk that reads text (extraction, metadata, figures,
 * script detection and conversion), so they cannot disagree about what the page says.
 */
export const UNREADABLE_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The same, as a selector. */
export const UNREADABLE_SELECTOR = [...UNREADABLE_TAGS].map((tag) => tag.toLowerCase()).join(', ');

/**
 * Whether an element's content is unreadable. tagName is upper case for HTML elements but keeps
 * its case in SVG and MathML (an SVG <script> or <style> is 'script', 'style').
 */
export function isUnreadable(el: Element): boolean {
  return UNREADABLE_BY_TAG_NAME.has(el.tagName);
}

/** tagName as the DOM gives it: upper case in HTML, as written in SVG (script, style). One lookup per element. */
export const UNREADABLE_BY_TAG_NAME: ReadonlySet<string> = new Set([...UNREADABLE_TAGS, 'script', 'style']);

/**
 * Form controls: what they hold is the user's (typed or chosen), or a control's label. Never
 * marked or converted as article text.
 */
export const FORM_CONTROL_TAGS: ReadonlySet<string> = new Set(['TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);

/** Elements that never hold article text a reader sees. */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set([
  ...UNREADABLE_TAGS, 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'META', 'SVG', 'CANVAS', 'AUDIO',
  'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'DIALOG',
]);
