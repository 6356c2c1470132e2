import { LIMITS } from '../../dictionary/schema';
import { uniqueId as freeId } from '../../text/unique-id';

/** `text` cut to at most `max` characters, marked with an ellipsis when cut. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A fresh id based on `base` that none of `taken` uses; records it as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  return freeId(clip(base || 'entity', LIMITS.idLength - 8), taken);
}

/** Every entity id already given out: the bundled dictionary's and those of the learned sources kept. */
export function takenIds(
  bundled: { entities: readonly { id: string }[] },
  kept: readonly { entities: readonly { id: string }[] }[],
): Set<string> {
  return new Set([...bundled.entities.map((e) => e.id), ...kept.flatMap((s) => s.entities.map((c) => c.id))]);
}
