import { browser } from 'wxt/browser';
import { requestAutoConvertAccess } from '@/src/platform/permissions';
import { LOCALE_TAGS, translator, uiLocale, type MessageKey } from '@/src/core/i18n';
import { formatQuoteWith, type Citation } from '@/src/core/quote';
import { defaultSettings, migrateSettings, normalizeHost, normalizeSettings, SETTINGS_VERSION, type ConvertMode, type QuoteSettings, type ScriptTarget, type Settings } from '@/src/core/settings/schema';
import { loadSettings, SettingsTooLarge, updateSettings, warnUnsaved, watchSettings } from '@/src/platform/settings-store';
import {
  checkbox,
  el,
  hostsArea,
  radios,
  range,
  readSetting,
  SETTINGS_UI,
  writeSetting,
  type BoundSetting,
  type ChoiceSetting,
  type Control,
  type HostsSetting,
  type KeyOf,
  type Section,
  type SwitchSetting,
} from '@/src/ui';

/**
 * The options page: every setting, saved as soon as it changes (open readers and other tabs pick
 * it up from storage), in the browser's language. Built once with DOM APIs; user-supplied text only
 * ever enters as textContent or input values.
 */
const language = navigator.language;
const t = translator(language);
document.documentElement.lang = LOCALE_TAGS[uiLocale(language)];
document.title = t('optionsTitle');

/** Article text, not UI: the preview quotes a Chinese article in every UI language. */
const SAMPLE_QUOTE: { text: string; citation: Citation } = {
  text: '截至2022年底，87.7%的县医院达到了二级医院能力，45.6%的县医院达到了三级医院能力。',
  citation: { title: '我国持续推进优质医疗资源扩容下沉和区域均衡布局', source: '人民网', published: '2023-04-14', url: 'https://example.com/article.html' },
};

/**
 * Labels of the commands the browser lists: ours from the manifest, and its own "activate the
 * extension" (a toolbar click), which is listed only once the user has given it a key.
 */
const COMMAND_LABELS: Readonly<Record<string, MessageKey>> = {
  'toggle-reader': 'commandToggleReader',
  _execute_action: 'commandToolbarButton',
  _execute_browser_action: 'commandToolbarButton',
};
const SHOWN_WITHOUT_KEY: ReadonlySet<string> = new Set(['toggle-reader']);

/** Keys the reader itself handles (src/page/reader): fixed, not browser shortcuts. */
const READER_KEYS: readonly (readonly [keys: string, label: MessageKey])[] = [
  ['Esc', 'readerClose'],
  ['Alt+Shift+C', 'shortcutCopyQuote'],
];


let settings: Settings = defaultSettings(language);
const status = el(document, 'p', { className: 'status', id: 'status' });
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');

const STATUS_MS = 5000;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function say(key: MessageKey): void {
  // Cleared first so that the same message twice is announced twice; gone after a while, so an old
  // "Saved." does not stand for a later change.
  status.textContent = '';
  status.textContent = t(key);
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), STATUS_MS);
}

/**
 * Applies a change to the page's settings at once and to the stored ones, and says so; a failed
 * save is logged (and "Saved." not said). The controls follow storage through watchSettings,
 * which waits for the last of this page's saves: a slider stepped six times is not put back to
 * an earlier step.
 */
async function save(change: (next: Settings) => void, message: MessageKey = 'saved'): Promise<void> {
  const next = structuredClone(settings);
  change(next);
  settings = normalizeSettings(next, language);
  try {
    await updateSettings(change);
  } catch (error) {
    warnUnsaved(error);
    say(error instanceof SettingsTooLarge ? 'settingsTooLarge' : 'settingsNotSaved');
    return;
  }
  say(message);
}

/** What every control shows: each reads its setting's value out of the settings (see show). */
const shown: ((s: Settings) => void)[] = [];

function bind<V>(control: Control<V>, read: (s: Settings) => V): HTMLElement {
  shown.push((s) => control.show(read(s)));
  return control.element;
}

/** Saves a new value of one setting. */
function saveSetting<S extends Section, K extends keyof Settings[S]>(setting: { section: S; key: K }): (value: Settings[S][K]) => void {
  return (value) => void save((n) => writeSetting(n, setting, value));
}

