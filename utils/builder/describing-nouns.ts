// Nouns that say what somebody or something is, read for card descriptions only: entity finding, typing and
// speakers keep their own lists, so these words change what a card says and nothing else.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** People as the news groups them ("politicians such as …") or labels them before a name. */
export const DESCRIBING_PERSON_NOUNS = set(`
politician figure personality celebrity trafficker pedophile paedophile fraudster smuggler dissident loyalist
defector whistleblower predator abuser boss
`);

/** Kinds of organisation the news writes before or after a name ("the e-commerce giant X"). */
export const DESCRIBING_ORG_KINDS = set(`giant conglomerate behemoth powerhouse outfit operator provider`);

// A player's position: a plain word that is a role only after its qualifier ("defensive end", "point guard").
const POSITIONS: Record<string, ReadonlySet<string>> = {
  end: set('defensive tight'),
  tackle: set('defensive offensive left right nose'),
  guard: set('point shooting offensive left right'),
  back: set('running full half defensive'),
  safety: set('free strong'),
  receiver: set('wide'),
  forward: set('power small centre center'),
  center: set('offensive'),
};

/** True for a player's position: two words ("defensive end", "wide receiver"), or one after a team ("Arden center"). */
export function isPosition(qualifier: string, head: string): boolean {
  const qualifiers = POSITIONS[head];
  return !!qualifiers && (qualifiers.has(qualifier) || /^\p{Lu}\p{Ll}+$/u.test(qualifier));
}

/** Kinds of thing a card may say a name is: software, medicine, prizes, buildings ("the Kelvor kernel"). */
export const DESCRIBING_THING_KINDS = set(`index
library framework language kernel compiler interpreter database editor engine protocol format extension plugin
toolkit distribution driver package module repository website wiki forum assistant chatbot algorithm desktop
codec software
syndrome disorder infection virus bacterium vitamin supplement hormone protein enzyme medication medicine
treatment therapy pill antibiotic antidepressant painkiller inhibitor gene allergy
award prize medal trophy championship stadium arena airport station bridge tunnel highway tower
`);

/** Quantities and determiners that open a plural without saying what its members are ("other politicians"). */
export const NOT_MODIFIERS = set(`other others some many several few all both various such more most these those
their his her its our top`);
