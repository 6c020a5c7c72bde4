import { browser } from 'wxt/browser';
import { requestAutoConvertAccess } from '@/src/platform/permissions';
import { LOCALE_TAGS, translator, uiLocale, type MessageKey } from '@/src/core/i18n';
import { formatQuote, type Citation } from '@/src/core/quote';
import { CONVERT_MODES, defaultSettings, migrateSettings, normalizeHost, normalizeSettings, QUOTE_FORMATS, READER_BOUNDS, SCRIPT_TARGETS, SETTINGS_VERSION, type ConvertMode, type QuoteFormat, type ScriptTarget, type Settings, type Theme } from '@/src/core/settings/schema';
import { loadSettings, updateSettings, warnUnsaved, watchSettings } from '@/src/platform/settings-store';
import { checkbox, el, hostsArea, radios, range, type Control } from './controls';

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
const status = el('p', { className: 'status', id: 'status' });
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

/** Applies a change to the stored settings and says so; a failed save is logged (and "Saved." not said). */
async function save(change: (next: Settings) => void, message: MessageKey = 'saved'): Promise<void> {
  try {
    settings = await updateSettings(change);
  } catch (error) {
    warnUnsaved(error);
    return;
  }
  say(message);
  show(settings);
}

const parseHosts = (raw: string): string[] => raw.split(/[\s,，]+/).map(normalizeHost).filter(Boolean);

const theme = radios<Theme>('theme', t('theme'), [['auto', t('themeAuto')], ['light', t('themeLight')], ['sepia', t('themeSepia')], ['dark', t('themeDark')]], (v) => void save((n) => (n.reader.theme = v)));
const font = radios<Settings['reader']['font']>('font', t('font'), [['sans', t('fontSans')], ['serif', t('fontSerif')]], (v) => void save((n) => (n.reader.font = v)));
const fontSize = range('font-size', t('textSize'), READER_BOUNDS.fontSize, (v) => t('textSizeValue', v), (v) => void save((n) => (n.reader.fontSize = v)));
const width = range('width', t('lineWidth'), READER_BOUNDS.width, (v) => t('lineWidthValue', v), (v) => void save((n) => (n.reader.width = v)));
const punctuation = checkbox('chinese-punctuation', t('chinesePunctuation'), (v) => void save((n) => (n.reader.chinesePunctuation = v)));

const target = radios<ScriptTarget>('target', t('readerScript'), SCRIPT_TARGETS.map((v) => [v, t(`target_${v}`)] as const), (v) => void save((n) => (n.convert.target = v)));
const mode = radios<ConvertMode>('mode', t('convertMode'), CONVERT_MODES.map((v) => [v, t(`mode_${v}`)] as const), (v) => {
  const next = normalizeSettings({ ...settings, convert: { ...settings.convert, mode: v } }, language);
  // Host access is asked for inside the change event, before any await (browsers require a gesture).
  void requestAutoConvertAccess(next).then((granted) => {
    if (granted || v === 'off' || v === 'reader') return save((n) => (n.convert.mode = v));
    say('accessDenied');
    show(settings);
    return undefined;
  });
});
const sites = hostsArea('sites', t('convertSites'), parseHosts, (h) => void save((n) => (n.convert.sites = h)));
const neverSites = hostsArea('never-sites', t('neverSites'), parseHosts, (h) => void save((n) => (n.convert.neverSites = h)));

const highlight = checkbox('highlight', t('highlightFigures'), (v) => void save((n) => (n.figures.highlight = v)));

const quoteFormat = radios<QuoteFormat>('quote-format', t('quoteFormat'), QUOTE_FORMATS.map((v) => [v, t(`quoteFormat_${v}`)] as const), (v) => void save((n) => (n.quote.format = v)));
const citation = checkbox('citation', t('quoteCitation'), (v) => void save((n) => (n.quote.citation = v)));
const url = checkbox('url', t('quoteUrl'), (v) => void save((n) => (n.quote.url = v)));
const preview = el('pre', { className: 'preview', id: 'quote-preview' });
preview.setAttribute('aria-labelledby', 'quote-preview-label');
const previewControl: Control<Settings> = {
  element: el('div', {}, el('p', { className: 'hint', id: 'quote-preview-label', textContent: t('quotePreview') }), preview),
  show: (s) => {
    preview.textContent = formatQuote(SAMPLE_QUOTE.text, SAMPLE_QUOTE.citation, s.quote.format, { citation: s.quote.citation, url: s.quote.url, lang: 'zh-Hans' }).plain;
  },
};

