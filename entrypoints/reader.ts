import { toggleReader } from '@/src/reader';
import { loadSettings, saveSettings } from '@/src/settings/store';
import { defaultSettings, normalizeHost } from '@/src/settings/schema';
import { LANG_TAGS } from '@/src/convert/lang';
import type { ConvertTarget } from '@/src/convert/converter';

/**
 * Injected on demand by the background (scripting.executeScript, files: ['/reader.js']) into the
 * content-script isolated world; every injection toggles the reader. The bundle is an anonymous
 * IIFE, so it defines nothing on any global. Its completion value (the ToggleOutcome) is what
 * executeScript reports back to the background.
 */
export default defineUnlistedScript(async () => {
  // Settings are read each time (they may have changed in another tab); defaults if storage fails.
  const settings = await loadSettings().catch(() => defaultSettings(navigator.language));
  const convertText = (globalThis as { __qingduConvertText?: (text: string, target: ConvertTarget) => string }).__qingduConvertText;
  const target = settings.convert.target;
  const convert = convertText && target !== 'off' && settings.convert.mode !== 'off' ? { text: (s: string) => convertText(s, target), lang: LANG_TAGS[target] } : null;
  const host = normalizeHost(location.hostname);
  const onSiteChoice = (kind: 'remove' | 'keep', text: string): void => {
    // Re-read: another tab may have changed the settings since this reader opened.
    void loadSettings().then((latest) => {
      const rules = latest.sites[host] ?? { remove: [], keep: [] };
      const list = new Set(rules[kind]).add(text);
      const other = new Set(rules[kind === 'remove' ? 'keep' : 'remove']);
      other.delete(text);
      latest.sites[host] = kind === 'remove' ? { remove: [...list], keep: [...other] } : { remove: [...other], keep: [...list] };
      return saveSettings(latest);
    });
  };
  return toggleReader(document, { highlightFigures: settings.figures.highlight, quote: settings.quote, convert, site: settings.sites[host], onSiteChoice });
});
