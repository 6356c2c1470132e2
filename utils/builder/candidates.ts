import { COMMON_WORDS } from './lexicon/common-words';
import { isOrdinaryWord, wordTags } from './lexicon/english-words';
import {
  COLLECTIVE_POSSESSORS,
  CONNECTABLE_HEADS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_CUES,
  ORG_HEAD_NOUNS,
  OTHER_CUES,
  OTHER_HEADS,
  OWNED_PLACES,
  PLACE_CUES,
  PLACE_HEAD_NOUNS,
  ROLE_NOUNS,
  TIME_WORDS,
  TITLES,
  WORD_PREFIXES,
} from './lexicon/cues';
import { DEMONYMS, OTHER_ADJECTIVES, PLACES } from './lexicon/gazetteer';
import { KNOWN_NAMES } from './lexicon/known-names';
import { trimCredits } from './credits';
import { isCallingWord, kindOf, WORK_KINDS } from './kinds';
import { isFirstName } from './typing';
import { cleanRun, type RunContext } from './run-cleaning';
import type { Mention, Paragraph, Sentence, Token } from './types';

/** Where a demonym ("Iranians") occurs: not an entity, but it tells what a quote is about. */
export interface DemonymMention {
  place: string;
  para: number;
  start: number;
  end: number;
}

/** Words seen in the article: lower-case forms anywhere, capitalised forms away from sentence starts. */
export interface DocStats {
  lowerSeen: Set<string>;
  capMid: Set<string>;
  /** Surnames the article writes after a first name ("Fiona Hill"): "Hill" alone is then that person, not a hill. */
  surnames?: Set<string>;
  /** The article names a house of its own ("the State House", "the Blue House"): "House" alone may be that one. */
  otherHouse?: boolean;
  /** Names of seats of government the article writes as bodies that act or speak ("the White House said"). */
  actingSeats?: Set<string>;
  /** The article's paragraphs, one to a line. */
  text?: string;
}

// A house named by a capitalised word other than the White House or a sentence opener ("State House", "Blue House").
const OTHER_HOUSE = /(?:^|[^\p{L}])(?!White\s|The\s|This\s|That\s|A\s)\p{Lu}[\p{L}’'-]*["”’']?\s+House\b/u;

// A seat of government as the body in it: it says or does something, has staff, or is a source ("the White House
// said", "White House press secretary", "according to the White House"); "at the White House" is the building.
const SEATS = ['White House', 'Downing Street'];
const ACTING_SEAT = new RegExp(
  `(?:according to (?:the )?|the (?=(?:${SEATS.join('|')})[’']s\\s))(?:${SEATS.join('|')})|(?:${SEATS.join('|')})(?:[’']s)?\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:(?:has|had|have|also|then|later|again|quickly|has\\s+\\w+|was)\\s+)?(?:said|says|called|calls|told|tells|announced|denied|insisted|released|confirmed|declined|stated|dismissed|responded|argued|issued|counsel|officials?|aides?|spokes(?:man|woman|person)|press|adviser|advisers|chief|lawyers?|staff|budget|communications)\\b`,
  'u',
);

// Words after which "of", "for" or "on" may continue a name ("Bank of England", "Secretary of State").
const CONNECTABLE = new Set([...ORG_CUES, ...PLACE_CUES, ...OTHER_CUES, ...CONNECTABLE_HEADS]);

// "New Zealand-based", "Iran-backed": adjectives made from names.
const ADJECTIVE_TAILS =
  /-(related|based|born|bred|led|backed|style|era|owned|made|funded|linked|affiliated|aligned|controlled|speaking|friendly|bound|wide|focused|inspired|like|only|specific|free)$/;

/** Collects the lower-case and mid-sentence capitalised words of an article. */
export function docStats(paragraphs: Paragraph[]): DocStats {
  const stats: DocStats = { lowerSeen: new Set(), capMid: new Set(), surnames: new Set() };
  stats.text = paragraphs.map((p) => p.text).join('\n');
  stats.otherHouse = paragraphs.some((p) => OTHER_HOUSE.test(p.text));
  stats.actingSeats = new Set(
    SEATS.filter((seat) => paragraphs.some((p) => p.text.includes(seat) && actsIn(p.text, seat))),
  );
  for (const p of paragraphs) {
    if (p.titleCase) continue;
    for (const s of p.sentences)
      for (const t of s.titleCase ? [] : s.tokens) {
        if (!t.word) continue;
        if (!t.cap) stats.lowerSeen.add(t.text.toLowerCase());
        else if (!t.initial) stats.capMid.add(t.text);
      }
    for (const s of p.sentences) addSurnames(s.tokens, stats.surnames!);
  }
  return stats;
}

