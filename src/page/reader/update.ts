import { applyDisplay } from './view';
import { DEFAULT_DISPLAY, type ReaderOptions } from './options';
import { registry } from './registry';
import { rerender } from './render';

/**
 * Applies changed settings to the open reader on this document (they changed in the options page,
 * another tab or this reader's panel). Display changes apply in place; anything that changes the
 * text (script, figures, quote format, labels) re-renders the article, keeping the reading position.
 * Returns false when no reader is open.
 */
export function updateReader(doc: Document, patch: Partial<ReaderOptions>): boolean {
  const open = registry().get(doc);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!open?.host.isConnected || !win) return false;
  const before = open.options;
  open.options = { ...before, ...patch };
  if (!open.parts) {
    if (patch.display) applyDisplay(open.view, patch.display);
    return true;
  }
  const needsRender =
    ('convert' in patch && (patch.convert?.lang ?? null) !== (before.convert?.lang ?? null)) ||
    ('highlightFigures' in patch && (patch.highlightFigures ?? true) !== (before.highlightFigures ?? true)) ||
    ('quote' in patch && JSON.stringify(patch.quote) !== JSON.stringify(before.quote)) ||
    ('script' in patch && patch.script !== before.script) ||
    ('locale' in patch && patch.locale !== before.locale) ||
    (patch.display !== undefined && patch.display.chinesePunctuation !== (before.display ?? DEFAULT_DISPLAY).chinesePunctuation);
  if (needsRender) {
    if (!rerender(open, doc, win)) open.options = before;
  } else if (patch.display) {
    applyDisplay(open.parts.root, patch.display);
    open.parts.settings.show(patch.display);
  }
  return true;
}
