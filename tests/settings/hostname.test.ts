import { describe, expect, it } from 'vitest';
import { comparableHostname, hostnameAndParents, normaliseHostname } from '@/utils/settings/hostname';

function ok(input: string): string {
  const result = normaliseHostname(input);
  if (!result.ok) throw new Error(`expected ${input} to be accepted, got: ${result.error}`);
  return result.hostname;
}

function error(input: string): string {
  const result = normaliseHostname(input);
  if (result.ok) throw new Error(`expected ${input} to be refused, got ${result.hostname}`);
  return result.error;
}

describe('normaliseHostname', () => {
  it('lower-cases and strips a leading www. and a trailing dot', () => {
    expect(ok('WWW.Example.COM')).toBe('example.com');
    expect(ok('  news.example.com.  ')).toBe('news.example.com');
    expect(ok('www2.example.com')).toBe('www2.example.com');
  });

  it('takes the host out of a pasted address', () => {
    expect(ok('https://www.bbc.co.uk/news/world-123?x=1#top')).toBe('bbc.co.uk');
    expect(ok('http://user:pw@Example.org:8080/path')).toBe('example.org');
    expect(ok('example.org/some/page')).toBe('example.org');
    expect(ok('localhost:3000')).toBe('localhost');
    expect(ok('*.example.net')).toBe('example.net');
  });

  it('keeps internationalised names as typed, in NFC', () => {
    expect(ok('Bücher.DE')).toBe('bücher.de');
    expect(ok('bu\u0308cher.de')).toBe('bücher.de');
    expect(ok('xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
    expect(ok('пример.рф')).toBe('пример.рф');
  });

  it('accepts IP addresses', () => {
    expect(ok('127.0.0.1')).toBe('127.0.0.1');
    expect(ok('http://[::1]:8080/')).toBe('[::1]');
  });

  it('refuses what is not a hostname, saying why', () => {
    expect(error('')).toMatch(/Enter a site/);
    expect(error('   ')).toMatch(/Enter a site/);
    expect(error('ftp://example.com')).toMatch(/http and https/);
    expect(error('chrome://extensions')).toMatch(/http and https/);
    expect(error('exa mple.com')).toMatch(/not a valid site name/);
    expect(error('example..com')).toMatch(/empty part/);
    expect(error('-example.com')).toMatch(/hyphen/);
    expect(error('example_site.com')).toMatch(/letters, digits/);
    expect(error('a'.repeat(64) + '.com')).toMatch(/63 characters/);
    expect(error(`${'abc.'.repeat(70)}com`)).toMatch(/253 characters/);
    expect(error('300.1.1.1')).toMatch(/IP address/);
    expect(error('https:///path')).toMatch(/no site name/);
  });

  it('shortens long input in its messages', () => {
    const message = error(`${'x'.repeat(200)} y`);
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
  });
});

describe('comparableHostname', () => {
  it('gives the ASCII form the browser reports for a page', () => {
    expect(comparableHostname('bücher.de')).toBe('xn--bcher-kva.de');
    expect(comparableHostname('WWW.Example.com.')).toBe('example.com');
    expect(comparableHostname('xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
  });
});

describe('hostnameAndParents', () => {
  it('lists the host and its parent domains, most specific first', () => {
    expect(hostnameAndParents('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com', 'com']);
    expect(hostnameAndParents('localhost')).toEqual(['localhost']);
  });

  it('does not split IP addresses', () => {
    expect(hostnameAndParents('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(hostnameAndParents('[::1]')).toEqual(['[::1]']);
  });
});
