/** Text for HTML element content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Text that a Markdown renderer shows as written: inline syntax (\ ` * _ [ ] < >) backslash-escaped
 * anywhere, and what would open a block at the start of a line (# heading, - + list, 1. / 1) list)
 * escaped there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, '\\$&')
    .replace(/^(#{1,6})(?=\s|$)/, (m) => '\\' + m)
    .replace(/^([-+])(?=\s)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A URL as a Markdown link destination: spaces, parentheses and angle brackets percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
