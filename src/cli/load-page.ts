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
