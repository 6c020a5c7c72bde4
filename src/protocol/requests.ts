/**
 * Requests the extension's own scripts (the reader, page tools) send the background
 * (runtime.sendMessage), and the one check that decides whether to act on one.
 */

/** reader → background: open the options page ("All settings…"). */
export interface OpenOptionsMessage {
  type: 'qingdu:open-options';
}

/**
 * reader → background: inject the converter into the sender's tab (top frame), for a script
 * picked in the reader while none was loaded. Answered with {@link LoadConverterResponse}.
 */
export interface LoadConverterMessage {
  type: 'qingdu:load-converter';
}

export type ExtensionMessage = OpenOptionsMessage | LoadConverterMessage;

export interface LoadConverterResponse {
  ok: boolean;
}

/** What runtime.onMessage says about who sent a message (the fields this check reads). */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

/** A message worth acting on, with the tab it came from. */
export type TrustedRequest =
  | { type: 'open-options'; tabId: number }
  | { type: 'load-converter'; tabId: number };

const REQUESTS: Readonly<Record<ExtensionMessage['type'], TrustedRequest['type']>> = {
  'qingdu:open-options': 'open-options',
  'qingdu:load-converter': 'load-converter',
};

/**
 * The request a message stands for, or null. Only Qingdu's own scripts running in a tab count
 * (sender.id is this extension's id, and there is a tab); only the `type` of the message is read,
 * so nothing a page could put into one is ever used.
 */
export function trustedRequest(message: unknown, sender: MessageSender, ownId: string): TrustedRequest | null {
  if (!ownId || sender.id !== ownId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  if (typeof message !== 'object' || message === null) return null;
  const type: unknown = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) return null;
  return { type: REQUESTS[type as ExtensionMessage['type']], tabId };
}
