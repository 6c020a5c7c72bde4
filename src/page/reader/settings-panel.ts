import type { ReaderDisplay } from '../../core/settings/schema';
import type { Translate } from '../../core/i18n';
import { checkbox, el, radios, select, SETTINGS_UI, stepper, uniqueId } from '../../ui';
import { DEFAULT_DISPLAY, type ReaderOptions } from './options';

/**
 * The panel's part of the reader's options. Without a script (null: a non-Chinese article) or
 * onScript the script choice is left out; without onOpenOptions, the link to every setting.
 */
export type SettingsPanelOptions = Pick<ReaderOptions, 'display' | 'onDisplay' | 'script' | 'onScript' | 'onOpenOptions'>;

export interface SettingsPanel {
  panel: HTMLElement;
  /** Shows values changed elsewhere (another tab, the options page) without firing callbacks. */
  show: (display: ReaderDisplay) => void;
}

/**
 * The reader's settings panel — what a browser popup would hold, kept inside the reader so the
 * toolbar button stays one click: theme, font, text size, line width, punctuation, the reader's
 * script, a link to every setting. Rendered from the same settings table and controls as the
 * options page (src/ui), styled by the reader's shadow stylesheet through the classes given here.
 */
export function settingsPanel(doc: Document, t: Translate, options: SettingsPanelOptions): SettingsPanel {
  const id = uniqueId('qd-settings');
  let display = { ...(options.display ?? DEFAULT_DISPLAY) };
  const panel = el(doc, 'div', { className: 'qd-panel', id, hidden: true });
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('readerSettings'));

  const commit = (change: Partial<ReaderDisplay>): void => {
    display = { ...display, ...change };
    sync();
    options.onDisplay?.({ ...display });
  };

  const ui = SETTINGS_UI;
  const themes = radios(doc, t, ui.theme, { name: `${id}-theme`, className: 'qd-themes' }, (theme) => commit({ theme }));
  const fonts = radios(doc, t, ui.font, { name: `${id}-font`, className: 'qd-fonts' }, (font) => commit({ font }));
  const size = stepper(doc, t, ui.fontSize, { className: 'qd-stepper qd-size', labelClassName: 'qd-stepper-label' }, (fontSize) => commit({ fontSize }));
  const width = stepper(doc, t, ui.width, { className: 'qd-stepper qd-width', labelClassName: 'qd-stepper-label' }, (width) => commit({ width }));
  const punctuation = checkbox(doc, t, ui.chinesePunctuation, { className: 'qd-punctuation' }, (chinesePunctuation) => commit({ chinesePunctuation }));
  panel.append(themes.element, fonts.element, size.element, width.element, punctuation.element);

  if (options.script && options.onScript) {
    const script = select(doc, t, ui.target, { className: 'qd-script' }, options.onScript);
    script.show(options.script);
    panel.append(script.element);
  }
  if (options.onOpenOptions) {
    const more = el(doc, 'button', { type: 'button', className: 'qd-all-settings', textContent: t('allSettings') });
    more.addEventListener('click', options.onOpenOptions);
    panel.append(more);
  }

  function sync(): void {
    themes.show(display.theme);
    fonts.show(display.font);
    size.show(display.fontSize);
    width.show(display.width);
    punctuation.show(display.chinesePunctuation);
  }
  sync();
  return {
    panel,
    show: (next) => {
      display = { ...next };
      sync();
    },
  };
}
