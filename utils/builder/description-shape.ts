// The shape of a card description: a short noun phrase saying who or what the entity is — a role, a kind, a
// relation ("Israeli prime minister", "a Boston-based maker of drones", "Apple's chief executive") — or nothing.
// Clause fragments ("Where the company opened its third plant"), template leftovers, pieces joined by semicolons
// and a person's role put on their institution are not descriptions.

import type { EntityType } from '../dictionary/schema';
import { isCallingWord, isKindWord, ORG_KINDS, PERSON_NOUNS, PLACE_KINDS, WORK_KINDS } from './kinds';
import { wordTags } from './lexicon/english-words';

/** What the shape test may know of the entity a description is for. */
export interface DescribedEntity {
  name: string;
  aliases?: Iterable<string>;
  type?: EntityType;
}

const MAX_WORDS = 14;
const MAX_LENGTH = 110;

// Words a noun phrase cannot open with: subordinators, relative and personal pronouns, conjunctions,
// prepositions, sentence adverbs.
const BAD_OPENERS = new Set(
  `where when while whereas which who whom whose that this these those it he she they we i you there here as if
  because since although though after before during until unless and but or nor so yet also however
  meanwhile moreover according just even like including with without in at on from by for to of into onto over
  under about through against between among amid despite across via per than not upon towards toward within
  is are was were be been has have had will would can could should shall must do does did said says`
    .split(/\s+/)
    .filter(Boolean),
);
// Words that make a clause wherever they stand: relative pronouns, finite auxiliaries and modals.
const CLAUSE_WORDS = new Set(
  `who whom which where whereby is are was were am has have had will would can could should shall must might does
  did do isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't can't couldn't didn't doesn't don't
  he she they we i you it him them me himself herself themselves itself`
    .split(/\s+/)
    .filter(Boolean),
);
// Determiners and possessives: a past-tense word right after one is an adjective ("the restored hotel").
const DETERMINERS = new Set(
  `a an the his her their its our my your this that these those some any each every no another one two three`
    .split(/\s+/)
    .filter(Boolean),
);
// Words after a participle that keep it a modifier ("founded by", "based in", "killed in the attack").
const AFTER_PARTICIPLE = new Set(
  `by in at on for from with of to into as during since after before under near`.split(/\s+/).filter(Boolean),
);
// Role nouns that only a person can hold: on an organisation or a place they are somebody's role there.
const PERSON_ROLES = new Set(
  `president minister secretary senator governor mayor ambassador spokesman spokeswoman spokesperson director
  chief executive founder cofounder co-founder chairman chairwoman editor correspondent reporter journalist analyst
  economist professor fellow researcher scientist commander officer lawyer attorney judge prosecutor candidate
  lawmaker legislator congressman congresswoman adviser advisor aide diplomat envoy activist campaigner author
  writer historian ranger whisperer elder ceo chancellor premier king queen prince princess son daughter wife
  husband father mother brother sister student undergraduate teacher doctor surgeon nurse soldier pilot captain
  coach striker president-elect vice-president deputy speaker strategist consultant pollster volunteer commissioner
  inspector detective sheriff chef artist singer actor actress musician entrepreneur farmer fisherman colleague
  employee worker staffer intern graduate alumnus alumna resident citizen native`
    .split(/\s+/)
    .filter(Boolean),
);
// Prepositions that end the head of a noun phrase ("spokesman for the Department").
const HEAD_ENDS = new Set(`of for at in with from on to by under near`.split(/\s+/).filter(Boolean));

const bare = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** True if `text` names the entity itself: a card does not describe a name with the name. */
function namesItself(text: string, entity: DescribedEntity): boolean {
  const names = [entity.name, ...(entity.aliases ?? [])].filter((n) => n.length > 1);
  return names.some((n) => {
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
}

// The relation read backwards from a person's role: "Where Sina Toossi is a senior fellow", "Where Iran has an
// ambassador" — a name, then a role of at most four plain lower-case words ending in a role noun.
const PLACE_OF_ROLE =
  /^Where (\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,4}) (?:is|has) an? ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)$/u;

// Where a place or an organisation is: "In Paris", "In Cupertino, California".
const IN_PLACE =
  /^In (?:\p{Lu}[\p{L}.’'-]*)(?: \p{Lu}[\p{L}.’'-]*){0,3}(?:, \p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)?)?$/u;

// "Of the Harbour Trust", "Of Arden University": a person's body, up to six capitalised words.
const OF_BODY = /^Of (?:the )?\p{Lu}[\p{L}.’'&-]*(?: (?:of |for |and |on )?(?:the )?\p{Lu}[\p{L}.’'&-]*){0,8}$/u;

/** True for the one "Where …" phrase a card may show: the place of a named person's (or country's) role. */
function isPlaceOfRole(text: string): boolean {
  const m = PLACE_OF_ROLE.exec(text);
  if (!m) return false;
  const role = m[2]!.split(' ');
  return role.every((w) => !BAD_OPENERS.has(w) && !DETERMINERS.has(w)) && PERSON_ROLES.has(role.at(-1)!);
}

/** True if a phrase's head is a person's role or standing ("SpaceX founder", "Oklahoma Republican"). */
export function isRolePhrase(text: string): boolean {
  const head = headNoun(text);
  return PERSON_ROLES.has(head) || isKindWord(head) || /^(?:republican|democrat|conservative|liberal)$/.test(head);
}

