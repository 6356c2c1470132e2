import type { EntityType } from '../dictionary/schema';
import { COMMON_WORDS } from './lexicon/common-words';
import { ENGLISH_FIRST_NAMES } from './lexicon/english-first-names';
import {
  ORG_CONTEXT_AFTER,
  ORG_CONTEXT_BEFORE,
  ORG_CUES,
  OTHER_CUES,
  OWNED_PLACES,
  PERSON_MODIFIER_HEADS,
  PLACE_CUES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  WORLD_FIRST_NAMES,
} from './lexicon/cues';
import { COUNTRY_NAMES, placeKind, STATE_ABBREVIATIONS } from './lexicon/gazetteer';
import { DESCRIBED_NAMES } from './known-kinds';
import { kindOf, ORG_KINDS, PLACE_KINDS as PLACE_KIND_NOUNS, WORK_KINDS } from './kinds';
import { CAMEL_BRAND } from './tokens';
import { VERSION_NUMBER } from './candidates';
import type { Token, TypeScores } from './types';

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'across', 'throughout', 'into', 'outside', 'around']);
const PLACE_KINDS = new Set([
  'state',
  'city',
  'town',
  'region',
  'province',
  'county',
  'capital',
  'island',
  'village',
  'port',
  'country',
]);
const PLACE_KINDS_AFTER = new Set([
  'region',
  'province',
  'county',
  'district',
  'island',
  'village',
  'town',
  'prefecture',
]);
const PLACE_CONTEXT_AFTER = new Set([
  'residents',
  'resident',
  'mayor',
  'governor',
  'citizens',
  'locals',
  'economy',
  'capital',
  'countryside',
  'suburbs',
  'coastline',
  'border',
  'borders',
  'streets',
  'neighborhoods',
  'neighbourhoods',
  'population',
]);
const MOTION =
  /^(?:flew|fly|flying|travel(?:l?ed|l?ing|s)?|went|go|going|returned|return|returning|moved|move|drove|sailed|fled|deported|evacuated|headed|trip|visit|journey|flight|flights|route|road)$/;
const DIRECTIONS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Upper',
  'Lower',
  'Central',
]);
const FAMILY = new Set([
  'son',
  'daughter',
  'wife',
  'husband',
  'father',
  'mother',
  'brother',
  'sister',
  'family',
  'children',
]);
// Place words that open a place's name ("Boulevard Montmartre", "Lake Taupo", "Museum of Neon Art").
const PLACE_OPENERS = new Set(
  'Boulevard Rue Avenue Lake Mount Mt Fort Port Cape Isle Museum Gallery Plaza Piazza Gulf Bay Loch'.split(' '),
);
const EVENT_FIRST = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Operation', 'Tropical']);
const NOT_PERSON_ROLES = new Set(['tribe', 'head', 'chief', 'general', 'member', 'partner', 'player', 'owner', 'team']);
const PERSON_ROLES = new Set([...ROLE_NOUNS].filter((r) => !NOT_PERSON_ROLES.has(r)));
// Words that close a product's name ("Orbix Pro", "Velmo Ultra", "Kestrel Mini"), never a person's.
const PRODUCT_TAILS = new Set(['Pro', 'Max', 'Ultra', 'Plus', 'Mini', 'Lite', 'XL', 'Deluxe', 'Remastered']);
// Lower-case nouns after a name that make it a product ("the Velmo headset", "an Orbix console").
const PRODUCT_HEADS =
  /^(?:games?|consoles?|headsets?|smartphones?|laptops?|tablets?|browsers?|software|firmware|updates?|controllers?|keyboards?|chipsets?|processors?|plugins?|plug-ins?|extensions?|sequel|remaster|expansion|trailer)$/;
// Verbs that take software or a game as their object ("install Velmo", "downloaded Orbix").
const PRODUCT_VERBS = /^(?:(?:re|un)?install(?:s|ed|ing)?|download(?:s|ed|ing)?|upgrad(?:e|es|ed|ing))$/;
const SURNAME_ENDING = /(?:son|sen|sson|ez|ski|sky|ova?|enko|vich|wicz|poulos|escu|yan)$/;
const PLACE_SUFFIX = /(land|ia|stan|burg|bourg|ville|ton|shire|ford|polis|grad|abad|pur|nesia|ei|ua|ai)$/;

