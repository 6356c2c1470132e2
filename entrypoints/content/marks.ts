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

/** Highlighted names that take up space on the page, in document order. */
export function visibleMarks(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MARK_SELECTOR)).filter((m) => m.getClientRects().length > 0);
}
