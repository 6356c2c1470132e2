// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, type Match, type Matcher } from '@/utils/matcher';
import { SubtreeScanner, type Found } from '@/utils/annotate/scan';
import { isSkipped } from '@/utils/annotate/skip';
import { setPage } from './helpers';

const WORDS = ['Iran', 'Iranian', 'ian', 'Biden', 'Joe', 'the', 'United', 'Nations', 'IRAN', 'Mélenchon', 'x', 'Post'];
const word = fc.constantFrom(...WORDS, 'Wash\u00adington', 'Me\u0301lenchon');
const sep = fc.constantFrom(' ', '\u00a0', '\n', '', '’s', "'s ", ', ', '-');
const text = fc.array(fc.tuple(word, sep), { maxLength: 4 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

type Tree = string | { tag: string; editable: boolean; children: Tree[] };
const { node } = fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.record({
    tag: fc.constantFrom('div', 'p', 'span', 'b', 'a', 'em', 'li', 'code', 'script', 'textarea', 'mark'),
    editable: fc.boolean(),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));
const page = fc.array(node, { maxLength: 6 });
const ALIASES = ['Iran', 'Biden', 'Joe Biden', 'United Nations', 'Washington Post', 'Mélenchon', 'Post', 'Iranian'];
const dictionary = fc.subarray(ALIASES, { minLength: 1 }).map((as) => as.map((alias, i) => ({ key: `e${i}`, alias })));

function build(trees: Tree[]): HTMLElement {
  const root = document.createElement('div');
  const add = (parent: Node, t: Tree) => {
    if (typeof t === 'string') parent.appendChild(document.createTextNode(t));
    else {
      const el = parent.appendChild(document.createElement(t.tag));
      if (t.editable && t.tag === 'div') el.setAttribute('contenteditable', '');
      for (const c of t.children) add(el, c);
    }
  };
  for (const t of trees) add(root, t);
  document.body.replaceChildren(root);
  return root;
}

const INLINE_TAGS = new Set(['span', 'b', 'a', 'em', 'mark']);

/**
 * The plain way: cut the page's text into lines (text between blocks and skipped elements, across inline elements),
 * find the mentions in each line's whole text and cut them into the text nodes' pieces.
 */
function reference(root: Node, matcher: Matcher): Found[] {
  const lines: Text[][] = [[]];
  const visit = (n: Node) => {
    if (n.nodeType === 3) lines[lines.length - 1]!.push(n as Text);
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const inline = INLINE_TAGS.has(el.localName) && !isSkipped(el);
    if (!inline) lines.push([]);
    if (!isSkipped(el)) el.childNodes.forEach(visit);
    if (!inline) lines.push([]);
  };
  root.childNodes.forEach(visit);
  const out: Found[] = [];
  for (const line of lines) {
    const joined = line.map((t) => t.data).join('');
    const matches = matcher.find(joined);
    line.forEach((t, i) => {
      const pieces = spreadByHand(line, matches)[i]!;
      const found: Found = { node: t, text: t.data, matches: pieces };
      if (pieces.length) out.push(joined === t.data ? found : { ...found, line: joined });
    });
  }
  return out;
}

/** Each match's share of each text node, written out the long way. */
function spreadByHand(line: Text[], matches: Match[]): Match[][] {
  return line.map((t, i) => {
    const from = line.slice(0, i).reduce((n, x) => n + x.data.length, 0);
    const to = from + t.data.length;
    return matches.flatMap((m) => {
      const start = Math.max(m.start, from) - from;
      const end = Math.min(m.end, to) - from;
      if (start >= end || t.data.slice(start, end).trim() === '') return [];
      return [m.start < from ? { ...m, start, end, part: true } : { ...m, start, end }];
    });
  });
}

describe('SubtreeScanner', () => {
  it('finds what a plain walk over every text node finds, in the same order', () => {
    fc.assert(
      fc.property(page, dictionary, fc.integer({ min: 1, max: 5 }), (trees, dict, every) => {
        const root = build(trees);
        const matcher = compileMatcher(dict);
        const found: Found[] = [];
        const scanner = new SubtreeScanner(root, matcher);
        // Stopping every few checks exercises resuming in the middle of the walk.
        let calls = 0;
        while (!scanner.done) scanner.run(found, () => ++calls % every === 0);
        expect(found).toEqual(reference(root, matcher));
      }),
      { numRuns: 300 },
    );
  });

  it('scans a text node given as its root on its own', () => {
    setPage('<p>Joe <b>Biden</b> spoke</p>');
    const b = document.querySelector('b')!.firstChild as Text;
    const found: Found[] = [];
    new SubtreeScanner(b, compileMatcher([{ key: 'e1', alias: 'Biden' }])).run(found, () => false);
    expect(found.map((f) => f.matches.map((m) => m.key))).toEqual([['e1']]);
  });

  it('looks at no neighbour outside its root', () => {
    setPage('<p>Iran<b>ian</b></p>');
    const ian = document.querySelector('b')!.firstChild as Text;
    const iran = document.querySelector('p')!.firstChild as Text;
    const matcher = compileMatcher([{ key: 'e1', alias: 'Iran' }]);
    const found: Found[] = [];
    // Given the first text alone, "Iran" is a whole word; walking the paragraph, it runs on into "ian".
    new SubtreeScanner(iran, matcher).run(found, () => false);
    expect(found.map((f) => f.text)).toEqual(['Iran']);
    const inParagraph: Found[] = [];
    new SubtreeScanner(ian.parentNode!.parentNode!, matcher).run(inParagraph, () => false);
    expect(inParagraph).toEqual([]);
  });

  it('visits nothing under a skipped root', () => {
    setPage('<code>Biden</code>');
    const scanner = new SubtreeScanner(
      document.querySelector('code')!,
      compileMatcher([{ key: 'e1', alias: 'Biden' }]),
    );
    expect(scanner.done).toBe(true);
  });
});