/** The head noun of a phrase: its last word before the first preposition ("spokesman" in "spokesman for X"). */
export function headNoun(text: string): string {
  const words = text.split(/\s+/).map(bare).filter(Boolean);
  const end = words.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  return (end < 0 ? words : words.slice(0, end)).at(-1) ?? '';
}

/**
 * True if `text` has the shape of a card description: a short noun phrase saying who or what the entity is. An
 * empty text is no description either (the caller keeps nothing). With the entity given, a phrase that names the
 * entity itself, or a person's role on an organisation or a place, is refused too.
 */
export function isDescriptionShape(text: string, entity?: DescribedEntity): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_LENGTH) return false;
  // A person's role is no card text for a place ("White House: Where Ines Moreau is a press secretary").
  if (t.startsWith('Where ')) return entity?.type !== 'place' && isPlaceOfRole(t);
  if (IN_PLACE.test(t)) return !entity || !namesItself(t, entity);
  // "Of Velden Bank": the body a person is with, as news writes it after a name.
  if (OF_BODY.test(t)) return entity?.type === 'person' && !namesItself(t, entity);
  // Joined pieces, quotations, brackets, a cut ("…"), or a whole sentence.
  if (/[;:“”"()[\]…!?]|\.\.\.|\p{Ll}{2}\.$/u.test(t)) return false;
  const raw = t.split(/\s+/);
  if (raw.length > MAX_WORDS) return false;
  const words = raw.map(bare);
  if (!words[0] || BAD_OPENERS.has(words[0])) return false;
  // An order opens with a bare verb and its object or particle: "Keep up with …", "Read the report".
  const second = words[1] ?? '';
  const opener = wordTags(words[0]);
  if (/Infinitive/.test(opener) && (DETERMINERS.has(second) || /^(?:up|out|off|down)$/.test(second))) return false;
  // "Investigate political rival"; but "associate professor", "assistant coach" are roles.
  if (opener === 'Infinitive' && !isKindWord(words[0]) && !PERSON_ROLES.has(second)) return false;
  // "Heads the group", "Works for the department": a verb with its object, its subject left out.
  if (/[^s]s$/.test(words[0]) && (DETERMINERS.has(second) || /^(?:for|with|at|on)$/.test(second))) return false;
  // A comma may separate places ("Cupertino, California") but not clauses.
  for (const m of t.matchAll(/,(?!\d{3})\s*(\S+)/g)) if (!/^\p{Lu}/u.test(m[1]!)) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w) continue;
    if (CLAUSE_WORDS.has(w) && !(i > 0 && w === 'it' && raw[i]!.startsWith('It'))) return false;
    if (w === 'that' && i > 0) return false; // "region that borders Mongolia"
    if (/^\p{Lu}/u.test(raw[i]!) && i > 0) continue; // a name inside the phrase is not a verb
    const tags = wordTags(w);
    if (/PresentTense|Copula|Modal|Auxiliary/.test(tags) && !/Plural|Noun|Singular|Actor/.test(tags)) return false;
    if (/PastTense/.test(tags)) {
      // "the restored hotel", "newly created", "founded by", a participle closing the phrase: a modifier.
      const prev = words[i - 1] ?? '';
      const next = words[i + 1];
      const modifier =
        DETERMINERS.has(prev) ||
        prev.endsWith('ly') ||
        next === undefined ||
        AFTER_PARTICIPLE.has(next) ||
        (i === 0 && next !== undefined && AFTER_PARTICIPLE.has(next)) ||
        // "retired teacher", "elected official": a participle before the role it qualifies.
        (i === 0 && next !== undefined && (PERSON_ROLES.has(next) || isKindWord(next)));
      if (!modifier) return false;
      // A participle after a noun, taking an object ("Trump ordered the strike"), is a clause.
      if (i > 0 && !DETERMINERS.has(prev) && !prev.endsWith('ly') && next !== undefined && DETERMINERS.has(next))
        return false;
    }
  }
  if (!entity) return true;
  if (namesItself(t, entity)) return false;
  const head = headNoun(t);
  if ((entity.type === 'organization' || entity.type === 'place') && (PERSON_ROLES.has(head) || isCallingWord(head)))
    return false;
  return !kindOfAnother(head, entity.type);
}

// Bodies that are buildings too: a place may be one ("Walter Reed hospital").
const BUILDINGS = new Set(
  `hospital clinic university college school library restaurant bar cafe hotel church mosque temple studio court`.split(
    ' ',
  ),
);

/** True if `head` is a kind of thing an entity of `type` is not: "City council" is no card for a city. */
function kindOfAnother(head: string, type: EntityType | undefined): boolean {
  if (PERSON_ROLES.has(head) || isKindWord(head) === false) return false;
  if (type === 'place')
    return (ORG_KINDS.has(head) && !PLACE_KINDS.has(head) && !BUILDINGS.has(head)) || WORK_KINDS.has(head);
  if (type === 'person')
    return (ORG_KINDS.has(head) || PLACE_KINDS.has(head) || WORK_KINDS.has(head)) && !PERSON_NOUNS.has(head);
  return false;
}
