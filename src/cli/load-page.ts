import htmlEncodingSniffer from 'html-encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * The encoding of a saved page, as a browser finds it: the HTML Standard's sniffing (a BOM, else
 * <meta charset> or http-equiv Content-Type in the first 1024 bytes), through the same package
 * jsdom uses; labels follow the Encoding Standard (gb2312 → GBK, big5-hkscs → Big5). Saved pages
 * without a declaration are read as UTF-8, which is what a page saved today almost always is.
 */
export function sniffCharset(bytes: Uint8Array): string {
  return htmlEncodingSniffer(bytes, { defaultEncoding: 'UTF-8' });
}

/** Decodes a saved page by its sniffed encoding; one TextDecoder cannot read falls back to UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder(sniffCharset(bytes)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * A Document for a saved page, as a browser would build it (scripts are not run). jsdom's console
 * is not forwarded: its "Could not parse CSS stylesheet" notes are about the page, not for the user.
 */
export function loadDocument(html: string, url = 'http://localhost/'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** Nesting of one container tag past which a saved page is not one a browser would build (it stops at 512). */
const MAX_SOURCE_NESTING = 1024;

/**
 * Whether the page's source nests <div> or <span> more than MAX_SOURCE_NESTING deep, read from the
 * text before parsing: jsdom, unlike a browser, builds such a tree (10,000 levels take it 16 s) and
 * every recursive walk over it overflows the stack. Only these two tags are counted: no other tag
 * closes them implicitly, so a page's unclosed <p> or <li> cannot make it drift. Scripts, styles and
 * comments are skipped.
 */
export function nestedTooDeep(html: string): boolean {
  const source = html.replace(/<!--[\s\S]*?-->|<(script|style|textarea|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  const depth = { div: 0, span: 0 };
  for (const m of source.matchAll(/<(\/?)(div|span)\b[^>]*?(\/?)>/gi)) {
    const tag = m[2]!.toLowerCase() as keyof typeof depth;
    if (m[1]) depth[tag] = Math.max(0, depth[tag] - 1);
    else if (!m[3] && ++depth[tag] > MAX_SOURCE_NESTING) return true;
  }
  return false;
}
