// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { annotate, markedTexts, setPage, stopAll } from './helpers';

const DICT: [string, string][] = [
  ['nyt', 'New York Times'],
  ['biden', 'Joe Biden'],
];

/** Lets the mutation observer deliver (a microtask) without giving the annotator's batch timer time to run. */
const delivered = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(stopAll);

/** The paragraph's text node as the page's own script holds it: the node it created before any marking. */
function pageText(selector: string): Text {
  return document.querySelector(selector)!.firstChild as Text;
}

describe('repairing marks the page changes under them', () => {
  it('text the page writes into its node replaces the whole old text, at once, and is marked again', async () => {
    setPage('<p id="p">Reported by the New York Times<b>.</b></p>');
    const own = pageText('#p');
    const a = await annotate(DICT);
    expect(markedTexts()).toEqual([['New York Times', 'nyt']]);
    own.data = 'Reported by wire services, Joe Biden said';
    await delivered();
    expect(document.querySelector('#p')!.textContent).toBe('Reported by wire services, Joe Biden said.');
    await a.whenIdle();
    expect(markedTexts()).toEqual([['Joe Biden', 'biden']]);
    expect(document.querySelector('#p')!.textContent).toBe('Reported by wire services, Joe Biden said.');
  });

  it('a node the page removes takes its pieces with it', async () => {
    setPage('<p id="p">Said the New York Times today<i>!</i></p>');
    const own = pageText('#p');
    const a = await annotate(DICT);
    own.parentNode!.removeChild(own);
    await delivered();
    expect(document.querySelector('#p')!.innerHTML).toBe('<i>!</i>');
    await a.whenIdle();
    expect(markedTexts()).toEqual([]);
  });

  it('a node the page moves elsewhere reads in full there', async () => {
    setPage('<p id="a">The New York Times reported<i>.</i></p><p id="b"><i>x</i></p>');
    const own = pageText('#a');
    const a = await annotate(DICT);
    document.querySelector('#b')!.append(own);
    await delivered();
    expect(document.querySelector('#a')!.textContent).toBe('.');
    expect(document.querySelector('#b')!.textContent).toBe('xThe New York Times reported');
    await a.whenIdle();
    expect(markedTexts()).toEqual([['New York Times', 'nyt']]);
  });

  it('a node inserted next to a marked node (its nextSibling taken as the anchor) keeps the page’s order', async () => {
    setPage('<p id="p">By the New York Times<b>!</b></p>');
    const own = pageText('#p');
    const a = await annotate(DICT);
    // What a framework does when it places its next child before `own.nextSibling`: here, one of the pieces.
    own.parentNode!.insertBefore(document.createTextNode(' and others'), own.nextSibling);
    await delivered();
    expect(document.querySelector('#p')!.textContent).toBe('By the New York Times and others!');
    await a.whenIdle();
    expect(document.querySelector('#p')!.textContent).toBe('By the New York Times and others!');
    expect(markedTexts()).toEqual([['New York Times', 'nyt']]);
  });

  it('a list item moved whole keeps its marks untouched', async () => {
    setPage('<ul><li id="one">Joe Biden spoke</li><li id="two">New York Times</li></ul>');
    const a = await annotate(DICT);
    const marks = [...document.querySelectorAll('mark')];
    document.querySelector('ul')!.append(document.querySelector('#one')!);
    await a.whenIdle();
    expect([...document.querySelectorAll('mark')]).toEqual([marks[1], marks[0]]);
    expect(document.querySelector('ul')!.textContent).toBe('New York TimesJoe Biden spoke');
  });

  it('stopping after a repair leaves exactly the page’s own text nodes', async () => {
    setPage('<p id="p">The New York Times and Joe Biden</p>');
    const own = pageText('#p');
    const a = await annotate(DICT);
    own.data = 'Joe Biden and the New York Times';
    await a.whenIdle();
    expect(markedTexts().map(([t]) => t)).toEqual(['Joe Biden', 'New York Times']);
    a.stop();
    const p = document.querySelector('#p')!;
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(own);
    expect(own.data).toBe('Joe Biden and the New York Times');
  });

  it('with first mentions only, a first mention the page rewrites is marked again where it now is', async () => {
    setPage('<p id="p">Joe Biden</p><p id="q">Later Joe Biden again</p>');
    const own = pageText('#p');
    const a = await annotate(DICT, { firstMentionOnly: true });
    expect(markedTexts()).toEqual([['Joe Biden', 'biden']]);
    own.data = 'Joe Biden, now';
    await a.whenIdle();
    expect(markedTexts()).toEqual([['Joe Biden', 'biden']]);
    expect(document.querySelector('#p mark')).not.toBeNull();
  });
});

describe('a page that changes long after it was first marked', () => {
  it('is marked again: time the page sat idle does not count against the work budget', async () => {
    setPage('<p>Joe Biden</p>');
    const a = await annotate(DICT, { budget: { ms: 40 }, batchMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later, the New York Times' }));
    await a.whenIdle();
    expect(a.status).toBe('done');
    expect(markedTexts()).toEqual([
      ['Joe Biden', 'biden'],
      ['New York Times', 'nyt'],
    ]);
  });
});
