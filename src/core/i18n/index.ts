/** Qingdu's UI strings: pure, for Node, extension pages and content scripts alike. */
export { uiLocale, UI_LOCALES, LOCALE_TAGS, type UiLocale } from './locale';
export { CATALOGS, MESSAGE_KEYS, isMessageKey, type Catalog, type CatalogEntry, type MessageKey } from './messages';
export { translator, formatMessage, type Translate } from './translate';
