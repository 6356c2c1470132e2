import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  MAX_NEVER_REMEMBER,
  neverRemembered,
  parseNeverRemember,
  withNeverRemember,
  withoutNeverRemember,
} from '@/utils/settings/never-remember';
import { loadNeverRemember, neverRememberItem, updateNeverRemember } from '@/utils/settings/never-remember-item';

describe('the "never remember" list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds sites as typed or pasted, "www." folded, once each, and refuses what is not a site', () => {
    let list = withNeverRemember([], 'https://www.Example.com/news/story?x=1');
    list = withNeverRemember(list, 'example.com');
    list = withNeverRemember(list, 'bücher.de');
    expect(list).toEqual(['bücher.de', 'example.com']);
    expect(withNeverRemember(list, 'xn--bcher-kva.de')).toEqual(list);
    expect(() => withNeverRemember(list, 'not a site')).toThrow();
    expect(() => withNeverRemember(list, 'ftp://example.org')).toThrow();
  });

  it('refuses a site more when the list is full', () => {
    const full = Array.from({ length: MAX_NEVER_REMEMBER }, (_, i) => `s${i}.example`);
    expect(() => withNeverRemember(full, 'one-more.example')).toThrow(/at most/);
    expect(withNeverRemember(full, 's1.example')).toHaveLength(MAX_NEVER_REMEMBER);
  });

  it('removes a site however it was typed', () => {
    expect(withoutNeverRemember(['example.com', 'other.org'], 'WWW.example.com')).toEqual(['other.org']);
  });

  it('matches an article on the site, on a subdomain of it, with or without www., and nothing else', () => {
    const list = ['example.com', 'bücher.de'];
    expect(neverRemembered(list, 'https://www.example.com/a')).toBe(true);
    expect(neverRemembered(list, 'http://news.example.com/b')).toBe(true);
    expect(neverRemembered(list, 'https://xn--bcher-kva.de/c')).toBe(true);
    expect(neverRemembered(list, 'https://example.com.evil.org/d')).toBe(false);
    expect(neverRemembered(list, 'https://notexample.com/e')).toBe(false);
    expect(neverRemembered(list, 'not an address')).toBe(false);
    expect(neverRemembered([], 'https://example.com/')).toBe(false);
  });

  it('reads an untrusted stored value entry by entry', async () => {
    expect(parseNeverRemember('example.com')).toEqual([]);
    expect(parseNeverRemember(['www.b.org', 7, 'a b', 'a.com', 'B.org'])).toEqual(['a.com', 'b.org']);
    await neverRememberItem.setValue({ nonsense: true });
    expect(await loadNeverRemember()).toEqual([]);
    expect(await updateNeverRemember((list) => withNeverRemember(list, 'www.news.example'))).toEqual(['news.example']);
    expect(await neverRememberItem.getValue()).toEqual(['news.example']);
  });
});
