import { DESCRIBING_ORG_KINDS, DESCRIBING_PERSON_NOUNS, DESCRIBING_THING_KINDS, isPosition } from './describing-nouns';
import {
  DESCRIBED_KINDS as KIND_NOUNS,
  describedKindOf as kindOf,
  isCallingWord,
  ORG_KINDS,
  PERSON_NOUNS,
  WORK_KINDS,
} from './kinds';
import { wordTags } from './lexicon/english-words';
import { ROLE_NOUNS, SPEECH_VERBS } from './lexicon/cues';
import { STATE_ABBREVIATIONS } from './lexicon/gazetteer';
import { PARTY_WORDS } from './lexicon/known-names';
import { isFirstName } from './typing';
import type { Mention, Paragraph } from './types';

const DESCRIPTORS = new Set([
  ...ROLE_NOUNS,
  ...KIND_NOUNS,
  ...PERSON_NOUNS,
  'group',
  'company',
  'firm',
  'organization',
  'organisation',
  'party',
  'agency',
  'charity',
  'network',
  'newspaper',
  'broadcaster',
  'body',
  'institute',
  'think',
  'tank',
  'organizations',
  'organisations',
  'groups',
  'companies',
  'bank',
  'union',
  'startup',
  'employer',
  // "Moreau’s son Tomas Moreau", "his sister, Lena": family.
  'son',
  'daughter',
  'wife',
  'husband',
  'father',
  'mother',
  'brother',
  'sister',
  'grandson',
  'granddaughter',
]);
const STOP = new Set(
  'the a an his her their its our my your this that these those to of in on at for with by from and or but as is was are were has have had be been who which when while where whose whom what whereas so because if although though once until unless after before about than into over under said says told according'.split(
    ' ',
  ),
);
const HONORIFICS = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/;
// Abbreviated titles written out for a card.
const TITLE_WORDS: Record<string, string> = {
  'Sen.': 'Senator',
  Sen: 'Senator',
  'Rep.': 'Representative',
  Rep: 'Representative',
  'Gov.': 'Governor',
  Gov: 'Governor',
  'Gen.': 'General',
  Gen: 'General',
  'Lt.': 'Lieutenant',
  Lt: 'Lieutenant',
  'Col.': 'Colonel',
  Col: 'Colonel',
  'Maj.': 'Major',
  Maj: 'Major',
  'Capt.': 'Captain',
  Capt: 'Captain',
  'Sgt.': 'Sergeant',
  Sgt: 'Sergeant',
  'Adm.': 'Admiral',
  Adm: 'Admiral',
  'Brig.': 'Brigadier',
  Brig: 'Brigadier',
  'Prof.': 'Professor',
  Prof: 'Professor',
  'Rev.': 'Reverend',
  Rev: 'Reverend',
};
// "X, who runs a shelter …": relative clauses that say what somebody does.
const WHO_DOES =
  /^,\s+who\s+((?:has\s+(?:long\s+)?(?:coached|led|headed|run|chaired|directed|managed|owned|represented|advised|taught)|is|was|has been|had been|runs|ran|leads|led|heads|headed|founded|co-founded|chairs|chaired|owns|owned|directs|directed|manages|managed|serves|served|represents|represented|teaches|taught|works|worked|studies|studied|coaches|coached|advises|advised|oversees|oversaw|helps|helped|covers|covered|writes|wrote|plays|played|trains|trained|built|builds|created|creates|designed|designs|invented|invents)\b[^,.;:“”"]*(?:,\s*\p{Lu}[\p{L}.]*)?)(?=[,.;]|$)/u;
// Degrees and suffixes between a name and its appositive: "Michael Shadlen, Ph.D., of Columbia University".
const NAME_SUFFIX = /^,\s+(?:Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|MBA|QC|KC|OBE|MBE|CBE)(?=,)/;
// Prepositions and determiners a name inside an appositive may follow ("a fellow at the Center …").
const NAME_LEADS = new Set(['of', 'at', 'for', 'in', 'from', 'with', 'to', 'and', 'the', 'a', 'an', 'by', 'on']);
const FROM_TITLES = /^(Senator|Sen\.?|Rep\.?|Representative|Congressman|Congresswoman)$/;
const TRAILING_TIME =
  /\s+(?:in|on|since|from)\s+(?:(?:early|late|mid)[- ])?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|this|next)\b.*$/;

// "is", "was then serving as" before what somebody is.
const COPULA_OPENING =
  /^(?:is|was|has been|had been)\s+(?:(?:then|now|also|currently)\s+)?(?:(?:serving|working)\s+as\s+)?(?=(?:an?|the|\p{Lu}[\p{L}-]*[’']s)\s)/u;
// One or two lower-case words after a name, the last of them a kind noun, then no more of the phrase.
const KIND_AFTER = /^\s+([\p{Ll}-]+\s+)?([\p{Ll}]+)(?=[\s,.;:)]|$)(?!\s+of\b)/u;
// One lower-case kind noun after a name, then a preposition: "the Tuva region in Siberia".
const KIND_ALONE_AFTER = /^\s+()([\p{Ll}]+)(?=\s+(?:in|on|at|near|outside|north|south|east|west)\b)/u;
// One lower-case kind noun after a name, then a verb: "a Kestrel-M rocket carrying …", "the Orbix 2 index fell".
const KIND_BEFORE_VERB =
  /^\s+()([\p{Ll}]+)(?=\s+(?:\p{Ll}{2,}(?:ing|ed)|is|was|were|has|had|will|would|can|could|did|fell|rose|lost|slid|sank|won|went|took|sold|began|became|said|says)\b)/u;
// A body's kind after its name, then where it is: "the Tarawai tribe of western Velmont". Not a kind of place,
// which the name after "of" is ("the Arden city of Lorne").
const BODY_KIND_OF =
  /^\s+(\p{Ll}+)\s+(of\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})(?=\s*[,.;:)]|$)/u;
// Kinds that belong to a name without being what it is: "the Carter administration", "the Tuva government".
const NOT_IDENTITY = new Set([
  'government',
  'administration',
  'regime',
  'office',
  'campaign',
  'team',
  'unit',
  'division',
  'supplier',
]);
// "… is a/an/the …" up to the first clause boundary.
const PREDICATE =
  /^\s+(?:is|was)\s+((?:an?|the)\s+[^,;:.“”"()—–]+?)(?=\s+(?:who|which|that|since|because|when|where|after|before|until|while|and\s+\p{Ll}+(?:ed|s))\b|[,;:.“”"()—–]|$)/u;

// "… has been mayor of Brenmar since 2015", "… was named head coach": what somebody became, without an article.
const ROLE_PREDICATE =
  /^\s+(?:is|was|has been|had been|became|becomes|was named|was appointed|serves as|served as)\s+(?:(?:now|also|then)\s+)?((?:former\s+)?\p{Ll}[^,;:.“”"()—–]+?)(?=\s+(?:who|which|that|since|because|when|where|after|before|until|while|in\s+\d|and\s+\p{Ll}+(?:ed|s))\b|[,;:.“”"()—–]|$)/u;

// What somebody does, said as the role it is: "heads the board" → "head of the board".
const DOING_ROLES: Record<string, string> = {
  heads: 'head of',
  headed: 'former head of',
  leads: 'leader of',
  led: 'former leader of',
  runs: 'head of',
  ran: 'former head of',
  chairs: 'chair of',
  chaired: 'former chair of',
  directs: 'director of',
  directed: 'former director of',
  founded: 'founder of',
  'co-founded': 'co-founder of',
  owns: 'owner of',
  owned: 'former owner of',
  manages: 'manager of',
  managed: 'former manager of',
  coaches: 'coach of',
  coached: 'former coach of',
  oversees: 'overseer of',
  teaches: 'teacher of',
  taught: 'former teacher of',
  represents: 'representative of',
  represented: 'former representative of',
  advises: 'adviser to',
  advised: 'former adviser to',
  created: 'creator of',
  creates: 'creator of',
  designed: 'designer of',
  designs: 'designer of',
  invented: 'inventor of',
  invents: 'inventor of',
  built: 'builder of',
  builds: 'builder of',
  writes: 'writer of',
  wrote: 'writer of',
};
// "works for the port authority", "plays for Arden City": where somebody works, said as their place.
const WORKS_AT: Record<string, string> = {
  works: 'employee of',
  worked: 'former employee of',
  plays: 'player for',
  played: 'former player for',
};

function roleOfDoing(clause: string): string | null {
  const m = /^(\S+)\s+(?:the\s+)?(.+)$/.exec(clause);
  if (!m) return null;
  const object = clause.slice(m[1]!.length + 1);
  const role = DOING_ROLES[m[1]!];
  if (role && /^(?:the\s+|an?\s+)?\p{Lu}|^(?:the|an?)\s/u.test(object)) return `${role} ${object}`;
  const at = WORKS_AT[m[1]!];
  const where = at ? /^(?:for|at|with)\s+((?:the\s+)?\p{Lu}.*)$/u.exec(object) : null;
  if (where) return `${at} ${where[1]}`;
  // "who studies public libraries": a verb and its object, no noun phrase.
  return null;
}

/** Makes a phrase read as a card line: trimmed, no leading article or dangling punctuation, capitalised. */
export function tidyPhrase(phrase: string): string {
  let p = phrase.replace(/\s+/g, ' ').trim();
  // "Mayor since 2010" drops the time; "established in 2015" is what it says.
  if (!PARTICIPLE_APPOSITIVE.test(p)) p = p.replace(TRAILING_TIME, '');
  p = p.replace(/^(?:a|an|the|his|her|their|its)\s+/i, '');
  p = p.replace(/[\s,;:.–—-]+$/, '').replace(/^[\s,;:.–—-]+/, '');
  return p ? p[0]!.toUpperCase() + p.slice(1) : '';
}

/** True for a word naming a role or kind, hyphenated ones included ("editor-in-chief", "co-founder"). */
function isDescriptor(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (DESCRIPTORS.has(w) || isCallingWord(w) || DESCRIBING_PERSON_NOUNS.has(w) || DESCRIBING_ORG_KINDS.has(w))
    return true;
  const parts = w.split('-');
  return parts.length > 1 && (ROLE_NOUNS.has(parts[0]!) || ROLE_NOUNS.has(parts.at(-1)!));
}
// The head of an appositive may come after a possessor and modifiers: "Hong Kong’s new police commissioner".
const hasDescriptor = (words: string[]) => words.slice(0, 8).some(isDescriptor);
// Words a role before a name does not reach back over: "the allegation made against Wikileaks co-founder X".
const WALK_STOP =
  /^(?:against|over|between|among|amid|through|behind|like|via|near|without|within|including|during|after|before|since|under|into|upon|across|toward|towards|than|made|says|said|told|named|called|met|when|while)$/i;
// Participles whose phrase says what a body or a thing is: "Lumen, founded in 2009 by …", "Vela, based in Oslo,".
const PARTICIPLE_APPOSITIVE =
  /^(?:founded|established|based|created|formed|launched|headquartered|owned|run|backed|built|set)\s+(?:in|by|at|on|up)\b/;

/** A plural kind ending a phrase made singular: "Iranian-backed organizations" → "Iranian-backed organization". */
export function singularKind(phrase: string): string {
  const m = /^(.*?)(\p{L}+)$/u.exec(phrase);
  if (!m) return phrase;
  const kind = kindOf(m[2]!);
  return kind && kind !== m[2]!.toLowerCase() && /s$/i.test(m[2]!) ? `${m[1]}${kind}` : phrase;
}

// "the philosopher Luis de Miranda weaves …": a person's name inside the phrase, with words after it, opens the
// next clause rather than describing the name before the comma.
function opensClause(words: string[]): boolean {
  return words.some(
    (w, k) =>
      k > 0 &&
      isFirstName(w) &&
      /^\p{Ll}/u.test(words[k - 1]!) &&
      // "under Ilse Brandt’s government": a possessed noun phrase, no clause.
      !/[’']s$/.test(words.slice(k).find((x) => !/^\p{Lu}/u.test(x) || /[’']s$/.test(x)) ?? '') &&
      !NAME_LEADS.has(words[k - 1]!) &&
      words.slice(k + 1).some((x) => /^\p{Ll}/u.test(x)),
  );
}