/** True for a first name that is also a cue for laws or events ("Bill"), which opens a person's name as well. */
export function firstNameCue(word: string): boolean {
  return OTHER_CUES.has(word) && isFirstName(word);
}

/** Zero scores for every type. */
export function noScores(): TypeScores {
  return { person: 0, organization: 0, place: 0, other: 0 };
}

/** True if `word` is a known first name. */
export function isFirstName(word: string): boolean {
  if (ENGLISH_FIRST_NAMES.has(word) || WORLD_FIRST_NAMES.has(word)) return true;
  // "Eva-Marie", "Jean-Pierre": first names joined by a hyphen.
  return word.includes('-') && word.split('-').every((w) => ENGLISH_FIRST_NAMES.has(w) || WORLD_FIRST_NAMES.has(w));
}

const lower = (t: Token | undefined): string | undefined => (t && t.word && !t.cap ? t.text : undefined);

const BODY_ROLES =
  /^(?:founder|co-founder|cofounder|executive|ceo|chairman|chairwoman|shareholders|employees|staff|investors|owner|owners|subsidiary|unit)$/;

// "Con Edison officials said": the people of a body outweigh a word that is also a first name.
const STAFF_AFTER = /^(?:officials|executives|employees|staff|workers|shareholders|researchers|scientists|engineers)$/;

/** A name's words and the tokens around it, as the type scorers read them. */
interface NameSite {
  words: string[];
  tokens: Token[];
  first: number;
  last: number;
  /** The name's last word, capitalised: the head an organisation's or place's cue word sits in. */
  head: string;
  p1: Token | undefined;
  p2: Token | undefined;
  n1: Token | undefined;
  n2: Token | undefined;
  lastToken: Token;
  /** The name carries a cue word for a body, a place or a thing (a first name that is also a cue aside). */
  cued: boolean;
}

function nameSite(words: string[], tokens: Token[], first: number, last: number): NameSite {
  const tail = words[words.length - 1]!;
  const head = tail[0]!.toUpperCase() + tail.slice(1);
  // A first name that is also a word for a law or event ("Bill Shorten") does not cue the name.
  const cueWords = words.length > 1 && firstNameCue(words[0]!) ? words.slice(1) : words;
  const cued = [head, ...cueWords].some((w) => ORG_CUES.has(w) || PLACE_CUES.has(w) || OTHER_CUES.has(w));
  const [p1, p2, n1, n2] = [tokens[first - 1], tokens[first - 2], tokens[last], tokens[last + 1]];
  return { words, tokens, first, last, head, p1, p2, n1, n2, lastToken: tokens[last - 1]!, cued };
}

/** Scores what the words of a name and the words around it say about its type. */
export function contextScores(
  words: string[],
  tokens: Token[],
  first: number,
  last: number,
  titled: boolean,
): TypeScores {
  const s = noScores();
  const site = nameSite(words, tokens, first, last);
  s.person += personScore(site, titled);
  if (site.n1?.text === ',' && site.n2?.text === 'which') {
    s.person -= 2;
    s.other += 1;
  }
  // "Keswater, a town in the north", "the island's capital, Tarsk": a kind of place set beside the name.
  const kindBeside = appositiveKind(tokens, first, last);
  if (kindBeside === 'place') s.place += 2;
  else if (kindBeside === 'organization') s.organization += 2;
  else if (kindBeside === 'other') s.other += 2;
  s.other += otherScore(site);
  s.organization += organizationScore(site);
  s.place += placeScore(site);
  // "the journal Current Biology", "firms such as Let There Be Neon": the kind just before the name.
  const { p1, p2 } = site;
  // "a mission called Artemis Dawn", "the mission, named …": the kind before the naming word.
  const naming = /^(?:called|named|dubbed|titled|entitled)$/.test(p1?.text ?? '');
  const named = naming ? (p2?.text === ',' ? tokens[first - 3] : p2) : undefined;
  const kind =
    p1?.text === 'as' && p2?.text === 'such'
      ? (kindOf(tokens[first - 3]?.text ?? '') ?? undefined)
      : naming
        ? (kindOf(lower(named) ?? '') ?? undefined)
        : lower(p1);
  // A kind named outright outweighs a first name opening the name and "called" read as a verb of speech ("a
  // mission called Artemis Dawn").
  const weight = naming ? 4 : 2;
  if (kind && ORG_KINDS.has(kind) && !PLACE_KIND_NOUNS.has(kind)) s.organization += weight;
  else if (kind && WORK_KINDS.has(kind)) s.other += weight;
  else if (kind && naming && PLACE_KIND_NOUNS.has(kind)) s.place += weight;
  return s;
}

