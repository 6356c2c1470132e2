// The features of one entity's type decision that the hand rules already compute, as numbers for a learned choice
// between person, organisation, place and other: the per-type context scores summed over its mentions (and how many
// mentions gave each), the cue words in its name, and the name's shape that decideType falls back on.
import { COMMON_WORDS } from '../lexicon/common-words';
import { ORG_CUES, OTHER_CUES, PLACE_CUES } from '../lexicon/cues';
import { decideType, firstNameCue, isFirstName } from '../typing';
import type { Mention, TypeScores } from '../types';

/** The types a scorer chooses between, in the order of its weight rows. */
export const TYPES = ['person', 'organization', 'place', 'other'] as const;

/** The feature names, in the order the extractor writes them (the weights file lists the same names). */
export const TYPE_FEATURES = [
  'bias',
  'score_person',
  'score_organization',
  'score_place',
  'score_other',
  'share_person',
  'share_organization',
  'share_place',
  'share_other',
  'top_person',
  'top_organization',
  'top_place',
  'top_other',
  'no_evidence',
  'one_word',
  'acronym',
  'first_name',
  'surname_ending',
  'place_suffix',
  'org_cue_head',
  'org_cue_inside',
  'place_cue',
  'other_cue',
  'name_like',
  'common_share',
  'titled',
  'mentions_log',
  'digit',
  'rules_person',
  'rules_organization',
  'rules_place',
  'rules_other',
] as const;

export type TypeFeature = (typeof TYPE_FEATURES)[number];

/** What the type decision sees of an entity: its name, its summed scores and its mentions. */
export interface TypeCandidate {
  name: string;
  scores: TypeScores;
  mentions: readonly Mention[];
}

const SURNAME_ENDING = /(?:son|sen|sson|ez|ski|sky|ova?|enko|vich|wicz|poulos|escu|yan)$/;
const PLACE_SUFFIX = /(land|ia|stan|burg|bourg|ville|ton|shire|ford|polis|grad|abad|pur|nesia|ei|ua|ai)$/;
const NAME_LIKE = /^(?:Ma?c|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}\.$/u;
// Scores grow with mentions; a log keeps a long article's people from outweighing every other feature.
const squash = (x: number) => (Math.sign(x) * Math.log2(1 + Math.abs(x))) / 4;

/** The candidate's feature vector, one number per name in TYPE_FEATURES. */
export function typeFeatures(c: TypeCandidate): number[] {
  const words = c.name.split(/\s+/);
  const n = words.length;
  const ms = c.mentions;
  const share = (t: (typeof TYPES)[number]) => (ms.length ? ms.filter((m) => m.scores[t] > 0).length / ms.length : 0);
  const best = Math.max(...TYPES.map((t) => c.scores[t]));
  const top = (t: (typeof TYPES)[number]) => (best > 0 && c.scores[t] === best ? 1 : 0);
  const cueWords = n > 1 && firstNameCue(words[0]!) ? words.slice(1) : words;
  const tail = words[n - 1]!;
  const rules = decideType(c.name, c.scores);
  const f: Record<TypeFeature, number> = {
    bias: 1,
    score_person: squash(c.scores.person),
    score_organization: squash(c.scores.organization),
    score_place: squash(c.scores.place),
    score_other: squash(c.scores.other),
    share_person: share('person'),
    share_organization: share('organization'),
    share_place: share('place'),
    share_other: share('other'),
    top_person: top('person'),
    top_organization: top('organization'),
    top_place: top('place'),
    top_other: top('other'),
    no_evidence: best > 0 ? 0 : 1,
    one_word: n === 1 ? 1 : 0,
    acronym: n === 1 && /^\p{Lu}{2,}$/u.test(c.name) ? 1 : 0,
    first_name: isFirstName(words[0]!) ? 1 : 0,
    surname_ending: SURNAME_ENDING.test(tail) ? 1 : 0,
    place_suffix: PLACE_SUFFIX.test(tail.toLowerCase()) ? 1 : 0,
    org_cue_head: ORG_CUES.has(tail) ? 1 : 0,
    org_cue_inside: !ORG_CUES.has(tail) && cueWords.some((w) => ORG_CUES.has(w)) ? 1 : 0,
    place_cue: cueWords.some((w) => PLACE_CUES.has(w)) ? 1 : 0,
    other_cue: cueWords.some((w) => OTHER_CUES.has(w)) ? 1 : 0,
    name_like: n <= 4 && words.every((w) => NAME_LIKE.test(w) && !COMMON_WORDS.has(w.toLowerCase())) ? 1 : 0,
    common_share: words.filter((w) => COMMON_WORDS.has(w.toLowerCase())).length / n,
    titled: ms.some((m) => m.titles.length > 0) ? 1 : 0,
    mentions_log: Math.log2(1 + ms.length) / 4,
    digit: /\d/.test(c.name) ? 1 : 0,
    rules_person: rules === 'person' ? 1 : 0,
    rules_organization: rules === 'organization' ? 1 : 0,
    rules_place: rules === 'place' ? 1 : 0,
    rules_other: rules === 'other' ? 1 : 0,
  };
  return TYPE_FEATURES.map((k) => f[k]);
}
