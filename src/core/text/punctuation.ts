/**
 * Full-width punctuation for Chinese text. Content farms (and the tools they copy with) often
 * turn 「，：；！？（）」 into ASCII, which sets cramped in a CJK line ("下沉,关乎"). The reader puts
 * them back where the context is unambiguously Chinese — a Han character (or a closing CJK mark)
 * before, Chinese after — and leaves numbers (1,000 · 10:30 · 3.5), URLs and Latin text alone.
 * Rules are data, each with an example (tested in test/unit/punctuation.test.ts).
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** A Han character or a CJK mark that closes (the left context of a Chinese comma). */
const BEFORE = `[${HAN}”’」』）》】〉]`;
/** What may follow a Chinese comma/colon: a Han character, an opening CJK mark or a number (年底,87.7%). */
const AFTER = `[${HAN}“‘「『（《【〈0-9]`;

export interface PunctuationRule {
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  example: { from: string; to: string };
}

export const PUNCTUATION_RULES: readonly PunctuationRule[] = [
  {
    // Comma, colon, semicolon between Chinese: the spaces a half-width mark was typed with go too.
    name: 'separator',
    pattern: new RegExp(`(?<=${BEFORE})[ \\t]*([,:;])[ \\t]*(?=${AFTER})`, 'gu'),
    replace: (_m, mark) => ({ ',': '，', ':': '：', ';': '；' })[mark as ',' | ':' | ';'],
    example: { from: '能否下沉, 关乎突发疾病时:救护车', to: '能否下沉，关乎突发疾病时：救护车' },
  },
  {
    // ! and ? end a Chinese sentence whatever follows (the next sentence, a quote, a number — a
    // subhead's "效果如何?87.7%县医院…" — or the paragraph end); not a URL's query (?id=, ?a&b).
    name: 'sentence-end',
    pattern: new RegExp(`(?<=${BEFORE})([!?])(?![A-Za-z=&/]|[0-9]+=)`, 'gu'),
    replace: (_m, mark) => (mark === '!' ? '！' : '？'),
    example: { from: '筑牢健康“网底”!我国全面启动', to: '筑牢健康“网底”！我国全面启动' },
  },
  {
    // A parenthesis pair around text with Chinese in it, next to Chinese: （记者 何思远）.
    name: 'parentheses',
    pattern: new RegExp(`\\(([^()\\n]*[${HAN}][^()\\n]*)\\)`, 'gu'),
    replace: (_m, inner) => `（${inner}）`,
    example: { from: '(记者 何思远)', to: '（记者 何思远）' },
  },
];

/** Chinese text with its half-width punctuation made full-width where the context is Chinese. */
export function fullWidthPunctuation(text: string): string {
  let out = text;
  for (const rule of PUNCTUATION_RULES) out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  return out;
}
