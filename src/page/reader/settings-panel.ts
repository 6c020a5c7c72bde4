import { READER_BOUNDS, type ReaderDisplay, type ScriptTarget } from '../../core/settings/schema';
import type { MessageKey, Translate } from '../../core/i18n';

const { fontSize: FONT_SIZE, width: WIDTH } = READER_BOUNDS;

const THEME_CHOICES: readonly [ReaderDisplay['theme'], MessageKey][] = [
  ['auto', 'themeAuto'],
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
];
const FONT_CHOICES: readonly [ReaderDisplay['font'], MessageKey][] = [
  ['sans', 'fontSans'],
  ['serif', 'fontSerif'],
];
const SCRIPT_CHOICES: readonly [ScriptTarget, MessageKey][] = [
  ['off', 'target_off'],
  ['simplified', 'target_simplified'],
  ['taiwan', 'target_taiwan'],
  ['hongkong', 'target_hongkong'],
];

export interface SettingsPanelOptions {
  display: ReaderDisplay;
  onDisplay: (display: ReaderDisplay) => void;
  /** The reader's script; the control is left out when null (a non-Chinese article). */
  script: ScriptTarget | null;
  onScript?: (target: ScriptTarget) => void;
  /** Opens the options page; the link is left out without it. */
  onOpenOptions?: () => void;
}

export interface SettingsPanel {
  panel: HTMLElement;
  /** Shows values changed elsewhere (another tab, the options page) without firing callbacks. */
  show: (display: ReaderDisplay) => void;
}

let panelCounter = 0;

/**
 * The reader's settings panel — what a browser popup would hold, kept inside the reader so the
 * toolbar button stays one click: theme, font, text size, line width, the reader's script, a
 * link to every setting. Native radios, select and buttons, so the keyboard and screen readers
 * work as they do everywhere.
 */
export function settingsPanel(doc: Document, t: Translate, options: SettingsPanelOptions): SettingsPanel {
  const id = `qd-settings-${++panelCounter}`;
  let display = { ...options.display };
  const panel = doc.createElement('div');
  panel.className = 'qd-panel';
  panel.id = id;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('readerSettings'));

  const commit = (change: Partial<ReaderDisplay>): void => {
    display = { ...display, ...change };
    sync();
    options.onDisplay({ ...display });
  };

  const themes = radioGroup(doc, `${id}-theme`, t('theme'), THEME_CHOICES.map(([value, key]) => [value, t(key)]), (v) => commit({ theme: v }));
  themes.root.classList.add('qd-themes');
  const fonts = radioGroup(doc, `${id}-font`, t('font'), FONT_CHOICES.map(([value, key]) => [value, t(key)]), (v) => commit({ font: v }));
  fonts.root.classList.add('qd-fonts');
  const size = stepper(doc, t('textSize'), [t('textSmaller'), 'A−'], [t('textLarger'), 'A+'], (direction) =>
    commit({ fontSize: clamp(display.fontSize + direction * FONT_SIZE.buttonStep, FONT_SIZE.min, FONT_SIZE.max) }),
  );
  size.root.classList.add('qd-size');
  const width = stepper(doc, t('lineWidth'), [t('narrower'), '−'], [t('wider'), '+'], (direction) =>
    commit({ width: clamp(display.width + direction * WIDTH.buttonStep, WIDTH.min, WIDTH.max) }),
  );
  width.root.classList.add('qd-width');
  const punctuation = doc.createElement('label');
  punctuation.className = 'qd-punctuation';
  const punctuationBox = doc.createElement('input');
  punctuationBox.type = 'checkbox';
  punctuationBox.addEventListener('change', () => commit({ chinesePunctuation: punctuationBox.checked }));
  const punctuationText = doc.createElement('span');
  punctuationText.textContent = t('chinesePunctuation');
  punctuation.append(punctuationBox, punctuationText);
  panel.append(themes.root, fonts.root, size.root, width.root, punctuation);

  if (options.script && options.onScript) {
    const onScript = options.onScript;
    const label = doc.createElement('label');
    label.className = 'qd-script';
    const caption = doc.createElement('span');
    caption.textContent = t('readerScript');
    const select = doc.createElement('select');
    for (const [value, key] of SCRIPT_CHOICES) {
      const option = doc.createElement('option');
      option.value = value;
      option.textContent = t(key);
      option.selected = value === options.script;
      select.append(option);
    }
    select.addEventListener('change', () => onScript(select.value as ScriptTarget));
    label.append(caption, select);
    panel.append(label);
  }
  if (options.onOpenOptions) {
    const more = doc.createElement('button');
    more.type = 'button';
    more.className = 'qd-all-settings';
    more.textContent = t('allSettings');
    more.addEventListener('click', options.onOpenOptions);
    panel.append(more);
  }

  function sync(): void {
    themes.set(display.theme);
    fonts.set(display.font);
    size.set(String(display.fontSize), display.fontSize <= FONT_SIZE.min, display.fontSize >= FONT_SIZE.max);
    width.set(String(display.width), display.width <= WIDTH.min, display.width >= WIDTH.max);
    punctuationBox.checked = display.chinesePunctuation;
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

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function radioGroup<T extends string>(doc: Document, name: string, legendText: string, choices: [T, string][], onChange: (value: T) => void) {
  const root = doc.createElement('fieldset');
  const legend = doc.createElement('legend');
  legend.textContent = legendText;
  root.append(legend);
  const inputs: HTMLInputElement[] = [];
  for (const [value, text] of choices) {
    const label = doc.createElement('label');
    label.dataset.value = value;
    const input = doc.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.addEventListener('change', () => input.checked && onChange(value));
    const span = doc.createElement('span');
    span.textContent = text;
    label.append(input, span);
    root.append(label);
    inputs.push(input);
  }
  return {
    root,
    set: (value: T): void => {
      for (const input of inputs) input.checked = input.value === value;
    },
  };
}

function stepper(doc: Document, labelText: string, less: [string, string], more: [string, string], onStep: (direction: -1 | 1) => void) {
  const root = doc.createElement('div');
  root.className = 'qd-stepper';
  root.setAttribute('role', 'group');
  const label = doc.createElement('span');
  label.className = 'qd-stepper-label';
  label.textContent = labelText;
  label.id = `qd-step-${++panelCounter}`;
  root.setAttribute('aria-labelledby', label.id);
  const make = ([aria, glyph]: [string, string], direction: -1 | 1): HTMLButtonElement => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = glyph;
    button.setAttribute('aria-label', aria);
    button.addEventListener('click', () => onStep(direction));
    return button;
  };
  const down = make(less, -1);
  const up = make(more, 1);
  const value = doc.createElement('output');
  value.setAttribute('aria-live', 'polite');
  root.append(label, down, value, up);
  return {
    root,
    set: (text: string, atMin: boolean, atMax: boolean): void => {
      value.textContent = text;
      down.disabled = atMin;
      up.disabled = atMax;
    },
  };
}
