import { fnv1a } from '../text/fnv1a';

/** A URL-safe slug of a name: ASCII letters and digits joined by hyphens. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'x';
}

/** A short stable hash (FNV-1a, 32 bits, hex) for ids derived from text. */
export function hashText(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/** Hands out ids unique within one dictionary, adding -2, -3 … on collision. */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
