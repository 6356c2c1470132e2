import type { DemonymMention } from './candidates';
import { ORG_CUES, PLACE_CUES } from './lexicon/cues';
import { COUNTRY_NAMES, PLACE_ALIASES } from './lexicon/gazetteer';
import { genderOf, pronounFits } from './gender';
import { nameKey } from './normalize';
import { roleHolder } from './roles';
import type { QuoteSpan } from './quotes';
import type { EntityDraft, Mention, Paragraph } from './types';

const FIRST_SINGULAR = /\b(I|[Mm]e|[Mm]y|[Mm]yself|I[’']m|I[’']ve|I[’']d|I[’']ll)\b/;
const NATION_WORDS =
  /\b(we|us|our|ours|ourselves|this country|the country|this nation|the nation|this land|our country|the government|this economy|the federal government)\b/i;
const FIRST_PLURAL = /\b(we|us|our|ours|ourselves)\b/i;
const THE_NOUN = /\bthe\s+(\p{Ll}+)\b/gu;
const THE_NAME = /\b(?:the|this|that)\s+(\p{Lu}\p{Ll}+)\b/gu;
const THE_ROLE = /\b[Tt]he\s+(\p{L}+)(?:[’']s)?\b/gu;
// Roles one person holds at a time, so that "the president" in a quotation points to the one the article named.
const PERSON_ROLE_WORDS = new Set(
  'president chairman chairwoman governor mayor senator ambassador minister chancellor premier king queen pope sheriff commissioner coach'.split(
    ' ',
  ),
);
const THIRD_PERSON_START = /^(he|she|his|her|him)\b/i;

/** The article's home country: the country named most often, else the place named most often (at least twice). */
function homeCountry(entities: EntityDraft[]): number | null {
  let best: number | null = null;
  const countries = entities.filter((e) => e.type === 'place' && COUNTRY_NAMES.has(e.name));
  const top = Math.max(0, ...countries.map((e) => e.mentions.length));
  entities.forEach((e, i) => {
    if (e.type !== 'place' || e.mentions.length < (COUNTRY_NAMES.has(e.name) ? 1 : 2)) return;
    // A city named more often than its country ("Sydney") is still not "the country".
    if (top > 0 && !COUNTRY_NAMES.has(e.name)) return;
    if (!PLACE_ALIASES.has(e.name) && !/^[\p{Lu}][\p{Ll}]+( [\p{Lu}][\p{Ll}]+)?$/u.test(e.name)) return;
    if (best === null || e.mentions.length > entities[best]!.mentions.length) best = i;
  });
  return best;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What finding a quotation's subjects looks at: the article's mentions and entities, its home country, and forms of
 * names a capitalisation scan cannot see.
 */
interface Subjects {
  speakers: Array<number | null>;
  paragraphs: Paragraph[];
  mentions: Mention[];
  demonyms: DemonymMention[];
  entities: EntityDraft[];
  home: number | null;
  byName: Map<string, number>;
  phrases: Array<readonly [RegExp, number]>;
}

/** One kind of evidence: adds the entities it finds quotation `qi` to be about. */
type Finder = (s: Subjects, q: QuoteSpan, qi: number, about: Set<number>) => void;

/** Lists the entities each quotation is about: names inside it, demonyms, pronouns that clearly point to one. */
export function quoteSubjects(
  quotes: QuoteSpan[],
  speakers: Array<number | null>,
  paragraphs: Paragraph[],
  mentions: Mention[],
  demonyms: DemonymMention[],
  entities: EntityDraft[],
): number[][] {
  const byName = new Map<string, number>();
  entities.forEach((e, i) => byName.set(nameKey(e.name), i));
  // Lower-case or multi-word forms a capitalisation scan cannot see ("the nuclear deal").
  const phrases = entities.flatMap((e, i) =>
    [...e.aliases]
      .filter((a) => /\s/.test(a) && a === a.toLowerCase())
      .map((a) => [new RegExp(`\\b${escape(a)}\\b`, 'i'), i] as const),
  );
  const s: Subjects = {
    speakers,
    paragraphs,
    mentions,
    demonyms,
    entities,
    home: homeCountry(entities),
    byName,
    phrases,
  };
  return quotes.map((q, qi) => {
    const about = new Set<number>();
    for (const find of FINDERS) find(s, q, qi, about);
    return [...about].sort((a, b) => a - b);
  });
}

// Names, demonyms and lower-case forms of names inside the quotation.
const namedInside: Finder = ({ mentions, demonyms, byName, phrases }, q, _qi, about) => {
  for (const m of mentions)
    if (m.para === q.para && m.start >= q.start && m.end <= q.end && m.cluster >= 0) about.add(m.cluster);
  for (const d of demonyms) {
    const i = byName.get(nameKey(d.place));
    if (i !== undefined && d.para === q.para && d.start >= q.start && d.end <= q.end) about.add(i);
  }
  for (const [re, i] of phrases) if (re.test(q.text)) about.add(i);
};

// "… about Musk" in the attribution: a quote opening with "He" is about that person.
const aboutInAttribution: Finder = ({ paragraphs, mentions }, q, _qi, about) => {
  const p = paragraphs[q.para]!;
  const after = p.text.slice(q.end, p.sentences.find((s) => q.end >= s.start && q.end < s.end)?.end ?? p.text.length);
  const aboutAt = /\babout\s+/.exec(after);
  if (!aboutAt) return;
  const target = mentions.find(
    (m) =>
      m.para === q.para && m.start >= q.end + aboutAt.index && m.start <= q.end + aboutAt.index + aboutAt[0].length + 4,
  );
  if (target && THIRD_PERSON_START.test(q.text)) about.add(target.cluster);
};

// "I" in a person's words is that person; "we" in an organisation's statement is the organisation itself; else
// "we" and "the country" are the article's home country.
const speakerOrNation: Finder = ({ speakers, entities, home }, q, qi, about) => {
  const speaker = speakers[qi];
  const type = speaker !== null && speaker !== undefined ? entities[speaker]!.type : null;
  if (type === 'person' && FIRST_SINGULAR.test(q.text)) about.add(speaker!);
  if (type === 'organization' && FIRST_PLURAL.test(q.text)) about.add(speaker!);
  else if (home !== null && NATION_WORDS.test(q.text)) about.add(home);
};

// "the beach" just after "Ninety Mile Beach" was named.
const headsRecentlyNamed: Finder = ({ mentions }, q, _qi, about) => {
  for (const m of q.text.matchAll(THE_NOUN)) {
    const noun = m[1]!;
    const cue = noun[0]!.toUpperCase() + noun.slice(1);
    if (!PLACE_CUES.has(cue) && !ORG_CUES.has(cue)) continue;
    const recent = mentions.filter(
      (x) => x.cluster >= 0 && x.para < q.para && x.para >= q.para - 2 && x.words[x.words.length - 1] === cue,
    );
    if (recent.length) about.add(recent[recent.length - 1]!.cluster);
  }
};

// "the President", "the chairman": the one person the article gave that role before the quotation.
const rolesHeld: Finder = ({ mentions, entities }, q, _qi, about) => {
  for (const m of q.text.matchAll(THE_ROLE)) {
    const role = m[1]!.toLowerCase();
    if (!PERSON_ROLE_WORDS.has(role)) continue;
    const holder = roleHolder(role, q.para, q.start, mentions, entities);
    if (holder !== null && entities[holder]!.type === 'person') about.add(holder);
  }
};

// "this Bill", "the Committee": the name with that head the article gave before the quotation.
const namesByHead: Finder = ({ mentions }, q, _qi, about) => {
  for (const m of q.text.matchAll(THE_NAME)) {
    const before = mentions.filter(
      (x) =>
        x.cluster >= 0 &&
        (x.para < q.para || (x.para === q.para && x.end <= q.start)) &&
        x.words.length > 1 &&
        x.words[x.words.length - 1] === m[1],
    );
    if (before.length) about.add(before[before.length - 1]!.cluster);
  }
};

// The mentions not inside a longer one: "Peru" in "the Peru trade deal" is part of the deal's name.
const outermost = (ms: Mention[]) =>
  ms.filter(
    (m) => !ms.some((x) => x !== m && x.start <= m.start && x.end >= m.end && x.end - x.start > m.end - m.start),
  );

// Words quoted in a sentence are about what that sentence names besides their speaker and whom they were told to
// ("told the Corvale Herald"): "“It is a disgrace,” Ines Moreau said of the Brenmar Trust's plan."
const namedInSentence: Finder = ({ paragraphs, mentions, speakers }, q, qi, about) => {
  const p = paragraphs[q.para]!;
  const sentence = p.sentences.find((s) => q.start >= s.start && q.start < s.end);
  if (!sentence) return;
  const listener = (m: Mention) =>
    /\b(?:told|tells|telling)\s+(?:the\s+)?$/i.test(p.text.slice(Math.max(0, m.start - 16), m.start));
  const named = mentions.filter((m) => m.para === q.para && m.sent === sentence.index && m.cluster >= 0);
  for (const m of outermost(named)) if (m.cluster !== speakers[qi] && !listener(m)) about.add(m.cluster);
};

const THIRD_PERSON = /\b(he|him|his|she|her|hers)\b/i;

// "“He never answered our letters,” Ines Moreau said.": he or she in the words is the last other person the
// article named before them, in their paragraph or the one before, whom the pronoun fits.
const personReferred: Finder = ({ mentions, entities, speakers }, q, qi, about) => {
  const pronoun = THIRD_PERSON.exec(q.text);
  if (!pronoun) return;
  const before = mentions.filter(
    (m) =>
      m.cluster >= 0 &&
      m.cluster !== speakers[qi] &&
      entities[m.cluster]!.type === 'person' &&
      (m.para === q.para - 1 || (m.para === q.para && m.end <= q.start)) &&
      pronounFits(pronoun[1]!, genderOf(entities[m.cluster]!)),
  );
  const last = before.sort((a, b) => a.para - b.para || a.start - b.start).at(-1);
  if (last) about.add(last.cluster);
};

// "“They never answered our letters,” Ines Moreau said.": they in the words is the last body named before them.
const bodyReferred: Finder = ({ mentions, entities, speakers }, q, qi, about) => {
  if (!/\b(?:they|them|their)\b/i.test(q.text)) return;
  const before = mentions.filter(
    (m) =>
      m.cluster >= 0 &&
      m.cluster !== speakers[qi] &&
      entities[m.cluster]!.type === 'organization' &&
      (m.para === q.para - 1 || (m.para === q.para && m.end <= q.start)),
  );
  const last = before.sort((a, b) => a.para - b.para || a.start - b.start).at(-1);
  if (last) about.add(last.cluster);
};

// "“We will appeal,” said Ines Moreau, a lawyer at the Brenmar Trust": a person's "we" is the body they work for.
const speakersBody: Finder = ({ entities, speakers }, q, qi, about) => {
  const speaker = speakers[qi];
  if (speaker === null || speaker === undefined || entities[speaker]!.type !== 'person') return;
  if (!FIRST_PLURAL.test(q.text)) return;
  const where = `Where ${entities[speaker]!.name} is`;
  entities.forEach((e, i) => {
    if (e.type === 'organization' && e.descriptions.some((d) => d.startsWith(where))) about.add(i);
  });
};

const FINDERS: Finder[] = [
  namedInside,
  aboutInAttribution,
  speakerOrNation,
  headsRecentlyNamed,
  rolesHeld,
  namesByHead,
  namedInSentence,
  personReferred,
  bodyReferred,
  speakersBody,
];
