/**
 * The `:host` rule of a Qingdu element placed over a page (the reader, the notice). Every
 * declaration is !important: in a shadow tree important rules beat the page's own, even
 * `* { display: none !important }`, and `all: initial` stops the page's inherited fonts and
 * colours at the border. `placement` says where this host sits and whether it takes clicks.
 */
export function hostCss(placement: Readonly<Record<string, string>>): string {
  const declarations: Record<string, string> = {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    'z-index': '2147483647',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    ...placement,
  };
  return `:host {\n${Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value} !important;`)
    .join('\n')}\n}`;
}

export type OverlayKind = 'reader' | 'notice';

/** How tests and our own code find a host: by this attribute, never by a tag a page could define. */
export const OVERLAY_ATTRIBUTE = 'data-qingdu';

export function overlaySelector(kind: OverlayKind): string {
  return `div[${OVERLAY_ATTRIBUTE}="${kind}"]`;
}

/**
 * A host element a page cannot take over, with a closed shadow root. A plain <div>: a custom
 * element name (qingdu-reader) can be defined by the page first, and then its constructor and
 * callbacks run on our host, or its own attachShadow makes ours throw. A page cannot define a
 * built-in element, and a customized built-in applies only to an is= we never set. The isolated
 * world's attachShadow is not the page's, so patching the prototype there changes nothing here.
 */
export function createOverlayHost(doc: Document, kind: OverlayKind): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElementNS('http://www.w3.org/1999/xhtml', 'div') as HTMLElement;
  host.setAttribute(OVERLAY_ATTRIBUTE, kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  return { host, shadow };
}

/**
 * Calls back once when a page script removes the host from the document (so whatever we added
 * besides it, a print stylesheet or a key listener, goes too). Returns a function that stops
 * watching; call it before removing the host yourself.
 */
export function onHostRemoved(host: HTMLElement, callback: () => void): () => void {
  const parent = host.parentNode;
  const win = host.ownerDocument.defaultView;
  if (!parent || !win) return () => {};
  const observer = new win.MutationObserver(() => {
    if (host.isConnected) return;
    observer.disconnect();
    callback();
  });
  observer.observe(parent, { childList: true });
  return () => observer.disconnect();
}
