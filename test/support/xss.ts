// Shared by the XSS, fuzz and e2e tests: the vector corpus, hostile pages built from a real
// fixture, and the check that sanitized article HTML is safe.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const VECTORS_FILE = fileURLToPath(new URL('../data/xss/vectors.txt', import.meta.url));
const BASE_FIXTURE = fileURLToPath(new URL('../fixtures/seed-003-shixun.html', import.meta.url));
export const BASE_FIXTURE_NAME = 'seed-003-shixun';

export interface Vector {
  /** 1-based number among the corpus lines; what the hook records. */
  n: number;
  /** The vector with PWN replaced by the hook call. */
  html: string;
  /** The line as written in the corpus. */
  raw: string;
}

/** The corpus with PWN replaced by `__pwned(N,this)`. */
export function loadVectors(): Vector[] {
  return readFileSync(VECTORS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map((raw, i) => ({ n: i + 1, raw, html: raw.replaceAll('PWN', `__pwned(${i + 1},this)`) }));
}

/** Where a vector goes in the page. */
export type Placement = 'between' | 'inline' | 'head';
export const PLACEMENTS: Placement[] = ['between', 'inline', 'head'];

/**
 * The seed-003-shixun page with `vector` inserted:
 * - between: as its own block between the 3rd and 4th paragraphs of the article container;
 * - inline: at the end of the 5th paragraph's text (inside the <p>);
 * - head: in <title>, in the description meta's content, in the <h1>, and in an image's alt attribute.
 * With `hook`, a first <script> in <head> defines window.__pwned, which logs each call.
 */
export function hostilePage(vector: string, placement: Placement, hook = false): string {
  let html = readFileSync(BASE_FIXTURE, 'utf8');
  const start = html.indexOf('<div class="content">');
  if (start < 0) throw new Error('fixture changed: no article container');
  if (placement === 'between' || placement === 'inline') {
    let at = start;
    const nth = placement === 'between' ? 3 : 5;
    for (let i = 0; i < nth; i++) at = html.indexOf('</p>', at + 1);
    if (placement === 'between') at += '</p>'.length;
    html = `${html.slice(0, at)}\n${vector}\n${html.slice(at)}`;
  } else {
    html = replaceOnce(html, '</title>', `${vector}</title>`);
    html = replaceOnce(html, '是我国卫生健康领域近年来一系列举措的方向。" />', `是我国卫生健康领域近年来一系列举措的方向。${vector}" />`);
    html = replaceOnce(html, '区域均衡布局</h1>', `区域均衡布局${vector}</h1>`);
    html = replaceOnce(html, 'alt="" /><span class="tip">设为首页', `alt="${vector}" /><span class="tip">设为首页`);
  }
  if (hook) html = replaceOnce(html, '<head>', `<head>\n<script>${HOOK_SCRIPT}</script>`);
  return html;
}

function replaceOnce(html: string, find: string, replacement: string): string {
  const at = html.indexOf(find);
  if (at < 0) throw new Error(`fixture changed: ${find} not found`);
  return html.slice(0, at) + replacement + html.slice(at + find.length);
}

/**
 * The page's own execution log (main world). Each call records the vector's number, the phase the
 * test set (window.__phase) and where `this` lives: 'light' for a node of the page's own document
 * tree (the page's copy of a vector doing what the page itself does), 'shadow' for a node in any
 * shadow tree (the reader's), 'detached' for a node in no tree or another document (a working copy),
 * 'window' otherwise (script bodies, javascript: URLs).
 */
export const HOOK_SCRIPT = `(() => {
  const log = [];
  Object.defineProperty(window, '__pwnLog', { value: log });
  window.__pwned = function (n, self) {
    let where = 'window';
    if (self && typeof self === 'object' && 'nodeType' in self) {
      const root = self.getRootNode ? self.getRootNode() : null;
      where = root === document ? 'light' : root && root.host ? 'shadow' : 'detached';
    }
    log.push({ n: n, where: where, phase: String(window.__phase || 'load') });
  };
})();`;

/** Elements sanitized article HTML may contain: the sanitizer's allowlist, restated as the policy under test. */
export const SAFE_TAGS = new Set([
  'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'figure', 'figcaption', 'img', 'picture', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'pre', 'code', 'hr', 'span', 'div', 'section',
  'time', 'abbr',
]);
export const SAFE_ATTRS = new Set([
  'href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'width', 'height', 'rel', 'target',
]);
/** Named in the issue: none of these may ever appear. */
const BANNED_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'textarea', 'select', 'svg', 'math', 'link', 'meta', 'base', 'template', 'noscript', 'xmp', 'noembed', 'plaintext'];
const URL_ATTRS = ['href', 'src', 'cite', 'action', 'formaction', 'background', 'poster', 'srcset', 'xlink:href', 'data', 'dynsrc', 'lowsrc'];

/** The scheme of a URL attribute as a browser reads it: leading C0/space and tab/newlines ignored. */
function scheme(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
  return m ? m[1]!.toLowerCase() : null;
}

/** Problems in one subtree, each as a readable line ([] when safe). */
export function unsafeParts(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (BANNED_TAGS.includes(tag)) problems.push(`banned element <${tag}>`);
    else if (!SAFE_TAGS.has(tag)) problems.push(`element outside the allowlist <${tag}>`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign-namespace element <${tag}> (${el.namespaceURI})`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name} on <${tag}>`);
      else if (!SAFE_ATTRS.has(name)) problems.push(`attribute outside the allowlist ${name} on <${tag}>`);
      if (URL_ATTRS.includes(name)) {
        const s = scheme(attr.value);
        const dataImage = tag === 'img' && name === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif)[;,]/i.test(attr.value.trim());
        if (s && !['http', 'https', 'mailto'].includes(s) && !dataImage) problems.push(`${s}: URL in ${name} on <${tag}>: ${attr.value.slice(0, 80)}`);
        if (tag === 'img' && name === 'src' && s !== 'http' && s !== 'https' && !dataImage) problems.push(`image not over http(s): ${attr.value.slice(0, 80)}`);
      }
    }
    if (tag === 'a' && el.hasAttribute('href') && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) problems.push('link without rel=noopener');
  }
  return problems;
}

const parser = new JSDOM('<!doctype html><body></body>');

/** Problems in sanitized article HTML, parsed afresh as the reader parses it. */
export function unsafeHtml(html: string): string[] {
  return unsafeParts(JSDOM.fragment(html));
}

/** A window to run the reader's own sanitizing step in (sanitizeToFragment). */
export function readerWindow(): Window & typeof globalThis {
  return parser.window as unknown as Window & typeof globalThis;
}

/** White space is not content. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}
