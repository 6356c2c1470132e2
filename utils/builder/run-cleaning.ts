import { isTitleWord, type DemonymMention, type DocStats } from './candidates';
import { KIND_NOUNS } from './kinds';
import { COMMON_WORDS } from './lexicon/common-words';
import { isOrdinaryWord } from './lexicon/english-words';
import {
  GENERIC_ACRONYMS,
  NEVER_NAMES,
  ORG_CUES,
  OTHER_CUES,
  PLACE_CUES,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  TIME_WORDS,
  TITLE_PARTS,
  TITLES,
} from './lexicon/cues';
import { DEMONYMS, OTHER_ADJECTIVES, PLACES, PLACE_LIKE_ORGANIZATIONS, STATE_ABBREVIATIONS } from './lexicon/gazetteer';
import { KNOWN_NAMES, PARTY_WORDS } from './lexicon/known-names';
import { contextScores, inCountryOrState, isFirstName } from './typing';
import type { Mention, Paragraph, Sentence, Token } from './types';

/** What cleaning a run of capitalised words needs to know. */
export interface RunContext {
  paragraph: Paragraph;
  sentence: Sentence;
  stats: DocStats;
  demonyms: DemonymMention[];
}

// Titles that only qualify another title ("Prime Minister", "Foreign Secretary"), never one on their own.
const TITLE_MODIFIERS = new Set([
  'First',
  'Vice',
  'Deputy',
  'Prime',
  'Foreign',
  'Defence',
  'Defense',
  'Interior',
  'Finance',
  'Health',
  'Home',
  'Attorney',
  'Solicitor',
  'Supreme',
  'Crown',
  'Former',
  'Late',
  'Chief',
  'Field',
  'Private',
  'St',
  'St.',
  'Saint',
  'Officer',
]);

// Degrees and name suffixes written after a name.
const DEGREES = /^(?:Ph\.?D\.?|M\.?D\.?|D\.?Phil\.?|MBA|M\.?Sc\.?|B\.?Sc\.?|Jr\.?|Sr\.?)$/;
const COMPONENT_WORDS = new Set(['GPU', 'GPUs', 'CPU', 'CPUs', 'RAM', 'SSD', 'HDD']);
const isCue = (w: string) => ORG_CUES.has(w) || OTHER_CUES.has(w) || PLACE_CUES.has(w);
const known = (name: string) => KNOWN_NAMES.has(name) || PLACES.has(name);

// Months that are first names too ("said Jun Tanaka", "Mar Ortega", "June Carter"), unless a date word before them
// makes them the month ("in June Smith was …").
const MONTH_NAMES = new Set(['Jan', 'Mar', 'Jun', 'June', 'April', 'August']);
const DATE_LEADS = /^(?:in|on|since|by|until|till|from|to|last|next|early|late|mid|this|each|every|during|of)$/i;

/** True if the month word at `i` opens a person's name: a capitalised name word follows inside the run. */
export function monthAsFirstName(toks: Token[], i: number, j: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!MONTH_NAMES.has(t.text) || i + 1 >= j || !next?.cap || !next.word) return false;
  if (TIME_WORDS.has(next.text) || NEVER_NAMES.has(next.text) || /^\d/.test(next.text)) return false;
  return !DATE_LEADS.test(toks[i - 1]?.text ?? '');
}

// "American University of Kabul": a demonym before an organisation's "X of Y" name is part of it.
function cueOfName(words: string[]): boolean {
  return words.some((w, k) => k > 0 && ORG_CUES.has(w) && words[k + 1] === 'of');
}

// "DL", "QB", "GK": two or three capital letters the lexicons know for no name.
function positionAbbreviation(w: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(w) && !known(w) && !GENERIC_ACRONYMS.has(w) && !isCue(w);
}