function actsIn(text: string, seat: string): boolean {
  for (const m of text.matchAll(new RegExp(ACTING_SEAT.source, 'gu'))) if (m[0].includes(seat)) return true;
  return false;
}

// The last word of a two- or three-word name opened by a first name ("Fiona Hill", "Kevin A. King"), a title perhaps
// before it ("Gov. Ada Brook": "Brook" alone later is her, not a stream).
function addSurnames(tokens: Token[], into: Set<string>): void {
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (!t.cap || t.possessive || !isFirstName(t.text) || (prev?.cap && !isTitleWord(prev.text))) return;
    let k = i + 1;
    if (/^\p{Lu}\.$/u.test(tokens[k]?.text ?? '')) k++;
    const last = tokens[k];
    if (last?.word && last.cap && !tokens[k + 1]?.cap && /^\p{Lu}\p{Ll}+$/u.test(last.text)) into.add(last.text);
  });
}

// A pronoun or verb run into a shortened word: "We’re", "They’ll", "Don’t".
const CONTRACTION = /(?:['’](?:re|ve|ll|d|m)|n['’]t)$/iu;

// Names with numbers: "COP28", "G20".
const NUMBERED_NAME = /^\p{Lu}{2,}\d{1,4}$|^G\d{1,2}$/u;

/** A capitalised word that can be part of a name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.word || !t.cap || (/\d/.test(t.text) && !NUMBERED_NAME.test(t.text))) return false;
  if (/^[RDI]-\p{Lu}/u.test(t.text)) return false; // party and state: "R-Okla."
  if (CONTRACTION.test(t.text)) return false; // "We’re", "Don’t": a slogan's words, never a name's
  if (t.text.includes('-')) {
    const parts = t.text.split('-');
    if ((!/^\p{Lu}/u.test(parts[0]!) && !NAME_PARTICLES.has(parts[0]!)) || ADJECTIVE_TAILS.test(t.text)) return false;
    if (DEMONYMS.has(parts[0]!) || OTHER_ADJECTIVES.has(parts[0]!)) return false;
    // "HIGH-powered", "Bay-area": a compound adjective, not a name; "Hau-yip", "Jae-in": a given name.
    const tail = parts[parts.length - 1]!;
    if (/^\p{Ll}+$/u.test(tail) && !NAME_PARTICLES.has(parts[0]!.toLowerCase()) && !syllabicGivenName(parts))
      return false;
  }
  return true;
}

// A given name of two syllables joined by a hyphen ("Hau-yip", "Jae-in"): short parts, neither an English word nor a
// prefix ("Anti-war", "Bay-area" are not names).
function syllabicGivenName(parts: string[]): boolean {
  if (parts.length !== 2) return false;
  const [head, tail] = [parts[0]!, parts[1]!];
  const english = (w: string) => isOrdinaryWord(w) || COMMON_WORDS.has(w) || WORD_PREFIXES.has(w);
  if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(head) || !/^\p{Ll}{2,4}$/u.test(tail)) return false;
  return !english(head.toLowerCase()) && (tail.length <= 2 || !english(tail));
}

// A model number or sequel number after a name: "Xbox 360", "Halo 3", "Progress MS-04", "Boeing 737".
const MODEL_NUMBER = /^(?:\p{Lu}{1,3}-?)?\d{1,4}(?:\p{Lu}{1,2})?$/u;
/** A release's number after a program's name: "3.5", "15.04", "4.0-rc5". */
export const VERSION_NUMBER = /^\d{1,4}(?:\.\d{1,3}){1,3}(?:-?[a-z]{1,5}\d{0,3})?$/;
// Words after a number that make it a quantity, not part of a name ("Apple 3 billion", "Senate 51 to 49").
const QUANTITY_AFTER = new Set(
  'million billion trillion thousand hundred percent per cent % years year months month weeks week days day hours minutes seconds times people points seats votes members miles kilometres kilometers km feet metres meters pounds dollars euros acres to per - – —'.split(
    ' ',
  ),
);

