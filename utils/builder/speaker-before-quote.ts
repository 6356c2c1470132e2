import { ORG_KINDS, PLACE_KINDS } from './kinds';
import { SPEECH_VERBS } from './lexicon/cues';
import { COUNTRY_NAMES } from './lexicon/gazetteer';
import { roleHolder } from './roles';
import {
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  documentIssuer,
  inQuote,
  inRange,
  lastOrganisation,
  mentionsIn,
  resolvePronoun,
  SENTENCE_END,
  sentenceStart,
  VERB,
  type Found,
  type Scene,
} from './attribution-scene';
import type { Mention } from './types';

const PRONOUN = /\b(he|she)\b/i;
const PARTICIPLES = '(?:adding|saying|noting|insisting|warning|arguing|explaining|writing)';
const ROLE_SUBJECT = new RegExp(`^(?:[^,]*,\\s*)?the\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{Ll}-]+\\s+(?:${VERB})\\b`, 'iu');
// “…,” as Reuters reported, “…” / according to the ministry, “…” / according to his aunt, Jane Starnel, “…”: the
// source named just before the quotation.
const SOURCE_BEFORE = new RegExp(
  `(?:^|[\\s,(—–-])(?:as|according to)\\s+[^,;:“”"]{1,60}?(?:,\\s*[^,;:“”"]{1,40}?)?(?:\\s+(?:${VERB}|reported|reports|put it|puts it))?\\s*[,:]\\s*["“”’']?\\s*$`,
  'iu',
);
// Between a name and its quotation: a speech verb ("said", "told the council"), "’s words", or a colon.
const SAYS_BEFORE = new RegExp(
  `\\b(?:${VERB}|reported|reports|put it|puts it|saying|adding|${PARTICIPLES}|calling it|called it|phrase)\\b|^[’']s\\s+(?:own\\s+)?words\\b|:\\s*["“‘']?\\s*$`,
  'iu',
);
// A country's name right before its verb of speech and the quotation: "China has warned that “…”".
const COUNTRY_SAYS = new RegExp(
  `^\\s+(?:(?:has|have|had)\\s+)?(?:\\w+ly\\s+)?(?:${VERB.slice(3, -1)}|urged|warned)\\b[^.;“”"]{0,60}[“"‘']?$`,
  'u',
);

// Between two quoted fragments of one sentence: "and", "or", "but", a comma, perhaps with "even" or "also".
// "… and added: “…”", "…”, adding: “…”": the same subject goes on speaking.
const FRAGMENT_JOIN = new RegExp(
  `^[”"’']?\\s*,?\\s*(?:and|or|but|nor)?\\s*(?:that\\s+)?(?:(?:even|also|then|still)\\s+)?(?:(?:and\\s+)?(?:${VERB}|${PARTICIPLES})(?:\\s+that)?\\s*[:,]?\\s*)?["“‘']?$`,
  'u',
);

/** The quotation's sentence up to the quotation, from the end of any quotation before it, and where that starts. */
interface Before {
  qi: number;
  from: number;
  clause: string;
}

type BeforeStep = (scene: Scene, b: Before) => Found;

/**
 * Before the quotation: "X said:" or a quote inside X's sentence ("X called it “…”"). Words quoted inside a sentence
 * that names nobody are not somebody else's words: they are marked unsaid.
 */
export function speakerBefore(scene: Scene, qi: number): number | null {
  const q = scene.quotes[qi]!;
  const p = scene.paragraphs[q.para]!;
  const prevEnd = scene.quotes.filter((x, i) => i < qi && x.para === q.para && x.end <= q.start).pop()?.end ?? 0;
  const before = p.text.slice(prevEnd, Math.max(prevEnd, q.start - 1));
  if (!before.trim() || SENTENCE_END.test(before)) return null;
  const from = Math.max(prevEnd, sentenceStart(scene, q.para, q.start - 1));
  // “long overdue” and “deeply welcome”: a fragment joined to the one before in its sentence has its speaker.
  const prev = scene.quotes.findIndex((x) => x.para === q.para && x.end === prevEnd);
  if (prev >= 0 && prevEnd > sentenceStart(scene, q.para, q.start - 1) && FRAGMENT_JOIN.test(before))
    return scene.speakers[prev] ?? null;
  const b: Before = { qi, from, clause: p.text.slice(from, q.start) };
  for (const step of STEPS) {
    const found = step(scene, b);
    if (found !== undefined) return found;
  }
  scene.unsaid.add(qi);
  return null;
}

// "…,” as Reuters reported, “…”: the last speaker the source clause names.
const sourceBefore: BeforeStep = (scene, b) => {
  const q = scene.quotes[b.qi]!;
  const source = SOURCE_BEFORE.exec(b.clause);
  if (!source) return undefined;
  const who = inRange(scene, q.para, b.from + source.index, q.start, false);
  return who.length ? who[who.length - 1]!.cluster : undefined;
};

