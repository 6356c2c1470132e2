// A readable card text for an entity the articles give no role or appositive for: a sentence in which the
// entity is the subject, trimmed to its main clause and a card-sized length.

import { ORG_CONTEXT_AFTER, PERSON_MODIFIER_HEADS, ROLE_NOUNS } from './lexicon/cues';

/** A trimmed card text and the fact sentence it was cut from. */
export interface Lead {
  text: string;
  /** The sentence as stored among the facts, so the card need not show it twice. */
  fact: string;
  /** Lower is better: 0 opens the sentence, 1 opens the main clause, 2 reports speech. */
  rank: number;
}

export const MAX_LEAD_LENGTH = 160;
const MIN_CUT = 60;
const MIN_WORDS = 6;
// A longer leading phrase is dropped: the card keeps only the main clause.
const MAX_OPENER = 32;
const MAX_QUOTED_SHARE = 0.4;

// Words that link a sentence to the one before it and mean nothing on a card.
const CONNECTIVE = /^(?:also|and|but|so|yet|still|however|meanwhile|moreover|now|then|instead),?\s+/i;
// A leading clause introduced by these is subordinate: the main clause follows its comma.
const SUBORDINATOR =
  /^(?:as|while|when|whilst|after|before|although|though|because|since|if|once|until|unless|whereas|despite|following)\b/i;
// Words after a name that show it is not the subject on its own ("Israel and Iran", "Iran in 2020").
const NOT_VERB = new Set(['of', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'nor', 'as', 'than']);
// Nouns a name can modify ("NASA supplier SpaceX", "Apple fans"), beyond the lexicon's role words.
const HEADS = new Set([
  'supplier',
  'suppliers',
  'rival',
  'rivals',
  'subsidiary',
  'unit',
  'officials',
  'staff',
  'employees',
  'workers',
  'users',
  'customers',
  'fans',
]);
const REPORTING = /^(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|argues|asked|stated|insisted)\b/;

/**
 * The card text a sentence gives the entity named at [start, end) of it, or null when the entity is not the
 * subject of the sentence or of its main clause, or when the sentence is mostly quotation.
 */
export function leadOf(sentence: string, start: number, end: number, fact: string): Lead | null {
  if (quotedShare(sentence) > MAX_QUOTED_SHARE) return null;
  const after = sentence.slice(end);
  if (/^[’']/.test(after)) return null; // a possessive: "Iran’s ambassador" is about the ambassador
  const next = /^(?:\s*,)|^\s+(\p{Ll}+)/u.exec(after);
  if (!next || (next[1] && (NOT_VERB.has(next[1]) || modifies(next[1])))) return null;
  const reporting = REPORTING.test(after.trimStart());
  if (reporting && /[“”"]/.test(after)) return null; // "X said: “…”" is the quotation again
  // "The New York Times reported…": the article belongs to the name.
  const opens = start - (/(?:^|\s)(the\s+)$/i.exec(sentence.slice(0, start))?.[1]?.length ?? 0);
  const before = sentence.slice(0, opens).trimStart().replace(CONNECTIVE, '');
  let body = sentence.slice(opens);
  let rank = 0;
  if (before) {
    // The entity opens the main clause after one leading phrase: "Earlier this month, Musk met…".
    if (!/^[^,“”"—;:]+,\s+$/.test(before)) return null;
    rank = 1;
    if (!SUBORDINATOR.test(before) && before.length <= MAX_OPENER) body = before + body;
  }
  if (reporting) rank = 2;
  if (body.trim().split(/\s+/).length < MIN_WORDS) return null; // too little to say anything
  return { text: trim(capitalise(body.replace(/\s+/g, ' ').trim())), fact, rank };
}

/** Cuts a text to the card length at the last clause boundary that leaves enough, else at a word, with "…". */
export function trim(text: string, max = MAX_LEAD_LENGTH): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  let cut = -1;
  for (const m of head.matchAll(/[,;:]\s|\s[—–]\s/g)) if (m.index >= MIN_CUT) cut = m.index;
  if (cut < 0) cut = head.lastIndexOf(' ');
  return `${text.slice(0, cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

// A sentence split out of a longer quotation starts inside it: everything up to its closing mark is quoted.
function quotedShare(sentence: string): number {
  const close = sentence.indexOf('”');
  const open = sentence.indexOf('“');
  let quoted = close >= 0 && (open < 0 || close < open) ? close + 1 : 0;
  for (const m of sentence.slice(quoted).matchAll(/“[^”]*”?|"[^"]*"?/g)) quoted += m[0].length;
  return sentence.length ? quoted / sentence.length : 0;
}

function modifies(word: string): boolean {
  return HEADS.has(word) || ROLE_NOUNS.has(word) || ORG_CONTEXT_AFTER.has(word) || PERSON_MODIFIER_HEADS.has(word);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
