import { CATALOGS, type Catalog, type CatalogEntry, type MessageKey } from './messages';
import { uiLocale } from './locale';

export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/**
 * A message with its substitutions, resolved as chrome.i18n.getMessage does: named placeholders
 * ($NAME$, case-insensitive) become their content, then $1…$9 become the substitutions (missing
 * ones become empty) and $$ a single $. One pass each, so a substitution is never expanded again.
 */
export function formatMessage(entry: CatalogEntry, substitutions: ReadonlyArray<string | number>): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : String(substitutions[Number(what) - 1] ?? '')));
}

function lookup(catalog: Catalog, key: string): CatalogEntry | undefined {
  return Object.hasOwn(catalog, key) ? catalog[key] : undefined;
}

/**
 * The messages of the UI locale for a language tag or locale name (see uiLocale). A key missing
 * from that locale falls back to English, then to the key itself, so a gap shows, never breaks.
 */
export function translator(languageTagOrLocale: string): Translate {
  const catalog = CATALOGS[uiLocale(languageTagOrLocale)];
  return (key, ...substitutions) => {
    const entry = lookup(catalog, key) ?? lookup(CATALOGS.en, key);
    return entry ? formatMessage(entry, substitutions) : key;
  };
}