/*
 * The options page's control for each kind of row of the settings table (src/ui): radios, a
 * slider, a checkbox, a host list. Ids and radio names are the row's id; each change is saved.
 */
function choiceControl<S extends Section, K extends keyof Settings[S], T extends Settings[S][K] & string>(setting: ChoiceSetting<T, S, K>, onChange: (value: T) => void = saveSetting(setting)): HTMLElement {
  return bind(radios(document, t, setting, { name: setting.id, className: 'choices' }, onChange), (s) => readSetting(s, setting) as T);
}

function rangeControl<S extends Section, K extends KeyOf<S, number>>(setting: BoundSetting<S, K>): HTMLElement {
  return bind(range(document, t, setting, { id: setting.id, className: 'range' }, saveSetting(setting) as (value: number) => void), (s) => readSetting(s, setting) as number);
}

function switchControl<S extends Section, K extends KeyOf<S, boolean>>(setting: SwitchSetting<S, K>): HTMLElement {
  return bind(checkbox(document, t, setting, { id: setting.id, className: 'check' }, saveSetting(setting) as (checked: boolean) => void), (s) => readSetting(s, setting) as boolean);
}

const parseHosts = (raw: string): string[] => raw.split(/[\s,，]+/).map(normalizeHost).filter(Boolean);

function hostsControl<S extends Section, K extends KeyOf<S, string[]>>(setting: HostsSetting<S, K>, onChange: (hosts: string[]) => void = saveSetting(setting) as (hosts: string[]) => void): HTMLElement {
  return bind(hostsArea(document, t, setting, { id: setting.id, className: 'hosts', parse: parseHosts }, onChange), (s) => readSetting(s, setting) as string[]);
}

/**
 * A change that may need host access (the script, the mode, the listed sites): the access the
 * changed settings need is asked for inside the change event, before any await (browsers show the
 * prompt only during a gesture), and the change is saved only when granted or when none is needed.
 * What they no longer need the background gives back by itself.
 */
function withAccess<T>(apply: (next: Settings, value: T) => void): (value: T) => void {
  return (value) => {
    const next = normalizeSettings(structuredClone(settings), language);
    apply(next, value);
    void requestAutoConvertAccess(next).then((granted) => {
      if (granted) return save((n) => apply(n, value));
      say('accessDenied');
      show(settings);
      return undefined;
    });
  };
}

const preview = el(document, 'pre', { className: 'preview', id: 'quote-preview' });
preview.setAttribute('aria-labelledby', 'quote-preview-label');
const previewElement = bind(
  {
    element: el(document, 'div', {}, el(document, 'p', { className: 'hint', id: 'quote-preview-label', textContent: t('quotePreview') }), preview),
    show: (quote: QuoteSettings) => {
      preview.textContent = formatQuoteWith(SAMPLE_QUOTE.text, SAMPLE_QUOTE.citation, quote, 'zh-Hans').plain;
    },
  },
  (s) => s.quote,
);

const ui = SETTINGS_UI;
const SECTIONS: readonly (readonly [id: string, heading: MessageKey, controls: readonly HTMLElement[]])[] = [
  ['reader-heading', 'readerHeading', [choiceControl(ui.theme), choiceControl(ui.font), rangeControl(ui.fontSize), rangeControl(ui.width), switchControl(ui.chinesePunctuation)]],
  ['convert-heading', 'convertHeading', [
    choiceControl(ui.target, withAccess((n, target: ScriptTarget) => (n.convert.target = target))),
    choiceControl(ui.mode, withAccess((n, mode: ConvertMode) => (n.convert.mode = mode))),
    hostsControl(ui.sites, withAccess((n, sites: string[]) => (n.convert.sites = sites))),
    hostsControl(ui.neverSites),
  ]],
  ['figures-heading', 'figuresHeading', [switchControl(ui.highlight)]],
  ['quote-heading', 'quoteHeading', [choiceControl(ui.quoteFormat), switchControl(ui.citation), switchControl(ui.url), previewElement]],
];

/** Puts the settings into every control. */
function show(s: Settings): void {
  for (const showIn of shown) showIn(s);
}

function section(id: string, heading: MessageKey, ...children: Node[]): HTMLElement {
  const section = el(document, 'section', {}, el(document, 'h2', { id, textContent: t(heading) }), ...children);
  section.setAttribute('aria-labelledby', id);
  return section;
}