// Cues of a person: a title, a first name, "who", an age, a verb of speech, family, a role beside the name.
function personScore(site: NameSite, titled: boolean): number {
  const { words, tokens, last, head, p1, p2, n1, n2, lastToken, cued } = site;
  let s = titled ? 3 : 0;
  if (words.length >= 2 && isFirstName(words[0]!) && !cued) s += 2;
  if (n1?.text === ',' && n2?.text === 'who') s += 2;
  if (n1?.text === ',' && n2 && /^\d{1,3}$/.test(n2.text) && tokens[last + 2]?.text === ',') s += 2;
  // "Tarsk said" is somebody speaking; "officials in Tarsk said" is not.
  const governed = !!lower(p1) && /^(?:in|at|from|of|for|to|on|with|by|near|into|across|throughout)$/.test(p1!.text);
  if (!lastToken.possessive && n1 && SPEECH_VERBS.has(n1.text) && !cued && !governed) s += 2;
  if (p1 && SPEECH_VERBS.has(p1.text) && !ORG_CUES.has(head)) s += 1;
  if (lastToken.possessive && lower(n1) && FAMILY.has(n1!.text)) s += 2;
  if (!lastToken.possessive && lower(n1) && PERSON_MODIFIER_HEADS.has(n1!.text)) s += 2;
  // Roles around the name: "X, a senior fellow", "the Ukrainian president, X", "ranger X".
  const roleAfter =
    n1?.text === ',' &&
    !(n2?.cap && !n2.possessive) &&
    tokens.slice(last + 1, last + 6).some((t) => !t.cap && PERSON_ROLES.has(t.text));
  const roleBefore =
    (p1?.text === ',' && lower(p2) && PERSON_ROLES.has(p2!.text)) || (lower(p1) && PERSON_ROLES.has(p1!.text));
  if (!words.some((w) => ORG_CUES.has(w)) && (roleAfter || roleBefore)) s += 1.5;
  return s;
}