// Numbered parts of a page or document ("Page A1", "Figure 2") are not names.
const PAGE_FURNITURE = new Set(['Page', 'Pages', 'Figure', 'Fig', 'Table', 'Photo', 'Slide', 'Image', 'Step', 'No']);

/** True if tokens[k] is a number that continues the name before it rather than counting something. */
export function continuesWithNumber(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || !before || !t.word || before.possessive) return false;
  if (!MODEL_NUMBER.test(t.text) && !VERSION_NUMBER.test(t.text)) return false;
  if (TIME_WORDS.has(before.text) || PAGE_FURNITURE.has(before.text) || /^(?:1[89]|20)\d\d$/.test(t.text)) return false; // dates and years
  const next = tokens[k + 1];
  if (next && QUANTITY_AFTER.has(next.text)) return false;
  if (next?.text === ',' && /^\d{3}$/.test(tokens[k + 2]?.text ?? '')) return false; // "3,000"
  return true;
}

function connectorAllowed(tokens: Token[], left: Token, from: number, to: number, runStart: number): boolean {
  const conns = tokens.slice(from, to).map((t) => t.text);
  if (conns.includes('&')) return true;
  let end = to;
  while (isNameWord(tokens[end + 1]) && !tokens[end]!.possessive) end++;
  const rightHead = tokens[end]!.text;
  if (conns.includes('and')) {
    if (conns.length !== 1) return false;
    const joined = `${left.text} and ${tokens[to]!.text}`;
    // "Orbix Networks and Kestrel Labs", "the Arden Institute and the Lorne Institute of Technology": a body named
    // in full on each side is two bodies.
    const start = /^the$/i.test(tokens[runStart]!.text) ? runStart + 1 : runStart;
    const whole = (a: number, b: number) =>
      b - a >= 2 && !ORG_CUES.has(tokens[a]!.text) && tokens.slice(a, b).every((t) => isNameWord(t));
    if (ORG_CUES.has(left.text) && whole(start, from) && whole(to, to + 2)) return false;
    // "Kestrel, Orbix and Velden Systems": after a comma, "and" closes a list of names.
    const inOf = tokens.slice(runStart, from).some((t) => t.text === 'of' || t.text === 'on' || t.text === 'for');
    if (tokens[runStart - 1]?.text === ',' && !inOf) return false;
    if (ORG_CUES.has(rightHead) || OTHER_CUES.has(rightHead) || PLACES.has(joined)) return true;
    // "Department of Design and Construction", "Center on Housing and Inequality", "Department of Energy and
    // Climate Change": ordinary or abstract words joined inside the "of" part of a name (not "… of England and
    // France", "… of Chicago and Harvard").
    const right = tokens.slice(to, end + 1);
    // "… of Commerce and Friends of the River": a right part going on with "of" opens a name of its own.
    const opensName = tokens[end + 1]?.text === 'of';
    // "Customs and Border Protection", "Immigration and Customs Enforcement": an agency named by what it does.
    if (!inOf && from - start === 1 && dutyName(left, right)) return true;
    return (
      inOf &&
      !opensName &&
      right.length <= 2 &&
      abstractWord(left) &&
      right.every(abstractWord) &&
      !tokens[end]!.possessive &&
      !right.some((t) => PLACES.has(t.text) || isFirstName(t.text))
    );
  }
  // "Bill de Blasio": a particle after a first name, even one that is also a cue word.
  if (conns.every((c) => NAME_PARTICLES.has(c))) return !CONNECTABLE.has(left.text) || isFirstName(left.text);
  const [c0, c1] = conns;
  if (c0 !== 'of' && c0 !== 'for' && c0 !== 'on') return false;
  if (c0 === 'on' && namedOnItsOwn(tokens, to, end)) return false;
  // "Chicago Century of Progress Exposition": the name's head comes after "of".
  // "Ada Brook of Valeport University" is a person and where she works, not one name.
  const headAfter =
    c0 === 'of' &&
    c1 === undefined &&
    (OTHER_CUES.has(rightHead) || ORG_CUES.has(rightHead)) &&
    !personBefore(tokens, runStart, from);
  if (!CONNECTABLE.has(left.text) && !isTitleWord(left.text) && !headAfter) return false;
  return c1 === undefined || c1 === 'the' || (c0 === 'for' && (c1 === 'a' || c1 === 'an'));
}

