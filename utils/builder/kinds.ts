// Nouns for kinds of things a name can be ("the journal Current Biology", "firms such as Let There Be Neon"):
// a card may say just the kind when the article says nothing more.

import { DESCRIBING_PERSON_NOUNS, DESCRIBING_THING_KINDS, NOT_MODIFIERS } from './describing-nouns';
import { wordTags } from './lexicon/english-words';
import { ROLE_NOUNS } from './lexicon/cues';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Lower-case nouns for kinds of organisation. */
export const ORG_KINDS = set(`
company firm group agency utility business startup brand retailer chain maker manufacturer automaker carmaker
airline carrier lender bank insurer supplier subsidiary unit division publisher broadcaster network newspaper
magazine journal website studio label band orchestra choir team club league party union charity foundation
institute university college school hospital clinic library restaurant bar cafe hotel church mosque temple
department ministry office council committee commission court body organisation organization government
administration regime militia movement coalition nonprofit tribe outlet tabloid channel
`);

/** Lower-case nouns for kinds of place. */
export const PLACE_KINDS = set(`
city town village country state region province island capital neighbourhood neighborhood district suburb
borough street avenue square park river lake mountain valley wharf port harbour harbor beach coast museum gallery
theatre theater prison jail embassy consulate
`);

/** Lower-case nouns for kinds of work, product, law or event. */
export const WORK_KINDS = set(`
book novel memoir biography film movie documentary album song single play opera musical painting sculpture
installation exhibition exhibit show series programme program podcast game console device phone headset product
work piece essay poem story collection
service tool browser app platform law bill act treaty report study paper survey poll festival fair conference
summit tournament race election campaign index
rocket spacecraft satellite capsule lander car truck drug vaccine chip processor laptop tablet smartphone camera
aircraft plane jet helicopter ship missile disease mission drama sitcom thriller franchise newsletter blog
`);

/** Lower-case nouns naming a kind of organisation, place, work or product. */
export const KIND_NOUNS: ReadonlySet<string> = new Set([...ORG_KINDS, ...PLACE_KINDS, ...WORK_KINDS]);

/** The kind a plural noun names ("firms" → "firm"), or null when it names no kind of thing. */
export function kindOf(word: string): string | null {
  const w = word.toLowerCase();
  for (const singular of [w.replace(/ies$/, 'y'), w.replace(/(ch|sh|ss|x)es$/, '$1'), w.replace(/s$/, ''), w])
    if (KIND_NOUNS.has(singular)) return singular;
  return null;
}

/** Kinds of thing a card may give a name, the description-only ones included. */
export const DESCRIBED_KINDS: ReadonlySet<string> = new Set([...KIND_NOUNS, ...DESCRIBING_THING_KINDS]);

/** The kind a plural noun names ("kernels" → "kernel") among the described kinds, or null. */
export function describedKindOf(word: string): string | null {
  const w = word.toLowerCase();
  for (const singular of [w.replace(/ies$/, 'y'), w.replace(/(ch|sh|ss|x)es$/, '$1'), w.replace(/s$/, ''), w])
    if (DESCRIBED_KINDS.has(singular)) return singular;
  return null;
}

/** Lower-case nouns for how a person stands to others ("a co-worker, X", "his colleague X"). */
export const PERSON_NOUNS = set(`
colleague co-worker coworker worker friend neighbour neighbor resident employee assistant successor predecessor
rival boss fan supporter victim survivor witness patient customer passenger driver relative cousin uncle aunt
nephew niece grandson granddaughter grandfather grandmother fiancé fiancée girlfriend boyfriend widow widower
spouse child teenager man woman boy girl mentor protégé translator philosopher poet novelist painter sculptor
composer chemist physicist biologist neuroscientist psychologist psychiatrist physician inventor photographer
filmmaker director producer comedian dancer athlete
suspect defendant plaintiff gunman attacker shooter hostage captive detainee prisoner inmate protester protestor
demonstrator refugee migrant veteran homeowner landlord tenant shopkeeper shopper bystander eyewitness motorist
cyclist pedestrian hiker climber swimmer mourner spectator visitor tourist
model influencer streamer socialite drummer guitarist bassist vocalist songwriter host presenter contestant boxer
wrestler golfer cricketer footballer sprinter gymnast jockey receiver linebacker cornerback outfielder shortstop
infielder defenseman winger rookie developer programmer maintainer hacker technician epidemiologist
dermatologist pediatrician paediatrician cardiologist oncologist neurologist nutritionist dietitian therapist
pharmacist dentist paramedic firefighter trooper realtor astrophysicist geologist archaeologist paleontologist
curator anthropologist zoologist ecologist botanist
negotiator planner millionaire billionaire retiree financier dealer accountant auditor mediator blogger podcaster
commentator critic reviewer scholar lecturer instructor tutor trainer surveyor nominee incumbent challenger
frontrunner donor shareholder businessman businesswoman tycoon magnate mogul heir heiress
`);

// Words ending in "-ist" that are no person's calling.
const NOT_CALLINGS = set(`list playlist checklist wishlist shortlist blacklist whitelist waitlist exist coexist assist
insist resist consist persist subsist desist twist wrist fist mist gist heist hoist moist joist foist midst amidst`);

/** True for a person's calling by its "-ist" ending ("industrialist", "columnist", "cellist"). */
export function isCallingWord(word: string): boolean {
  const w = word.toLowerCase().replace(/s$/, '');
  return /^\p{Ll}{3,}ist$/u.test(w) && !NOT_CALLINGS.has(w);
}

/** True for a capitalised lone description that names a kind ("Journal", "Co-worker", "Politician"). */
export function isKindWord(word: string): boolean {
  const w = word.toLowerCase();
  return DESCRIBED_KINDS.has(w) || isPersonNoun(w);
}

/** True for a noun naming what a person is: a role, a standing or a calling. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w) || DESCRIBING_PERSON_NOUNS.has(w) || isCallingWord(w);
}

// Tags of a word that cannot qualify a plural noun ("from officials", "state officials" read as a verb).
const NOT_QUALIFYING = /Preposition|Determiner|Conjunction|Pronoun|Tense|Copula|Modal|Auxiliary|Verb|Infinitive|Adverb/;

/**
 * What each person of a list is, from the plural before "such as" or "including": "media figures" → "media figure",
 * "politicians" → "politician"; null when the plural names no kind of person. `modifier` is the word before it.
 */
export function personOfPlural(plural: string, modifier?: string): string | null {
  const w = plural.toLowerCase();
  if (!/s$/.test(w)) return null;
  const one = [w.replace(/ies$/, 'y'), w.replace(/(ch|sh|ss|x)es$/, '$1'), w.replace(/s$/, '')].find(isPersonNoun);
  if (!one) return null;
  const mod = modifier?.toLowerCase() ?? '';
  const qualifies =
    /^\p{Ll}[\p{Ll}-]+$/u.test(modifier ?? '') && !NOT_MODIFIERS.has(mod) && !NOT_QUALIFYING.test(wordTags(mod));
  return qualifies ? `${mod} ${one}` : one;
}
