/**
 * Runs `work`, which may change doc's DOM; if it throws, every change it made (nodes added,
 * removed or moved, attributes, text) is undone, in reverse order, and the error is rethrown.
 * A MutationObserver records the changes; replaying its records backwards restores the tree
 * exactly, whatever the tool got half-way through (text nodes split for marks, a style added).
 * Synchronous work only: across an await, the page's own changes would be undone too. One thing
 * is not exact: an attribute the work removed comes back with its value but last in its element's
 * attribute list (the DOM cannot insert an attribute at a position). No page tool removes one.
 */
export function undoOnThrow<T>(doc: Document, work: () => T): T {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return work();
  const observer = new Observer(() => {});
  observer.observe(doc, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
  try {
    return work();
  } catch (error) {
    const records = observer.takeRecords();
    observer.disconnect();
    for (let i = records.length - 1; i >= 0; i--) revert(records[i]!);
    throw error;
  } finally {
    observer.disconnect();
  }
}

function revert(record: MutationRecord): void {
  const target = record.target;
  if (record.type === 'attributes' && record.attributeName) {
    const el = target as Element;
    const ns = record.attributeNamespace;
    if (record.oldValue === null) {
      if (ns) el.removeAttributeNS(ns, record.attributeName);
      else el.removeAttribute(record.attributeName);
    } else if (ns) el.setAttributeNS(ns, record.attributeName, record.oldValue);
    else el.setAttribute(record.attributeName, record.oldValue);
  } else if (record.type === 'characterData') {
    (target as CharacterData).data = record.oldValue ?? '';
  } else if (record.type === 'childList') {
    for (const node of Array.from(record.addedNodes)) {
      if (node.parentNode === target) target.removeChild(node);
    }
    // Replayed backwards, the tree is as it was just after this change: nextSibling is in place.
    const before = record.nextSibling && record.nextSibling.parentNode === target ? record.nextSibling : null;
    for (const node of Array.from(record.removedNodes)) target.insertBefore(node, before);
  }
}
