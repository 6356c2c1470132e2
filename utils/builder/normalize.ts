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

// A dateline opening a paragraph: a place in capitals, perhaps its state or country, perhaps the agency, then a
// dash ("PORT ARDEN, Calif. (AP) —", "NEW LORNE BAY, Ore. —", "BRENMAR (Reuters) -").
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}.’'-]+)(?: \p{Lu}[\p{Lu}.’'-]*){0,3})(?=(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)? ?(?:\(\p{Lu}[\p{L}-]*\))? ?[—–-] )/gmu;

/** Writes the place of a dateline as a name is written ("PORT ARDEN" → "Port Arden"), keeping every offset. */
export function datelineCase(text: string): string {
  return text.replace(DATELINE, (run) => run.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()));
}
