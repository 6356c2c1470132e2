// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '@/utils/page/looks-like-article';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('looksLikeArticle', () => {
  it('recognises schema.org articles in JSON-LD, in lists and graphs', () => {
    expect(looksLikeArticle(page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle' })))).toBe(true);
    expect(looksLikeArticle(page(ld([{ '@type': 'Organization' }, { '@type': ['Thing', 'Article'] }])))).toBe(true);
    expect(
      looksLikeArticle(page(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'ReportageNewsArticle' }] }))),
    ).toBe(true);
    expect(looksLikeArticle(page(ld({ '@type': 'http://schema.org/BlogPosting' })))).toBe(true);
  });
  it('recognises microdata, og:type and <article>', () => {
    expect(looksLikeArticle(page('', '<div itemscope itemtype="https://schema.org/NewsArticle"></div>'))).toBe(true);
    expect(looksLikeArticle(page('<meta property="og:type" content="article">'))).toBe(true);
    expect(looksLikeArticle(page('', '<main><article><p>Text</p></article></main>'))).toBe(true);
  });
  it('says no for other pages and ignores broken or unrelated data', () => {
    expect(looksLikeArticle(page('<meta property="og:type" content="website">', '<main><p>Shop</p></main>'))).toBe(
      false,
    );
    expect(looksLikeArticle(page('<script type="application/ld+json">{ not json</script>'))).toBe(false);
    expect(looksLikeArticle(page(ld({ '@type': 'Product', name: 'Article' })))).toBe(false);
    expect(looksLikeArticle(page('', '<div itemscope itemtype="https://schema.org/Recipe"></div>'))).toBe(false);
  });
});
