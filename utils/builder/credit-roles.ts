// What a credit line says of the person it names: "Photo: Ines Moreau/Velden Wire" (a photographer), "By Ines
// Moreau" opening a paragraph or "… | Ines Moreau" closing a headline (the journalist who wrote the story), "Ines
// Moreau contributed to this report" (a reporter). Such a person is seldom described anywhere else in the story.

import type { Mention } from './types';

// Words a photo credit opens with, before the name.
const PHOTO_LEAD = /(?:^|[\s(])(?:Photo(?:graph)?s?|Image|Picture|Pictures|Credit)(?:\s+by|\s*:|\s+credit:)\s*$/i;
// A name glued by a slash to the agency or the publisher it took the photo for ("Moreau/Velden Wire").
const SLASH_AGENCY = /^\/\p{Lu}/u;
// A byline: the paragraph is "By" and the name, maybe with others and a publisher after a comma or "and".
const BYLINE_LEAD = /^\s*By\s+$/i;
const BYLINE_REST = /^(?:\s*(?:,|and)\s+[\p{Lu}].*)?\s*$/u;
// A headline closed by the writer's name after a bar: "Tides rise again | Ines Moreau".
const HEADLINE_BAR = /\|\s*$/;
// Reporting credited at the foot of a story, after the name and maybe where the reporter was and other names ("Ines
// Moreau in Lorne and Tomas Brandt contributed to this report").
const CONTRIBUTED =
  /^([^.;:“”"]{0,80}?)\s(?:also\s+)?contributed(?:\s+reporting|\s+to\s+(?:this|the)\s+(?:report|story|article))/u;
const NAMES_AND_PLACES = /^[\s,]*(?:(?:in|from|and)\s+|[\p{Lu}][\p{L}.’'-]*[\s,]*)*$/u;

/** The role a credit line gives a person's name, or null when the mention stands in no credit. */
export function creditRole(m: Mention, text: string, headline: boolean): string | null {
  if (m.words.length < 2) return null;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end);
  if (PHOTO_LEAD.test(before) || (SLASH_AGENCY.test(after) && /(?:^|[\s:])$/.test(before))) return 'Photographer';
  if (headline) return HEADLINE_BAR.test(before) && !after.trim() ? 'Journalist' : null;
  if (BYLINE_LEAD.test(text.slice(0, m.start)) && BYLINE_REST.test(after)) return 'Journalist';
  const contributed = CONTRIBUTED.exec(after);
  if (contributed && NAMES_AND_PLACES.test(contributed[1]!)) return 'Reporter';
  return null;
}
