import { browser } from 'wxt/browser';
import { trustedRequest, type Answer, type MessageSender, type MessageType, type TrustedRequest } from '../protocol';
import { onAutoConvertRequest } from './conversion';
import { injectIntoTab } from './inject';

type Handlers = { [K in MessageType]: (request: Extract<TrustedRequest, { type: K }>) => Promise<Answer<K>> };

/** What the background does for each message (src/protocol/messages.ts). */
const HANDLERS: Handlers = {
  'qingdu:open-options': async () => {
    await browser.runtime.openOptionsPage();
  },
  'qingdu:load-converter': async ({ tabId }) => ({ ok: (await injectIntoTab(tabId, '/convert.js')).ok }),
  'qingdu:auto-convert': ({ tabId, url, frameId }) => onAutoConvertRequest(tabId, url, frameId),
};

/**
 * The one runtime.onMessage listener: every message passes trustedRequest (our own scripts in a
 * tab, a known type, a well-formed body) before anything runs; anything else gets no answer.
 */
export function installRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    const request = trustedRequest(message, sender, browser.runtime.id);
    if (!request) return undefined;
    const handle = HANDLERS[request.type] as (request: TrustedRequest) => Promise<unknown>;
    handle(request).then(sendResponse, (err: unknown) => {
      console.warn('[qingdu] request failed', request.type, err);
      sendResponse(null);
    });
    return true; // answered asynchronously
  });
}
