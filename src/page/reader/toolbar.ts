import type { Translate } from '../../core/i18n';

export interface ToolbarParts {
  /** Left: quiet facts about the article (reading time). */
  info: string;
  /** Right, before the close button: the reader's controls. */
  controls: HTMLElement[];
  /** The settings panel, opened by the "Aa" button; null for the no-article notice. */
  panel: HTMLElement | null;
  onClose: () => void;
}

export interface Toolbar {
  bar: HTMLElement;
  /** Closes the settings panel; true if it was open (Esc closes the panel before the reader). */
  closePanel: () => boolean;
  /**
   * Where the user is in the settings panel: null when it is closed, else the place of the focused
   * control among the panel's controls (-1 for none). A re-rendered view gets it back from
   * restorePanel, so a change that re-renders the article keeps the panel open and the focus put.
   */
  panelState: () => number | null;
  restorePanel: (state: number | null) => void;
}

/**
 * The reader's toolbar: reading time on the left; settings, figures, copy, print and close on the
 * right. It sits at the top while the reader scrolls and slides away while reading down (back on
 * scrolling up, on keyboard focus, or while the panel is open), like the best reading apps.
 */
export function toolbar(doc: Document, t: Translate, parts: ToolbarParts): Toolbar {
  const bar = doc.createElement('div');
  bar.className = 'qd-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('readerSettings'));
  const info = doc.createElement('span');
  info.className = 'qd-info';
  info.textContent = parts.info;
  const actions = doc.createElement('div');
  actions.className = 'qd-actions';

  let toggle: HTMLButtonElement | null = null;
  const panel = parts.panel;
  // A press anywhere else in the reader closes the panel, as a popover does. Listened for on the
  // shadow root (the document only sees the host of a closed shadow root).
  const outside = (event: Event): void => {
    const target = event.target as Node | null;
    if (target && !panel?.contains(target) && !toggle?.contains(target)) setOpen(false);
  };
  const setOpen = (open: boolean): void => {
    if (!panel || !toggle) return;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    bar.classList.toggle('qd-panel-open', open);
    const root = bar.getRootNode();
    if (open) root.addEventListener('pointerdown', outside);
    else root.removeEventListener('pointerdown', outside);
  };
  if (panel) {
    toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'qd-settings-toggle';
    toggle.textContent = 'Aa';
    toggle.setAttribute('aria-label', t('readerSettings'));
    toggle.setAttribute('aria-haspopup', 'dialog');
    toggle.setAttribute('aria-controls', panel.id);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => {
      const open = panel.hidden;
      setOpen(open);
      if (open) panel.querySelector<HTMLElement>('input:checked, button, select')?.focus();
    });
    actions.append(toggle);
  }
  actions.append(...parts.controls);
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'qd-close';
  close.textContent = t('readerCloseHint');
  close.setAttribute('aria-label', t('readerClose'));
  close.addEventListener('click', parts.onClose);
  actions.append(close);
  bar.append(info, actions);
  if (panel) bar.append(panel);

  const closePanel = (): boolean => {
    if (!panel || panel.hidden) return false;
    setOpen(false);
    toggle?.focus();
    return true;
  };
  const controls = (): HTMLElement[] => (panel ? Array.from(panel.querySelectorAll<HTMLElement>('input, button, select')) : []);
  const panelState = (): number | null => {
    if (!panel || panel.hidden) return null;
    const active = (bar.getRootNode() as ShadowRoot | Document).activeElement;
    return controls().findIndex((c) => c === active);
  };
  const restorePanel = (state: number | null): void => {
    if (state === null || !panel) return;
    setOpen(true);
    controls()[state]?.focus({ preventScroll: true });
  };
  return { bar, closePanel, panelState, restorePanel };
}

/**
 * Slides the toolbar away while the reader scrolls down and brings it back on scrolling up.
 * `scroller` is the element that scrolls (the reader's host). Returns a function that stops it.
 */
export function autoHideToolbar(bar: HTMLElement, scroller: HTMLElement): () => void {
  let last = scroller.scrollTop;
  const onScroll = (): void => {
    const top = scroller.scrollTop;
    const keep = bar.classList.contains('qd-panel-open') || bar.matches(':focus-within') || top < 80;
    if (keep || top < last - 4) bar.classList.remove('qd-toolbar-away');
    else if (top > last + 4) bar.classList.add('qd-toolbar-away');
    last = top;
  };
  const onFocus = (): void => bar.classList.remove('qd-toolbar-away');
  scroller.addEventListener('scroll', onScroll, { passive: true });
  bar.addEventListener('focusin', onFocus);
  return () => {
    scroller.removeEventListener('scroll', onScroll);
    bar.removeEventListener('focusin', onFocus);
  };
}
