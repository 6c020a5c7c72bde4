/**
 * The language tag of an article's text, for the reader's fonts and `lang`. The script is read by
 * the page converter's detector (core/convert/detect.ts: every character OpenCC has in one script
 * only), so the reader and the converter cannot disagree about a text. That costs the reader and
 * copy-quote scripts the detector's packed table (~9 KB); the detect content script, which runs
 * on every page, does not import this module.
 */
import { countText } from '../convert/detect';

/** Characters read: enough to tell an article's script, bounded for a huge page. */
const SAMPLE_CHARS = 20000;

/** BCP 47 tag for text: zh-Hans, zh-Hant, or the fallback (e.g. the page's declared lang, or "en"). */
export function guessLanguage(text: string, fallback: string): string {
  const end = Math.min(text.length, SAMPLE_CHARS);
  const { han, simplified, traditional } = countText(text, undefined, 0, end);
  let latin = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  if (han === 0 || han < latin / 8) {
    // Not Chinese: the declared language's primary subtag ("en-US" → "en"), English if none.
    const primary = fallback.split('-')[0]?.toLowerCase() ?? '';
    return primary && primary !== 'zh' ? primary : 'en';
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
