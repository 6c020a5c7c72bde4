/**
 * The message catalogs: public/_locales/<locale>/messages.json, in Chrome's format, are the single
 * source of every UI string. The browser reads them for the manifest (__MSG_…__); everything else
 * imports them here, so content scripts and Node need no browser API to translate.
 */
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import zhTW from '../../../public/_locales/zh_TW/messages.json';
import type { UiLocale } from './locale';

/** One entry of a messages.json file. */
export interface CatalogEntry {
  message: string;
  description?: string;
  /** Named placeholders ($NAME$ in the message, case-insensitive) and what they stand for ("$1"). */
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Readonly<Record<string, CatalogEntry>>;

/** Every message key; English is the reference catalog, and a unit test holds the others to it. */
export type MessageKey = keyof typeof en;

export const CATALOGS: Readonly<Record<UiLocale, Catalog>> = { en, zh_CN: zhCN, zh_TW: zhTW };

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}
