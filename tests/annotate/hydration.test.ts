// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findHydrationRoots, holdUntilHydrated, pageScriptsRun } from '@/utils/annotate/hydration';
import { claimedByFramework, showsClaim } from '@/utils/annotate/framework-claim';
import { annotate, markedTexts, setPage, stopAll } from './helpers';

const SCRIPT = '<script>/* the app */</script>';

afterEach(() => {
  stopAll();
  vi.useRealTimers();
});

describe('finding server-rendered markup a framework will hydrate', () => {
  it('finds React’s text separators and Suspense markers, rooted at the top-level element', () => {
    setPage(
      `<header><p>Site</p></header><div id="root"><main><h1>A<!-- -->B</h1><p><!--$-->x<!--/$--></p></main></div>${SCRIPT}`,
    );
    const roots = findHydrationRoots(document);
    expect(roots.map((r) => r.root.id)).toEqual(['root']);
    expect(roots[0]!.probes.map((p) => p.localName)).toEqual(['h1', 'p']);
  });

  it('finds Vue’s and Svelte’s fragment anchors and known framework containers', () => {
    setPage(`<div id="a"><ul><!--[--><li>x</li><!--]--></ul></div><div id="__next"><p>y</p></div>${SCRIPT}`);
    expect(findHydrationRoots(document).map((r) => r.root.id)).toEqual(['a', '__next']);
  });

  it('holds an island alone, not the page around it', () => {
    setPage(
      `<main id="m"><p>Static text</p><astro-island ssr id="i"><p>a<!--[-->b<!--]--></p></astro-island></main>${SCRIPT}`,
    );
    expect(findHydrationRoots(document).map((r) => r.root.id)).toEqual(['i']);
  });

  it('finds nothing where the page’s external scripts were never fetched (blocked), as on a saved copy', () => {
    setPage(
      '<div id="root"><h1>A<!-- -->B</h1></div><script type="text/x-inert" src="https://example.invalid/app.js"></script>',
    );
    expect(pageScriptsRun(document)).toBe(false);
    expect(findHydrationRoots(document)).toEqual([]);
    expect(findHydrationRoots(document, () => true).map((r) => r.root.id)).toEqual(['root']);
  });

  it('reads a script entry with a clock tick of time and nothing received as blocked, a fetched one as run', () => {
    setPage('<div id="root"><h1>A<!-- -->B</h1></div><script type="text/x-inert" src="/app.js"></script>');
    const entry = (duration: number, transferSize = 0, decodedBodySize = 0) =>
      ({ initiatorType: 'script', duration, transferSize, decodedBodySize }) as PerformanceResourceTiming;
    const timing = vi.spyOn(performance, 'getEntriesByType');
    try {
      timing.mockReturnValue([entry(0), entry(0.1)]);
      expect(pageScriptsRun(document)).toBe(false);
      // A cross-origin script the page may not measure: no sizes, but the time of a fetch.
      timing.mockReturnValue([entry(0.1), entry(14.2)]);
      expect(pageScriptsRun(document)).toBe(true);
      timing.mockReturnValue([entry(0.3, 0, 5120)]);
      expect(pageScriptsRun(document)).toBe(true);
    } finally {
      timing.mockRestore();
    }
  });

  it('finds nothing on a page without scripts, or with only client-rendered comments', () => {
    setPage('<div id="root"><h1>A<!-- -->B</h1></div>');
    expect(findHydrationRoots(document)).toEqual([]);
    setPage(`<div id="root"><p>A<!---->B<!--v-if--></p></div>${SCRIPT}`);
    expect(findHydrationRoots(document)).toEqual([]);
  });
});

describe('holding markup until its framework has claimed it', () => {
  it('marks nothing inside a held root, then marks it once every probe is claimed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    setPage(`<p id="out">Joe Biden outside</p><div id="root"><h1>Joe Biden<!-- --> spoke</h1></div>${SCRIPT}`);
    const claimed = new Set<Element>();
    let rescan: (root: Element) => void = () => undefined;
    const hold = holdUntilHydrated(findHydrationRoots(document), {
      claimed: (el) => claimed.has(el),
      onRelease: (root) => rescan(root),
    });
    const a = await annotate([['biden', 'Joe Biden']], { held: hold.held, batchMs: 0 });
    rescan = (root) => a.rescan(root);
    expect(markedTexts()).toEqual([['Joe Biden', 'biden']]);
    expect(document.querySelector('#root mark')).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    expect(hold.waiting).toBe(true);
    claimed.add(document.querySelector('h1')!);
    await vi.advanceTimersByTimeAsync(150);
    expect(hold.waiting).toBe(false);
    await a.whenIdle();
    expect(document.querySelector('#root mark')?.textContent).toBe('Joe Biden');
  });

  it('releases a root at once when hydrated already, and after the longest wait when nothing claims it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    setPage(`<div id="a"><h1>x<!-- -->y</h1></div><div id="b"><h2>x<!-- -->y</h2></div>${SCRIPT}`);
    const released: string[] = [];
    const hold = holdUntilHydrated(findHydrationRoots(document), {
      claimed: (el) => el.localName === 'h1',
      onRelease: (root) => released.push(root.id),
      maxWaitMs: 2_000,
    });
    expect(hold.held(document.querySelector('#a')!)).toBe(false);
    expect(hold.held(document.querySelector('#b')!)).toBe(true);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(released).toEqual(['b']);
    expect(hold.waiting).toBe(false);
  });

  it('releases a root whose markup the framework replaced instead of hydrating it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    setPage(`<div id="a"><h1>x<!-- -->y</h1></div>${SCRIPT}`);
    const hold = holdUntilHydrated(findHydrationRoots(document), { claimed: () => false, onRelease: () => undefined });
    document.querySelector('#a')!.replaceChildren(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(150);
    expect(hold.waiting).toBe(false);
  });
});

describe('reading a framework’s claim', () => {
  it('knows React’s fiber, Vue’s and Preact’s container keys, but not React’s container key alone', () => {
    expect(showsClaim(['__reactFiber$abc123'])).toBe(true);
    expect(showsClaim(['__reactProps$x', '__reactFiber$x'])).toBe(true);
    expect(showsClaim(['_vnode'])).toBe(true);
    expect(showsClaim(['__vue_app__'])).toBe(true);
    expect(showsClaim(['__k'])).toBe(true);
    expect(showsClaim(['__reactContainer$abc'])).toBe(false);
    expect(showsClaim(['_vnodeish', 'data'])).toBe(false);
  });

  it('looks at the element and its ancestors', () => {
    setPage('<div id="app"><p><b id="b">x</b></p></div>');
    const keys = (el: Element) => (el.id === 'app' ? ['__vue_app__'] : []);
    expect(claimedByFramework(document.querySelector('#b')!, keys)).toBe(true);
    expect(claimedByFramework(document.querySelector('#b')!, () => [])).toBe(false);
  });
});
