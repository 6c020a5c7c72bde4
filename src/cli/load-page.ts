import { JSDOM, VirtualConsole } from 'jsdom';

/** Charset labels as these sites declare them, mapped to what TextDecoder knows. */
const CHARSET_ALIASES: Record<string, string> = { gb2312: 'gbk', 'x-gbk': 'gbk', big5hkscs: 'big5', 'big5-hkscs': 'big5', utf8: 'utf-8' };

/**
 * The charset a saved page declares: a BOM, else <meta charset> or http-equiv Content-Type in the
 * first 4 KB (read as Latin-1, which keeps ASCII intact whatever the real encoding), else UTF-8.
 */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = (m?.[1] ?? 'utf-8').toLowerCase();
  return CHARSET_ALIASES[label] ?? label;
}

/** Decodes a saved page by its declared charset; an unknown label falls back to UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  const charset = sniffCharset(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
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
