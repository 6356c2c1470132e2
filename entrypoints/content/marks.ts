import { MARK_SELECTOR, MENTION_SELECTOR } from '@/utils/annotate/constants';

/** The highlighted name an event target is inside, if any. */
export function markFrom(target: EventTarget | null): HTMLElement | null {
  if (!target || !(target instanceof Element)) return null;
  return target.closest<HTMLElement>(MARK_SELECTOR);
}

/** The page text a mark covers, with whitespace collapsed: the alias the page used. */
export function matchedText(mark: Element): string {
  return (mark.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Highlighted mentions that take up space on the page, in document order (one mark for a name split in pieces). */
export function visibleMarks(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MENTION_SELECTOR)).filter((m) => m.getClientRects().length > 0);
}
