/**
 * Background side of conversion: running page commands in a tab (injecting the converter on
 * first use), keeping the detect content script registered where the user granted host access,
 * and the detect script's request (src/background/requests.ts). Started by installConversion().
 */
import { browser } from 'wxt/browser';
import { defaultTarget, shouldConvertHost, type Settings } from '../core/settings/schema';
import { loadSettings, watchSettings } from '../platform/settings-store';
import type { ConvertTarget } from '../core/convert/converter';
import { type PageCommand, type PageStatus, type ConversionApi, type TabConvertResult, type TabWorld } from '../protocol';
import { autoConvertOrigins, releaseUnneededAccess } from '../platform/permissions';
import { withInjectionRetry } from './retry';
import { exposeForTests, TEST_HOOKS } from './test-hooks';

/** Id of the dynamically registered detect content script. */
export const DETECT_SCRIPT_ID = 'qingdu-detect';
/** Built paths (WXT output) of the two scripts. */
export const DETECT_SCRIPT_FILE = 'detect.js';
export const CONVERT_SCRIPT_FILE = '/convert.js';

/** The target a command uses: the given one, the settings', or the browser language's. */
function resolveTarget(settings: Settings, given?: ConvertTarget): ConvertTarget {
  if (given) return given;
  if (settings.convert.target !== 'off') return settings.convert.target;
  const fallback = defaultTarget(globalThis.navigator?.language ?? 'zh-CN');
  return fallback === 'off' ? 'simplified' : fallback;
}

/**
 * Runs a command in the page converter of a tab (frame 0 unless given), injecting
 * /convert.js first when the tab does not have it yet. Needs host access to the page or a live
 * activeTab grant. Retries like the reader does (Chromium sometimes refuses the first injection
 * right after a click). Never rejects.
 */
export async function runInTab(tabId: number, command: PageCommand, frameId = 0): Promise<TabConvertResult> {
  const target = { tabId, frameIds: [frameId] };
  const run = async (): Promise<unknown> =>
    (
      await browser.scripting.executeScript({
        target,
        func: (cmd: PageCommand) => {
          // Runs in the tab's isolated world; a serialized function, so it cannot call helpers.
          const api = (globalThis as TabWorld).__qingduConvert;
          return api ? api.run(cmd) : 'not-loaded';
        },
        args: [command],
      })
    )?.[0]?.result;
  const outcome = await withInjectionRetry(async () => {
    const result = await run();
    if (result !== 'not-loaded') return result;
    await browser.scripting.executeScript({ target, files: [CONVERT_SCRIPT_FILE] });
    return run();
  });
  if (outcome.ok && outcome.value && typeof outcome.value === 'object' && 'state' in outcome.value) return outcome.value as PageStatus;
  const error = outcome.ok ? `converter reported ${JSON.stringify(outcome.value)}` : outcome.error;
  console.warn('[qingdu] conversion failed in tab', tabId, error);
  return { state: 'failed', error };
}

/** "Convert this page now" / "show original" / toggle / status for a tab: what the context menu calls. */
export async function convertTabNow(tabId: number, target?: ConvertTarget): Promise<TabConvertResult> {
  const settings = await loadSettings();
  return runInTab(tabId, { action: 'convert', target: resolveTarget(settings, target) });
}

export function showOriginalInTab(tabId: number): Promise<TabConvertResult> {
  return runInTab(tabId, { action: 'restore' });
}

export async function toggleConversionInTab(tabId: number, target?: ConvertTarget): Promise<TabConvertResult> {
  const settings = await loadSettings();
  return runInTab(tabId, { action: 'toggle', target: resolveTarget(settings, target) });
}

export function conversionStatusInTab(tabId: number): Promise<TabConvertResult> {
  return runInTab(tabId, { action: 'status' });
}

/**
 * The detect script asks for conversion: check the settings again (the page cannot decide
 * that), then convert in the frame that asked.
 */
export async function onAutoConvertRequest(tabId: number, url: string | undefined, frameId = 0): Promise<TabConvertResult | null> {
  const settings = await loadSettings();
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = '';
  }
  if (!host || !shouldConvertHost(settings, host) || settings.convert.target === 'off') return null;
  return runInTab(tabId, { action: 'convert', target: settings.convert.target, auto: true }, frameId);
}

// ---------------------------------------------------------------------------------------------
// the detect content script's registration

/** Of the patterns the settings want, those the user granted. */
async function grantedOrigins(settings: Settings): Promise<string[]> {
  const wanted = autoConvertOrigins(settings);
  const granted: string[] = [];
  for (const origin of wanted) {
    try {
      if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
    } catch {
      // An invalid pattern (a host the user typed oddly): skip it.
    }
  }
  return granted;
}

let syncing: Promise<string[]> = Promise.resolve([]);

/**
 * Registers the detect content script for the granted origins that automatic conversion
 * covers (mode 'all' or 'listed', a target set), updates it when they change, unregisters it
 * when there are none. Idempotent; calls are serialized. Returns the matches now registered.
 */
export function syncDetectRegistration(): Promise<string[]> {
  syncing = syncing.catch(() => []).then(async () => {
    const settings = await loadSettings();
    const matches = await grantedOrigins(settings);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECT_SCRIPT_ID] });
    const current = existing[0];
    if (matches.length === 0) {
      if (current) await browser.scripting.unregisterContentScripts({ ids: [DETECT_SCRIPT_ID] });
      return [];
    }
    const same = current && JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...matches].sort());
    if (same) return matches;
    if (current) await browser.scripting.unregisterContentScripts({ ids: [DETECT_SCRIPT_ID] });
    await browser.scripting.registerContentScripts([
      {
        id: DETECT_SCRIPT_ID,
        js: [DETECT_SCRIPT_FILE],
        matches,
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    return matches;
  });
  return syncing;
}

// ---------------------------------------------------------------------------------------------
// wiring

/** Everything conversion needs in the background; call once from its main(). */
export function installConversion(): void {
  const resync = () => void syncDetectRegistration().catch((err) => console.warn('[qingdu] cannot register the detect script', err));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  // Access a settings change made unneeded goes back (turning automatic conversion off must not
  // leave Qingdu able to read every site), then the registration follows.
  let previous: Promise<Settings | null> = loadSettings().catch(() => null);
  watchSettings((next) => {
    const before = previous;
    previous = Promise.resolve(next);
    void before
      .then((prev) => (prev ? releaseUnneededAccess(prev, next) : []))
      .catch((err: unknown) => console.warn('[qingdu] cannot give host access back', err))
      .finally(resync);
  });
  resync();
  const api: ConversionApi = { convertTabNow, showOriginalInTab, toggleConversionInTab, conversionStatusInTab, syncDetectRegistration };
  if (TEST_HOOKS) exposeForTests({ __qingduConversion: api });
}

