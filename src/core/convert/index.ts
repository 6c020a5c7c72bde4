/**
 * Traditional ⇄ simplified conversion, identical to opencc-js, from compact build-time data.
 *
 *   detect.ts     which script a text or page is in (runs on every page: small)
 *   trie.ts       the flat dictionary tries and OpenCC's maximum forward matching
 *   converter.ts  the product's directions (getConverter, convertText)
 *   lang.ts       the language tag of each target (no dictionaries)
 *   article.ts    an extracted article in another script
 *
 * Converting a live page is page code: src/page/convert. Data: src/core/convert/generated/
 * (scripts/build-opencc-dict.mjs, from opencc-js).
 */
export { detectScript, isJapanese, analyzePage, pageRegion, needsConversion, traditionalRegion, countText, countRegion, classify, charScript } from './detect';
export type { Script, Region, ScriptCounts, RegionCounts, PageScript } from './detect';
export { getConverter, convertText, configFor, mayConvert, OPENCC_OPTIONS } from './converter';
export type { Converter, ConfigName, ConvertTarget, TraditionalRegion } from './converter';
export { LANG_TAGS } from './lang';
export { convertArticle } from './article';
