import { i18n } from '@/utils/i18n/page-i18n';
import { comparableHostname, hostnameAndParents, normaliseHostname } from './hostname';
import { MAX_SITE_RULES } from './defaults';
import type { Settings, SiteRule } from './schema';

/** A site rule that applies to a page, and the site it was written for (the page's host or a parent domain). */
export interface MatchedRule {
  site: string;
  rule: SiteRule;
}

// Comparable form of every stored site, built once per `sites` object: pages ask on every load and every change.
const comparableIndex = new WeakMap<Settings['sites'], Map<string, string>>();

function indexOf(sites: Settings['sites']): Map<string, string> {
  let index = comparableIndex.get(sites);
  if (!index) {
    index = new Map(Object.keys(sites).map((site) => [comparableHostname(site), site]));
    comparableIndex.set(sites, index);
  }
  return index;
}

/**
 * The rule for `hostname` (as `location.hostname` gives it): its own rule, else the nearest parent domain's, so a
 * rule for example.com also covers news.example.com unless that has a rule of its own.
 */
export function siteRuleFor(sites: Settings['sites'], hostname: string): MatchedRule | undefined {
  if (!hostname) return undefined;
  const index = indexOf(sites);
  for (const candidate of hostnameAndParents(comparableHostname(hostname))) {
    const site = index.get(candidate);
    const rule = site === undefined ? undefined : sites[site];
    if (site !== undefined && rule) return { site, rule };
  }
  return undefined;
}

/** Whether Backstory may run on `hostname`: the master switch is on and no site rule switches the site off. */
export function siteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && siteRuleFor(settings.sites, hostname)?.rule !== 'off';
}

/** What a page should do under `settings`: run, stay off, or stay off because it does not look like an article. */
export type RunDecision = 'run' | 'off' | 'not-article';

/**
 * Decides whether to annotate a page. A site switched on runs on every page of that site, article or not;
 * otherwise "articles only" asks `looksLikeArticle` (called only when needed, since it reads the page).
 */
export function decideRun(settings: Settings, hostname: string, looksLikeArticle: () => boolean): RunDecision {
  if (!settings.enabled) return 'off';
  const matched = siteRuleFor(settings.sites, hostname);
  if (matched?.rule === 'off') return 'off';
  if (matched?.rule === 'on' || settings.runOn === 'everywhere') return 'run';
  return looksLikeArticle() ? 'run' : 'not-article';
}

/**
 * Settings with the rule for `site` set (or removed, for `null`). Throws an Error with a reader-facing message
 * when `site` is not a valid hostname or the list is full.
 */
export function withSiteRule(settings: Settings, site: string, rule: SiteRule | null): Settings {
  const normalised = normaliseHostname(site);
  if (!normalised.ok) throw new Error(normalised.error);
  const sites = { ...settings.sites };
  // A rule typed differently for the same site (e.g. "bücher.de" and its punycode) replaces the old one.
  const existing = indexOf(settings.sites).get(comparableHostname(normalised.hostname));
  if (existing !== undefined) delete sites[existing];
  if (rule) sites[normalised.hostname] = rule;
  if (Object.keys(sites).length > MAX_SITE_RULES) throw new Error(i18n.t('sites.tooMany', [MAX_SITE_RULES]));
  return { ...settings, sites };
}
