import { genderOf, pronounFits, type Gender } from './gender';
import type { QuoteSpan } from './quotes';
import { PERSON_NOUNS } from './kinds';
import { ROLE_NOUNS, SPEECH_VERBS } from './lexicon/cues';
import type { EntityDraft, Mention, Paragraph } from './types';

/** Any verb of speech, as a regular expression group. */
export const VERB = `(?:${[...SPEECH_VERBS].join('|')})`;

/** A sentence's end: a stop, perhaps with closing quotation marks or a bracket. */
export const SENTENCE_END = /[.!?]["”’)]*\s*$/;

/** A speaker found (an entity's index), nobody (null), or not decided yet: look further (undefined). */
export type Found = number | null | undefined;

/**
 * What finding speakers works on: the article's quotations, paragraphs and mentions, and the speakers found so far.
 * `speakers` and `unsaid` fill in as the passes run; later passes read what earlier ones decided.
 */
export interface Scene {
  quotes: QuoteSpan[];
  paragraphs: Paragraph[];
  mentions: Mention[];
  entities: EntityDraft[];
  /** Each paragraph's mentions of known entities, in reading order. */
  byPara: Map<number, Mention[]>;
  genders: Gender[];
  speakers: Array<number | null>;
  /** Quotations whose words are known to be nobody's in particular: no later pass gives them a speaker. */
  unsaid: Set<number>;
}

export function sceneOf(
  quotes: QuoteSpan[],
  paragraphs: Paragraph[],
  mentions: Mention[],
  entities: EntityDraft[],
): Scene {
  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) if (m.cluster >= 0) (byPara.get(m.para) ?? byPara.set(m.para, []).get(m.para)!).push(m);
  for (const list of byPara.values()) list.sort((a, b) => a.start - b.start);
  return {
    quotes,
    paragraphs,
    mentions,
    entities,
    byPara,
    genders: entities.map(genderOf),
    speakers: quotes.map(() => null),
    unsaid: new Set<number>(),
  };
}

export const mentionsIn = (scene: Scene, para: number): Mention[] => scene.byPara.get(para) ?? [];

export const inQuote = (scene: Scene, m: Mention): boolean =>
  scene.quotes.some((q) => q.para === m.para && m.start >= q.start && m.end <= q.end);

// "Parliament’s Joint Committee": the owner of the name after it is not who speaks.
const owner = (scene: Scene, m: Mention) =>
  /^[’']/.test(scene.paragraphs[m.para]!.text.slice(m.end, m.end + 1)) &&
  mentionsIn(scene, m.para).some((x) => x !== m && x.start > m.end && x.start <= m.end + 3);

// "said Velden Power spokeswoman Ines Moreau": a body naming the role of the person after it is not who speaks.
const rolesOwner = (scene: Scene, m: Mention) => {
  const gap = /^\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+$/u;
  return mentionsIn(scene, m.para).some((x) => {
    if (x.start <= m.end || x.start > m.end + 40 || scene.entities[x.cluster]!.type !== 'person') return false;
    const role = gap.exec(scene.paragraphs[m.para]!.text.slice(m.end, x.start));
    return !!role && (ROLE_NOUNS.has(role[2]!) || PERSON_NOUNS.has(role[2]!));
  });
};

// Words that may stand before the role noun after a name: "Velden Bank chief executive", "Brook’s press secretary".
const ROLE_MODIFIERS = new Set(
  'chief deputy senior vice assistant associate executive press former acting interim managing general top lead'.split(
    ' ',
  ),
);
const isRoleNoun = (w: string) => ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w);
// What may follow the role when the name only says whose role it is: nothing, punctuation, a name, or the verb.
const ROLE_ENDS = new RegExp(`^(?:$|[,.;:!?—–)]|\\p{Lu}|(?:\\w+ly\\s+)?${VERB}\\b)`, 'u');

/**
 * "said the Velden Bank chief", "said Tomas Berg’s lawyer, Ines Moreau": a name followed by the role it owns, a body's
 * with or without "’s", a person's with it, names whose role is meant, not who speaks.
 */
