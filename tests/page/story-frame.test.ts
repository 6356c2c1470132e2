// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FURNITURE_CLASS, FURNITURE_ID, FURNITURE_ROLES, FURNITURE_TAGS } from '@/utils/page/furniture';
import { FURNITURE_NAME_WORDS } from '@/utils/lexicon/furniture-words';
import { findStoryFrame, isFurniture, storyBody, storyRoots } from '@/utils/page/story-frame';
import { annotate, markedTexts, mustStay, setPage } from '../annotate/helpers';

const NAMES: [string, string][] = [
  ['biden', 'Biden'],
  ['iran', 'Iran'],
];

const paras = (n: number, text = 'Biden spoke.') => Array.from({ length: n }, () => `<p>${text}</p>`).join('');

/** A news page: site header and menu, the story with its headline outside the body, a rail and a footer. */
const NEWS_PAGE = `
  <header role="banner" data-must-stay><a href="/">Biden news</a></header>
  <nav data-must-stay><ul><li><a href="/a">Biden</a></li><li><a href="/b">Iran</a></li></ul></nav>
  <div class="layout">
    <div class="story-head"><h1 id="headline">Biden meets Iran</h1></div>
    <div class="columns">
      <article id="body">
        ${paras(4)}
        <figure><img alt=""><figcaption id="caption">Biden in Iran</figcaption></figure>
        <div class="share-tools" data-must-stay><p>Share Biden story</p></div>
        <ul class="list" data-must-stay><li><a href="/c">Iran talks</a></li><li><a href="/d">Biden</a></li></ul>
        <ul id="facts"><li>Biden arrives on Monday</li><li>Iran answers</li></ul>
      </article>
      <aside data-must-stay><p>Most read: Biden</p></aside>
      <div class="most-read" data-must-stay><p>Biden again</p></div>
    </div>
  </div>
  <footer data-must-stay><p>About Biden</p></footer>`;

afterEach(() => setPage(''));

describe('furniture lists', () => {
  it('are lower case, without repeats, and each list does its job', () => {
    for (const list of [[...FURNITURE_TAGS], [...FURNITURE_ROLES], FURNITURE_NAME_WORDS]) {
      expect(list.every((w) => w === w.toLowerCase() && w.trim() === w && w.length > 0)).toBe(true);
      expect(new Set(list).size).toBe(list.length);
    }
    for (const word of FURNITURE_NAME_WORDS) expect(FURNITURE_CLASS.test(`x-${word} y`)).toBe(true);
    for (const word of FURNITURE_NAME_WORDS) expect(FURNITURE_ID.test(`${word}-1`)).toBe(true);
  });
  it('match class words whole, so longer words that start the same are not furniture', () => {
    expect(FURNITURE_CLASS.test('story__share')).toBe(true);
    expect(FURNITURE_CLASS.test('related-links')).toBe(true);
    expect(FURNITURE_CLASS.test('sharepoint socialite railway')).toBe(false);
  });
  it('read an id only from its start, since ids are often slugs of headings', () => {
    expect(FURNITURE_ID.test('sidebar')).toBe(true);
    expect(FURNITURE_ID.test('comments-section')).toBe(true);
    expect(FURNITURE_ID.test('debt-as-a-share-of-gdp')).toBe(false);
  });
});

describe('storyBody', () => {
  it('prefers the element marked as the article body', () => {
    setPage(`<article>${paras(5)}</article><div itemprop="articleBody" id="b">${paras(1)}</div>`);
    expect(storyBody(document)?.id).toBe('b');
  });
  it('passes over an article body marked in hidden metadata, for the story the reader sees', () => {
    const hidden = (attrs: string) => `<div ${attrs}><div itemprop="articleBody">${paras(1)}</div></div>`;
    for (const attrs of [
      'style="display:none;"',
      'style="color: red; DISPLAY: NONE"',
      'hidden',
      'aria-hidden="true"',
    ]) {
      setPage(`${hidden(attrs)}<article id="b">${paras(5)}</article>`);
      expect(storyBody(document)?.id).toBe('b');
      setPage(`${hidden(attrs)}<div property="articleBody" id="c">${paras(2)}</div>`);
      expect(storyBody(document)?.id).toBe('c');
    }
  });
  it('takes the article with the most paragraphs', () => {
    setPage(`<article>${paras(1)}</article><article id="b">${paras(6)}</article><article>${paras(2)}</article>`);
    expect(storyBody(document)?.id).toBe('b');
  });
  it('finds none on a front page of teasers, and a story in the page beside a short article', () => {
    setPage(Array.from({ length: 20 }, () => `<article>${paras(1)}</article>`).join(''));
    expect(storyBody(document)).toBeNull();
    setPage(`<article>${paras(3)}</article><div id="b">${paras(20)}</div>`);
    expect(storyBody(document)?.id).toBe('b');
    setPage(Array.from({ length: 8 }, () => `<div>${paras(1)}</div>`).join(''));
    expect(storyBody(document)).toBeNull();
  });
  it('takes the parent of most paragraphs on a page without article markup', () => {
    setPage(`<div id="b">${paras(8)}</div><div>${paras(1)}</div>`);
    expect(storyBody(document)?.id).toBe('b');
  });
  it('takes one long article standing among short teasers, not one of a row of stories', () => {
    const long = paras(12, 'Biden spoke at length about the talks with Iran, and what they might bring next year.');
    const teasers = Array.from(
      { length: 60 },
      () => `<article>${paras(1, 'A teaser of another story here.')}</article>`,
    );
    setPage(`<article id="b">${long}</article>${teasers.join('')}`);
    expect(storyBody(document)?.id).toBe('b');
    setPage(`<article>${long}</article><article>${long}</article>${teasers.join('')}`);
    expect(storyBody(document)).toBeNull();
  });
});

