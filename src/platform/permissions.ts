/**
 * Host access for automatic conversion, asked for at run time (optional host permissions in the
 * manifest: optional_host_permissions in MV3, optional_permissions in Firefox's MV2).
 *
 * mode 'all' → every http(s) site; mode 'listed' → the listed hosts and their subdomains; other
 * modes need no host access (the popup's "convert this page now" works through activeTab).
 */
import { browser } from 'wxt/browser';
import { normalizeHost, type Settings } from '../core/settings/schema';

/** Match pattern for every http(s) page. */
export const ALL_SITES = '*://*/*';

/** Match patterns for one host: the host itself and its subdomains. */
export function hostOrigins(host: string): string[] {
  const h = normalizeHost(host);
  return h ? [`*://${h}/*`, `*://*.${h}/*`] : [];
}

/** The patterns automatic conversion needs under these settings ([] when it is not on). */
export function autoConvertOrigins(settings: Settings): string[] {
  const { target, mode, sites } = settings.convert;
  if (target === 'off') return [];
  if (mode === 'all') return [ALL_SITES];
  if (mode === 'listed') return [...new Set(sites.flatMap(hostOrigins))];
  return [];
}

/**
 * Asks the user for the host access these settings need. Call it from the click or change
 * handler that turns automatic conversion on (or adds a site), BEFORE any await: browsers only
 * show the prompt during a user gesture. Resolves true when granted (or nothing is needed).
 * The background re-registers the detect script by itself when the grant changes.
 */
export function requestAutoConvertAccess(settings: Settings): Promise<boolean> {
  const origins = autoConvertOrigins(settings);
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins });
}

/**
 * Of the host patterns the previous settings needed, those the new ones do not: all of them when
 * automatic conversion went off, else the patterns that are neither needed nor cover a needed one
 * (every-site access stays while listed sites rely on it: their own grants may not have been
 * recorded apart from it). Only what the settings asked for is ever given back, never a grant the
 * options page has just obtained for a change not saved yet. Pure.
 */
export function unneededOrigins(previous: Settings, next: Settings): string[] {
  const before = autoConvertOrigins(previous);
  const needed = autoConvertOrigins(next);
  if (needed.length === 0) return before;
  return before.filter((origin) => !needed.includes(origin) && origin !== ALL_SITES);
}

/**
 * Gives back the host access a settings change made unneeded (automatic conversion turned off, a
 * site taken off the list). Needs no user gesture; the background calls it on every settings
 * change. Resolves to what was given back.
 */
export async function releaseUnneededAccess(previous: Settings, next: Settings): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const extra = unneededOrigins(previous, next).filter((origin) => granted.has(origin));
  if (extra.length > 0) await browser.permissions.remove({ origins: extra });
  return extra;
}