type Tokens = Paragraph['sentences'][number]['tokens'];

/** A mention and the text around it: up to 120 characters before, and after it without a party or age tag. */
interface Around {
  m: Mention;
  text: string;
  before: string;
  after: string;
  tokens: Tokens;
  /** The name's possessive closes it ("Brook’s"): no appositive follows. */
  possessive: boolean;
}

/** Descriptions the text gives a mention: appositives, roles before the name, titles. */
export function appositivesOf(m: Mention, p: Paragraph, tokens: Tokens): string[] {
  const text = p.text;
  // ", R-Okla.," or ", Ph.D.," is no description; an appositive may follow it.
  const after = text
    .slice(m.end)
    .replace(/^,\s+[RDI]-[\p{L}.]+(?=,)/u, '')
    .replace(NAME_SUFFIX, '')
    .replace(/^,\s+\d{1,3}(?=,)/, '');
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const possessive = !!tokens[m.last - 1]?.possessive;
  const around: Around = { m, text, before, after, tokens, possessive };
  const out = [
    partyTag(text.slice(m.end)),
    titleDescription(around),
    kindInName(m),
    whoDoes(around),
    whoBecame(around),
    chosenAs(around),
    whichDoes(around),
    kindAfterName(around),
    predicateOf(around),
    commaAppositive(around),
    afterHome(around),
    sharedAppositive(after),
    dashAppositive(around),
    rolePhrase(before),
    roleWordsBefore(around),
    placeKindBefore(before),
    kindBeforeQuotedTitle(before),
    kindBeforeNaming(before),
    agentOf(before),
    basedBefore(before),
    identifiedAs(before),
  ];
  return out
    .filter((s): s is string => s !== null)
    .map(tidyPhrase)
    .filter((s) => s.length > 1 && s.length <= 160);
}