describe('storyRoots', () => {
  it('keeps the headline beside the body when their only common wrapper holds the whole page', () => {
    setPage(`<h1 id="h">Headline</h1><div>${paras(6)}</div><article id="b">${paras(4)}</article>`);
    expect(storyRoots(document)?.map((r) => r.id)).toEqual(['b', 'h']);
  });
  it('takes a close wrapper of headline and body whole', () => {
    setPage(`<div id="w"><h1>Headline</h1><p>Standfirst</p><article>${paras(4)}</article></div><div>${paras(3)}</div>`);
    expect(storyRoots(document)?.map((r) => r.id)).toEqual(['w']);
  });
});

describe('isFurniture', () => {
  it('knows furniture by tag, role, class, id and a list of links', () => {
    setPage(`<nav></nav><div role="Navigation"></div><div class="c-related"></div><div id="sidebar"></div>
      <ul><li><a>One</a></li><li><a>Two</a></li></ul><ul><li>Plain <a>link</a> with more words</li><li>Two</li></ul>
      <header></header><p class="lead"></p>`);
    const kinds = [...document.body.children].map(isFurniture);
    expect(kinds).toEqual([true, true, true, true, true, false, false, false]);
  });
});

describe('isFurniture: links', () => {
  it('leaves a footer of credits in the story and takes a footer of links out', () => {
    setPage('<footer>By The Times | Source: Budget Office</footer><footer><a>More</a> <a>Topics</a></footer>');
    expect([...document.body.children].map(isFurniture)).toEqual([false, true]);
  });
  it('takes out a teaser card as one link, a linked subheading and a one-link list, not a link in a sentence', () => {
    setPage(`<a href="/x"><div>Another story</div></a><h4><a href="/y">Related story</a></h4>
      <ul><li><h4><a href="/z">Read more</a></h4></li></ul><h2>Why it matters</h2><a href="/w">a link</a>`);
    expect([...document.body.children].map(isFurniture)).toEqual([true, true, true, false, false]);
  });
});

describe('findStoryFrame', () => {
  it('marks the headline, body and captions, and leaves every piece of furniture untouched', async () => {
    setPage(NEWS_PAGE);
    const before = mustStay();
    const frame = findStoryFrame(document)!;
    await annotate(NAMES, { held: (el) => frame.leaves(el) });
    expect(mustStay()).toEqual(before);
    const where = [...document.querySelectorAll('mark')].map((m) => m.closest('[id]')?.id);
    expect(new Set(where)).toEqual(new Set(['headline', 'body', 'caption', 'facts']));
    expect(markedTexts()).toHaveLength(4 + 2 + 2 + 2);
  });
  it('tells story text from furniture', () => {
    setPage(NEWS_PAGE);
    const frame = findStoryFrame(document)!;
    const text = (selector: string) => document.querySelector(selector)!.firstChild!;
    expect(frame.holds(text('#headline'))).toBe(true);
    expect(frame.holds(text('#body p'))).toBe(true);
    expect(frame.holds(text('.share-tools p'))).toBe(false);
    expect(frame.holds(text('aside p'))).toBe(false);
  });
  it('marks a story whose column is named for the sidebar or rail beside it, and leaves that sidebar alone', async () => {
    setPage(
      `<article><h1 id="headline">Biden</h1><div class="layout-sidebar-fixed"><div class="grid--with-right-rail">` +
        `<div id="body">${paras(6)}</div><div class="sidebar-box" id="box">${paras(2, 'Biden rested.')}</div>` +
        `</div></div><div class="related-links">${paras(1)}</div></article>`,
    );
    const frame = findStoryFrame(document)!;
    const text = (selector: string) => document.querySelector(selector)!.querySelector('p')!.firstChild!;
    expect(frame.holds(text('#body'))).toBe(true);
    expect(frame.holds(text('#box'))).toBe(false);
    expect(frame.holds(text('.related-links'))).toBe(false);
    await annotate(NAMES, { held: (el) => frame.leaves(el) });
    const where = new Set([...document.querySelectorAll('mark')].map((m) => m.closest('[id]')?.id));
    expect(where).toEqual(new Set(['headline', 'body']));
  });
  it('is null where no story is found, so the page is marked whole', () => {
    setPage(`<nav><a>Biden</a></nav><div>${paras(2)}</div><div>${paras(2)}</div>`);
    expect(findStoryFrame(document)).toBeNull();
  });
  it('finds the story again when the page replaces it, and leaves nothing alone once it is gone', () => {
    setPage(`<h1>Biden</h1><article id="old">${paras(4)}</article><aside id="side"></aside>`);
    const frame = findStoryFrame(document)!;
    const side = document.getElementById('side')!;
    expect(frame.leaves(side)).toBe(true);
    const fresh = document.createElement('article');
    fresh.id = 'new';
    for (let i = 0; i < 4; i++) fresh.append(document.createElement('p'));
    document.getElementById('old')!.replaceWith(fresh);
    expect(frame.leaves(side)).toBe(true);
    expect(frame.holds(fresh)).toBe(true);
    fresh.remove();
    expect(frame.leaves(side)).toBe(false);
  });
});

describe('a huge page', () => {
  it('is marked whole rather than measured', () => {
    setPage(`<article>${paras(2_001)}</article>`);
    expect(storyBody(document)).toBeNull();
    setPage(`<article id="b">${paras(2_000)}</article>`);
    expect(storyBody(document)?.id).toBe('b');
  });
});