/** Puts the settings into every control. */
function show(s: Settings): void {
  theme.show(s.reader.theme);
  font.show(s.reader.font);
  fontSize.show(s.reader.fontSize);
  width.show(s.reader.width);
  punctuation.show(s.reader.chinesePunctuation);
  target.show(s.convert.target);
  mode.show(s.convert.mode);
  sites.show(s.convert.sites);
  neverSites.show(s.convert.neverSites);
  highlight.show(s.figures.highlight);
  quoteFormat.show(s.quote.format);
  citation.show(s.quote.citation);
  url.show(s.quote.url);
  previewControl.show(s);
}

function section(id: string, heading: MessageKey, ...children: Node[]): HTMLElement {
  const section = el('section', {}, el('h2', { id, textContent: t(heading) }), ...children);
  section.setAttribute('aria-labelledby', id);
  return section;
}

/** The browser's shortcuts as the user set them, and where to change them. */
function shortcuts(): HTMLElement {
  const list = el('dl', { className: 'keys', id: 'shortcuts' });
  void browser.commands.getAll().then((commands) => {
    for (const command of commands) {
      if (!command.name || (!command.shortcut && !SHOWN_WITHOUT_KEY.has(command.name))) continue;
      const key = COMMAND_LABELS[command.name];
      list.append(
        el('dt', { textContent: key ? t(key) : command.description || command.name }),
        el('dd', {}, command.shortcut ? el('kbd', { textContent: command.shortcut }) : el('span', { className: 'hint', textContent: t('shortcutNotSet') })),
      );
      list.lastElementChild?.setAttribute('data-command', command.name);
    }
  });
  const inReader = el('dl', { className: 'keys', id: 'reader-keys' });
  for (const [keys, label] of READER_KEYS) inReader.append(el('dt', { textContent: t(label) }), el('dd', {}, el('kbd', { textContent: keys })));
  return el('div', {}, list, changeShortcuts(), el('h3', { textContent: t('shortcutsInReader') }), inReader);
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
  if (!open) return el('p', { className: 'hint', textContent: t('shortcutsFirefoxHint') });
  const button = el('button', { type: 'button', id: 'change-shortcuts', textContent: t('changeShortcuts') });
  button.addEventListener('click', () => void open());
  return el('p', {}, button);
}

/** The version of an exported settings file (this one's or an older one's), or null for any other JSON. */
function settingsFileVersion(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const version: unknown = (value as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= SETTINGS_VERSION ? version : null;
}

function backup(): HTMLElement {
  const exportButton = el('button', { type: 'button', id: 'export', textContent: t('exportSettings') });
  exportButton.addEventListener('click', () => {
    const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'qingdu-settings.json' });
    a.click();
    // Revoked later, not at once: the download reads the URL after this handler returns.
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  });
  const file = el('input', { type: 'file', accept: 'application/json,.json', id: 'import-file', hidden: true });
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
  const importButton = el('button', { type: 'button', id: 'import', textContent: t('importSettings') });
  importButton.addEventListener('click', () => file.click());
  const reset = el('button', { type: 'button', id: 'reset', textContent: t('resetSettings') });
  reset.addEventListener('click', () => void save((n) => Object.assign(n, defaultSettings(language)), 'resetDone'));
  return el('div', { className: 'buttons' }, exportButton, importButton, file, reset);
}

// Shown once the stored settings are in, so no control ever shows a value that is not the user's.
void loadSettings()
  .catch(() => defaultSettings(language))
  .then((loaded) => {
    settings = loaded;
    show(settings);
    document.getElementById('app')!.replaceChildren(
      el('h1', { textContent: t('optionsTitle') }),
      el('p', { className: 'hint', textContent: t('optionsIntro') }),
      section('reader-heading', 'readerHeading', theme.element, font.element, fontSize.element, width.element, punctuation.element),
      section('convert-heading', 'convertHeading', target.element, mode.element, sites.element, neverSites.element),
      section('figures-heading', 'figuresHeading', highlight.element),
      section('quote-heading', 'quoteHeading', quoteFormat.element, citation.element, url.element, previewControl.element),
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