// "The Crown on Kestrelflix", "the committee on Ada Brook": a person or a known body after "on" is what the name
// is shown on or is about, no part of it.
function namedOnItsOwn(tokens: Token[], from: number, end: number): boolean {
  const right = tokens.slice(from, end + 1).map((t) => t.text);
  if (right.length >= 2 && isFirstName(right[0]!) && !right.some((w) => CONNECTABLE.has(w))) return true;
  const known = KNOWN_NAMES.get(right.join(' '));
  return known?.type === 'organization' || known?.type === 'person';
}

// A first name and one or two more capitalised words, none of them a cue: a person's name.
function personBefore(tokens: Token[], start: number, end: number): boolean {
  const all = tokens.slice(start, end).map((t) => t.text);
  // "Professor Ada Lund of …", "Analyst Tomas Berg of …": a title or a role before the person.
  const role = (w: string) => isTitleWord(w) || isCallingWord(w) || ROLE_NOUNS.has(w.toLowerCase());
  const words = all.length > 2 && role(all[0]!) ? all.slice(1) : all;
  return words.length >= 2 && words.length <= 3 && isFirstName(words[0]!) && !words.some((w) => CONNECTABLE.has(w));
}

// One ordinary word, "and", then one or two ending in an abstract noun of duty: none a name of its own.
function dutyName(left: Token, right: Token[]): boolean {
  const plain = (t: Token) =>
    !t.possessive && !PLACES.has(t.text) && !isFirstName(t.text) && !KNOWN_NAMES.has(t.text) && abstractWord(t);
  const head = right[right.length - 1]!.text;
  return right.length <= 2 && [left, ...right].every(plain) && /(?:ion|ment|ity)$/.test(head);
}

// An ordinary word, or one with the ending of an abstract noun ("Inequality", "Resilience").
function abstractWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return COMMON_WORDS.has(w) || isOrdinaryWord(w) || /(?:ity|ion|ment|ness|ism|ics|ance|ence|ogy)$/.test(w);
}

