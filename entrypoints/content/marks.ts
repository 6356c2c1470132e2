import { MARK_SELECTOR } from '@/utils/annotate/constants';

/** The highlighted name an event target is inside, if any. */
export function markFrom(target: EventTarget | null): HTMLElement | null {
  if (!target || !(target instanceof Element)) return null;
  return target.closest<HTMLElement>(MARK_SELECTOR);
}

/** The page text a mark covers, with whitespace collapsed: the alias the page used. */
export function matchedText(mark: Element): string {
  return (mark.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Of `marks` (the page's mentions in reading order), those that take up space on the page. */
export function visibleMarks(marks: readonly HTMLElement[]): HTMLElement[] {
  return marks.filter((m) => m.getClientRects().length > 0);
}

/** The element holding keyboard focus, looking inside web components (the document sees only their host). */
export function focusedElement(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}