/** The browser's shortcuts as the user set them, and where to change them. */
function shortcuts(): HTMLElement {
  const list = el(document, 'dl', { className: 'keys', id: 'shortcuts' });
  void browser.commands.getAll().then((commands) => {
    for (const command of commands) {
      if (!command.name || (!command.shortcut && !SHOWN_WITHOUT_KEY.has(command.name))) continue;
      const key = COMMAND_LABELS[command.name];
      list.append(
        el(document, 'dt', { textContent: key ? t(key) : command.description || command.name }),
        el(document, 'dd', {}, command.shortcut ? el(document, 'kbd', { textContent: command.shortcut }) : el(document, 'span', { className: 'hint', textContent: t('shortcutNotSet') })),
      );
      list.lastElementChild?.setAttribute('data-command', command.name);
    }
  });
  const inReader = el(document, 'dl', { className: 'keys', id: 'reader-keys' });
  for (const [keys, label] of READER_KEYS) inReader.append(el(document, 'dt', { textContent: t(label) }), el(document, 'dd', {}, el(document, 'kbd', { textContent: keys })));
  return el(document, 'div', {}, list, changeShortcuts(), el(document, 'h3', { textContent: t('shortcutsInReader') }), inReader);
}

/**
 * Firefox (137+) opens its shortcut manager itself; Chromium's shortcuts page is an ordinary tab.
 * Another browser gets the written directions instead of a button that would not work.
 */
function changeShortcuts(): HTMLElement {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const open = commands.openShortcutSettings
    ? () => commands.openShortcutSettings!()
    : import.meta.env.FIREFOX
      ? null
      : () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  if (!open) return el(document, 'p', { className: 'hint', textContent: t('shortcutsFirefoxHint') });
  const button = el(document, 'button', { type: 'button', id: 'change-shortcuts', textContent: t('changeShortcuts') });
  button.addEventListener('click', () => void open());
  return el(document, 'p', {}, button);
}

/** The version of an exported settings file (this one's or an older one's), or null for any other JSON. */
function settingsFileVersion(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const version: unknown = (value as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= SETTINGS_VERSION ? version : null;
}

function backup(): HTMLElement {
  const exportButton = el(document, 'button', { type: 'button', id: 'export', textContent: t('exportSettings') });
  exportButton.addEventListener('click', () => {
    const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
    const a = el(document, 'a', { href: URL.createObjectURL(blob), download: 'qingdu-settings.json' });
    a.click();
    // Revoked later, not at once: the download reads the URL after this handler returns.
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  });
  const file = el(document, 'input', { type: 'file', accept: 'application/json,.json', id: 'import-file', hidden: true });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await chosen.text());
    } catch {
      parsed = null;
    }
    const version = settingsFileVersion(parsed);
    if (version === null) {
      say('importFailed');
      return;
    }
    // A file exported by an older version goes through the same migrations as stored settings.
    const imported = normalizeSettings(migrateSettings(parsed, version), language);
    await save((n) => Object.assign(n, imported), 'imported');
  });
  const importButton = el(document, 'button', { type: 'button', id: 'import', textContent: t('importSettings') });
  importButton.addEventListener('click', () => file.click());
  const reset = el(document, 'button', { type: 'button', id: 'reset', textContent: t('resetSettings') });
  reset.addEventListener('click', () => void save((n) => Object.assign(n, defaultSettings(language)), 'resetDone'));
  return el(document, 'div', { className: 'buttons' }, exportButton, importButton, file, reset);
}

// Shown once the stored settings are in, so no control ever shows a value that is not the user's.
void loadSettings()
  .catch(() => defaultSettings(language))
  .then((loaded) => {
    settings = loaded;
    show(settings);
    document.getElementById('app')!.replaceChildren(
      el(document, 'h1', { textContent: t('optionsTitle') }),
      el(document, 'p', { className: 'hint', textContent: t('optionsIntro') }),
      ...SECTIONS.map(([id, heading, controls]) => section(id, heading, ...controls)),
      section('shortcuts-heading', 'shortcutsHeading', shortcuts()),
      section('backup-heading', 'backupHeading', backup()),
      status,
    );
  });
// A change made elsewhere (another options tab, the reader, the context menu) shows here at once.
watchSettings((next) => {
  settings = next;
  show(settings);
});
