/** 32-bit FNV-1a over UTF-16 code units, seeded so two runs give a 64-bit key with few collisions. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

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

/** A stable source id for a learned article, derived from its canonical URL (or its title when it has none). */
export function learnedSourceId(url: string, title: string): string {
  const key = url ? canonicalUrl(url) : `title:${title}`;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `learned-${hex(fnv1a(key, 0x811c9dc5))}${hex(fnv1a(key, 0x01000193))}`;
}