const PARTIES: Record<string, string> = { D: 'Democrat', R: 'Republican', I: 'Independent' };

// "Sen. Ada Lund (D-Calif.)", "Rep. Karl Okoro, R-Texas,": a party and a state, as AP writes them ("California
// Democrat").
function partyTag(after: string): string | null {
  const tag = /^(?:\s*\(|,\s+)([RDI])-([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)(?=[),])/u.exec(after);
  if (!tag) return null;
  const short = tag[2]!;
  const state = STATE_ABBREVIATIONS.get(short) ?? STATE_ABBREVIATIONS.get(short.replace(/\.$/, '')) ?? short;
  const name = state === 'Washington State' ? 'Washington' : state;
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(name) ? `${name} ${PARTIES[tag[1]!]!}` : null;
}

// The titles before the name, written out ("Sen." is "Senator"), with the place after it ("Mayor Ada Brook of
// Arden" is "Mayor of Arden").
function titleDescription({ m, after }: Around): string | null {
  const title = m.titles
    .filter((t) => !HONORIFICS.test(t))
    .map((t) => TITLE_WORDS[t] ?? t)
    .join(' ');
  if (!title) return null;
  const of = /^\s+of\s+([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/u.exec(after);
  return of ? `${title} ${FROM_TITLES.test(title) ? 'from' : 'of'} ${of[1]}` : title;
}

// "Hoa Lo prison": the kind ending the name says what it is.
function kindInName(m: Mention): string | null {
  const kind = m.words.at(-1)!;
  return /^\p{Ll}/u.test(kind) && KIND_NOUNS.has(kind) ? kind : null;
}

// "who was then serving as the President's physician" says what somebody is: "President's physician"; "who
// heads the port authority" says it as a role: "Head of the port authority".
function whoDoes({ after, possessive }: Around): string | null {
  const who = possessive ? null : WHO_DOES.exec(after);
  if (!who) return null;
  const copula = who[1]!.replace(COPULA_OPENING, '');
  if (copula !== who[1]) return copula;
  // "who has coached the team since 2015" still does: the present role.
  const perfect = /^has\s+(?:long\s+)?(\S+)/.exec(copula);
  return roleOfDoing(perfect ? copula.replace(perfect[0], PRESENT[perfect[1]!] ?? perfect[1]!) : copula);
}

// A perfect's participle -> the present tense whose role it keeps.
const PRESENT: Record<string, string> = {
  coached: 'coaches',
  led: 'leads',
  headed: 'heads',
  run: 'runs',
  chaired: 'chairs',
  directed: 'directs',
  managed: 'manages',
  owned: 'owns',
  represented: 'represents',
  advised: 'advises',
  taught: 'teaches',
};

// "who was elected mayor in 2019", "who became chief executive", "who served as mayor": the office the clause gives,
// a former one when it was served or worked in.
const WHO_BECAME =
  /^,\s+who\s+(?:(?:was|has been|had been)\s+(?:elected|named|appointed|hired|sworn in)(?:\s+as)?|became|(?:has\s+)?(?:serves|served|works|worked)\s+as|is\s+now|has\s+been|had\s+been|was(?!\s+(?:an?|the)\s))\s+(?:an?\s+|the\s+)?/u;
// The body an office is of, right after it: "of Velden Bank", "at the Lorne Institute".
const OFFICE_OF = /^\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'&-]*){0,4}/u;

function whoBecame({ after, possessive }: Around): string | null {
  const m = possessive ? null : WHO_BECAME.exec(after);
  if (!m) return null;
  const full = officeOpening(after.slice(m[0].length));
  if (!full) return null;
  return /^,\s+who\s+(?:served|worked|had\s+been|was\s+(?!elected|named|appointed|hired|sworn))/.test(after)
    ? `former ${full}`
    : full;
}

// "appointed Ada Brook as manager", "named Tomas Berg as its new chief executive": the office a choice gives.
// "to replace Mauro Pell as Arden manager": the office the one replaced holds.
const CHOSEN_BEFORE =
  /\b(?:appointed|appoints|appoint|named|names|hired|hires|elected|installed|confirmed|chose|picked|tapped|selected|nominated|replace|replaces|replaced|replacing|succeed|succeeds|succeeded|succeeding)\s+$/;
const AS_OFFICE = /^\s+as\s+(?:(?:the|its|their|his|her)\s+)?(?:next\s+)?/;
// A body's name before the office: "as Arden United manager".
const BODY_BEFORE_OFFICE = /^(?:\p{Lu}[\p{L}.’'&-]*\s+){1,3}(?=\p{Ll})/u;

function chosenAs({ before, after, possessive }: Around): string | null {
  const m = possessive || !CHOSEN_BEFORE.test(before) ? null : AS_OFFICE.exec(after);
  if (!m) return null;
  const rest = after.slice(m[0].length);
  const body = BODY_BEFORE_OFFICE.exec(rest)?.[0] ?? '';
  const office = officeOpening(rest.slice(body.length));
  return office ? `${body}${office}` : null;
}

/** The office a text opens with: up to four lower-case words cut back to a role noun, and the body it is of. */
function officeOpening(rest: string): string | null {
  // Up to four lower-case words, cut back to the last role noun among them.
  const words = /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}/u.exec(rest)?.[0].split(/\s+/) ?? [];
  let end = words.length;
  while (end > 0 && !(ROLE_NOUNS.has(words[end - 1]!) || PERSON_NOUNS.has(words[end - 1]!))) end--;
  if (!end) return null;
  const role = words.slice(0, end).join(' ');
  const of = end === words.length || words[end] === 'of' || words[end] === 'for' || words[end] === 'at';
  const body = of ? OFFICE_OF.exec(rest.slice(rest.indexOf(words[end - 1]!) + words[end - 1]!.length)) : null;
  return body ? `${role}${body[0]}` : role;
}

// "Brightline, which makes the Halo Visor": what a body does, said as what it is ("Maker of the Halo Visor").
const WHICH_DOES =
  /^,\s+which\s+(makes|made|owns|owned|runs|ran|operates|operated|publishes|published|builds|built|develops|developed|manufactures|sells|provides|produces|produced|distributes|represents|manages|oversees)\s+((?:the|an?)\s+[^,.;:“”"()—–]+?|\p{Lu}[^,.;:“”"()—–]*?)(?=,|\.(?:\s|$)|;|$)/u;
const WHICH_ROLES: Record<string, string> = {
  makes: 'maker of',
  made: 'maker of',
  owns: 'owner of',
  owned: 'former owner of',
  runs: 'operator of',
  ran: 'former operator of',
  operates: 'operator of',
  operated: 'former operator of',
  publishes: 'publisher of',
  published: 'publisher of',
  builds: 'builder of',
  built: 'builder of',
  develops: 'developer of',
  developed: 'developer of',
  manufactures: 'manufacturer of',
  sells: 'seller of',
  provides: 'provider of',
  produces: 'producer of',
  produced: 'producer of',
  distributes: 'distributor of',
  represents: 'representative of',
  manages: 'manager of',
  oversees: 'overseer of',
};

function whichDoes({ after, possessive }: Around): string | null {
  const which = possessive ? null : WHICH_DOES.exec(after);
  if (!which || which[2]!.split(/\s+/).length > 8) return null;
  return `${WHICH_ROLES[which[1]!]!} ${which[2]!}`;
}

// Kinds a name before a verb is, not a body's ("the Kelvor kernel crashed"): a body may own an app or a team.
const THINGS_BEFORE_VERB = new Set([
  ...DESCRIBING_THING_KINDS,
  ...`browser console device phone headset rocket spacecraft satellite drug vaccine disease chip processor laptop
  tablet smartphone camera aircraft plane jet helicopter ship missile car truck festival film movie documentary album
  song book novel musical sitcom podcast bill treaty`.split(/\s+/),
]);

// A kind then a verb: any kind after a model's name ("a Kestrel-M rocket carrying"), a thing's kind after any.
function thingBeforeVerb(after: string, model: boolean): RegExpExecArray | null {
  const m = KIND_BEFORE_VERB.exec(after);
  return m && (model || THINGS_BEFORE_VERB.has(m[2]!)) ? m : null;
}

// "Kestrel magazine", "at Belmarsh prison", "the Interfax news agency": the kind the text gives the name.
function kindAfterName({ m, before, after, possessive }: Around): string | null {
  // "a Velden camera" is made by Velden; "a Kestrel-M rocket", "an Orbix 2 console" are the thing itself.
  const model = m.words.some((w) => /\d|-\p{Lu}$/u.test(w));
  if (possessive || (/\b(?:a|an)\s+$/i.test(before) && !model)) return null;
  const bodyOf = /\bthe\s+$/i.test(before) ? BODY_KIND_OF.exec(after) : null;
  if (bodyOf && ORG_KINDS.has(bodyOf[1]!) && !NOT_IDENTITY.has(bodyOf[1]!)) return `${bodyOf[1]} ${bodyOf[2]}`;
  // "the Tuva region in Siberia": the kind is the one word after the name when the two words are no kind.
  const two = KIND_AFTER.exec(after);
  const kindAfter =
    two && !KIND_NOUNS.has(two[2]!) && two[1] ? (KIND_ALONE_AFTER.exec(after) ?? thingBeforeVerb(after, model)) : two;
  if (!kindAfter || !KIND_NOUNS.has(kindAfter[2]!) || NOT_IDENTITY.has(kindAfter[2]!)) return null;
  const modifier = kindAfter[1]?.trim();
  const following = after.slice(kindAfter[0].length);
  const fits =
    !(modifier && /Tense|Copula|Modal|Verb|Infinitive/.test(wordTags(modifier))) &&
    // "NASA supplier SpaceX" describes SpaceX; "Kaitaia conservation department ranger" a person.
    !/^\s+\p{Lu}/u.test(following) &&
    !/Singular|Plural|Actor|Uncountable/.test(wordTags(/^\s+(\p{Ll}+)/u.exec(following)?.[1] ?? ''));
  return fits ? `${kindAfter[1] ?? ''}${kindAfter[2]!}` : null;
}

// "Cullen is an integral member of the recovery team": the subject of a sentence, and what it is.
function predicateOf({ m, after, tokens, possessive }: Around): string | null {
  const opensSentence = m.first === 0 || (m.first === 1 && /^the$/i.test(tokens[0]!.text));
  if (!opensSentence || possessive) return null;
  const predicate = PREDICATE.exec(after);
  if (predicate) return predicate[1]!;
  // "Ada Brook became chief executive of Velden Bank in 2020": a role with no article, named as the role.
  const role = ROLE_PREDICATE.exec(after);
  if (role && hasDescriptor(role[1]!.split(/\s+/).slice(0, 4))) return role[1]!;
  return subjectDoes(m, after);
}

// "Ada Brook runs the Velden Trust.": a person, the whole subject, doing what only a role does to a named body.
// The body's name must close the clause, so "leads the Tigers to victory" or "heads Velden’s lab" say nothing.
const SUBJECT_DOES =
  /^\s+(runs|heads|leads|chairs|directs|coaches|founded|co-founded)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}-]*)*)(?=[,.;:]|\s+(?:in|since)\s+\d|$)/u;