/** Decides whether a capitalised sentence opener is a name, using what the rest of the article shows. */
const STORM_OPENERS = /^(?:Hurricane|Typhoon|Cyclone|Storm|Operation)$/;
const IMPERATIVE_OPENERS = /^(?:See|Read|Watch|Visit|Follow|Join|Click|Subscribe|Download|Listen|Contact)$/;

function keepsInitial(word: string, nextIsName: boolean, stats: DocStats, next?: Token, after?: Token): boolean {
  if (PLACES.has(word) || KNOWN_NAMES.has(word) || PARTY_WORDS.has(word) || DEMONYMS.has(word) || TITLES.has(word))
    return true;
  if (NEVER_NAMES.has(word) || TIME_WORDS.has(word)) return false;
  // "Hurricane Tessa hit …": a storm's or an operation's first word is part of its name.
  if (nextIsName && STORM_OPENERS.test(word)) return true;
  // "(See Kestrel’s guide.)", "Read Velden’s review": an order to the reader, though "See" and "Read" are names too.
  if (IMPERATIVE_OPENERS.test(word)) return false;
  const lower = word.toLowerCase();
  // A first name before a surname opens a name even if the article also writes it in lower case ("Bruce").
  if (nextIsName && isFirstName(word)) return true;
  if (stats.surnames?.has(word)) return true;
  if (stats.lowerSeen.has(lower)) return false;
  if (stats.capMid.has(word)) return true;
  if (COMMON_WORDS.has(lower) || isOrdinaryWord(lower) || (!nextIsName && /(ly|ing|ed|s)$/.test(lower))) return false;
  // A lone opener that is no English word ("Kaitaia is…", "Nintendo will…") is a name; so is one set beside what
  // it is ("Nexa, a web browser, …").
  const described = next?.text === ',' && /^(?:a|an|the)$/.test(after?.text ?? '');
  return nextIsName || ((described || (!!next && !next.cap && next.word)) && word.length > 3 && !/['’]/.test(word));
}

// "New Zealand Herald" at a sentence start: the opener belongs to a name the lexicons know.
function opensKnownName(toks: Token[], i: number, j: number): boolean {
  let name = toks[i]!.text;
  for (let k = i + 1; k < Math.min(j, i + 4); k++) {
    name += ` ${toks[k]!.text}`;
    if (PLACES.has(name) || KNOWN_NAMES.has(name)) return true;
  }
  return false;
}

/** A run of capitalised tokens [i, j) of a sentence, once its edges are trimmed, and the titles found before it. */
interface Run {
  ctx: RunContext;
  toks: Token[];
  i: number;
  j: number;
  titles: string[];
  words: string[];
  n: number;
  full: string;
}

/** One reading of a run: the mentions it makes (none included), or undefined when it does not apply. */
type RunStep = (run: Run) => Mention[] | undefined;

/** Turns a run of capitalised tokens [a, b) into clean name mentions (none, one, or several after splitting). */
export function cleanRun(ctx: RunContext, a: number, b: number, titles: string[] = []): Mention[] {
  const span = trimmedRun(ctx, a, b);
  if (!span) return [];
  const [i, j] = span;
  const words = ctx.sentence.tokens.slice(i, j).map((t) => t.text);
  const run: Run = { ctx, toks: ctx.sentence.tokens, i, j, titles, words, n: words.length, full: words.join(' ') };
  for (const step of STEPS) {
    const found = step(run);
    if (found) return found;
  }
  return wholeRun(run);
}

/**
 * The run without the edges that are no part of a name: a sentence opener that is an ordinary word, words that are
 * never names or times, a part's kind after a product. Null when nothing that could be a name is left.
 */
function trimmedRun(ctx: RunContext, a: number, b: number): [number, number] | null {
  const toks = ctx.sentence.tokens;
  let i = a;
  let j = b;
  // "Quarterback Sam Vell threw …": a job opening the sentence before a first name is the person's title.
  const jobFirst = ROLE_NOUNS.has(toks[i]!.text.toLowerCase()) && j - i > 2 && isFirstName(toks[i + 1]!.text);
  if (
    toks[i]!.initial &&
    !jobFirst &&
    !opensKnownName(toks, i, j) &&
    !monthAsFirstName(toks, i, j) &&
    !keepsInitial(toks[i]!.text, j - i > 1, ctx.stats, toks[j], toks[j + 1])
  )
    i++;
  const edge = (t: Token) => NEVER_NAMES.has(t.text) || TIME_WORDS.has(t.text) || !t.cap;
  while (i < j && edge(toks[i]!) && !monthAsFirstName(toks, i, j)) i++;
  while (j > i && edge(toks[j - 1]!) && !(j - 1 > i && /^\d/.test(toks[j - 1]!.text))) j--;
  // A part's generic kind after a product ("the Zorbo Prime GPU") is not part of its name.
  while (j - 1 > i && COMPONENT_WORDS.has(toks[j - 1]!.text)) j--;
  if (i < j && toks.slice(i, j).every((t) => /^\p{Lu}\.$/u.test(t.text))) return null; // initials alone
  if (i < j && toks.slice(i, j).every((t) => GENERIC_ACRONYMS.has(t.text))) return null; // "TV", "USB"
  if (j - i === 1 && DEGREES.test(toks[i]!.text)) return null; // "Michael Shadlen, Ph.D., of …"
  if (j - i === 1 && /^\p{Lu}{2,}s$/u.test(toks[i]!.text)) return null; // plural of an acronym: "MPs", "CEOs"
  if (i < j && toks.slice(i, j).every((t) => ROLE_ACRONYMS.has(t.text))) return null; // a job: "CFO at Velden"
  return i < j ? [i, j] : null;
}

const ROYAL_TITLES = new Set(['King', 'Queen', 'Pope', 'Emperor', 'Empress', 'Tsar', 'Czar']);
/** A monarch's or pope's number after the name: "II", "XIV". */
export const REGNAL_NUMBER = /^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

// Titles: "Maj Gen Qassim Soleimani", "House Speaker Mike Johnson". The title is split off the person's name and
// kept for the card with the words before it ("Homeland Security Secretary", "French President").
const titledName: RunStep = ({ ctx, i, j, words, n, full }) => {
  if (known(full) || isCue(words[n - 1]!)) return undefined;
  // A qualifying title right before a first name is the title itself ("BART Police Chief Ed Alvarez"); so is a
  // role "of" something ("Deputy Director of Public Prosecution Eva-Marie Persson").
  const titleAt = (k: number) =>
    (isTitleWord(words[k]!) && (!TITLE_MODIFIERS.has(words[k]!) || isFirstName(words[k + 1]!))) ||
    (ROLE_NOUNS.has(words[k]!.toLowerCase()) && (words[k + 1] === 'of' || words[k + 1] === 'for'));
  let core = -1;
  for (let k = 0; k < n - 1; k++) if (titleAt(k)) core = k;
  let start = core;
  // "Secretary of State Antony Blinken": the title runs on to the first name.
  // With no person after it, "Inspector-General of Intelligence and Security" is the name of an office.
  if (core >= 0 && (words[core + 1] === 'of' || words[core + 1] === 'for')) {
    const firstName = words.findIndex((w, k) => k > core + 2 && isFirstName(w));
    core = firstName > 0 ? firstName - 1 : -1;
  }
  if (core < 0 || words.slice(core + 1).some((w) => isTitleWord(w))) return undefined;
  while (start > 0 && (isTitleWord(words[start - 1]!) || TITLE_PARTS.has(words[start - 1]!))) start--;
  const before = start > 0 ? cleanRun(ctx, i, i + start) : [];
  const described = words.slice(0, core + 1).filter((w) => !NEVER_NAMES.has(w));
  // "Queen Elspeth II", "Pope Leo XIV": a monarch's title and number are the name the world knows them by.
  if (ROYAL_TITLES.has(words[core]!) && core === n - 3 && REGNAL_NUMBER.test(words[n - 1]!))
    return [...before, mention(ctx, i + core, j, described)];
  return [...before, ...cleanRun(ctx, i + core + 1, j, described)];
};

// "Michael Roed, the Chairman of Velden Investment Group": a role of a body named in two words or more is the role and
// the body, where "Inspector-General of Intelligence and Security" or "Secretary of the Treasury" is an office's name.
const roleOfBody: RunStep = ({ ctx, toks, i, j, words, n }) => {
  const lead = toks[i - 1]?.text.toLowerCase() ?? '';
  const role = isTitleWord(words[0]!) || ROLE_NOUNS.has(words[0]!.toLowerCase());
  if (!role || (words[1] !== 'of' && words[1] !== 'for') || !/^(?:the|an?|,)$/.test(lead)) return undefined;
  const from = words[2] === 'the' ? 3 : 2;
  if (n - from < 2 || !ORG_CUES.has(words[n - 1]!)) return undefined;
  return cleanRun(ctx, i + from, j);
};

// A lone title, or "the Prime Minister’s adviser": a title of several words with no name is nobody in particular.
const titleAlone: RunStep = ({ words, n, full }) =>
  (n === 1 && isTitleWord(full) && !KNOWN_NAMES.has(full)) ||
  (n > 1 && words.every((w) => TITLES.has(w)) && !known(full))
    ? []
    : undefined;

// A capitalised job or position before a first name is a title too: "Aerospace Writer Marcia Dunn".
const jobBeforeName: RunStep = ({ ctx, i, j, words, n }) => {
  const job = words.findIndex((w, k) => k < n - 1 && ROLE_NOUNS.has(w.toLowerCase()) && isFirstName(words[k + 1]!));
  if (job >= 0 && !words.some(isCue)) return cleanRun(ctx, i + job + 1, j, words.slice(0, job + 1));
  // "Arden Sports League Analyst Ines Moreau": the body before the job is a name of its own.
  if (job > 0 && isCue(words[job - 1]!) && !words.slice(job + 1).some(isCue))
    return [...cleanRun(ctx, i, i + job), ...cleanRun(ctx, i + job + 1, j, words.slice(0, job + 1))];
  // A short capitalised abbreviation of a position between a body and a full name ("Harbour FC GK Ada Brook"): the
  // body, then the person with the position for a title.
  const post = words.findIndex((w, k) => k > 0 && k < n - 2 && positionAbbreviation(w) && isFirstName(words[k + 1]!));
  if (post > 0 && !words.slice(post + 1).some(isCue))
    return [...cleanRun(ctx, i, i + post), ...cleanRun(ctx, i + post + 1, j, words.slice(post, post + 1))];
  return undefined;
};

// "Former National Security Council official": the qualifier is no part of the name.
const former: RunStep = ({ ctx, i, j, titles, words, n }) =>
  n > 1 && words[0] === 'Former' ? cleanRun(ctx, i + 1, j, titles) : undefined;

// Demonyms and adjectives of peoples are not names, but they say a place is spoken of; in front of a name they are
// dropped.
const peoples: RunStep = ({ ctx, toks, i, j, titles, words, n, full }) => {
  const at = { para: ctx.paragraph.index, start: toks[i]!.start, end: toks[j - 1]!.end };
  const demonym = DEMONYMS.get(full);
  if (demonym) {
    ctx.demonyms.push({ place: demonym, ...at });
    return [];
  }
  if (n === 1 && OTHER_ADJECTIVES.has(full)) return [];
  // "New Yorkers", "Londoners": the people of a known place.
  const people = /^(.+?)(?:ers|ites|ians)$/.exec(full);
  if (people && PLACES.has(people[1]!)) {
    ctx.demonyms.push({ place: PLACES.get(people[1]!)!, ...at });
    return [];
  }
  if (
    n > 1 &&
    (DEMONYMS.has(words[0]!) || OTHER_ADJECTIVES.has(words[0]!)) &&
    !known(full) &&
    !isCue(words[n - 1]!) &&
    !cueOfName(words)
  )
    return cleanRun(ctx, i, i + 1).concat(cleanRun(ctx, i + 1, j, titles));
  return undefined;
};

// Party words split off: "Virginia Democrat", "House Republicans".
const partyWords: RunStep = ({ ctx, i, j, titles, words, n, full }) => {
  const party = PARTY_WORDS.get(full);
  if (party) return [mention(ctx, i, j, titles, { name: party, type: 'organization' })];
  const partyAt = words.findIndex((w) => PARTY_WORDS.has(w));
  if (partyAt < 0 || isCue(words[n - 1]!)) return undefined;
  return [
    ...(partyAt > 0 ? cleanRun(ctx, i, i + partyAt) : []),
    mention(ctx, i + partyAt, i + partyAt + 1, [], { name: PARTY_WORDS.get(words[partyAt]!)!, type: 'organization' }),
    ...(partyAt + 1 < n ? cleanRun(ctx, i + partyAt + 1, j) : []),
  ];
};

// "House" alone is the House of Representatives only in an article naming no house of its own, and not right
// after a capitalised word or a quotation mark ("the State House", 'the "Green House"').
const otherHouse: RunStep = ({ ctx, toks, i, full }) => {
  if (full !== 'House') return undefined;
  const before = ctx.paragraph.text.slice(Math.max(0, toks[i]!.start - 30), toks[i]!.start);
  const word = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(before)?.[1];
  return ctx.stats.otherHouse || /["“‘']$/.test(before) || (word && !NEVER_NAMES.has(word)) ? [] : undefined;
};

// Known names and places.
const knownName: RunStep = ({ ctx, toks, i, j, titles, full }) => {
  const entry = KNOWN_NAMES.get(full);
  if (entry) return [mention(ctx, i, j, titles, { name: entry.name, type: entry.type })];
  // "HAYWARD, Calif.": a state's abbreviation right after a city and its comma.
  const state = STATE_ABBREVIATIONS.get(full);
  const afterCity = (k: number) => /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(ctx.paragraph.text.slice(Math.max(0, k - 40), k));
  const place = PLACES.get(full) ?? (state && afterCity(toks[i]!.start) ? state : undefined);
  if (!place) return undefined;
  const type = PLACE_LIKE_ORGANIZATIONS.has(place) || ctx.stats.actingSeats?.has(place) ? 'organization' : 'place';
  return [mention(ctx, i, j, titles, { name: place, type })];
};

// A place in front of a name: "New Zealand Department of Conservation", "US Congress", "Virginia Beach".
const placeInFront: RunStep = ({ ctx, i, j, titles, words, n }) => {
  for (let L = Math.min(3, n - 1); L >= 1; L--) {
    const prefix = words.slice(0, L).join(' ');
    if (!PLACES.has(prefix)) continue;
    const rest = words.slice(L);
    const restName = rest.join(' ');
    const restKnown = KNOWN_NAMES.get(restName);
    // "Pacific Gas & Electric": a firm of partners or trades named with "&" after a place.
    if (rest.includes('&')) {
      const firm = mention(ctx, i, j, titles);
      firm.scores.organization += 5;
      return [firm];
    }
    if (rest.some((w) => ORG_CUES.has(w)) || restKnown?.type === 'organization') {
      const m = mention(ctx, i, j, titles);
      const written = ctx.paragraph.text.slice(ctx.sentence.tokens[i + L]!.start, ctx.sentence.tokens[j - 1]!.end);
      if (rest.length >= 2 || restKnown) m.shortForm = restKnown?.name ?? written;
      return [m];
    }
    if (isCue(rest[rest.length - 1]!) || (L === 1 && rest.length === 1 && isFirstName(words[0]!))) break;
    if (masthead(rest)) {
      const paper = mention(ctx, i, j, titles);
      paper.scores.organization += 5;
      return [paper];
    }
    if (teamName(ctx, rest)) {
      const team = mention(ctx, i, j, titles);
      team.scores.organization += 5;
      team.shortForm = rest.filter((w) => !PLACE_CUES.has(w)).join(' ');
      return [team];
    }
    return cleanRun(ctx, i, i + L).concat(cleanRun(ctx, i + L, j, titles));
  }
  return undefined;
};

// "Sacramento Bee", "Fort Worth Star-Telegram", "Albany Times Union": a newspaper named for its city.
const MASTHEAD_WORDS = new Set(
  `Times Tribune Journal Herald Post Register Star Sentinel Gazette Chronicle Union Leader Telegram Telegraph News
  Press Courier Observer Examiner Inquirer Dispatch Globe Bee Standard Record Review Mercury Statesman Enquirer
  Argus Dealer Advocate Eagle Independent Mirror Express Sun Democrat-Gazette Star-Tribune Star-Telegram`.split(/\s+/),
);
function masthead(rest: string[]): boolean {
  const last = rest[rest.length - 1]!;
  return rest.length <= 3 && (MASTHEAD_WORDS.has(last) || last.split('-').every((w) => MASTHEAD_WORDS.has(w)));
}

// "Detroit Lions", "Kansas City Chiefs", "Boston Red Sox": a place, then a plural nickname, is a team named for it.
// A title-case headline capitalises plurals of every kind, so it is left alone.
function teamName(ctx: RunContext, rest: string[]): boolean {
  if (ctx.sentence.titleCase || ctx.paragraph.titleCase || rest.length > 2) return false;
  const last = rest[rest.length - 1]!;
  return /^\p{Lu}\p{Ll}+[^s’'\s]s$/u.test(last) && !known(last) && !PARTY_WORDS.has(last) && !DEMONYMS.has(last);
}

// "Safe Streets" written twice in ordinary prose: a name even without "the", where one capitalised run of ordinary
// words ("Soon Exceed Cost", "Loved Me Like") is more often a title or a heading.
const FUNCTION_WORDS =
  /^(?:i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|is|are|was|were|be|been|am|do|does|did|has|have|had|will|would|can|could|should|may|might|must|not|no|to|of|in|on|at|by|for|with|from|into|onto|over|under|about|against|like|as|than|then|so|and|or|but|if|when|where|why|how|what|who|which|that|this|these|those|all|every|each|soon|just|only|very|more|most)$/;
function namedAgain(ctx: RunContext, words: string[]): boolean {
  if (words.some((w) => FUNCTION_WORDS.test(w.toLowerCase()))) return false;
  const text = ctx.stats.text ?? '';
  const full = words.join(' ');
  const first = text.indexOf(full);
  return first >= 0 && text.indexOf(full, first + full.length) >= 0;
}

// "Orbix’s Drift Runner": capitals right after a name's possessive name something of it, a product or a work.
function ownedByName(toks: Token[], i: number): boolean {
  const owner = toks[i - 1];
  return !!owner?.possessive && owner.cap && !NEVER_NAMES.has(owner.text);
}

// Capitals that make no name: adjectives made from names, ordinary words, title-case prose.
const ordinaryWords: RunStep = ({ ctx, toks, i, j, titles, words, n }) => {
  if (n === 1) {
    const w = words[0]!;
    // Adjectives made from names: "Orwellian", "Keynesian".
    if (/(ian|ean|esque)$/.test(w) && toks[j]?.word && !toks[j]!.cap && !isFirstName(w)) return [];
    // A lone capitalised word the article also writes in lower case ("Kauri" beside "kauri trees") is no name.
    const lower = w.toLowerCase();
    const ordinary = COMMON_WORDS.has(lower) || ctx.stats.lowerSeen.has(lower);
    // "Brisk, Ore.", "Paradise, Calif.": an ordinary word followed by its state or country is a place's name.
    const placed = toks[j]?.text === ',' && inCountryOrState(toks, j + 1);
    return w.length < 2 || (ordinary && !placed && !titles.length && !ctx.stats.surnames?.has(w)) ? [] : undefined;
  }
  if (words.some(isCue) || isFirstName(words[0]!)) return undefined;
  // In ordinary prose after "the", capitals on ordinary words make a name ("the International Space Station").
  // So do they after a kind of work or body ("the journal Current Biology").
  const proseCaps =
    toks[i]!.initial ||
    ctx.sentence.titleCase ||
    ctx.paragraph.titleCase ||
    (toks[i - 1]?.text !== 'the' &&
      !KIND_NOUNS.has(toks[i - 1]?.text ?? '') &&
      !ownedByName(toks, i) &&
      !namedAgain(ctx, words));
  // Title-case prose ("Soon Exceed Cost"), not a name.
  const allOrdinary = words.every((w) => (COMMON_WORDS.has(w.toLowerCase()) || w.length < 2) && !/\d/.test(w));
  return proseCaps && allOrdinary ? [] : undefined;
};

const STEPS: RunStep[] = [
  roleOfBody,
  titledName,
  titleAlone,
  jobBeforeName,
  former,
  peoples,
  partyWords,
  otherHouse,
  knownName,
  placeInFront,
  ordinaryWords,
];

// A middle initial ("George W. Bush") is followed by the surname, however ordinary a word it is.
const INITIAL = /^(?:\p{Lu}\.)+$/u;
// Words after a name that are no noun it could modify: "Delia Marsh in Lorne" keeps "Marsh".
const NOT_A_NOUN = /^(?:in|at|on|of|for|to|from|with|by|and|or|but|is|was|has|had|who|which|that|will|would)$/;

/** The run as one name, with a military unit's lower-case head, without an ordinary word closing a full name. */
function wholeRun({ ctx, toks, i, j, titles, words, n }: Run): Mention[] {
  // Military units keep their lower-case head: "the Quds force".
  if (/^forces?$/.test(toks[j]?.text ?? '') && !toks[j - 1]!.possessive) j++;
  // A full name does not swallow an ordinary word modifying the noun after it: "a Delia Marsh Bronze plaque".
  const last = words[n - 1]!;
  if (
    n >= 3 &&
    isFirstName(words[0]!) &&
    !words.some(isCue) &&
    COMMON_WORDS.has(last.toLowerCase()) &&
    !isFirstName(last) &&
    !INITIAL.test(words[n - 2]!) &&
    toks[j]?.word &&
    !toks[j]!.cap &&
    !NOT_A_NOUN.test(toks[j]!.text)
  )
    return [mention(ctx, i, j - 1, titles)];
  return [mention(ctx, i, j, titles)];
}

function mention(ctx: RunContext, i: number, j: number, titles: string[], canonical?: Mention['canonical']): Mention {
  const toks = ctx.sentence.tokens;
  const name = ctx.paragraph.text.slice(toks[i]!.start, toks[j - 1]!.end).replace(/\s+/g, ' ');
  const words = toks.slice(i, j).map((t) => t.text);
  const next = toks[j];
  const m: Mention = {
    name,
    words,
    para: ctx.paragraph.index,
    sent: ctx.sentence.index,
    start: toks[i]!.start,
    end: toks[j - 1]!.end,
    first: i,
    last: j,
    titles,
    scores: contextScores(words, toks, i, j, titles.length > 0),
    canonical,
    weak: ctx.paragraph.titleCase || ctx.sentence.titleCase,
    modifier: false,
    cluster: -1,
  };
  if (next && next.word && !next.cap) m.nextLower = next.text;
  m.modifier =
    m.scores.person > 0 &&
    !toks[j - 1]!.possessive &&
    !!m.nextLower &&
    /^(administration|campaign|era|government|presidency|camp|team|aides|allies|supporters|years|doctrine|cabinet|interview)$/.test(
      m.nextLower,
    );
  return m;
}
