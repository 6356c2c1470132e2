import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readStory } from '@/utils/learn/read-story';
import { findStoryRoot } from '@/utils/learn/story-root';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const page = (name: string) => readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8');

describe('readStory', () => {
  it('reads a saved news page: the story, where it sits in the page, and the names in it', () => {
    const html = page('bbc-1');
    const read = readStory(html, 'https://www.bbc.com/news/world-us-canada-35145445', parse);
    if (!read.ok) throw new Error(read.reason);
    expect(read.article.title).toMatch(/gun laws/i);
    expect(read.dictionary.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Barack Obama']));
    // The location names an element of the page itself that holds the story's text, not the whole page.
    const live = parse(html);
    const root = findStoryRoot(live, read.location!);
    expect(root).not.toBeNull();
    expect(root).not.toBe(live.body);
    const firstParagraph = read.article.text.split('\n\n')[1]!.slice(0, 60);
    expect(root!.textContent!.replace(/\s+/g, ' ')).toContain(firstParagraph.replace(/\s+/g, ' '));
  });

  it('skips a story that is not in English, a page that is no article, and a page too large to read', () => {
    expect(readStory(page('lemonde-1'), 'https://www.lemonde.fr/x', parse)).toEqual({
      ok: false,
      reason: 'not-english',
    });
    const menu = '<html><body><nav><a>Home</a><a>World</a><a>Sport</a></nav></body></html>';
    expect(readStory(menu, 'https://example.org/', parse)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(readStory('x'.repeat(5_000_001), 'https://example.org/', parse)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reports a page it cannot parse instead of throwing', () => {
    const broken = () => {
      throw new Error('parser gave up');
    };
    expect(readStory('<html>', 'https://example.org/', broken)).toEqual({
      ok: false,
      reason: 'unreadable',
      detail: 'parser gave up',
    });
  });
});
