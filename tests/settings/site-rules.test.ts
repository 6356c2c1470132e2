import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/utils/settings/schema';
import { decideRun, siteEnabled, siteRuleFor, withSiteRule } from '@/utils/settings/site-rules';

function settingsWith(change: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...change };
}

describe('siteRuleFor', () => {
  const sites: Settings['sites'] = { 'example.com': 'off', 'news.example.com': 'on', 'bücher.de': 'off' };

  it('finds the rule of the host itself, with or without www.', () => {
    expect(siteRuleFor(sites, 'example.com')).toEqual({ site: 'example.com', rule: 'off' });
    expect(siteRuleFor(sites, 'WWW.EXAMPLE.COM')).toEqual({ site: 'example.com', rule: 'off' });
  });

  it('falls back to the nearest parent domain', () => {
    expect(siteRuleFor(sites, 'sport.example.com')).toEqual({ site: 'example.com', rule: 'off' });
    expect(siteRuleFor(sites, 'live.news.example.com')).toEqual({ site: 'news.example.com', rule: 'on' });
    expect(siteRuleFor(sites, 'example.org')).toBeUndefined();
    expect(siteRuleFor(sites, 'notexample.com')).toBeUndefined();
  });

  it('matches a rule typed in Unicode against the punycode hostname a page reports', () => {
    expect(siteRuleFor(sites, 'xn--bcher-kva.de')).toEqual({ site: 'bücher.de', rule: 'off' });
    expect(siteRuleFor(sites, 'www.xn--bcher-kva.de')).toEqual({ site: 'bücher.de', rule: 'off' });
  });

  it('has no rule for an empty hostname (file: pages, about:blank)', () => {
    expect(siteRuleFor(sites, '')).toBeUndefined();
  });
});

describe('siteEnabled', () => {
  it('follows the master switch when no rule applies', () => {
    expect(siteEnabled(settingsWith({ enabled: true }), 'example.com')).toBe(true);
    expect(siteEnabled(settingsWith({ enabled: false }), 'example.com')).toBe(false);
  });

  it('is off for a site switched off', () => {
    expect(siteEnabled(settingsWith({ sites: { 'example.com': 'off' } }), 'www.example.com')).toBe(false);
  });

  it('is off everywhere when the master switch is off, even for sites switched on', () => {
    expect(siteEnabled(settingsWith({ enabled: false, sites: { 'example.com': 'on' } }), 'example.com')).toBe(false);
  });
});

describe('decideRun', () => {
  const article = () => true;
  const notArticle = () => false;

  it('runs everywhere by default', () => {
    expect(decideRun(settingsWith({ runOn: 'everywhere' }), 'example.com', notArticle)).toBe('run');
  });

  it('in "articles" mode runs only on pages that look like articles', () => {
    const settings = settingsWith({ runOn: 'articles' });
    expect(decideRun(settings, 'example.com', article)).toBe('run');
    expect(decideRun(settings, 'example.com', notArticle)).toBe('not-article');
  });

  it('runs on every page of a site switched on, article or not', () => {
    const settings = settingsWith({ runOn: 'articles', sites: { 'example.com': 'on' } });
    expect(decideRun(settings, 'example.com', notArticle)).toBe('run');
  });

  it('stays off for a site switched off, or when switched off everywhere, without reading the page', () => {
    const readPage = () => {
      throw new Error('the page should not be read');
    };
    expect(decideRun(settingsWith({ sites: { 'example.com': 'off' } }), 'example.com', readPage)).toBe('off');
    expect(decideRun(settingsWith({ enabled: false, runOn: 'articles' }), 'example.com', readPage)).toBe('off');
  });
});

describe('withSiteRule', () => {
  it('adds, changes and removes a rule under the normalised hostname', () => {
    const base = defaultSettings();
    const added = withSiteRule(base, 'https://WWW.Example.com/page', 'off');
    expect(added.sites).toEqual({ 'example.com': 'off' });
    expect(base.sites).toEqual({});
    const changed = withSiteRule(added, 'example.com', 'on');
    expect(changed.sites).toEqual({ 'example.com': 'on' });
    expect(withSiteRule(changed, 'www.example.com', null).sites).toEqual({});
  });

  it('replaces a rule written in the other form of the same internationalised name', () => {
    const settings = withSiteRule(defaultSettings(), 'bücher.de', 'off');
    expect(withSiteRule(settings, 'xn--bcher-kva.de', 'on').sites).toEqual({ 'xn--bcher-kva.de': 'on' });
  });

  it('throws a reader-facing error for an invalid hostname and changes nothing', () => {
    const settings = defaultSettings();
    expect(() => withSiteRule(settings, 'not a site', 'off')).toThrow(/not a valid site name/);
    expect(settings.sites).toEqual({});
  });
});
