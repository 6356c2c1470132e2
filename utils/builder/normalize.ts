/** Cleans article text so names come out whole: soft hyphens and zero-width marks go, odd spaces become spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[ ]{2,}/g, ' ');
}

/** Normalises a name for comparison: case, curly apostrophes, spacing and a leading "the" do not matter. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();
}