/** A title, or a hyphenated one ("Attorney-General", "Inspector-General"). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word) || (word.includes('-') && word.split('-').every((p) => TITLES.has(p)));
}

// "World’s Fair", "Valentine’s Day": a possessive inside the name of an event or prize; "People’s Liberation Army":
// a collective noun's possessive carries on into the name after it.
function possessiveInName(tokens: Token[], next: number, text?: string): boolean {
  const t = tokens[next];
  if (!t || !isNameWord(t)) return false;
  if (COLLECTIVE_POSSESSORS.has(tokens[next - 1]!.text)) return true;
  if (text !== undefined && ownerInTitle(tokens[next - 1]!, isNameWord(tokens[next - 2]), text)) return true;
  // "Lou’s Market", "St. Mary’s Hospital": a shop or an institution named for its owner or saint.
  if (OWNED_PLACES.has(t.text) && !isNameWord(tokens[next + 1]) && !tokens[next - 2]?.possessive) return true;
  // "the County Sheriff’s Office", "the District Attorney’s Office": an officer's office is a body.
  if (/^(?:Office|Department)$/.test(t.text) && OFFICERS.has(tokens[next - 1]!.text.replace(/['’]s?$/, '')))
    return true;
  return OTHER_CUES.has(t.text) && !isNameWord(tokens[next + 1]);
}

const OFFICERS = new Set(
  'Sheriff Attorney Attorneys Governor Mayor Prosecutor Coroner Examiner Marshal Marshals Comptroller Controller Auditor Treasurer Clerk Assessor Commissioner'.split(
    ' ',
  ),
);

// "Assassin’s Creed Origins", "Super Lucky’s Tale": an ordinary word's possessive inside a title, where the article
// never names that word on its own (as it names Apple in "Apple’s Vision Pro").
function ownerInTitle(owner: Token, inRun: boolean, text: string): boolean {
  const w = owner.text;
  const lower = w.toLowerCase();
  const ordinary = isOrdinaryWord(lower) || (COMMON_WORDS.has(lower) && !/Name/.test(wordTags(lower)));
  if (owner.initial || !/^\p{Lu}\p{Ll}+$/u.test(w) || !ordinary) return false;
  // "Super Lucky’s Tale": a first name is an ordinary word after another word of the title.
  if ((isFirstName(w) && !inRun) || TITLES.has(w) || ORG_CUES.has(w) || PLACE_CUES.has(w) || OTHER_CUES.has(w))
    return false;
  if (PLACES.has(w) || DEMONYMS.has(w) || KNOWN_NAMES.has(w)) return false;
  return !namedAlone(w, text);
}

// Whether the article writes a word on its own, not as a possessive; remembered for the article being read.
let alone: { text: string; words: Map<string, boolean> } = { text: '', words: new Map() };
function namedAlone(word: string, text: string): boolean {
  if (alone.text !== text) alone = { text, words: new Map() };
  let found = alone.words.get(word);
  if (found === undefined) {
    found = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}’'])`, 'u').test(text);
    alone.words.set(word, found);
  }
  return found;
}

// A market code in a wire story: ".DJI", ".SPX" (a dot stuck to it), "EUR=", "XAU=" (an equals sign stuck after it).
function tickerAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[\p{Lu}\d]{2,6}$/u.test(t.text)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before?.text === '.' && before.end === t.start) || (after?.text === '=' && after.start === t.end);
}

/**
 * Finds runs of capitalised words (with the connectors names allow) in a sentence: token index ranges. With the
 * article's text, a possessive inside a title carries the run on.
 */
export function findRuns(tokens: Token[], text?: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]) || tickerAt(tokens, i)) {
      i++;
      continue;
    }
    let k = i + 1;
    if (!tokens[i]!.possessive || possessiveInName(tokens, k, text))
      while (k < tokens.length) {
        const t = tokens[k]!;
        if ((isNameWord(t) && !tickerAt(tokens, k)) || continuesWithNumber(tokens, k)) {
          k++;
          if (t.possessive && !possessiveInName(tokens, k, text)) break;
          continue;
        }
        let j = k;
        while (
          j < tokens.length &&
          j - k < 2 &&
          tokens[j]!.word &&
          !tokens[j]!.cap &&
          NAME_CONNECTORS.has(tokens[j]!.text)
        )
          j++;
        if (t.text === '&') j = k + 1;
        if (j > k && isNameWord(tokens[j]) && connectorAllowed(tokens, tokens[k - 1]!, k, j, i)) {
          k = j + 1;
          if (tokens[j]!.possessive) break;
          continue;
        }
        break;
      }
    runs.push([i, k]);
    i = k;
  }
  return runs;
}

/** Finds the name mentions of one sentence. */
export function sentenceMentions(p: Paragraph, s: Sentence, stats: DocStats, demonyms: DemonymMention[]): Mention[] {
  const tokens = s.tokens;
  const ctx: RunContext = { paragraph: p, sentence: s, stats, demonyms };
  const mentions: Mention[] = [];
  const opensParagraph = p.sentences[0] === s;
  for (const [a, b, work] of workTitles(tokens, trimCredits(tokens, findRuns(tokens, stats.text), opensParagraph))) {
    if (!work) {
      mentions.push(...withHeadNoun(p, s, a, b, cleanRun(ctx, a, b)));
      continue;
    }
    const title = simpleMention(p, s, a, b);
    title.scores.other += 5;
    mentions.push(title);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Known names written without capitals ("9/11", "al-Qaida").
    if (t.word && !t.cap && KNOWN_NAMES.has(t.text)) {
      const known = KNOWN_NAMES.get(t.text)!;
      mentions.push(simpleMention(p, s, i, i + 1, { name: known.name, type: known.type }));
    }
  }
  mentions.push(...namedAgreements(p, s, mentions), ...hyphenedNames(p, s));
  const titles = quotedTitles(p, s);
  const outside = mentions.filter((m) => !titles.some((t) => m.first >= t.first && m.last <= t.last));
  return [...outside, ...titles].sort((x, y) => x.first - y.first);
}

