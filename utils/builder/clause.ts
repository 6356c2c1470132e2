// A card text for an entity that is neither described nor the subject of any sentence: the clause it sits in,
// cut down to that clause's core ("the harbour plan drawn up by Brenton Marine would go ahead").

import { trim, type Lead } from './lead';
import { SPEECH_VERBS } from './lexicon/cues';

/** Rank of a clause text among lead texts: after every subject sentence. */
export const CLAUSE_RANK = 3;
const MIN_WORDS = 5;
const MAX_QUOTED_SHARE = 0.3;
// Clause boundaries inside a sentence.
const BOUNDARY = /[;:()[\]]|,\s|\s[—–]\s|—/g;
// Words opening a subordinate or linked clause; on a card the clause reads better without them.
const OPENER =
  /^(?:and|but|or|so|yet|while|whereas|where|when|which|who|that(?!\s+(?:is|was|are|were|has|had|will|would|could|can|may|might)\b)|as|because|since|although|though|after|before|until|if|then|also|with|including)\s+/i;
// "The council said on Monday that …": the reporting frame before a clause is not about the entity.
const REPORT_FRAME = new RegExp(`^.*\\b(?:${[...SPEECH_VERBS].join('|')})\\b[^“”"]{0,40}?\\bthat\\s+`, 'i');

/** The core of the clause around [start, end) of a sentence, or null when it says too little or is mostly quoted. */
export function clauseOf(sentence: string, start: number, end: number, fact: string): Lead | null {
  if (quoted(sentence) > MAX_QUOTED_SHARE) return null;
  const cuts = [0, ...[...sentence.matchAll(BOUNDARY)].map((m) => m.index + m[0].length)];
  const ends = [...[...sentence.matchAll(BOUNDARY)].map((m) => m.index), sentence.length];
  let from = Math.max(...cuts.filter((c) => c <= start));
  let to = Math.min(...ends.filter((e) => e >= end));
  // A clause of a few words ("in Paris,") borrows its neighbours until it says something.
  for (let i = 0; i < 4 && words(sentence.slice(from, to)) < MIN_WORDS + 2; i++) {
    const back = Math.max(...cuts.filter((c) => c < from - 1), 0);
    const ahead = Math.min(...ends.filter((e) => e > to + 1), sentence.length);
    if (from > 0 && (to >= sentence.length || from - back <= ahead - to)) from = back;
    else if (to < sentence.length) to = ahead;
    else break;
  }
  let text = sentence.slice(from, to).trim();
  const frame = REPORT_FRAME.exec(text);
  if (frame && from + frame[0].length <= start) text = text.slice(frame[0].length);
  text = text.replace(OPENER, '').replace(/[\s,;:.—–-]+$/, '');
  if (words(text) < MIN_WORDS || /^[“”"‘’']/.test(text)) return null;
  return { text: trim(text.charAt(0).toUpperCase() + text.slice(1)), fact, rank: CLAUSE_RANK };
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function quoted(sentence: string): number {
  let n = 0;
  for (const m of sentence.matchAll(/“[^”]*”?|"[^"]*"?/g)) n += m[0].length;
  return sentence.length ? n / sentence.length : 0;
}
