/**
 * Traditional ⇄ simplified conversion, identical to opencc-js, from compact build-time data.
 *
 *   detect.ts     which script a text or page is in (runs on every page: small)
 *   trie.ts       the flat dictionary tries and OpenCC's maximum forward matching
 *   converter.ts  the product's directions (getConverter, convertText)
 *   dom.ts        converting a live page reversibly (convertDocument)
 *   page.ts       the page-side object the background drives (PageCommand)
 *   auto.ts       the detect content script's logic
 *   tab.ts        background: inject, run commands in tabs, register the detect script
 *   permissions.ts  optional host access for automatic conversion
 *   messages.ts   message types between popup, content script and background
 *
 * Data: src/core/convert/generated/ (scripts/build-opencc-dict.mjs, from opencc-js).
 * tab.ts and permissions.ts use extension APIs; import them from extension code only.
 */
export { detectScript, isJapanese, analyzePage, pageRegion, needsConversion, traditionalRegion, countText, countRegion, classify, charScript } from './detect';
export type { Script, Region, ScriptCounts, RegionCounts, PageScript } from './detect';
export { getConverter, convertText, configFor, mayConvert, LANG_TAGS, OPENCC_OPTIONS } from './converter';
export type { Converter, ConfigName, ConvertTarget, TraditionalRegion } from './converter';
export { convertDocument, EXCLUDED_SELECTOR, CONVERTED_ATTRIBUTES } from '../../page/convert/dom';
export type { ConversionController, ConvertDocumentOptions, ConversionStats } from '../../page/convert/dom';
export { createPageConverter } from '../../page/convert/page';
export type { PageCommand, PageStatus, PageConverter } from '../../page/convert/page';
export type { AutoConvertMessage, ConvertTabMessage, TabConvertResult, ConversionMessage } from '../../protocol/conversion';
