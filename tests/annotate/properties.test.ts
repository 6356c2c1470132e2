// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate, serialize, setPage, stopAll } from './helpers';

const WORDS = ['Iran', 'Iranian', 'Biden', 'Joe', 'the', 'United', 'Nations', 'IRAN', 'Mélenchon', 'Melenchon', 'x'];
const word = fc.constantFrom(...WORDS, 'Wash\u00adington', 'Post', 'Me\u0301lenchon');
const sep = fc.constantFrom(' ', '\u00a0', '\n', '', '’s ', ', ', '-', '  ');
const text = fc.array(fc.tuple(word, sep), { maxLength: 5 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

type Tree = string | { tag: string; children: Tree[] };
const { node } = fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.record({
    tag: fc.constantFrom('div', 'p', 'span', 'b', 'a', 'li', 'h1', 'code', 'script', 'textarea', 'mark'),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));
const page = fc.array(node, { maxLength: 6 });

const ALIASES = ['Iran', 'Biden', 'Joe Biden', 'United Nations', 'Washington Post', 'Mélenchon', 'Post', 'Nations'];
const dictionary = fc
  .subarray(ALIASES, { minLength: 1 })
  .map((as) => as.map((a, i): [string, string] => [`e${i % 3}`, a]));

function build(trees: Tree[]): void {
  setPage('');
  const add = (parent: Node, t: Tree) => {
    if (typeof t === 'string') parent.appendChild(document.createTextNode(t));
    else {
      const el = parent.appendChild(document.createElement(t.tag));
      for (const c of t.children) add(el, c);
    }
  };
  for (const t of trees) add(document.body, t);
}

const runs = { numRuns: 120 };

afterEach(stopAll);

describe('annotating random pages with random dictionaries', () => {
  it('never changes the page’s text, and unmarking restores the DOM exactly', async () => {
    await fc.assert(
      fc.asyncProperty(page, dictionary, fc.constantFrom(0, 8), async (trees, dict, sliceMs) => {
        build(trees);
        const before = serialize(document.body);
        const textBefore = document.body.textContent;
        const a = await annotate(dict, { sliceMs });
        expect(document.body.textContent).toBe(textBefore);
        expect(document.querySelector('mark[data-backstory-entity] mark[data-backstory-entity]')).toBeNull();
        expect(document.querySelector(':is(code, script, textarea) mark[data-backstory-entity]')).toBeNull();
        a.stop();
        expect(serialize(document.body)).toBe(before);
      }),
      runs,
    );
  });

  it('marks the same when the first names found are marked before the rest of the page is read', async () => {
    await fc.assert(
      fc.asyncProperty(page, dictionary, fc.boolean(), async (trees, dict, firstMentionOnly) => {
        // Long enough for the scan to stop between slices (it looks at the clock every 64 text nodes).
        const long = Array.from({ length: 40 }, () => trees).flat();
        build(long);
        await annotate(dict, { sliceMs: 1e9, firstMentionOnly });
        const inOneGo = serialize(document.body);
        stopAll();
        build(long);
        await annotate(dict, { sliceMs: 0, firstMentionOnly });
        expect(serialize(document.body)).toBe(inOneGo);
      }),
      { numRuns: 60 },
    );
  });

  it('changes nothing when annotating a second time', async () => {
    await fc.assert(
      fc.asyncProperty(page, dictionary, async (trees, dict) => {
        build(trees);
        await annotate(dict);
        const once = serialize(document.body);
        await annotate(dict);
        expect(serialize(document.body)).toBe(once);
      }),
      runs,
    );
  });
});
