import { i18n } from '#i18n';
/** Bounds checked on an imported file's text before it is parsed at all. */
export const IMPORT_LIMITS = {
  /**
   * Characters of JSON text (about bytes for the ASCII-heavy files export writes): room for the reader's own export
   * of a layer at its bounds (5,000 generated articles export to about 80 MB; the articles keep under 100 MB).
   */
  size: 128 * 1024 * 1024,
  /** Nesting of arrays and objects; the dictionary format needs five levels. */
  depth: 32,
} as const;

const megabytes = (n: number) => (n / (1024 * 1024)).toFixed(1);

/** Names the first way `text` breaks the import bounds, or returns null when it keeps them. */
export function checkJsonBounds(text: string, limits: { size: number; depth: number } = IMPORT_LIMITS): string | null {
  if (text.length > limits.size) return i18n.t('dictionary.fileSize', [megabytes(text.length), megabytes(limits.size)]);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limits.depth) return i18n.t('dictionary.fileDepth', [limits.depth]);
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}