const OPEN_MARKS = new Set(['“', '"']);
const CLOSE_MARKS = new Set(['”', '"']);
// Words before a quoted title that say it is one: "the film “Northern Lights”", "a game called “Cave Dash”".
const TITLE_LEADS = new Set([
  'called',
  'titled',
  'entitled',
  'named',
  'dubbed',
  'announcing',
  'announced',
  'released',
  'releasing',
  'launched',
  'launching',
]);

/**
 * Titles of works written in quotation marks after a word for their kind or a word that names them ("her book “A
 * Paradise Built in Hell”", "announcing “Super Mario Run,” its first game"): every word of substance capitalised.
 */
function quotedTitles(p: Paragraph, s: Sentence): Mention[] {
  const tokens = s.tokens;
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!OPEN_MARKS.has(tokens[i]!.text)) continue;
    const lead = tokens[i - 1]!;
    // "games like “Temple Run”": a plural kind, then "like" or "as".
    const plural = tokens[i - 2];
    const listed =
      /^(?:like|as)$/.test(lead.text) && !!plural && !plural.cap && WORK_KINDS.has(kindOf(plural.text) ?? '');
    // "Velden’s “Brook Tonight Live!”": a title after the possessive of the body that makes or shows it.
    const owned = lead.possessive && lead.cap && !NEVER_NAMES.has(lead.text);
    const kinded =
      owned || (lead.word && !lead.cap && (WORK_KINDS.has(lead.text) || TITLE_LEADS.has(lead.text) || listed));
    if (!kinded) continue;
    let j = i + 1;
    while (j < tokens.length && !CLOSE_MARKS.has(tokens[j]!.text) && j - i <= 9) j++;
    if (!CLOSE_MARKS.has(tokens[j]?.text ?? '')) continue;
    let end = j;
    while (end > i + 1 && !tokens[end - 1]!.word) end--;
    const words = tokens.slice(i + 1, end);
    const content = words.filter((t) => t.word && t.text.length > 3);
    if (!words.length || !words[0]!.cap || !content.every((t) => t.cap)) continue;
    if (words.some((t) => !t.word && !/^[:’'&-]$/.test(t.text))) continue;
    const title = simpleMention(p, s, i + 1, end);
    title.scores.other += 5;
    out.push(title);
  }
  return out;
}

// "Hoa Lo prison", "the Haqqani network", "the Ecuadorean embassy": a name and the lower-case noun for its kind name
// one place or body. The name alone is then no entity of its own, unless the lexicons know it.
function withHeadNoun(p: Paragraph, s: Sentence, a: number, b: number, found: Mention[]): Mention[] {
  const head = s.tokens[b];
  if (!head?.word || head.cap || s.tokens[b - 1]!.possessive) return found;
  const type = PLACE_HEAD_NOUNS.has(head.text) ? 'place' : ORG_HEAD_NOUNS.has(head.text) ? 'organization' : null;
  if (!type) return found;
  const last = found.at(-1);
  const demonym = !found.length && b - a === 1 && DEMONYMS.has(s.tokens[a]!.text) && type === 'place';
  if (!demonym && (!last || last.last !== b || last.canonical?.type === 'person')) return found;
  const joined = simpleMention(p, s, last?.first ?? a, b + 1);
  joined.scores[type] += 5;
  if (!last) return [joined];
  joined.titles = last.titles;
  joined.shortForm = last.canonical?.name ?? last.name;
  return last.canonical ? [...found, joined] : [...found.slice(0, -1), joined];
}

// Short words a title may hold in lower case ("My Name as Though It Were Written on the Surface of the Moon").
const TITLE_SMALL = new Set(
  'a an the of in on at to for and or nor but as by with from into is are be was were et le la les de du des il'.split(
    ' ',
  ),
);

/**
 * Runs that name a work after a word for its kind ("the 2012 book L’être et le Néon", "his 1968 work My Name as
 * Though It Were …"): joined across the short lower-case words of the title, and marked as a work.
 */
function workTitles(tokens: Token[], runs: Array<[number, number]>): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  for (let r = 0; r < runs.length; r++) {
    const [a] = runs[r]!;
    let b = runs[r]![1];
    const before = tokens[a - 1];
    if (!before || !before.word || before.cap || !WORK_KINDS.has(before.text) || tokens[a]!.initial) {
      out.push([a, b, false]);
      continue;
    }
    while (r + 1 < runs.length) {
      const gap = tokens.slice(b, runs[r + 1]![0]);
      if (!gap.length || gap.length > 3 || !gap.every((t) => t.word && TITLE_SMALL.has(t.text))) break;
      b = runs[++r]![1];
    }
    out.push([a, b, b - a > 1]);
  }
  return out;
}

