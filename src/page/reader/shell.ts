import { browser } from 'wxt/browser';
import { LANG_TAGS } from '../../core/convert/lang';
import { defaultSettings, normalizeHost, type ScriptTarget, type Settings } from '../../core/settings/schema';
import { loadSettings, SettingsTooLarge, updateSettings, warnUnsaved, watchSettings } from '../../platform/settings-store';
import { translator } from '../../core/i18n';
import { showNotice } from '../notice';
import { message, oncePerWorld, tabWorld } from '../../protocol';
import type { ReaderOptions } from './options';
import { toggleReader, type ToggleOutcome } from './toggle';
import { updateReader } from './update';

/**
 * The reader script's work in a tab (entrypoints/reader.ts): the user's settings in, the reader
 * toggled, changes made in the reader stored. The reader's own labels follow the browser's
 * language (navigator.language, as the options page uses), not the page's.
 */
export async function runReaderScript(doc: Document): Promise<ToggleOutcome> {
  const host = normalizeHost(doc.location?.hostname ?? '');
  // Settings are read each time (they may have changed in another tab); defaults if storage fails.
  const settings = await loadSettings().catch(() => defaultSettings(navigator.language));
  // One watcher per isolated world: settings changed anywhere (options page, another tab, this
  // reader's panel) apply to the open reader at once; with no reader open it does nothing.
  oncePerWorld('qingdu.reader.watching', () => watchSettings((next) => void updateReader(doc, settingsOptions(next))));
  return toggleReader(doc, {
    ...settingsOptions(settings),
    site: settings.sites[host],
    onSiteChoice: (kind, text) => changeSettings((latest) => rememberSiteChoice(latest, host, kind, text)),
    locale: navigator.language,
    onDisplay: (display) => changeSettings((s) => (s.reader = display)),
    onScript: (target) => void onScript(target),
    onOpenOptions: () => void browser.runtime.sendMessage(message('qingdu:open-options', {})).catch(() => undefined),
  });
}

/** The converter for the reader's script; null when conversion is off or the converter is not loaded. */
function converterFor(settings: Settings): ReaderOptions['convert'] {
  const convertText = tabWorld().__qingduConvertText;
  const target = settings.convert.target;
  if (!convertText || target === 'off' || settings.convert.mode === 'off') return null;
  return { text: (s: string) => convertText(s, target), lang: LANG_TAGS[target] };
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

/**
 * Stores a change made in the reader. Nobody waits for it, so a failure is logged and said in
 * Qingdu's notice over the page: the change holds in this reader only.
 */
function changeSettings(change: (latest: Settings) => void): void {
  updateSettings(change).catch((error: unknown) => {
    warnUnsaved(error);
    const t = translator(navigator.language);
    showNotice(document, t(error instanceof SettingsTooLarge ? 'settingsTooLarge' : 'settingsNotSaved'), { role: 'alert' });
  });
}

/** "Always remove" / "always keep" this text on this site: one list gains it, the other loses it. */
function rememberSiteChoice(latest: Settings, host: string, kind: 'remove' | 'keep', text: string): void {
  const rules = latest.sites[host] ?? { remove: [], keep: [] };
  const list = new Set(rules[kind]).add(text);
  const other = new Set(rules[kind === 'remove' ? 'keep' : 'remove']);
  other.delete(text);
  latest.sites[host] = kind === 'remove' ? { remove: [...list], keep: [...other] } : { remove: [...other], keep: [...list] };
}

async function onScript(target: ScriptTarget): Promise<void> {
  // The converter is only injected when conversion was on at opening; ask for it now.
  if (target !== 'off' && !tabWorld().__qingduConvertText) {
    await browser.runtime.sendMessage(message('qingdu:load-converter', {})).catch(() => undefined);
  }
  changeSettings((s) => {
    s.convert.target = target;
    // Picking a script in the reader means "convert in the reader" even if conversion was off.
    if (target !== 'off' && s.convert.mode === 'off') s.convert.mode = 'reader';
  });
}
