/**
 * Frequent characters that are written differently in the two scripts (same order in both strings).
 * Counting them is enough to label an article's script for the reader's fonts and `lang`;
 * the page converter has its own, complete detector.
 */
const SIMPLIFIED_ONLY = '这国们时说为来对会发经过还进现实点问题关应动样机电间义开长门无员东专与业车书学们卫医疗药务网报记者区县乡级资质优强';
const TRADITIONAL_ONLY = '這國們時說為來對會發經過還進現實點問題關應動樣機電間義開長門無員東專與業車書學們衛醫療藥務網報記者區縣鄉級資質優強';

const SIMPLIFIED_SET = new Set(Array.from(SIMPLIFIED_ONLY).filter((c, i) => c !== TRADITIONAL_ONLY.charAt(i)));
const TRADITIONAL_SET = new Set(Array.from(TRADITIONAL_ONLY).filter((c, i) => c !== SIMPLIFIED_ONLY.charAt(i)));

/** BCP 47 tag for text: zh-Hans, zh-Hant, or the fallback (e.g. the page's declared lang, or "en"). */
export function guessLanguage(text: string, fallback: string): string {
  let simplified = 0;
  let traditional = 0;
  let cjk = 0;
  let latin = 0;
  for (const ch of text.slice(0, 20000)) {
    if (SIMPLIFIED_SET.has(ch)) simplified++;
    else if (TRADITIONAL_SET.has(ch)) traditional++;
    const code = ch.charCodeAt(0);
    if (code >= 0x3400 && code <= 0x9fff) cjk++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  if (cjk === 0 || cjk < latin / 8) {
    // Not Chinese: the declared language's primary subtag ("en-US" → "en"), English if none.
    const primary = fallback.split('-')[0]?.toLowerCase() ?? '';
    return primary && primary !== 'zh' ? primary : 'en';
  }
  if (traditional > simplified) return 'zh-Hant';
  return 'zh-Hans';
}
