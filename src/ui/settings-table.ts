import type { MessageKey } from '../core/i18n';
import {
  CONVERT_MODES,
  QUOTE_FORMATS,
  READER_BOUNDS,
  READER_FONTS,
  READER_THEMES,
  SCRIPT_TARGETS,
  type Bound,
  type Settings,
} from '../core/settings/schema';

/**
 * Every setting a settings UI offers, once: where it is in Settings, its choices or bound (the
 * schema's own lists, never a copy), and the message keys of its label and choices. The reader's
 * Aa panel and the options page both render from this table with the controls in ./controls.ts;
 * each adds only where a control goes and what it looks like there.
 */

export type Section = 'reader' | 'convert' | 'figures' | 'quote';
/** The keys of a settings section whose value is a V. */
export type KeyOf<S extends Section, V> = { [K in keyof Settings[S]]-?: Settings[S][K] extends V ? K : never }[keyof Settings[S]];

interface SettingAt<S extends Section, K extends PropertyKey> {
  section: S;
  key: K;
  /** The setting's name in a page: the options page's ids and radio names derive from it (the e2e suite finds them so). */
  id: string;
  label: MessageKey;
}

/** One of a list of strings: radios or a select. */
export interface ChoiceSetting<T extends string = string, S extends Section = Section, K extends PropertyKey = PropertyKey> extends SettingAt<S, K> {
  kind: 'choice';
  choices: readonly T[];
  choiceLabels: Readonly<Record<T, MessageKey>>;
}

/** A number in a range: a slider or −/+ buttons. */
export interface BoundSetting<S extends Section = Section, K extends PropertyKey = PropertyKey> extends SettingAt<S, K> {
  kind: 'bound';
  bound: Bound;
  /** The value as shown beside a slider ("18 px"); the message takes the number. */
  valueLabel: MessageKey;
  /** The −/+ buttons: each one's accessible name and the glyph it shows. */
  less: readonly [MessageKey, string];
  more: readonly [MessageKey, string];
}

/** On or off: a checkbox. */
export interface SwitchSetting<S extends Section = Section, K extends PropertyKey = PropertyKey> extends SettingAt<S, K> {
  kind: 'switch';
}

/** A list of host names: a text area, one a line. */
export interface HostsSetting<S extends Section = Section, K extends PropertyKey = PropertyKey> extends SettingAt<S, K> {
  kind: 'hosts';
}

const choice = <S extends Section, K extends KeyOf<S, string>, T extends Settings[S][K] & string>(
  section: S,
  key: K,
  id: string,
  label: MessageKey,
  choices: readonly T[],
  choiceLabels: Readonly<Record<T, MessageKey>>,
): ChoiceSetting<T, S, K> => ({ kind: 'choice', section, key, id, label, choices, choiceLabels });

const bounded = <S extends Section, K extends KeyOf<S, number>>(
  section: S,
  key: K,
  id: string,
  label: MessageKey,
  bound: Bound,
  valueLabel: MessageKey,
  less: readonly [MessageKey, string],
  more: readonly [MessageKey, string],
): BoundSetting<S, K> => ({ kind: 'bound', section, key, id, label, bound, valueLabel, less, more });

const toggle = <S extends Section, K extends KeyOf<S, boolean>>(section: S, key: K, id: string, label: MessageKey): SwitchSetting<S, K> => ({ kind: 'switch', section, key, id, label });

const hostList = <S extends Section, K extends KeyOf<S, string[]>>(section: S, key: K, id: string, label: MessageKey): HostsSetting<S, K> => ({ kind: 'hosts', section, key, id, label });

/*
 * Choice labels are written out, never built from a prefix: the build keeps in each bundle only
 * the message keys its code names (scripts/catalog-keys.ts), and a key made at run time
 * (`target_${value}`) would be missing there, showing "target_off" instead of 不转换.
 */
const SCRIPT_LABELS = { off: 'target_off', simplified: 'target_simplified', taiwan: 'target_taiwan', hongkong: 'target_hongkong' } as const;
const MODE_LABELS = { off: 'mode_off', reader: 'mode_reader', all: 'mode_all', listed: 'mode_listed' } as const;
const QUOTE_FORMAT_LABELS = { plain: 'quoteFormat_plain', markdown: 'quoteFormat_markdown', chinese: 'quoteFormat_chinese' } as const;

export const SETTINGS_UI = {
  theme: choice('reader', 'theme', 'theme', 'theme', READER_THEMES, { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' }),
  font: choice('reader', 'font', 'font', 'font', READER_FONTS, { sans: 'fontSans', serif: 'fontSerif' }),
  fontSize: bounded('reader', 'fontSize', 'font-size', 'textSize', READER_BOUNDS.fontSize, 'textSizeValue', ['textSmaller', 'A−'], ['textLarger', 'A+']),
  width: bounded('reader', 'width', 'width', 'lineWidth', READER_BOUNDS.width, 'lineWidthValue', ['narrower', '−'], ['wider', '+']),
  chinesePunctuation: toggle('reader', 'chinesePunctuation', 'chinese-punctuation', 'chinesePunctuation'),
  target: choice('convert', 'target', 'target', 'readerScript', SCRIPT_TARGETS, SCRIPT_LABELS),
  mode: choice('convert', 'mode', 'mode', 'convertMode', CONVERT_MODES, MODE_LABELS),
  sites: hostList('convert', 'sites', 'sites', 'convertSites'),
  neverSites: hostList('convert', 'neverSites', 'never-sites', 'neverSites'),
  highlight: toggle('figures', 'highlight', 'highlight', 'highlightFigures'),
  quoteFormat: choice('quote', 'format', 'quote-format', 'quoteFormat', QUOTE_FORMATS, QUOTE_FORMAT_LABELS),
  citation: toggle('quote', 'citation', 'citation', 'quoteCitation'),
  url: toggle('quote', 'url', 'url', 'quoteUrl'),
} as const;

/** A setting's value in `settings`. */
export function readSetting<S extends Section, K extends keyof Settings[S]>(settings: Settings, setting: { section: S; key: K }): Settings[S][K] {
  return settings[setting.section][setting.key];
}

/** Puts a value into `settings` (a draft: the store normalizes what it saves). */
export function writeSetting<S extends Section, K extends keyof Settings[S]>(settings: Settings, setting: { section: S; key: K }, value: Settings[S][K]): void {
  settings[setting.section][setting.key] = value;
}
