/**
 * Qingdu's settings: one versioned object. Pure (no browser APIs) so that defaults, validation of
 * imported JSON and migrations are testable anywhere; src/platform/settings-store.ts keeps it in storage.
 */

/*
 * Every choice list and every numeric bound of the settings, here and nowhere else: normalizeSettings
 * validates against them, and both settings UIs (src/ui/settings-table.ts) offer exactly them.
 */

/** Script the reader reads: mainland simplified, Taiwan or Hong Kong traditional, or no conversion. */
export const SCRIPT_TARGETS = ['off', 'simplified', 'taiwan', 'hongkong'] as const;
export type ScriptTarget = (typeof SCRIPT_TARGETS)[number];
/** When pages are converted: never, in the reader view only, on every page, or on listed sites. */
export const CONVERT_MODES = ['off', 'reader', 'all', 'listed'] as const;
export type ConvertMode = (typeof CONVERT_MODES)[number];
/** The reader's colour theme; 'auto' follows the system's light or dark. */
export const READER_THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof READER_THEMES)[number];
export const READER_FONTS = ['sans', 'serif'] as const;
export type ReaderFont = (typeof READER_FONTS)[number];
export const QUOTE_FORMATS = ['plain', 'markdown', 'chinese'] as const;
export type QuoteFormat = (typeof QUOTE_FORMATS)[number];

/** A numeric setting's range. */
export interface Bound {
  min: number;
  max: number;
  /** The finest change: a slider's step (every value from min to max by step is kept as it is). */
  step: number;
  /** What one press of the reader panel's −/+ buttons changes (a coarser step where 1 is too fine to see). */
  buttonStep: number;
}

/** The reader's sizes: normalizeSettings clamps to these, the options page's sliders and the reader's buttons step by them. */
export const READER_BOUNDS = {
  /** reader.fontSize, CSS pixels. */
  fontSize: { min: 12, max: 32, step: 1, buttonStep: 1 },
  /** reader.width, em (about one CJK character each). */
  width: { min: 24, max: 60, step: 1, buttonStep: 2 },
} as const satisfies Record<'fontSize' | 'width', Bound>;

/** What the user chose to always remove or keep on one site (the reader's clutter choices). */
export interface SiteRules {
  /** Texts (white space removed) of blocks the user always removes on this site. */
  remove: string[];
  /** Texts (white space removed) of blocks the user always keeps on this site. */
  keep: string[];
}

/** How quotes are copied: the reader, the context menu and the CLI format them so. */
export interface QuoteSettings {
  format: QuoteFormat;
  /** Add the citation (title, outlet, date) after the quote. */
  citation: boolean;
  /** Add the page URL to the citation. */
  url: boolean;
}

export interface Settings {
  version: 2;
  convert: {
    target: ScriptTarget;
    mode: ConvertMode;
    /** Hosts converted when mode is 'listed'. */
    sites: string[];
    /** Hosts never converted, whatever the mode. */
    neverSites: string[];
  };
  reader: {
    theme: Theme;
    /** Body font size in CSS pixels. */
    fontSize: number;
    /** Measure in em (about one CJK character each). */
    width: number;
    font: ReaderFont;
    /** Set Chinese text with Chinese punctuation (，：！？ for the ASCII marks farms leave in it). Since v2. */
    chinesePunctuation: boolean;
  };
  figures: { highlight: boolean };
  quote: QuoteSettings;
  /** Per-host clutter choices the user made in the reader. */
  sites: Record<string, SiteRules>;
}

/** How the reader view looks: what its settings panel and the options page change. */
export type ReaderDisplay = Settings['reader'];

export const SETTINGS_VERSION = 2;

/**
 * Migrations from each stored version to the next, keyed by the version they produce (WXT's
 * storage runs them in order when it finds an older version). Each keeps every user value and
 * only adds or reshapes; test/unit/settings.test.ts runs each on a full object of its version.
 */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {
  // v2: the reader's full-width punctuation switch, on (the v1 reader had no such setting).
  2: (stored) => {
    const v1 = record(stored);
    return { ...v1, version: 2, reader: { ...record(v1.reader), chinesePunctuation: true } };
  },
};

