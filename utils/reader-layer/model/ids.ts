import { LIMITS } from '../../dictionary/schema';

/** `text` cut to at most `max` characters, marked with an ellipsis when cut. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A fresh id based on `base` that none of `taken` uses; records it as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  const stem = clip(base || 'entity', LIMITS.idLength - 8);
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** Every entity id already given out: the bundled dictionary's and those of the learned sources kept. */
export function takenIds(
  bundled: { entities: readonly { id: string }[] },
  kept: readonly { entities: readonly { id: string }[] }[],
): Set<string> {
  return new Set([...bundled.entities.map((e) => e.id), ...kept.flatMap((s) => s.entities.map((c) => c.id))]);
}
