// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  commonAncestor,
  elementAt,
  findStoryRoot,
  findStoryText,
  inStoryText,
  pathOf,
  textProbe,
} from '@/utils/learn/story-root';

// The browser's own parser (happy-dom's here), as the page and the extension's pages have.
const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const PAGE =
  '<html><head><title>t</title></head><body><nav><a>Home</a> <a>World</a></nav>' +
  '<main><div class="story"><h1>Bridge opens</h1><p>The mayor of Arden opened the bridge.</p>' +
  '<p>Crowds came.</p></div><aside>Related: Other story</aside></main><footer>© Arden Times</footer></body></html>';

describe('story location', () => {
  it('names an element by its path, and finds it again by that path', () => {
    const doc = load(PAGE);
    const story = doc.querySelector('.story')!;
    const path = pathOf(story)!;
    expect(path).toEqual([1, 1, 0]);
    expect(elementAt(doc, path)).toBe(story);
    expect(findStoryRoot(doc, { path, probe: textProbe(story) })).toBe(story);
  });

  it('does not count Backstory’s own marks, so a marked page has the same paths', () => {
    const plain = load(PAGE);
    const marked = load(
      PAGE.replace('<nav>', '<nav><mark data-backstory-entity="home">Home</mark>').replace(
        '<main>',
        '<mark data-backstory-entity="x">x</mark><main>',
      ),
    );
    const path = pathOf(plain.querySelector('.story')!)!;
    expect(elementAt(marked, path)).toBe(marked.querySelector('.story'));
    expect(pathOf(marked.querySelector('.story')!)).toEqual(path);
  });

  it('counts only the head and the body under the document element, as the copy handed over has them', () => {
    const copy = load(PAGE);
    const path = pathOf(copy.querySelector('.story')!)!;
    // A page's script put a stylesheet link before the head; parsing the page's HTML moves it into the head.
    const page = load(PAGE);
    const link = page.createElement('link');
    page.documentElement.insertBefore(link, page.head);
    expect(page.documentElement.firstElementChild).toBe(link);
    expect(elementAt(page, path)).toBe(page.querySelector('.story'));
    expect(pathOf(page.querySelector('.story')!)).toEqual(path);
  });

  it('falls back to the element whose text starts as the probe says when the path misses, else finds nothing', () => {
    const doc = load(PAGE.replace('<main>', '<div class="banner">Sign up</div><main>'));
    const story = doc.querySelector('.story')!;
    const probe = textProbe(load(PAGE).querySelector('.story')!);
    expect(findStoryRoot(doc, { path: [1, 1, 0], probe })).toBe(story);
    expect(findStoryRoot(doc, { path: [1, 1, 0], probe: 'Nothing like this' })).toBeNull();
    // Never the whole page.
    expect(findStoryRoot(doc, { path: [1], probe: textProbe(doc.body) })).toBeNull();
  });

  it('finds the deepest element holding every part of the story', () => {
    const doc = load(PAGE);
    const [p1, p2] = [...doc.querySelectorAll('.story p')];
    expect(commonAncestor([p1!, p2!])).toBe(doc.querySelector('.story'));
    expect(commonAncestor([p1!, doc.querySelector('aside')!])).toBe(doc.querySelector('main'));
    expect(commonAncestor([])).toBeNull();
  });
});

describe('the story’s text', () => {
  const PAGE_WITH_TEASER =
    '<html><body><main><div class="story"><p>The mayor of Arden opened the bridge.</p>' +
    '<div class="teaser"><a>Other story: Lisbon talks</a></div><p>Crowds came.</p></div></main></body></html>';

  it('is the kept blocks inside the story’s element, not the teasers between them', () => {
    const doc = load(PAGE_WITH_TEASER);
    const story = doc.querySelector('.story')!;
    const [first, second] = [...doc.querySelectorAll('.story p')];
    const location = {
      path: pathOf(story)!,
      probe: textProbe(story),
      blocks: [pathOf(first!)!, pathOf(second!)!],
      blockProbe: textProbe(first!),
    };
    const text = findStoryText(doc, location)!;
    expect(text.root).toBe(story);
    expect(inStoryText(text, first!.firstChild!)).toBe(true);
    expect(inStoryText(text, doc.querySelector('.teaser a')!.firstChild!)).toBe(false);
    expect(inStoryText(text, doc.body)).toBe(false);
  });

  it('falls back to the whole element when the page changed since the blocks were named', () => {
    const doc = load(PAGE_WITH_TEASER.replace('<main>', '<div>Sign up</div><main>'));
    const story = doc.querySelector('.story')!;
    const probe = textProbe(story);
    const text = findStoryText(doc, { path: [1, 0, 0], probe, blocks: [[1, 0, 0, 0]], blockProbe: 'The mayor' })!;
    expect(text.root).toBe(story);
    expect(text.blocks).toBeNull();
    expect(inStoryText(text, doc.querySelector('.teaser a')!.firstChild!)).toBe(true);
  });

  it('is found by its blocks when the page shows more around the story than the copy handed over', () => {
    const doc = load(PAGE_WITH_TEASER.replace('<div class="story">', '<div class="story"><div>Share this</div>'));
    const copy = load(PAGE_WITH_TEASER.replace('<div class="story">', '<div class="story"><div></div>'));
    const story = copy.querySelector('.story')!;
    const first = copy.querySelectorAll('.story p')[0]!;
    const location = {
      path: pathOf(story)!,
      probe: textProbe(story),
      blocks: [pathOf(first)!],
      blockProbe: textProbe(first),
    };
    const text = findStoryText(doc, location)!;
    expect(text.root).toBe(doc.querySelector('.story'));
    expect(text.blocks).toEqual(new Set([doc.querySelector('.story p')]));
  });

  it('leaves script text out of the probe, as the copy handed over does', () => {
    const doc = load('<html><body><div><script>var x = 1;</script><p>Story starts here.</p></div></body></html>');
    expect(textProbe(doc.querySelector('div')!)).toBe('Story starts here.');
  });
});

describe('a story spread over the page', () => {
  it('is known by its blocks alone, and by nothing once they no longer match', () => {
    const doc = load(
      '<html><body><div class="a"><p>First part of the story here.</p></div><nav>Menu</nav>' +
        '<div class="b"><p>Second part of the story.</p></div></body></html>',
    );
    const [first, second] = [...doc.querySelectorAll('p')];
    const location = {
      path: pathOf(doc.body)!,
      probe: textProbe(doc.body),
      blocks: [pathOf(first!)!, pathOf(second!)!],
      blockProbe: textProbe(first!),
    };
    const text = findStoryText(doc, location)!;
    expect(text.root).toBe(doc.body);
    expect(inStoryText(text, second!.firstChild!)).toBe(true);
    expect(inStoryText(text, doc.querySelector('nav')!.firstChild!)).toBe(false);
    expect(findStoryText(doc, { ...location, blockProbe: 'Something else' })).toBeNull();
  });
});
