/**
 * What the detect content script does on every page where the user granted host access:
 * read the settings, and only if this host is converted automatically, detect the page's script
 * and ask the background for the converter when the page is not in the reader's script.
 * A page already in the target script costs one detection pass and nothing more.
 */
import { analyzePage, needsConversion, type PageScript } from '../../core/convert/detect';
import { shouldConvertHost, type Settings } from '../../core/settings/schema';
import { message, type Message } from '../../protocol';

export type AutoOutcome = 'off' | 'japanese' | 'same-script' | 'not-chinese' | 'requested';

export interface AutoDeps {
  loadSettings(): Promise<Settings>;
  send(message: Message<'qingdu:auto-convert'>): Promise<unknown>;
  /** Waits before looking again at a page that had no Chinese text yet (SPA still loading). */
  wait?(ms: number): Promise<void>;
}

/** Pauses before the second and third look at a page without Chinese text. */
export const RETRY_NOT_CHINESE_MS = [1500, 4000];

export async function autoDetect(doc: Document, deps: AutoDeps): Promise<{ outcome: AutoOutcome; page?: PageScript; detectMs?: number }> {
  const settings = await deps.loadSettings();
  const target = settings.convert.target;
  if (target === 'off' || !shouldConvertHost(settings, doc.location?.hostname ?? '')) return { outcome: 'off' };
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    const page = analyzePage(doc);
    const detectMs = performance.now() - started;
    if (page.japanese) return { outcome: 'japanese', page, detectMs };
    if (page.script === 'none') {
      if (attempt < RETRY_NOT_CHINESE_MS.length) {
        await wait(RETRY_NOT_CHINESE_MS[attempt]!);
        continue;
      }
      return { outcome: 'not-chinese', page, detectMs };
    }
    if (!needsConversion(page.script, target)) return { outcome: 'same-script', page, detectMs };
    await deps.send(message('qingdu:auto-convert', { script: page.script }));
    return { outcome: 'requested', page, detectMs };
  }
}
