/** FNV-1a's 32-bit offset basis, the usual seed. */
export const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a's 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over UTF-16 code units (unsigned): a short stable hash for ids and fingerprints derived from text, not
 * for security. Two different seeds give two independent halves of a longer key.
 */
export function fnv1a(text: string, seed: number = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