function subjectDoes(m: Mention, after: string): string | null {
  // Only a person's name: a body that "runs" something operates it, which is no role.
  if (!isFirstName(m.words[0]!)) return null;
  const does = SUBJECT_DOES.exec(after);
  return does ? `${DOING_ROLES[does[1]!]!} ${does[2]!}` : null;
}

// A short bracketed acronym may close it: "a spokeswoman for the Velden Aviation Board (VAB), said".
const APPOSITIVE =
  /^,\s+((?:[^,.;:()“”"]|(?<=\b\p{Lu})\.|(?<=\d)[,.](?=\d))+?)(?:\s+\([\p{Lu}\p{N}&.-]{2,10}\))?(?=,(?!\d)|(?<!\b\p{Lu})\.(?:\s|$)|;|\s+who\b|\s+which\b|$)/u;

// "Arden Port’s new harbour master": the words of a possessor opening an appositive, which the role comes after.
function possessorLength(words: string[]): number {
  const k = words.findIndex((w) => !/^\p{Lu}/u.test(w) || /[’']s$/.test(w));
  return k >= 0 && k < 3 && /^\p{Lu}.*[’']s$/u.test(words[k]!) ? k + 1 : 0;
}

// "Ada Brook, a harbour pilot, …": the phrase between commas after the name, when it describes rather than lists,
// quotes or opens a clause.
function commaAppositive({ before, after, possessive }: Around): string | null {
  const found = possessive ? null : APPOSITIVE.exec(after);
  if (!found) return null;
  const all = found[1]!.split(/\s+/);
  const article = /^(a|an|the)$/i.test(all[0]!);
  // "a top aide to Governor Pike on the July 25 call with …": a long one keeps its first words, which the card
  // cuts back to the role they open with.
  const words = article && all.length > 18 ? all.slice(0, 18) : all;
  const app = [found[0], words.join(' ')];
  // "Michael Shadlen, of Columbia University": where somebody is from.
  const from = words[0] === 'of' && /^\p{Lu}/u.test(words[1] ?? '');
  const bad =
    !from &&
    (words.length > 18 ||
      /^\d/.test(words[0]!) ||
      words.some((w, k) => SPEECH_VERBS.has(w) && !adjectival(words, k)) ||
      (!article &&
        (STOP.has(words[0]!.toLowerCase()) ||
          (/^\p{Ll}+ed$/u.test(words[0]!) && !PARTICIPLE_APPOSITIVE.test(app[1]!)))));
  const described = from
    ? true
    : article || PARTICIPLE_APPOSITIVE.test(app[1]!)
      ? words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !/^(and|or|of)$/.test(w)) ||
        PARTY_WORDS.has(words[words.length - 1]!) ||
        // "the CEO of Velden Group", "the Chairman of …": a capitalised role.
        (article && ROLE_NOUNS.has(words[1]?.toLowerCase() ?? '') && /^(?:of|for|at)$/.test(words[2] ?? ''))
      : hasDescriptor(words.slice(0, possessorLength(words) + 4));
  // "Pablo Picasso, the radically deconstructed fashions of Coco Chanel": one item of a list, not an appositive.
  const listItem = /\bof\s+$/.test(before) && /\bof\s+\p{Lu}/u.test(app[1]!);
  return !bad && described && !listItem && !opensClause(words) ? app[1]! : null;
}

// "the alleged fraud", "Varga’s reported plan": a speech verb after a determiner or a possessive qualifies a noun.
function adjectival(words: string[], k: number): boolean {
  const prev = words[k - 1] ?? '';
  return /^(?:a|an|the|his|her|their|its)$/i.test(prev) || /[’']s$/.test(prev);
}

// "Ana Brook, 45, of Velmont, a teacher at Arden High School": the appositive after where somebody lives.
function afterHome(around: Around): string | null {
  const home = /^,\s+of\s+\p{Lu}[^,.;:()“”"]{0,40}(?=,\s+(?:a|an|the)\s)/u.exec(around.after);
  return home ? commaAppositive({ ...around, after: around.after.slice(home[0].length) }) : null;
}

// "Ada Brook and Australian Tim Weekes, both professors at Arden College": what the list's people each are.
const SHARED_APPOSITIVE =
  /^(?:\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]*)?,\s+(?:both|all|each)\s+(\p{Ll}+)(\s+[^,.;:()“”"]+?)?(?=,|\.(?:\s|$)|;|$)/u;

function sharedAppositive(after: string): string | null {
  const m = SHARED_APPOSITIVE.exec(after);
  if (!m) return null;
  const one = m[1]!.replace(/(?<=[^s])s$/, '');
  const rest = m[2] ?? '';
  const words = rest.trim().split(/\s+/);
  if (!isDescriptor(one) || one === m[1] || words.length > 10 || words.some((w) => SPEECH_VERBS.has(w))) return null;
  return `${one}${rest}`;
}

// "Ada Brook — the town's first harbour master — said": an appositive set off by dashes reads as one between commas.
function dashAppositive(around: Around): string | null {
  const dashed = /^\s*[—–]\s*([^—–,.;:()“”"]+?)\s*[—–]/u.exec(around.after);
  return dashed ? commaAppositive({ ...around, after: `, ${dashed[1]},` }) : null;
}

// "the head of the agency, Ada Brook": a role phrase closed by a comma before the name.
function rolePhrase(before: string): string | null {
  const pre = rolePhraseBefore(before);
  return pre && hasDescriptor(pre.split(/\s+/)) && !endsInListItem(pre.split(/\s+/)) ? pre : null;
}

// "the service launches in Canada, Japan", "the drum team and Kim Hana, Kim Hyesu": a phrase ending in a name is a
// role only when a role word governs that name ("the head of Velden Bank, Ada Brook") or the name is a title.
function endsInListItem(words: string[]): boolean {
  if (!/^\p{Lu}/u.test(words.at(-1)!)) return false;
  let k = words.findLastIndex((w) => /^\p{Ll}/u.test(w));
  // "a spokesman for the Velden Trust, X": the article goes with the name the preposition governs.
  if (words[k] === 'the' && k > 0) k--;
  // "the then UK Home Secretary": a capitalised title is the role itself.
  if (k < 0 || hasDescriptor(words.slice(k + 1))) return false;
  return !(/^(?:of|at|for|to|in|with|from)$/.test(words[k]!) && k > 0 && isDescriptor(words[k - 1]!));
}

// "ranger Jamie Werner", "the BBC's North America editor Jon Sopel", "the Scottish chemist Sir William Ramsay".
function roleWordsBefore({ m, text, tokens }: Around): string | null {
  let at = m.first - 1;
  while (at > 0 && tokens[at]!.cap && m.titles.includes(tokens[at]!.text)) at--;
  const prev = tokens[at];
  // "China’s ambassador to Britain Liu Xiaming": a role, a preposition and a place, then the name.
  let roleAt = at;
  if (prev?.cap && !m.titles.includes(prev.text)) {
    let j = at;
    while (j > 0 && tokens[j]!.cap && at - j < 3) j--;
    if (/^(?:to|of|for|at)$/.test(tokens[j]!.text) && j > 0 && !tokens[j - 1]!.cap && isDescriptor(tokens[j - 1]!.text))
      roleAt = j - 1;
  }
  const role = tokens[roleAt];
  // A role opening the sentence is capitalised only for being first: "Employee Ada Brook told …".
  const opening =
    roleAt === 0 && roleAt === at && /^\p{Lu}\p{Ll}+$/u.test(role?.text ?? '') && !m.titles.includes(role!.text);
  // "Browns defensive end X": a position is a role only with its qualifier.
  const position = roleAt === at && isPosition(tokens[roleAt - 1]?.text ?? '', role?.text ?? '');
  if (!role || !role.word || (role.cap && !opening) || !(isDescriptor(role.text) || position)) return null;
  let k = roleAt;
  while (k > 0 && m.first - k < 7) {
    const t = tokens[k - 1]!;
    if (!t.word || STOP.has(t.text.toLowerCase()) || WALK_STOP.test(t.text)) break;
    k--;
  }
  const phrase = text.slice(tokens[k]!.start, tokens[at]!.end);
  return roleAt === at ? singularKind(phrase) : phrase;
}

// "the film “Northern Lights”", "games like “Cave Dash”", "a podcast called “Tides”": the kind of a quoted title.
function kindBeforeQuotedTitle(before: string): string | null {
  const m = /(?:^|\s)((?:[\p{Ll}-]+\s+)?)(\p{Ll}+)(?:\s+(?:like|called|titled|entitled|named|dubbed))?\s+[“"]$/u.exec(
    before,
  );
  const kind = m ? kindOf(m[2]!) : null;
  if (!kind || !WORK_KINDS.has(kind)) return null;
  const modifier = m![1]!.trim();
  return modifier && !STOP.has(modifier) && !/Tense|Copula|Modal|Verb/.test(wordTags(modifier))
    ? `${modifier} ${kind}`
    : kind;
}

// "a startup called Vexa", "the mission, named Artemis Dawn": the kind before a naming word, with one modifier.
function kindBeforeNaming(before: string): string | null {
  const m = /(?:^|\s)((?:[\p{Ll}-]+\s+)?)(\p{Ll}+),?\s+(?:called|named|dubbed|titled|entitled)\s+$/u.exec(before);
  // "a lawyer named Ada Brook": a role before the naming word, but not a bare "man" or "woman".
  const role = m && ROLE_NOUNS.has(m[2]!) ? m[2]! : null;
  const kind = m ? (kindOf(m[2]!) ?? role) : null;
  if (!kind || !(KIND_NOUNS.has(kind) || kind === role)) return null;
  const modifier = m![1]!.trim();
  return modifier && !STOP.has(modifier) && !/Tense|Copula|Modal|Verb/.test(wordTags(modifier))
    ? `${modifier} ${kind}`
    : kind;
}

// "the state of Victoria", "the capital city of Arden": the kind of place the name is.
function placeKindBefore(before: string): string | null {
  const kind =
    /\b(?:the\s+)?((?:[\p{Lu}][\p{L}.]*\s+)?(?:state|city|town|region|province|county|island|capital|village|country))\s+of\s+$/u.exec(
      before,
    );
  return kind ? kind[1]! : null;
}

// A role or kind written just before ", Name": the latest determiner phrase, reaching back over "of", "at", "for",
// "to" and "in" ("the head of the agency, X"; "a call between A and the Ukrainian president, X" → "the Ukrainian
// president").
function rolePhraseBefore(before: string): string | null {
  if (!/,\s*$/.test(before)) return null;
  const body = before.replace(/\s*,\s*$/, '');
  // The dots of an abbreviation stay inside the phrase: "the U.N. envoy, X".
  const tail = /(?:[^,.;:“”"]|(?<=(?:^|[\s.])\p{Lu})\.){0,80}$/u.exec(body)![0];
  const offset = body.length - tail.length;
  const starts = [
    ...tail.matchAll(
      /(?:^|(?<=[\s(]))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{Lu}][\p{L}]*[’']s)\s+/gu,
    ),
  ].map((x) => x.index);
  if (!starts.length) return null;
  let i = starts.length - 1;
  // Back over "of" only to a role: "the head of the agency, X", not "an email address for Ford’s sister, X".
  while (
    i > 0 &&
    /\b(?:of|at|for|to|in)\s+$/.test(tail.slice(0, starts[i])) &&
    hasDescriptor(tail.slice(starts[i - 1], starts[i]).split(/\s+/))
  )
    i--;
  // "In a research report early Tuesday, Morrow analyst X": the object of an opening preposition is no role.
  if (OPENING_PREPOSITION.test(tail.slice(0, starts[i]))) return null;
  const phrase = body.slice(offset + starts[i]!);
  return phrase.length <= 70 ? phrase : null;
}

const OPENING_PREPOSITION =
  /(?:^|[.;:!?]\s*)(?:In|On|At|During|After|Before|With|From|By|Under|Over|Since|Through|Amid|Despite|Following|Unlike|Like)\s+$/;

// "identified the victim as Jana Kos", "named the driver as X": the person the noun was.
function identifiedAs(before: string): string | null {
  const m = /\b(?:identified|identifies|named|names)\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+)?)(\p{Ll}+)\s+as\s+$/u.exec(
    before,
  );
  if (!m || !(PERSON_NOUNS.has(m[2]!) || ROLE_NOUNS.has(m[2]!))) return null;
  const modifier = m[1]!.trim();
  return modifier && !/Tense|Copula|Modal|Verb|Determiner/.test(wordTags(modifier)) ? `${modifier} ${m[2]!}` : m[2]!;
}

// "Hangzhou-based Velibo", "the New York-based Qorvix": where the body is based.
function basedBefore(before: string): string | null {
  const m = /(?:^|[\s(])(?!(?:The|A|An)\s)((?:\p{Lu}[\p{L}.’']*\s+){0,2}\p{Lu}[\p{L}.’']*)-based\s+$/u.exec(before);
  return m ? `based in ${m[1]!}` : null;
}

// Who did what a passive says was done by them: "translated into English by X" makes X a translator.
const AGENTS: Record<string, string> = {
  translated: 'translator',
  written: 'writer',
  painted: 'painter',
  composed: 'composer',
  photographed: 'photographer',
  designed: 'designer',
  directed: 'director',
  founded: 'founder',
  'co-founded': 'co-founder',
  invented: 'inventor',
  developed: 'developer',
  owned: 'owner',
  coached: 'coach',
};

// The verb may stand up to three words before "by" ("founded in 2009 by"), within the clause.
function agentOf(before: string): string | null {
  const clause = /([^,.;:“”"()—–]*)\sby\s+$/u.exec(before)?.[1];
  if (!clause) return null;
  const verb = clause
    .trim()
    .split(/\s+/)
    .slice(-4)
    .findLast((w) => Object.hasOwn(AGENTS, w));
  return verb ? AGENTS[verb]! : null;
}
