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
