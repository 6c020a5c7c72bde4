/**
 * A page-supplied address as one we may put in a link or image: absolute http(s) only, resolved
 * against `base` when given. javascript:, data:, blob:, file: and anything unparsable are null.
 * Every URL sink outside the sanitizer takes its value through here (no-html-sinks checks it).
 */
export function webUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
