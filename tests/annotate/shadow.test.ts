// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composedOrder, inDocument, openShadowRoots } from '@/utils/annotate/shadow';
import { isSkipped } from '@/utils/annotate/skip';
import { annotate, markedTexts, mustStay, serialize, setPage } from './helpers';

const NAMES: [string, string][] = [
  ['biden', 'Joe Biden'],
  ['iran', 'Iran'],
];

/** Gives `host` an open (or closed) shadow root holding `markup`; returns the root. */
function shadow(host: Element, markup: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  root.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return root;
}

const marksIn = (root: ParentNode) =>
  [...root.querySelectorAll('mark[data-backstory-entity]')].map((m) => m.getAttribute('data-backstory-entity'));

afterEach(() => setPage(''));

describe('open shadow roots', () => {
  it('marks names inside a web component and styles its shadow root, undoing both on stop', async () => {
    setPage('<p>Iran first.</p><story-card id="card"></story-card><p data-must-stay>Nothing here.</p>');
    const root = shadow(document.getElementById('card')!, '<p>Then <b>Joe</b> Biden spoke.</p>');
    const before = serialize(root.firstChild!);
    const stay = mustStay();
    const a = await annotate(NAMES);
    // A name split across inline elements is one mention in two marks.
    expect(marksIn(root)).toEqual(['biden', 'biden']);
    expect(root.querySelectorAll('style#backstory-highlight-style')).toHaveLength(1);
    expect(a.marks().map((m) => m.getAttribute('data-backstory-entity'))).toEqual(['iran', 'biden']);
    expect(mustStay()).toEqual(stay);
    a.stop();
    expect(marksIn(root)).toEqual([]);
    expect(root.querySelectorAll('style')).toHaveLength(0);
    expect(serialize(root.firstChild!)).toBe(before);
  });

  it('keeps reading order with the component between the names around it', async () => {
    setPage('<p>Iran.</p><story-card id="card"></story-card><p>Iran again.</p>');
    shadow(document.getElementById('card')!, '<p>Joe Biden.</p>');
    const a = await annotate(NAMES);
    // Changes made later put the annotator's records out of page order, so marks() sorts them.
    document.body.append(document.createElement('p'));
    document.body.lastElementChild!.textContent = 'Joe Biden at the end.';
    await a.whenIdle();
    expect(a.marks().map((m) => m.textContent)).toEqual(['Iran', 'Joe Biden', 'Iran', 'Joe Biden']);
  });

  it('leaves closed shadow roots and components inside skipped elements alone', async () => {
    setPage('<p>Iran.</p><secret-card id="closed"></secret-card><nav><menu-card id="nav"></menu-card></nav>');
    const closed = shadow(document.getElementById('closed')!, '<p>Joe Biden.</p>', 'closed');
    const nav = shadow(document.getElementById('nav')!, '<p>Joe Biden.</p>');
    await annotate(NAMES, { held: (el) => el.localName === 'nav' });
    expect(markedTexts()).toEqual([['Iran', 'iran']]);
    expect(marksIn(closed)).toEqual([]);
    expect(marksIn(nav)).toEqual([]);
  });

  it('marks text the component adds to its shadow root later, and components added later', async () => {
    setPage('<story-card id="card"></story-card>');
    const root = shadow(document.getElementById('card')!, '<p>Nothing yet.</p>');
    const a = await annotate(NAMES);
    const p = document.createElement('p');
    p.textContent = 'Iran replied.';
    root.append(p);
    const late = document.createElement('late-card');
    document.body.append(late);
    shadow(late, '<p>Joe Biden.</p>');
    // The component's root is attached before the host is inserted in real pages too (a framework's render).
    late.remove();
    document.body.append(late);
    await a.whenIdle();
    expect(marksIn(root)).toEqual(['iran']);
    expect(marksIn(late.shadowRoot!)).toEqual(['biden']);
  });
});

describe('components defined later', () => {
  it('marks the shadow root a custom element attaches after the first scan', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      setPage('<p>Iran.</p><late-card id="late"></late-card>');
      const a = annotate(NAMES);
      await vi.advanceTimersByTimeAsync(50);
      await a;
      const root = shadow(document.getElementById('late')!, '<p>Joe Biden.</p>');
      await vi.advanceTimersByTimeAsync(3_000);
      expect(marksIn(root)).toEqual(['biden']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('shadow helpers', () => {
  it('finds open roots, nested ones through a later scan of their own', () => {
    setPage('<div><outer-card id="o"></outer-card></div>');
    const outer = shadow(document.getElementById('o')!, '<inner-card id="i"></inner-card>');
    const inner = shadow(outer.getElementById('i')!, '<p>x</p>');
    expect(openShadowRoots(document.body, isSkipped)).toEqual([outer]);
    expect(openShadowRoots(outer, isSkipped)).toEqual([inner]);
    expect(inDocument(inner.firstChild!)).toBe(document.getElementById('o'));
  });

  it('orders nodes across shadow roots as the reader meets them', () => {
    setPage('<p id="a">a</p><x-card id="h"></x-card><p id="b">b</p>');
    const root = shadow(document.getElementById('h')!, '<p id="in">in</p>');
    const [a, b, inside] = [document.getElementById('a')!, document.getElementById('b')!, root.getElementById('in')!];
    const sorted = [b, inside, a].sort(composedOrder);
    expect(sorted).toEqual([a, inside, b]);
  });
});
