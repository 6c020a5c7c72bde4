import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { withInjectionRetry } from './retry';

export type Injected = { ok: true; result: unknown } | { ok: false; error: string };

/**
 * Injects one of Qingdu's own scripts into a tab and returns what it reported, retrying with a
 * short backoff (an injection right after a user gesture can fail while the grant exists). A
 * script that ran is never retried: a retry would repeat what it did.
 */
export async function injectIntoTab(tabId: number, file: ScriptPublicPath): Promise<Injected> {
  const outcome = await withInjectionRetry(async () => (await browser.scripting.executeScript({ target: { tabId }, files: [file] }))?.[0]?.result as unknown);
  return outcome.ok ? { ok: true, result: outcome.value } : outcome;
}
