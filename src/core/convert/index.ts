/**
 * Traditional ⇄ simplified conversion, identical to opencc-js, from compact build-time data.
 *
 *   types.ts      ConvertTarget, TraditionalRegion (types only)
 *   detect.ts     which script a text or page is in (runs on every page: small)
 *   trie.ts       the flat dictionary tries and OpenCC's maximum forward matching
 *   converter.ts  the product's directions (getConverter, convertText)
 *   lang.ts       the lang tag of converted text (LANG_TAGS)
 *   article.ts    an extracted article in another script
 *   types.ts      the conversion targets and traditional regions
 *
 * Converting a live page is page code: src/page/convert. Data: src/core/convert/generated/
 * (scripts/build-opencc-dict.mjs, from opencc-js).
 */
export { detectScript, isJapanese, analyzePage, pageRegion, needsConversion, traditionalRegion, countText, countRegion, classify, charScript } from './detect';
export type { Script, ScriptCounts, RegionCounts, PageScript } from './detect';
export { getConverter, convertText, configFor, mayConvert, OPENCC_OPTIONS } from './converter';
export type { Converter, ConfigName } from './converter';
export type { ConvertTarget, TraditionalRegion } from './types';
export { LANG_TAGS } from './lang';
export { convertArticle } from './article';
