/**
 * Content the page adds or changes after the start (infinite scroll, SPA navigation, a script
 * rewriting a label) reaches conversion through a MutationObserver. Our own writes come back
 * through it too; the ledger tells them apart, so they are not queued again.
 */
import type { NodeLedger } from './ledger';
import type { WorkScheduler } from './scheduler';
import { CONVERTED_ATTRIBUTES, ELEMENT_NODE, TEXT_NODE, type ConversionScope } from './scope';

export interface PageObserver {
  /** Drops undelivered records and stops observing. */
  disconnect(): void;
}

/**
 * Observes `root`'s subtree (text, added nodes, converted attributes) and queues what changed.
 * Null when the window has no MutationObserver.
 */
export function observePage(
  win: Window & typeof globalThis,
  root: Node,
  ledger: Pick<NodeLedger, 'ownsText' | 'ownsAttribute'>,
  scope: Pick<ConversionScope, 'inScope' | 'attributesExcluded'>,
  scheduler: Pick<WorkScheduler, 'active' | 'walkLater' | 'convertSoon' | 'kick'>,
): PageObserver | null {
  if (!win.MutationObserver) return null;
  const onMutations = (records: MutationRecord[]) => {
    if (!scheduler.active) return;
    let queued = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        if (ledger.ownsText(t)) continue;
        scheduler.walkLater(t);
        queued = true;
      } else if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType === TEXT_NODE || n.nodeType === ELEMENT_NODE) {
            scheduler.walkLater(n);
            queued = true;
          }
        }
      } else if (r.type === 'attributes' && r.attributeName) {
        const el = r.target as Element;
        if (ledger.ownsAttribute(el, r.attributeName)) continue;
        if (!scope.inScope(el) || scope.attributesExcluded(el)) continue;
        scheduler.convertSoon(el);
        queued = true;
      }
    }
    if (queued) scheduler.kick();
  };
  const observer = new win.MutationObserver(onMutations);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...CONVERTED_ATTRIBUTES],
  });
  return {
    disconnect() {
      observer.takeRecords();
      observer.disconnect();
    },
  };
}