function simpleMention(
  p: Paragraph,
  s: Sentence,
  first: number,
  last: number,
  canonical?: Mention['canonical'],
): Mention {
  const a = s.tokens[first]!;
  const b = s.tokens[last - 1]!;
  const name = p.text.slice(a.start, b.end);
  return {
    name,
    words: name.split(/\s+/),
    para: p.index,
    sent: s.index,
    start: a.start,
    end: b.end,
    first,
    last,
    titles: [],
    scores: { person: 0, organization: 0, place: 0, other: 0 },
    canonical,
    weak: false,
    modifier: false,
    cluster: -1,
  };
}

const HYPHENED = new RegExp(`^(\\p{Lu}[\\p{Ll}’'.]+)${ADJECTIVE_TAILS.source.slice(0, -1)}$`, 'u');
const WHERE_TAILS = /-(?:based|born|bred)$/;

/** "a Port Arden-based charity", "Tarsk-born": the name before an adjective's hyphen, most often a place. */
function hyphenedNames(p: Paragraph, s: Sentence): Mention[] {
  const out: Mention[] = [];
  s.tokens.forEach((t, k) => {
    const head = HYPHENED.exec(t.text)?.[1];
    if (!head || !t.cap || DEMONYMS.has(head) || OTHER_ADJECTIVES.has(head)) return;
    let a = k;
    const opener = (x: Token) => NEVER_NAMES.has(x.text) || TIME_WORDS.has(x.text) || x.possessive;
    while (a > 0 && isNameWord(s.tokens[a - 1]) && !opener(s.tokens[a - 1]!)) a--;
    const m = simpleMention(p, s, a, k + 1);
    m.end = t.start + head.length;
    m.name = p.text.slice(m.start, m.end);
    m.words = m.name.split(/\s+/);
    if (t.initial && a === k && !isNameLike(head)) return;
    const place = PLACES.get(m.name);
    if (place) m.canonical = { name: place, type: 'place' };
    else if (WHERE_TAILS.test(t.text)) m.scores.place += 3;
    out.push(m);
  });
  return out;
}

// A word that is no ordinary English word: a name even at a sentence's start.
const isNameLike = (w: string) => !COMMON_WORDS.has(w.toLowerCase()) && !isOrdinaryWord(w.toLowerCase());

// "the Iran nuclear deal": a name, up to two lower-case words, then a word for an agreement.
function namedAgreements(p: Paragraph, s: Sentence, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.canonical?.type === 'other' || m.canonical?.type === 'person') continue;
    if (s.tokens[m.first - 1]?.text !== 'the' || s.tokens[m.last - 1]!.possessive) continue;
    for (let k = m.last; k < Math.min(m.last + 3, s.tokens.length); k++) {
      const t = s.tokens[k]!;
      // "the Lorne Institute signed a pact": a verb or a determiner ends the name's modifiers.
      if (!t.word || t.cap || /PastTense|Determiner/.test(wordTags(t.text))) break;
      if (OTHER_HEADS.has(t.text)) {
        const agreement = simpleMention(p, s, m.first, k + 1, undefined);
        agreement.scores.other += 5;
        if (k > m.last) agreement.shortForm = p.text.slice(s.tokens[m.last]!.start, t.end);
        out.push(agreement);
        break;
      }
      if (COMMON_WORDS.has(t.text) && /^(is|was|has|had|said|and|or|to|of|in|on|for|by|with|that|which)$/.test(t.text))
        break;
    }
  }
  return out;
}