/** Runs the migrations from `fromVersion` to the current version (what WXT does in storage). */
export function migrateSettings(stored: unknown, fromVersion: number): unknown {
  let value = stored;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) value = SETTINGS_MIGRATIONS[v]?.(value) ?? value;
  return value;
}

/** The script a reader most likely reads, from the browser's language. */
export function defaultTarget(language: string): ScriptTarget {
  const tag = language.toLowerCase();
  if (/^zh-(tw|hant|hant-tw)$/.test(tag)) return 'taiwan';
  if (/^zh-(hk|mo|hant-hk|hant-mo)$/.test(tag)) return 'hongkong';
  if (tag.startsWith('zh')) return 'simplified';
  return 'off';
}

export function defaultSettings(language = 'zh-CN'): Settings {
  return {
    version: SETTINGS_VERSION,
    convert: { target: defaultTarget(language), mode: 'reader', sites: [], neverSites: [] },
    reader: { theme: 'auto', fontSize: 18, width: 38, font: 'sans', chinesePunctuation: true },
    figures: { highlight: true },
    quote: { format: 'plain', citation: true, url: true },
    sites: {},
  };
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function number(value: unknown, { min, max }: Bound, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A host name as the user or a URL gives it: lower case, no scheme, path or leading "www.". */
export function normalizeHost(value: string): string {
  const trimmed = value.trim().toLowerCase();
  try {
    return new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function hosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string').map(normalizeHost).filter(Boolean))];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length < 500) : [];
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Any stored or imported value → valid Settings: unknown keys dropped, bad values replaced by
 * defaults, numbers clamped. Never throws, so a corrupt import cannot break the extension.
 */
export function normalizeSettings(input: unknown, language = 'zh-CN'): Settings {
  const defaults = defaultSettings(language);
  const root = record(input);
  const convert = record(root.convert);
  const reader = record(root.reader);
  const figures = record(root.figures);
  const quote = record(root.quote);
  const sites: Record<string, SiteRules> = {};
  for (const [host, rules] of Object.entries(record(root.sites))) {
    const key = normalizeHost(host);
    const r = record(rules);
    if (key) sites[key] = { remove: strings(r.remove), keep: strings(r.keep) };
  }
  return {
    version: SETTINGS_VERSION,
    convert: {
      target: pick(convert.target, SCRIPT_TARGETS, defaults.convert.target),
      mode: pick(convert.mode, CONVERT_MODES, defaults.convert.mode),
      sites: hosts(convert.sites),
      neverSites: hosts(convert.neverSites),
    },
    reader: {
      theme: pick(reader.theme, READER_THEMES, defaults.reader.theme),
      fontSize: number(reader.fontSize, READER_BOUNDS.fontSize, defaults.reader.fontSize),
      width: number(reader.width, READER_BOUNDS.width, defaults.reader.width),
      font: pick(reader.font, READER_FONTS, defaults.reader.font),
      chinesePunctuation: bool(reader.chinesePunctuation, defaults.reader.chinesePunctuation),
    },
    figures: { highlight: bool(figures.highlight, defaults.figures.highlight) },
    quote: {
      format: pick(quote.format, QUOTE_FORMATS, defaults.quote.format),
      citation: bool(quote.citation, defaults.quote.citation),
      url: bool(quote.url, defaults.quote.url),
    },
    sites,
  };
}

/** Whether automatic conversion applies to a page on this host. */
export function shouldConvertHost(settings: Settings, host: string): boolean {
  const h = normalizeHost(host);
  const { target, mode, sites, neverSites } = settings.convert;
  if (target === 'off' || mode === 'off' || mode === 'reader' || neverSites.includes(h)) return false;
  return mode === 'all' || sites.includes(h);
}
