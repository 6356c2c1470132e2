import { describe, expect, it } from 'vitest';
import { parseMarkdownArticle, parseTextArticle } from '@/utils/builder/article-input';

describe('parseTextArticle', () => {
  it('takes the first line as the headline and the rest as the body', () => {
    const a = parseTextArticle('Storm hits coast\n\nThe storm arrived on Tuesday.\nMore rain is due.', 'storm');
    expect(a).toEqual({
      id: 'storm',
      title: 'Storm hits coast',
      text: 'The storm arrived on Tuesday.\nMore rain is due.',
    });
  });

  it('reads a front-matter block for title, url, publisher and published', () => {
    const text =
      '---\ntitle: "Rivers rise"\nurl: https://example.org/rivers\npublisher: Daily Example\npublished: 2024-05-01\nauthor: ignored\n---\nRain fell all week.';
    const a = parseTextArticle(text);
    expect(a.title).toBe('Rivers rise');
    expect(a.url).toBe('https://example.org/rivers');
    expect(a.publisher).toBe('Daily Example');
    expect(a.published).toBe('2024-05-01');
    expect(a.text).toBe('Rain fell all week.');
    expect(a).not.toHaveProperty('author');
  });

  it('copes with a byte-order mark and Windows line ends', () => {
    const a = parseTextArticle('\uFEFFHeadline\r\nBody line one.\r\nBody line two.');
    expect(a.title).toBe('Headline');
    expect(a.text).toBe('Body line one.\nBody line two.');
  });
});

describe('parseMarkdownArticle', () => {
  it('uses the first heading as the title and strips markup from the body', () => {
    const md = '# Big **news** today\n\nThe [council](https://example.org) met on *Monday*.\n\n- First point\n\n```\n';
    const a = parseMarkdownArticle(md, 'news');
    expect(a.title).toBe('Big news today');
    expect(a.text).toBe('The council met on Monday.\nFirst point');
  });
});
