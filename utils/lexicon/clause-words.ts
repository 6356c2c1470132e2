/** Words that open a clause, not a phrase: pronouns and subordinators ("He was…", "When the…"). Lower case. */
export const CLAUSE_OPENERS: readonly string[] =
  'he she they it we i you there this that these those when while because although'.split(' ');

/** Words a phrase does not hold and a clause does: relative pronouns and finite auxiliaries. Lower case. */
export const CLAUSE_WORDS: readonly string[] =
  'who whom whose which is are was were has have had will would can could said says'.split(' ');
