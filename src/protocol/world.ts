/**
 * Every global Qingdu keeps, typed once. Two places hold them, and neither is reachable by a page
 * or by another extension:
 *
 * - the content-script isolated world of a tab, shared by every script we inject there (each
 *   injection is a fresh bundle, so this is how the next copy finds what the last one left);
 * - the background's own global, where the e2e suite calls the handlers a click would call.
 */
import type { ConvertTarget } from '../core/convert/converter';
import type { PageCommand, PageStatus, TabConvertResult } from './page-commands';

/** The page converter as the background drives it (src/page/convert/page.ts implements it). */
export interface PageConverterApi {
  run(command: PageCommand): PageStatus;
}

/** What the detect content script saw, for the e2e suite and for debugging. */
export interface DetectRecord {
  outcome: string;
  script?: string;
  chars?: number;
  detectMs?: number;
  error?: string;
}

/** Globals in a tab's isolated world. */
export interface TabWorld {
  /** Left by /convert.js; the background's runInTab calls it. */
  __qingduConvert?: PageConverterApi;
  /** Left by /convert.js: the reader and its quotes convert with the page's converter. */
  __qingduConvertText?: (text: string, target: ConvertTarget) => string;
  /** Left by the detect content script. */
  __qingduDetect?: DetectRecord;
  /** The allow-select tool's capture listener while selection is allowed (its second run removes it). */
  __qingduAllowSelect?: (event: Event) => void;
}

/** The background's conversion commands for a tab (what the context menu and the e2e suite call). */
export interface ConversionApi {
  convertTabNow(tabId: number, target?: ConvertTarget): Promise<TabConvertResult>;
  showOriginalInTab(tabId: number): Promise<TabConvertResult>;
  toggleConversionInTab(tabId: number, target?: ConvertTarget): Promise<TabConvertResult>;
  conversionStatusInTab(tabId: number): Promise<TabConvertResult>;
  syncDetectRegistration(): Promise<string[]>;
}

/** Test hooks on the background's global. */
export interface BackgroundWorld {
  __qingduOnCommand?: (command: string, tab?: { id?: number }) => Promise<unknown>;
  __qingduConversion?: ConversionApi;
  __qingduContextMenu?: (id: string, tabId: number, url?: string) => Promise<unknown>;
  __qingduContextMenuTitles?: () => { id: string; title: string }[];
}

export const tabWorld = (): TabWorld => globalThis as TabWorld;
export const backgroundWorld = (): BackgroundWorld => globalThis as BackgroundWorld;

/**
 * A value kept per document on the isolated world's global under a registry symbol (open readers,
 * the shown notice): a WeakMap, so a document that goes away takes its entry with it.
 */
export function perDocument<T extends object>(name: 'qingdu.reader.open' | 'qingdu.notice'): WeakMap<Document, T> {
  const key = Symbol.for(name);
  const holder = globalThis as typeof globalThis & Record<symbol, WeakMap<Document, T> | undefined>;
  return (holder[key] ??= new WeakMap());
}

/** Runs `start` once per isolated world (e.g. one settings watcher however often the reader is injected). */
export function oncePerWorld(name: 'qingdu.reader.watching', start: () => void): void {
  const key = Symbol.for(name);
  const holder = globalThis as typeof globalThis & Record<symbol, boolean | undefined>;
  if (holder[key]) return;
  holder[key] = true;
  start();
}
