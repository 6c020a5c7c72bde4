/**
 * Every runtime message between Qingdu's parts (runtime.sendMessage from a script in a tab to the
 * background), typed in one map, and the one check that decides whether to act on one.
 *
 * Our own small map rather than a messaging library: there are three messages, all one way (tab →
 * background), and what matters is the sender check, which a library would leave to us anyway.
 */
import type { Script } from '../core/convert/detect';
import type { TabConvertResult } from './page-commands';

type NoBody = Record<never, never>;

/** Each message: the fields it carries besides `type`, and what the background answers. */
export interface Messages {
  /** reader → background: open the options page ("All settings…"). */
  'qingdu:open-options': { body: NoBody; answer: void };
  /**
   * reader → background: inject the converter into the sender's tab (top frame), for a script
   * picked in the reader while none was loaded.
   */
  'qingdu:load-converter': { body: NoBody; answer: { ok: boolean } };
  /** detect content script → background: this page needs converting per the settings. */
  'qingdu:auto-convert': { body: { script: Script }; answer: TabConvertResult | null };
}

export type MessageType = keyof Messages;
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Messages[K]['body'] : never;
export type Answer<K extends MessageType> = Messages[K]['answer'];

const SCRIPTS: ReadonlySet<string> = new Set<Script>(['simplified', 'traditional', 'mixed', 'none']);

/** Reads a message's body from untrusted input: only the fields the map declares, checked. */
const BODY_READERS: { readonly [K in MessageType]: (message: Readonly<Record<string, unknown>>) => Messages[K]['body'] | null } = {
  'qingdu:open-options': () => ({}),
  'qingdu:load-converter': () => ({}),
  'qingdu:auto-convert': (m) => (typeof m.script === 'string' && SCRIPTS.has(m.script) ? { script: m.script as Script } : null),
};

/** What runtime.onMessage says about who sent a message (the fields the check reads). */
export interface MessageSender {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

/** A message worth acting on: its checked body, and the tab, frame and URL it came from. */
export type TrustedRequest = {
  [K in MessageType]: { type: K; body: Messages[K]['body']; tabId: number; frameId: number; url: string | undefined };
}[MessageType];

/**
 * The request a message stands for, or null. Only Qingdu's own scripts running in a tab count
 * (sender.id is this extension's id, and there is a tab); the tab, frame and URL come from the
 * browser's sender, never from the message, and only the fields the map declares are read, so
 * nothing else a page could put into a message is ever used.
 */
export function trustedRequest(message: unknown, sender: MessageSender, ownId: string): TrustedRequest | null {
  if (!ownId || sender.id !== ownId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  if (typeof message !== 'object' || message === null) return null;
  const type: unknown = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(BODY_READERS, type)) return null;
  const body = BODY_READERS[type as MessageType](message as Readonly<Record<string, unknown>>);
  if (body === null) return null;
  const frameId = typeof sender.frameId === 'number' && Number.isInteger(sender.frameId) && sender.frameId >= 0 ? sender.frameId : 0;
  return { type, body, tabId, frameId, url: sender.url ?? sender.tab?.url } as TrustedRequest;
}

/** A message, ready for runtime.sendMessage. */
export function message<K extends MessageType>(type: K, body: Messages[K]['body']): Message<K> {
  return { ...body, type } as Message<K>;
}