// Cues of a body: a cue word in the name, its staff or its verbs after it, an acronym, "at" after a role.
function organizationScore(site: NameSite): number {
  const { words, tokens, first, last, head, p1, p2, n1 } = site;
  let s = 0;
  // "Lou’s Market": a possessive name running on into a shop or an institution.
  if (words.length > 1 && OWNED_PLACES.has(head) && tokens.slice(first, last - 1).some((t) => t.possessive)) s += 4;
  if (ORG_CUES.has(head)) s += 3;
  else if (words.some((w) => ORG_CUES.has(w))) s += 1;
  if (lower(n1) && ORG_CONTEXT_AFTER.has(n1!.text)) s += 2;
  if (lower(n1) && STAFF_AFTER.test(n1!.text)) s += 1;
  if (lower(p1) && ORG_CONTEXT_BEFORE.has(p1!.text)) s += 2;
  if (p1?.text === ',' && lower(p2) && ORG_CONTEXT_BEFORE.has(p2!.text)) s += 2;
  const at = p1?.text === 'the' ? p2 : p1;
  const role = p1?.text === 'the' ? tokens[first - 3] : p2;
  if (at?.text === 'at' && role && (ROLE_NOUNS.has(role.text) || ROLE_NOUNS.has(role.text.replace(/s$/, '')))) s += 2;
  // "the founder of Kavros", "chief executive of Tarnell", "shareholders of …": roles only a body has.
  if ((at?.text === 'for' || at?.text === 'of') && role && !role.cap && BODY_ROLES.test(role.text)) s += 2;
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(head)) s += 1;
  // "Customs and Border Protection": two duties joined, the body that carries them out.
  if (words.length >= 3 && words[1] === 'and' && /(?:ion|ment)$/.test(head) && !OTHER_CUES.has(head)) s += 2;
  if (p1?.text === 'the' && words.length === 1) s += 0.5;
  // "the Velden Hawks", "the Lorne Kings": a name in the plural after "the" is a team, a band or a group.
  if (/^the$/i.test(p1?.text ?? '') && words.length > 1 && /^\p{Lu}\p{Ll}+[^s’'\s]s$/u.test(head)) s += 2;
  // "Inspector-General of Intelligence and Security": an office, not its holder.
  if (words.length > 2 && TITLES.has(words[0]!.split('-')[0]!) && words[1] === 'of') s += 3;
  return s;
}

// Cues of a place: what only a place has, a place word in or opening the name, a preposition of place, a direction.
function placeScore(site: NameSite): number {
  const { words, head, p1, p2, n1, n2, lastToken, cued } = site;
  let s = 0;
  // "Tomas Berg, 34, of Tarsk": after a person's age, "of" gives where they live.
  if (p1?.text === 'of' && p2?.text === ',' && /^\d{1,3}$/.test(site.tokens[site.first - 3]?.text ?? '')) s += 3;
  // "Corvale residents", "Corvale’s mayor", "Brenmar’s economy": what only a place has.
  if (lower(n1) && PLACE_CONTEXT_AFTER.has(n1!.text) && !cued) s += 2;
  if (PLACE_CUES.has(head)) s += 3;
  if (lower(p1) && PLACE_PREPOSITIONS.has(p1!.text)) s += 1;
  // "Tarsk, Russia", "Brisk, Ore.": a place followed by the country or state it is in.
  if (n1?.text === ',' && inCountryOrState(site.tokens, site.last + 1)) s += 3;
  // "flew to Tarsk", "returned to Tarsk": a journey's end.
  if (p1?.text === 'to' && lower(p2) && MOTION.test(p2!.text)) s += 1;
  // "the Tuva region", "Kent county": a lower-case word for a kind of place right after the name.
  if (!lastToken.possessive && lower(n1) && PLACE_KINDS_AFTER.has(n1!.text) && !cued) s += 3;
  if (p1?.text === 'of' && p2 && PLACE_KINDS.has(p2.text)) s += 3;
  if (words.length >= 2 && DIRECTIONS.has(words[0]!)) s += 2;
  // "Boulevard Montmartre", "Museum of Neon Art": a place word opening a name.
  if (words.length > 1 && PLACE_OPENERS.has(words[0]!) && !ORG_CUES.has(head)) s += 3;
  // "the Moulin Rouge in Paris": something of a place, set in another.
  if (p1?.text === 'the' && n1?.text === 'in' && n2?.cap && !cued) s += 1;
  return s;
}

// Cues of a thing: an event's first word, a product's camel case, a law's or event's cue word.
function otherScore(site: NameSite): number {
  const { words, head } = site;
  let s = 0;
  if (EVENT_FIRST.has(words[0]!) && words.length > 1) s += 3;
  // "iPhone", "iPad": a lower-case-initial brand is most often a product unless the context says company.
  if (words.length === 1 && CAMEL_BRAND.test(words[0]!)) s += 1;
  if (OTHER_CUES.has(head)) s += 3;
  // "Orbix 3.5", "Velmont OS 15.04": a program and its release.
  if (words.length > 1 && VERSION_NUMBER.test(words[words.length - 1]!)) s += 3;
  // "Orbix 2", "Velmo Legends 3": a sequel's or a model's number (not a year, not a station's "KTV 5").
  if (words.length > 1 && /^\d{1,2}$/.test(head) && !/^\p{Lu}{2,}$/u.test(words[words.length - 2]!)) s += 3;
  if (words.length > 1 && PRODUCT_TAILS.has(head)) s += 3;
  if (lower(site.n1) && PRODUCT_HEADS.test(site.n1!.text) && !site.lastToken.possessive) s += 2;
  if (lower(site.p1) && PRODUCT_VERBS.test(site.p1!.text)) s += 2;
  return s;
}

const APPOSITIVE_ENDS = new Set(['of', 'in', 'at', 'on', 'for', 'with', 'from', 'near', 'that', 'which', 'who', 'and']);

// The kind noun of a short appositive right after the name (", a town in …", ", a small oil company,") or right
// before it ("the island's capital, X"), read up to the next comma.
function appositiveKind(tokens: Token[], first: number, last: number): 'place' | 'organization' | 'other' | null {
  const kindOfWord = (t: Token | undefined) => {
    const w = lower(t);
    if (!w) return null;
    if (PLACE_KINDS.has(w) || PLACE_KINDS_AFTER.has(w)) return 'place';
    if (WORK_KINDS.has(w) && !ORG_KINDS.has(w)) return 'other';
    return ORG_KINDS.has(w) && !PLACE_KIND_NOUNS.has(w) ? 'organization' : null;
  };
  // ", a …" or "is a …" right after the name.
  const opens = tokens[last]?.text === ',' || /^(?:is|was)$/.test(tokens[last]?.text ?? '');
  if (opens && /^(?:a|an|the)$/i.test(tokens[last + 1]?.text ?? '')) {
    // The phrase's head is its last kind noun before a preposition: "a port city of 20,000" is a city.
    let head: 'place' | 'organization' | 'other' | null = null;
    for (let k = last + 2; k < Math.min(tokens.length, last + 6); k++) {
      if (!tokens[k]!.word || APPOSITIVE_ENDS.has(tokens[k]!.text)) break;
      head = kindOfWord(tokens[k]) ?? head;
    }
    if (head) return head;
  }
  if (tokens[first - 1]?.text !== ',') return null;
  // "the head of the agency, X": a kind after a preposition is what the role is of, not what X is.
  const governed = tokens.slice(Math.max(0, first - 5), first - 2).some((t) => /^(?:of|for|at|with)$/.test(t.text));
  return governed ? null : kindOfWord(tokens[first - 2]);
}

/** True if the capitalised words from tokens[at] name a country or a US state, or a state's abbreviation. */
export function inCountryOrState(tokens: Token[], at: number): boolean {
  const words: string[] = [];
  for (let k = at; k < Math.min(tokens.length, at + 3) && tokens[k]!.cap; k++) {
    words.push(tokens[k]!.text);
    const name = words.join(' ');
    // "Tarsk, Russia, with", "Brisk, Ore." — not "Araghchi, Iran’s minister".
    const closes = !tokens[k]!.possessive && !tokens[k + 1]?.word;
    if (closes && (COUNTRY_NAMES.has(name) || placeKind(name) === 'US state' || STATE_ABBREVIATIONS.has(name)))
      return true;
  }
  return false;
}

/** Picks a type from summed scores, falling back on the shape of the name. */
export function decideType(name: string, scores: TypeScores): EntityType {
  const order: EntityType[] = ['person', 'organization', 'place', 'other'];
  let best: EntityType | null = null;
  for (const t of order) if (scores[t] > 0 && (best === null || scores[t] > scores[best])) best = t;
  if (best) return best;
  // A widely reported name the text says nothing of has the type the lexicon of kinds gives it.
  const known = DESCRIBED_NAMES.get(name);
  if (known) return known.type;
  const words = name.split(/\s+/);
  if (words.length === 1) {
    if (/^\p{Lu}{2,}$/u.test(name)) return 'organization';
    // A first name alone that nothing marks as somebody's, nor joins to a person named in full, is most often a
    // thing named after somebody (an award, an assistant, a storm).
    if (isFirstName(name)) return 'other';
    // With nothing else to go on, a lone word with a surname's ending is somebody's surname ("Petrosyan", "Kowalski").
    if (SURNAME_ENDING.test(name)) return 'person';
    if (PLACE_SUFFIX.test(name.toLowerCase())) return 'place';
    // A lone unknown word the article says nothing about is more often a thing (a product, a program, a work)
    // than a body; a plural ("Teamsters") is a group, a bank's or a software house's word ends a company's name.
    return /s$|(?:bank|soft|tech|com)$/.test(name) ? 'organization' : 'other';
  }
  const cueWords = firstNameCue(words[0]!) ? words.slice(1) : words;
  if (cueWords.some((w) => ORG_CUES.has(w) || PLACE_CUES.has(w) || OTHER_CUES.has(w))) return 'other';
  // With no evidence at all, a few capitalised words are a person only if none is an ordinary word
  // ("Ford Focus", "Google Pay" are products).
  // "Jean-Luc", "McAllister", "O’Brien": a capital after a hyphen, "Mc", "Mac" or an apostrophe is still a name.
  const nameLike = (w: string) =>
    /^(?:Ma?c|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}\.$/u.test(w) &&
    !COMMON_WORDS.has(w.toLowerCase());
  return words.length <= 4 && words.every(nameLike) ? 'person' : 'other';
}
