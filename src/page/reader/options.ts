import { defaultSettings, type QuoteSettings, type ReaderDisplay, type ScriptTarget, type SiteRules } from '../../core/settings/schema';
import type { OnSiteChoice } from './site-choices';

/**
 * What the reader takes from the user's settings (the extension shell reads them from storage),
 * as one object: the view and its settings panel take it, or a Pick of it, as it is.
 */
export interface ReaderOptions {
  /** Mark key figures in the article (on when absent). */
  highlightFigures?: boolean;
  /** How quotes are copied (DEFAULT_QUOTE when absent). */
  quote?: QuoteSettings;
  /** Converts text to the reader's script; with `lang`, the BCP 47 tag of that script. */
  convert?: { text: (s: string) => string; lang: string } | null;
  /** What the user chose to always remove or keep on this site. */
  site?: SiteRules;
  /** Called when the user makes such a choice in the reader (the shell stores it). */
  onSiteChoice?: OnSiteChoice;
  /** Language of the reader's own labels (the browser's UI language); the article's when absent. */
  locale?: string;
  /** Theme, font, text size, line width and punctuation (DEFAULT_DISPLAY when absent). */
  display?: ReaderDisplay;
  /** Called when the user changes the display in the reader's settings panel. */
  onDisplay?: (display: ReaderDisplay) => void;
  /** The reader's script setting, and what to call when the user picks another in the panel. */
  script?: ScriptTarget | null;
  onScript?: (target: ScriptTarget) => void;
  /** Opens the extension's options page ("All settings…"). */
  onOpenOptions?: () => void;
}

/** Until the reader reads the user's settings, quotes use the defaults (plain, with citation and URL). */
export const DEFAULT_QUOTE: QuoteSettings = defaultSettings().quote;
export const DEFAULT_DISPLAY: ReaderDisplay = defaultSettings().reader;
