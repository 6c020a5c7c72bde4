import { browser } from 'wxt/browser';
import type { ToggleOutcome } from '../page/reader';
import { loadSettings } from '../platform/settings-store';
import { markTab, markWorking } from './badge';
import { injectIntoTab } from './inject';

/** What one click (or shortcut) did in a tab; 'failed' means the reader could not be injected. */
export type TabOutcome = ToggleOutcome | 'failed';

/**
 * Toggles the reader in a tab by injecting the unlisted reader script (each injection toggles).
 * The one function behind both the toolbar button and the keyboard shortcut. Never rejects.
 */
export async function toggleReaderInTab(tabId: number): Promise<TabOutcome> {
  // A sign of life before anything is awaited: reading a long page takes a while.
  const working = markWorking(tabId);
  // The reader shows articles in the user's script: the converter goes in first when that is on.
  const settings = await loadSettings().catch(() => null);
  if (settings && settings.convert.target !== 'off' && settings.convert.mode !== 'off') await injectIntoTab(tabId, '/convert.js');
  const injected = await injectIntoTab(tabId, '/reader.js');
  const outcome = injected.ok ? injected.result : undefined;
  await working;
  if (outcome === 'opened' || outcome === 'closed' || outcome === 'no-article') {
    await markTab(tabId, false);
    return outcome;
  }
  console.warn('[qingdu] cannot read tab', tabId, injected.ok ? `reader script reported ${String(outcome)}` : injected.error);
  await markTab(tabId, true);
  return 'failed';
}

/** The keyboard-shortcut listener (manifest command "toggle-reader"). */
export async function onCommand(command: string, tab?: { id?: number }): Promise<TabOutcome | undefined> {
  if (command !== 'toggle-reader') return undefined;
  let tabId = tab?.id;
  if (tabId == null) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  if (tabId == null || tabId < 0) return undefined;
  return toggleReaderInTab(tabId);
}
