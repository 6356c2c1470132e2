import { fnv1a } from '../text/fnv1a';
import { uniqueId } from '../text/unique-id';

export { slugify } from '../text/slug';

/** A short stable hash (FNV-1a, 32 bits, hex) for ids derived from text. */
export function hashText(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/** Hands out ids unique within one dictionary, adding -2, -3 … on collision. */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => uniqueId(base, used);
}