// "Ada Brook, according to the ministry, went in for a “routine check”": with no said-clause of its own, the
// sentence is the source's account, its quoted words too.
const accordingBefore: BeforeStep = (scene, b) => {
  const q = scene.quotes[b.qi]!;
  const text = scene.paragraphs[q.para]!.text;
  const per = /\baccording to\s+/i.exec(b.clause);
  if (!per || b.clause.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, ''))))
    return undefined;
  const after = b.from + per.index + per[0].length;
  const source = inRange(scene, q.para, after, q.start, false)[0];
  return source && /^(?:the\s+)?$/i.test(text.slice(after, source.start)) ? source.cluster : undefined;
};

// The sentence's subject: a pronoun before any person, else the first person, else the first organisation. Only a
// said-clause between the name and the quotation makes the name its speaker.
const subjectBefore: BeforeStep = (scene, b) => {
  const q = scene.quotes[b.qi]!;
  const text = scene.paragraphs[q.para]!.text;
  // "Brook’s report cites an official who called it “…”": a possessor is not the one who speaks, unless the
  // words are theirs ("in Brook’s phrase").
  const speaks = (m: Mention) => !/^[’']s?\s(?!(?:own\s+)?(?:words|phrase)\b)/.test(text.slice(m.end, m.end + 16));
  const people = inRange(scene, q.para, b.from, q.start).filter(speaks);
  const pronoun = PRONOUN.exec(b.clause);
  if (pronoun && (!people.length || b.from + pronoun.index < people[0]!.start))
    return resolvePronoun(scene, q.para, b.from + pronoun.index, pronoun[1]);
  const says = (m: Mention) => SAYS_BEFORE.test(text.slice(m.end, q.start));
  if (people.length) return says(people[0]!) ? people[0]!.cluster : null;
  const orgs = inRange(scene, q.para, b.from, q.start, false).filter(speaks);
  if (orgs.length) return says(orgs[0]!) ? orgs[0]!.cluster : null;
  return undefined;
};

// "Britain has urged an “end to …”": a country that speaks is its government.
const countryBefore: BeforeStep = (scene, b) => {
  const q = scene.quotes[b.qi]!;
  const text = scene.paragraphs[q.para]!.text;
  const country = mentionsIn(scene, q.para).find(
    (m) =>
      m.start >= b.from &&
      m.end <= q.start &&
      !inQuote(scene, m) &&
      scene.entities[m.cluster]!.type === 'place' &&
      COUNTRY_NAMES.has(scene.entities[m.cluster]!.name) &&
      COUNTRY_SAYS.test(text.slice(m.end, q.start)),
  );
  return country ? country.cluster : undefined;
};

// "The minister called it “…”": the person the article gave the role the sentence opens with.
const roleBefore: BeforeStep = (scene, b) => {
  const q = scene.quotes[b.qi]!;
  const phrase = b.clause.split(/\s+/).slice(0, 8).join(' ');
  const holder = roleHolder(phrase, q.para, q.start, scene.mentions, scene.entities);
  return holder !== null && ROLE_SUBJECT.test(b.clause) ? holder : undefined;
};

// "In a statement, the company said: “…”": the body "it" would be, for a one-word kind of body as the subject.
const BODY_SUBJECT = new RegExp(
  `^(?:[^,]*,\\s*)?the\\s+([\\p{Ll}]+)\\s+(?:(?:also|later|then)\\s+)?(?:${VERB}|added)\\b`,
  'iu',
);
const bodyBefore: BeforeStep = (scene, b) => {
  const body = BODY_SUBJECT.exec(b.clause);
  if (!body || !ORG_KINDS.has(body[1]!.toLowerCase()) || PLACE_KINDS.has(body[1]!.toLowerCase())) return undefined;
  const q = scene.quotes[b.qi]!;
  return lastOrganisation(scene, q.para, b.from) ?? undefined;
};

// "The statement said: “…”", "In its report, the board states that “…”": the document's issuer, as after a quotation.
const DOCUMENT_SUBJECT = new RegExp(
  `^(?:[^,]*,\\s*)?(?:the|its|this)\\s+(?:[\\p{Ll}-]+\\s+)?${DOCUMENT_NOUNS}\\s+(?:\\w+ly\\s+)?${DOCUMENT_VERBS}\\b`,
  'iu',
);
const documentBefore: BeforeStep = (scene, b) => {
  if (!DOCUMENT_SUBJECT.test(b.clause)) return undefined;
  return documentIssuer(scene, scene.quotes[b.qi]!.para, b.from) ?? undefined;
};

const STEPS: BeforeStep[] = [
  sourceBefore,
  accordingBefore,
  subjectBefore,
  countryBefore,
  roleBefore,
  bodyBefore,
  documentBefore,
];
