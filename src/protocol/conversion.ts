/**
 * Messages between the extension's parts about conversion (runtime.sendMessage), and what they
 * answer. Everything is plain JSON.
 */
import type { PageStatus } from '../page/convert/page';
import type { ConvertTarget } from '../core/convert/converter';
import type { Script } from '../core/convert/detect';

/** detect content script → background: this page needs converting per the settings. */
export interface AutoConvertMessage {
  type: 'qingdu:auto-convert';
  script: Script;
}

/**
 * popup / options / context menu → background: run a command in a tab (default: the active tab
 * of the current window). Call it from the user's click, so the activeTab grant applies.
 * `target` defaults to the settings' target (or the browser language's, when that is off).
 */
export type ConvertTabMessage = {
  type: 'qingdu:convert-tab';
  tabId?: number;
} & (
  | { action: 'convert' | 'toggle'; target?: ConvertTarget }
  | { action: 'restore' | 'status' }
);

/** What a tab command answers: the page's status, or why the page could not be reached. */
export type TabConvertResult = PageStatus | { state: 'failed'; error: string };

export type ConversionMessage = AutoConvertMessage | ConvertTabMessage;

export function isConversionMessage(value: unknown): value is ConversionMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'qingdu:auto-convert' || type === 'qingdu:convert-tab';
}
