/**
 * Traditional ⇄ simplified conversion, identical to opencc-js, from compact build-time data.
 *
 *   types.ts      ConvertTarget, TraditionalRegion (types only)
 *   detect.ts     which script a text or page is in (runs on every page: small)
 *   trie.ts       the flat dictionary tries and OpenCC's maximum forward matching
 *   converter.ts  the product's directions (getConverter, convertText)
 *   lang.ts       the lang tag of converted text (LANG_TAGS)
 *   article.ts    an extracted article in another script
 *
 * Elsewhere: src/page/convert/ converts a live page (dom.ts: convertDocument; page.ts: the object
 * the background drives; auto.ts: the detect content script's logic), src/background/conversion.ts
 * injects and drives it, src/platform/permissions.ts asks for host access, and
 * src/protocol/conversion.ts holds the messages.
 *
 * Data: src/core/convert/generated/ (scripts/build-opencc-dict.mjs, from opencc-js).
 */
export { detectScript, isJapanese, analyzePage, pageRegion, needsConversion, traditionalRegion, countText, countRegion, classify, charScript } from './detect';
export type { Script, ScriptCounts, RegionCounts, PageScript } from './detect';
export { getConverter, convertText, configFor, mayConvert, LANG_TAGS, OPENCC_OPTIONS } from './converter';
export type { Converter, ConfigName } from './converter';
export type { ConvertTarget, TraditionalRegion } from './types';
export { convertDocument, EXCLUDED_SELECTOR, CONVERTED_ATTRIBUTES } from '../../page/convert/dom';
export type { ConversionController, ConvertDocumentOptions, ConversionStats } from '../../page/convert/dom';
export { createPageConverter } from '../../page/convert/page';
export type { PageCommand, PageStatus, PageConverter } from '../../page/convert/page';
export type { AutoConvertMessage, ConvertTabMessage, TabConvertResult, ConversionMessage } from '../../protocol/conversion';
