import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serializePage } from '@/utils/page/page-html';

const BBC = readFileSync('tests/fixtures/pages/bbc-1.html', 'utf8');
const URL = 'http://localhost:1234/pages/bbc-1.html';
const load = (html: string) => parseHTML(html).document as unknown as Document;

describe('serializePage', () => {
  it('hands over the page HTML and URL and leaves the page untouched', () => {
    const doc = load(BBC);
    const before = doc.documentElement.outerHTML;
    const page = serializePage(doc, URL);
    if ('error' in page) throw new Error(page.error);
    expect(page).toEqual({ url: URL, html: before });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('refuses a page past the limit with the sizes in the message', () => {
    const doc = load(`<html><body><p>${'x'.repeat(3_000)}</p></body></html>`);
    expect(serializePage(doc, URL, 2_000)).toEqual({
      error: 'This page is too large to learn from (0.0 MB of HTML; the limit is 0.0 MB).',
    });
    expect('error' in serializePage(doc, URL)).toBe(false);
  });
});