const namesRole = (scene: Scene, m: Mention) => {
  const after = /^([’']s?)?((?:\s+[\p{Ll}-]+){1,4})\s*(.*)$/su.exec(
    scene.paragraphs[m.para]!.text.slice(m.end, m.end + 80),
  );
  if (!after || (!after[1] && scene.entities[m.cluster]!.type !== 'organization')) return false;
  const words = after[2]!.trim().split(/\s+/);
  const run = words.findIndex((w) => !isRoleNoun(w) && !ROLE_MODIFIERS.has(w));
  const role = run < 0 ? words : words.slice(0, run);
  const rest = [...words.slice(role.length), after[3]!].join(' ').trim();
  return role.length > 0 && isRoleNoun(role.at(-1)!) && ROLE_ENDS.test(rest);
};

const speakerLike = (scene: Scene, m: Mention, people: boolean) => {
  const t = scene.entities[m.cluster]!.type;
  return (
    !m.modifier &&
    !inQuote(scene, m) &&
    (t === 'person' || (!people && t === 'organization' && !rolesOwner(scene, m))) &&
    !owner(scene, m) &&
    !namesRole(scene, m)
  );
};

/** Mentions that could be a speaker between two offsets of a paragraph: people, or organisations too. */
export const inRange = (scene: Scene, para: number, from: number, to: number, people = true): Mention[] =>
  mentionsIn(scene, para).filter((m) => m.start >= from && m.end <= to && speakerLike(scene, m, people));

export const sentenceStart = (scene: Scene, para: number, offset: number): number => {
  const s = scene.paragraphs[para]!.sentences.find((x) => offset >= x.start && offset <= x.end);
  return s ? s.start : 0;
};

export const sentenceEnd = (scene: Scene, para: number, offset: number): number => {
  const s = scene.paragraphs[para]!.sentences.find((x) => offset >= x.start && offset < x.end);
  return s ? s.end : scene.paragraphs[para]!.text.length;
};

/** Who "he" or "she" at this point most likely is: the subject nearby, or the last speaker. */
export function resolvePronoun(scene: Scene, para: number, offset: number, pronoun = ''): number | null {
  const { paragraphs, quotes, speakers, genders } = scene;
  const fits = (m: Mention) => pronounFits(pronoun, genders[m.cluster]!);
  const start = sentenceStart(scene, para, offset);
  const own = inRange(scene, para, start, offset).filter(fits);
  if (own.length) return own[0]!.cluster;
  for (const s of [...paragraphs[para]!.sentences].reverse()) {
    if (s.end > start) continue;
    const subj = inRange(scene, para, s.start, s.end).filter(fits);
    if (subj.length) return subj[0]!.cluster;
  }
  for (let k = para - 1; k >= Math.max(0, para - 4); k--) {
    const q = quotes
      .map((x, i) => [x, speakers[i]] as const)
      .filter(([x, sp]) => x.para === k && sp !== null && sp !== undefined && pronounFits(pronoun, genders[sp]!));
    if (q.length) return q[q.length - 1]![1] ?? null;
    for (const s of [...paragraphs[k]!.sentences].reverse()) {
      const subj = inRange(scene, k, s.start, s.end).filter(fits);
      if (subj.length) return subj[0]!.cluster;
    }
  }
  return null;
}

// "Analysts at Orbix Capital had expected less": the firm of people who comment from outside is not "the company".
const ONLOOKERS_AT = /\b(?:analysts?|economists?|strategists?|experts?|traders?)\s+(?:at|from|with)\s+(?:the\s+)?$/i;

/**
 * What "it" is: the organisation of the nearest sentence before the point that names one, in its paragraph or the
 * two before, when that sentence names no other organisation or opens with it (its subject). Otherwise nobody.
 */
export function lastOrganisation(scene: Scene, para: number, offset: number): number | null {
  const { paragraphs, entities } = scene;
  for (let k = para; k >= Math.max(0, para - 2); k--) {
    for (const s of [...paragraphs[k]!.sentences].reverse()) {
      if (k === para && s.start >= offset) continue;
      const orgs = mentionsIn(scene, k).filter(
        (m) =>
          m.start >= s.start &&
          m.end <= Math.min(s.end, k === para ? offset : s.end) &&
          !inQuote(scene, m) &&
          entities[m.cluster]!.type === 'organization' &&
          !ONLOOKERS_AT.test(paragraphs[k]!.text.slice(Math.max(0, m.start - 40), m.start)),
      );
      if (!orgs.length) continue;
      const first = orgs[0]!;
      const opens = /^\s*(?:the\s+)?$/i.test(paragraphs[k]!.text.slice(s.start, first.start));
      return new Set(orgs.map((m) => m.cluster)).size === 1 || opens ? first.cluster : null;
    }
  }
  return null;
}

// A document that speaks for whoever issued it: "the statement said", "the report states", "the notice reads".
export const DOCUMENT_NOUNS = '(?:statement|release|report|notice|letter|memo|announcement|filing|post|message)';
export const DOCUMENT_VERBS = `(?:${VERB.slice(3, -1)}|read|reads)`;

/**
 * Who issued the document "the statement" means: the one person or organisation the nearest sentence before the point
 * names, when it names nobody else. Otherwise nobody: the document may be anyone's.
 */
export function documentIssuer(scene: Scene, para: number, offset: number): number | null {
  const { paragraphs, entities } = scene;
  for (let k = para; k >= Math.max(0, para - 2); k--) {
    for (const s of [...paragraphs[k]!.sentences].reverse()) {
      if (k === para && s.start >= offset) continue;
      const end = k === para ? Math.min(s.end, offset) : s.end;
      const named = mentionsIn(scene, k).filter(
        (m) =>
          m.start >= s.start &&
          m.end <= end &&
          !inQuote(scene, m) &&
          (entities[m.cluster]!.type === 'person' || entities[m.cluster]!.type === 'organization'),
      );
      if (!named.length) continue;
      const who = new Set(named.map((m) => m.cluster));
      return who.size === 1 ? named[0]!.cluster : null;
    }
  }
  return null;
}
