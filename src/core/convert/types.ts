/**
 * The words of a conversion, each with one owner: what to convert to, and which traditional a
 * page is written in. Types only, so the small detect script and the reader (LANG_TAGS) can use
 * them without the converter's dictionaries.
 */
import type { ScriptTarget } from '../settings/schema';

/** A conversion target: the settings' script choice (the schema owns the list) without 'off'. */
export type ConvertTarget = Exclude<ScriptTarget, 'off'>;

/** The script of a traditional source page: Taiwan, Hong Kong, or OpenCC's standard forms. */
export type TraditionalRegion = 'tw' | 'hk' | 't';
