import { ENTITY_ATTR, FLASH_ATTR } from './constants';

/** One entity found on the page and how often it is mentioned. */
export interface EntityCount {
  id: string;
  count: number;
}

/** The mention that was shown and how many the entity has. */
export interface ShownMention {
  index: number;
  total: number;
}

const FLASH_MS = 1600;

/** Entities mentioned by `marks` (in page order), in order of first mention, with counts. */
export function entityCounts(marks: readonly Element[]): EntityCount[] {
  const counts = new Map<string, EntityCount>();
  for (const mark of marks) {
    const id = mark.getAttribute(ENTITY_ATTR);
    if (!id) continue;
    const entry = counts.get(id);
    if (entry) entry.count++;
    else counts.set(id, { id, count: 1 });
  }
  return [...counts.values()];
}

/** Scrolls the `index`-th mention of `entityId` (wrapping around) into view and flashes it briefly. */
export function showMention(marks: readonly HTMLElement[], entityId: string, index: number): ShownMention | null {
  const mine = marks.filter((m) => m.getAttribute(ENTITY_ATTR) === entityId);
  if (!mine.length) return null;
  const at = ((Math.trunc(index) % mine.length) + mine.length) % mine.length;
  const mark = mine[at]!;
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  mark.setAttribute(FLASH_ATTR, '');
  setTimeout(() => mark.removeAttribute(FLASH_ATTR), FLASH_MS);
  return { index: at, total: mine.length };
}
