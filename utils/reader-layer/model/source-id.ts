import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../../text/fnv1a';

/** The URL without its fragment and tracking noise: the same article read twice is one source. */
export function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()])
      if (/^(utm_|fbclid$|gclid$)/.test(key)) parsed.searchParams.delete(key);
    return parsed.toString();
  } catch {
    return url.trim();
  }
}

const LEARNED_PREFIX = 'learned-';

/** A stable source id for a learned article, derived from its canonical URL (or its title when it has none). */
export function learnedSourceId(url: string, title: string): string {
  const key = url ? canonicalUrl(url) : `title:${title}`;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  // Two seeds give a 64-bit key with few collisions.
  return `${LEARNED_PREFIX}${hex(fnv1a(key, FNV_OFFSET))}${hex(fnv1a(key, FNV_PRIME))}`;
}

/** Whether a source id is a learned article's (one the reader read), not a bundled source's. */
export function isLearnedSourceId(id: string): boolean {
  return id.startsWith(LEARNED_PREFIX);
}

/**
 * A key for an article's text, whatever address it was read at (a syndicated copy, an AMP page): 64 bits of hash over
 * its words, with case and spacing folded, so the same story read twice is kept once.
 */
export function articleTextKey(text: string): string {
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(fnv1a(words, FNV_OFFSET))}${hex(fnv1a(words, FNV_PRIME))}`;
}
