import { HONORIFICS } from '../../lexicon/honorifics';

/** Remembers results for strings seen before: merging re-keys every known name, and names repeat across merges. */
function memo(fn: (text: string) => string, max = 200_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Folds a name to its matching key: no accents, lower case, no possessive, punctuation as spaces, no title. */
export const normaliseName = memo((name: string): string => {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.join(' ');
});

/** The key of a fact or quote text, so the same sentence from two sources is stored once (cheap: no folding). */
export const textKey = memo((text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** A key names one thing with confidence when it has two words or more, or is the whole name of the entity. */
export function isStrongKey(key: string, entityNameKey: string): boolean {
  return key.includes(' ') || key === entityNameKey;
}

/** The distinct matching keys of an entity's name and aliases. */
export function entityKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const key = normaliseName(n);
    if (key) keys.add(key);
  }
  return [...keys];
}
