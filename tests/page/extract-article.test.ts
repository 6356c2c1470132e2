import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, extractArticle, MAX_ARTICLE_TEXT } from '@/utils/page/extract-article';

function load(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('extractArticle', () => {
  it('reads a saved BBC page: text, title, publisher, date, and leaves the page untouched', () => {
    const doc = load(readFileSync('tests/fixtures/pages/bbc-1.html', 'utf8'));
    const before = doc.body.textContent;
    const article = extractArticle(doc, 'http://localhost:1234/pages/bbc-1.html');
    expect(doc.body.textContent).toBe(before);
    if ('error' in article) throw new Error(article.error);
    expect(article.title).toMatch(/gun laws/i);
    expect(article.text.length).toBeGreaterThan(2000);
    expect(article.text).toContain('\n\n');
    expect(article.text).not.toMatch(/<\/?p>/);
    expect(article.publisher).toBeTruthy();
    expect(article.url).toBe('http://localhost:1234/pages/bbc-1.html');
  });

  it('takes og:site_name and article:published_time from the page', () => {
    const paragraph = '<p>Ada Lovelace wrote the first published program for a machine that did not yet exist. </p>';
    const doc = load(
      `<html><head><title>Notes</title><meta property="og:site_name" content="Example Times">` +
        `<meta property="article:published_time" content="2021-04-05T06:07:08Z"></head>` +
        `<body><article><h1>Notes</h1>${paragraph.repeat(8)}</article></body></html>`,
    );
    const article = extractArticle(doc, 'https://www.example.org/notes');
    if ('error' in article) throw new Error(article.error);
    expect(article).toMatchObject({ publisher: 'Example Times', published: '2021-04-05T06:07:08Z' });
  });

  it('cuts a very long page at a paragraph end', () => {
    const paragraph = `<p>${'Word after word in a long reference page. '.repeat(40)}</p>`;
    const doc = load(
      `<html><head><title>Long</title></head><body><article>${paragraph.repeat(80)}</article></body></html>`,
    );
    const article = extractArticle(doc, 'https://long.example/');
    if ('error' in article) throw new Error(article.error);
    expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_TEXT);
    expect(article.text.length).toBeGreaterThan(MAX_ARTICLE_TEXT - 2_000);
    expect(article.text.endsWith('page.')).toBe(true);
  });

  it('says so when a page has no article', () => {
    const result = extractArticle(load('<html><body><nav>Home</nav></body></html>'), 'https://x.example/');
    expect(result).toEqual({ error: expect.stringMatching(/does not look like an article/) });
  });
});

describe('blockText', () => {
  it('separates blocks by a blank line and collapses spaces inside them', () => {
    const doc = load(
      '<html><body><div><h2>Head</h2><p>One \n  two</p><ul><li>a</li><li>b<br>c</li></ul></div></body></html>',
    );
    expect(blockText(doc.body)).toBe('Head\n\nOne two\n\na\n\nb\n\nc');
  });
});
