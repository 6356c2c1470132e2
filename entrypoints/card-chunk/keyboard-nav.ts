import { focusedElement, visibleMarks } from '../content/marks';

/**
 * Moves keyboard focus to the next or previous highlighted name (the returned function) when the background forwards
 * the shortcut. Focusing a name opens its card (the hover card listens for focus). Marks are made focusable only while
 * they hold focus, so the page's own Tab order is untouched. Undone when `signal` aborts.
 */
export function initKeyboardNav(signal: AbortSignal, mentions: () => HTMLElement[]): (direction: 1 | -1) => void {
  let last: HTMLElement | undefined;

  const focus = (mark: HTMLElement) => {
    if (!mark.hasAttribute('tabindex')) {
      mark.setAttribute('tabindex', '-1');
      mark.addEventListener('blur', () => mark.removeAttribute('tabindex'), { once: true });
    }
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
    last = mark;
  };

  const move = (direction: 1 | -1) => {
    const marks = visibleMarks(mentions());
    if (marks.length === 0) return;
    const active = focusedElement();
    let at = active ? marks.indexOf(active as HTMLElement) : -1;
    if (at === -1 && last) at = marks.indexOf(last);
    const next = at === -1 ? firstFrom(marks, direction) : (at + direction + marks.length) % marks.length;
    const target = marks[next];
    if (target) focus(target);
  };

  signal.addEventListener(
    'abort',
    () => {
      if (last?.getAttribute('tabindex') === '-1' && focusedElement() !== last) last.removeAttribute('tabindex');
    },
    { once: true },
  );
  return move;
}

/** Where the story is, when the page says: its names come before the menus' and the site header's. */
const STORY = 'article, main, [role="main"]';

/**
 * Where to start with nothing focused yet: going forward, the first name in view in the story (else anywhere); going
 * back, the last one above the window's bottom.
 */
function firstFrom(marks: HTMLElement[], direction: 1 | -1): number {
  const inStory = direction === 1 ? marks.filter((m) => m.closest(STORY)) : [];
  if (inStory.length) {
    const first = inStory.find((m) => m.getBoundingClientRect().bottom > 0) ?? inStory[0]!;
    return marks.indexOf(first);
  }
  const inView = marks.findIndex((m) => m.getBoundingClientRect().bottom > 0);
  if (direction === 1) return inView === -1 ? 0 : inView;
  const below = marks.findIndex((m) => m.getBoundingClientRect().top > window.innerHeight);
  return below <= 0 ? marks.length - 1 : below - 1;
}
