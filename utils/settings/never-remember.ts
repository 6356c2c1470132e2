// The reader's "never remember" list of sites: articles from them are read along as ever but never kept. Kept in its
// own item beside the settings, not in them, because every page reads the settings and never needs this list.
import { i18n } from '@/utils/i18n/page-i18n';
import { MAX_SITE_RULES } from './defaults';
import { comparableHostname, hostnameAndParents, hostnameKey, normaliseHostname } from './hostname';

/** As many sites as site rules: more than anyone lists by hand, few enough to read for every article. */
export const MAX_NEVER_REMEMBER = MAX_SITE_RULES;

/** The list from an untrusted stored value: every valid hostname once, normalised ("www." folded), sorted, capped. */
export function parseNeverRemember(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const hosts = new Set<string>();
  for (const value of raw) {
    const host = typeof value === 'string' ? hostnameKey(value) : null;
    if (host !== null) hosts.add(host);
  }
  return [...hosts].sort((a, b) => a.localeCompare(b)).slice(0, MAX_NEVER_REMEMBER);
}

/**
 * The list with the site the reader typed or pasted added. Throws an Error with a reader-facing message when it is
 * not a site name or the list is full.
 */
export function withNeverRemember(list: readonly string[], input: string): string[] {
  const normalised = normaliseHostname(input);
  if (!normalised.ok) throw new Error(normalised.error);
  const site = comparableHostname(normalised.hostname);
  if (list.some((host) => comparableHostname(host) === site)) return [...list];
  if (list.length >= MAX_NEVER_REMEMBER) throw new Error(i18n.t('memory.neverTooMany', [MAX_NEVER_REMEMBER]));
  return parseNeverRemember([...list, normalised.hostname]);
}

/** The list without `host` (as listed, or typed another way). */
export function withoutNeverRemember(list: readonly string[], host: string): string[] {
  const site = comparableHostname(host);
  return list.filter((listed) => comparableHostname(listed) !== site);
}

/** Whether an article at `url` is from a listed site: the site itself or a parent domain, as site rules match. */
export function neverRemembered(list: readonly string[], url: string): boolean {
  if (!list.length) return false;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  const listed = new Set(list.map(comparableHostname));
  return hostnameAndParents(comparableHostname(hostname)).some((host) => listed.has(host));
}
