import { browser } from 'wxt/browser';
import { toggleReader, updateReader, type ReaderOptions } from '@/src/page/reader';
import { loadSettings, updateSettings, warnUnsaved, watchSettings } from '@/src/platform/settings-store';
import { defaultSettings, normalizeHost, type ScriptTarget, type Settings } from '@/src/core/settings/schema';
import { LANG_TAGS } from '@/src/core/convert/lang';
import type { ConvertTarget } from '@/src/core/convert/converter';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/reader.js']) into the
 * content-script isolated world; every injection toggles the reader. The bundle is an anonymous
 * IIFE, so it defines nothing on any global. Its completion value (the ToggleOutcome) is what
 * executeScript reports back to the background.
 */
const WATCHING = Symbol.for('qingdu.reader.watching');
type World = typeof globalThis & {
  __qingduConvertText?: (text: string, target: ConvertTarget) => string;
  [WATCHING]?: boolean;
};
const world = globalThis as World;
const host = normalizeHost(location.hostname);
/**
 * The reader's own labels follow the browser's language (navigator.language: the user's first
 * preferred language, as the options page uses), not the page's.
 */
const locale = navigator.language;

/** The converter for the reader's script; null when conversion is off or the converter is not loaded. */
function converterFor(settings: Settings): ReaderOptions['convert'] {
  const convertText = world.__qingduConvertText;
  const target = settings.convert.target;
  if (!convertText || target === 'off' || settings.convert.mode === 'off') return null;
  return { text: (s: string) => convertText(s, target), lang: LANG_TAGS[target] };
}

/** Stores a change made in the reader; nobody waits for it, so a failure is logged (warnUnsaved). */
function changeSettings(change: (latest: Settings) => void): void {
  updateSettings(change).catch(warnUnsaved);
}

/** What the reader takes from settings, and applies live when they change. */
function settingsOptions(settings: Settings): Partial<ReaderOptions> {
  return {
    highlightFigures: settings.figures.highlight,
    quote: settings.quote,
    convert: converterFor(settings),
    display: settings.reader,
    script: settings.convert.target,
  };
}

async function onScript(target: ScriptTarget): Promise<void> {
  // The converter is only injected when conversion was on at opening; ask for it now.
  if (target !== 'off' && !world.__qingduConvertText) {
    await browser.runtime.sendMessage({ type: 'qingdu:load-converter' }).catch(() => undefined);
  }
  changeSettings((s) => {
    s.convert.target = target;
    // Picking a script in the reader means "convert in the reader" even if conversion was off.
    if (target !== 'off' && s.convert.mode === 'off') s.convert.mode = 'reader';
  });
}

export default defineUnlistedScript(async () => {
  // Settings are read each time (they may have changed in another tab); defaults if storage fails.
  const settings = await loadSettings().catch(() => defaultSettings(navigator.language));
  const onSiteChoice = (kind: 'remove' | 'keep', text: string): void => {
    changeSettings((latest) => {
      const rules = latest.sites[host] ?? { remove: [], keep: [] };
      const list = new Set(rules[kind]).add(text);
      const other = new Set(rules[kind === 'remove' ? 'keep' : 'remove']);
      other.delete(text);
      latest.sites[host] = kind === 'remove' ? { remove: [...list], keep: [...other] } : { remove: [...other], keep: [...list] };
    });
  };
  // One watcher per page: settings changed anywhere (options page, another tab, this reader's
  // panel) apply to the open reader at once; with no reader open it does nothing.
  if (!world[WATCHING]) {
    world[WATCHING] = true;
    watchSettings((next) => void updateReader(document, settingsOptions(next)));
  }
  return toggleReader(document, {
    ...settingsOptions(settings),
    site: settings.sites[host],
    onSiteChoice,
    locale,
    onDisplay: (display) => changeSettings((s) => (s.reader = display)),
    onScript: (target) => void onScript(target),
    onOpenOptions: () => void browser.runtime.sendMessage({ type: 'qingdu:open-options' }).catch(() => undefined),
  });
});
