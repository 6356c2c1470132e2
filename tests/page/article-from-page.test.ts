// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromPage } from '@/utils/page/article-from-page';
import { extractArticle } from '@/utils/page/extract-article';
import { serializePage } from '@/utils/page/page-html';

const BBC = readFileSync('tests/fixtures/pages/bbc-1.html', 'utf8');
const URL = 'http://localhost:1234/pages/bbc-1.html';
const load = (html: string) => parseHTML(html).document as unknown as Document;

describe('articleFromPage', () => {
  it('extracts the same article from the serialized page as from the page itself', () => {
    const page = serializePage(load(BBC), URL);
    if ('error' in page) throw new Error(page.error);
    const fromPage = articleFromPage(page, load);
    expect(fromPage).toEqual(extractArticle(load(BBC), URL));
    if ('error' in fromPage) throw new Error(fromPage.error);
    expect(fromPage.title).toMatch(/gun laws/i);
  });

  it('parses with DOMParser by default', () => {
    const paragraph = '<p>Ada Lovelace wrote the first published program for a machine that did not yet exist. </p>';
    const html = `<html><head><title>Notes</title><meta property="og:site_name" content="Example Times"></head><body><article><h1>Notes</h1>${paragraph.repeat(8)}</article></body></html>`;
    const article = articleFromPage({ url: 'https://example.org/notes', html });
    if ('error' in article) throw new Error(article.error);
    expect(article).toMatchObject({ url: 'https://example.org/notes', title: 'Notes', publisher: 'Example Times' });
    expect(article.text).toContain('Ada Lovelace');
  });

  it('says so when the page cannot be parsed, and when it has no article', () => {
    const broken = () => {
      throw new Error('no parser');
    };
    expect(articleFromPage({ url: URL, html: '<html></html>' }, broken)).toEqual({
      error: 'The page could not be read: no parser',
    });
    expect(articleFromPage({ url: URL, html: '<html><body><nav>Home</nav></body></html>' }, load)).toEqual({
      error: expect.stringMatching(/does not look like an article/),
    });
  });
});
