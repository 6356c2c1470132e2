// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate, setPage, stopAll } from './helpers';

// A page that behaves like a framework: it keeps references to the text nodes and elements it created and changes
// them directly, never looking at what else stands in the DOM. The same steps run on a copy nobody annotates; the
// annotated page's text must equal the copy's after every step, before the annotator's next batch runs.

const ALIASES: [string, string][] = [
  ['nyt', 'New York Times'],
  ['biden', 'Joe Biden'],
  ['biden', 'Biden'],
  ['iran', 'Iran'],
];
const WORDS = ['New York Times', 'Joe Biden', 'Biden', 'Iran', 'said', 'the', 'wire services', 'and', 'Iranian'];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

type Step =
  | { op: 'set'; at: number; text: string }
  | { op: 'remove'; at: number }
  | { op: 'insert'; at: number; text: string; where: 'before' | 'after-next' | 'append' }
  | { op: 'move-text'; at: number; to: number }
  | { op: 'move-element'; at: number; to: number }
  | { op: 'replace-children'; at: number; text: string };
const at = fc.nat(50);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at, text: phrase }),
  fc.record({ op: fc.constant('remove' as const), at }),
  fc.record({
    op: fc.constant('insert' as const),
    at,
    text: phrase,
    where: fc.constantFrom('before' as const, 'after-next' as const, 'append' as const),
  }),
  fc.record({ op: fc.constant('move-text' as const), at, to: at }),
  fc.record({ op: fc.constant('move-element' as const), at, to: at }),
  fc.record({ op: fc.constant('replace-children' as const), at, text: phrase }),
);
/** After a step: nothing (the next step runs in the same task), the observer's delivery only, or a full annotation pass. */
const pause = fc.constantFrom('none' as const, 'delivered' as const, 'idle' as const);

/** One copy of the page: its root and the nodes its script created, in creation order. */
interface Copy {
  root: Element;
  texts: Text[];
  elements: Element[];
}

function buildCopy(root: Element, paragraphs: string[][]): Copy {
  const copy: Copy = { root, texts: [], elements: [] };
  for (const parts of paragraphs) {
    const p = root.appendChild(document.createElement('p'));
    copy.elements.push(p);
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const b = p.appendChild(document.createElement('b'));
        copy.elements.push(b);
        copy.texts.push(b.appendChild(document.createTextNode(part)));
      } else copy.texts.push(p.appendChild(document.createTextNode(part)));
    });
  }
  return copy;
}

/** Applies a step to one copy, through the references its script holds (so both copies take the same path). */
function apply(copy: Copy, s: Step): void {
  const text = copy.texts[s.at % copy.texts.length]!;
  const el = copy.elements[s.at % copy.elements.length]!;
  const parent = text.parentNode;
  switch (s.op) {
    case 'set':
      text.data = s.text;
      return;
    case 'remove':
      parent?.removeChild(text);
      return;
    case 'insert': {
      const made = document.createTextNode(s.text);
      copy.texts.push(made);
      if (!parent) return;
      if (s.where === 'before') parent.insertBefore(made, text);
      else if (s.where === 'after-next') parent.insertBefore(made, text.nextSibling);
      else parent.appendChild(made);
      return;
    }
    case 'move-text':
      copy.elements[s.to % copy.elements.length]!.appendChild(text);
      return;
    case 'move-element': {
      const other = copy.elements[s.to % copy.elements.length]!;
      if (other.contains(el) || el.contains(other) || !other.parentNode) return;
      other.parentNode.insertBefore(el, other);
      return;
    }
    case 'replace-children': {
      const made = document.createTextNode(s.text);
      copy.texts.push(made);
      el.replaceChildren(made);
    }
  }
}

const paragraphs = fc.array(fc.array(phrase, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });

afterEach(stopAll);

describe('page-side mutations interleaved with annotation', () => {
  it('always leave the page’s text equal to what the page itself wrote', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphs, fc.array(fc.tuple(step, pause), { maxLength: 12 }), async (paras, steps) => {
        setPage('<div id="page"></div>');
        const page = buildCopy(document.getElementById('page')!, paras);
        const reference = buildCopy(document.createElement('div'), paras);
        const a = await annotate(ALIASES, { sliceMs: 0, batchMs: 0 });
        for (const [s, wait] of steps) {
          apply(page, s);
          apply(reference, s);
          if (wait === 'delivered') await new Promise<void>((resolve) => queueMicrotask(resolve));
          if (wait === 'idle') await a.whenIdle();
          if (wait !== 'none') expect(page.root.textContent).toBe(reference.root.textContent);
        }
        await a.whenIdle();
        expect(page.root.textContent).toBe(reference.root.textContent);
        expect(page.root.querySelector('mark mark')).toBeNull();
        a.stop();
        expect(page.root.textContent).toBe(reference.root.textContent);
        expect(page.root.querySelector('mark')).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});
