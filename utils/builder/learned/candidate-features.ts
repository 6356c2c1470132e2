// The features of one candidate entity (a cluster of name mentions in one article) that the hand rules already
// compute, as numbers for a learned keep/drop decision: how many words, how often and where it is mentioned, whether
// a lexicon knows it, what cue words and type evidence it carries, and what the article's capitals say about it.
import type { DocStats } from '../candidates';
import { COMMON_WORDS } from '../lexicon/common-words';
import { ORG_CUES, OTHER_CUES, PLACE_CUES } from '../lexicon/cues';
import { isOrdinaryWord } from '../lexicon/english-words';
import { isFirstName } from '../typing';
import type { EntityDraft, Paragraph } from '../types';

/** The feature names, in the order the extractor writes them (the weights file lists the same names). */
export const CANDIDATE_FEATURES = [
  'bias',
  'one_word',
  'two_words',
  'three_plus_words',
  'lexicon',
  'type_person',
  'type_organization',
  'type_place',
  'type_other',
  'mentions_log',
  'single_mention',
  'all_sentence_initial',
  'some_mid_sentence',
  'headline_only',
  'all_title_case',
  'all_quoted',
  'has_title',
  'first_name',
  'cue_word',
  'common_share',
  'ordinary_word',
  'lower_seen',
  'acronym',
  'digit',
  'has_alias',
  'person_evidence',
  'organization_evidence',
  'place_evidence',
  'other_evidence',
  'modifier_only',
  'hyphen',
  'short_name',
  'early',
] as const;

export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];

/** What the extractor needs to know of the article around a candidate. */
export interface CandidateContext {
  paragraphs: Paragraph[];
  stats: DocStats;
  /** Quotation spans: mentions inside them are in someone's speech. */
  spans: ReadonlyArray<{ para: number; start: number; end: number }>;
}

const isCue = (w: string) => ORG_CUES.has(w) || PLACE_CUES.has(w) || OTHER_CUES.has(w);

/** The candidate's feature vector, one number per name in CANDIDATE_FEATURES. */
export function candidateFeatures(e: EntityDraft, ctx: CandidateContext): number[] {
  const words = e.name.split(' ');
  const n = words.length;
  const ms = e.mentions;
  const tokenAt = (para: number, sent: number, first: number) =>
    ctx.paragraphs[para]?.sentences.find((s) => s.index === sent)?.tokens[first];
  const initial = ms.map((m) => tokenAt(m.para, m.sent, m.first)?.initial ?? false);
  const quoted = (m: EntityDraft['mentions'][number]) =>
    ctx.spans.some((q) => q.para === m.para && m.start >= q.start && m.end <= q.end);
  const scores = { person: 0, organization: 0, place: 0, other: 0 };
  for (const m of ms) for (const t of ['person', 'organization', 'place', 'other'] as const) scores[t] += m.scores[t];
  const lower = words.map((w) => w.toLowerCase());
  const f: Record<CandidateFeature, number> = {
    bias: 1,
    one_word: n === 1 ? 1 : 0,
    two_words: n === 2 ? 1 : 0,
    three_plus_words: n >= 3 ? 1 : 0,
    lexicon: ms.some((m) => m.canonical) ? 1 : 0,
    type_person: e.type === 'person' ? 1 : 0,
    type_organization: e.type === 'organization' ? 1 : 0,
    type_place: e.type === 'place' ? 1 : 0,
    type_other: e.type === 'other' ? 1 : 0,
    mentions_log: Math.log2(1 + ms.length) / 4,
    single_mention: ms.length === 1 ? 1 : 0,
    all_sentence_initial: ms.length > 0 && initial.every(Boolean) ? 1 : 0,
    some_mid_sentence: ms.some((m, k) => !initial[k] && !m.weak) ? 1 : 0,
    headline_only: ms.length > 0 && ms.every((m) => m.para === 0) ? 1 : 0,
    all_title_case: ms.length > 0 && ms.every((m) => m.weak) ? 1 : 0,
    all_quoted: ms.length > 0 && ms.every(quoted) ? 1 : 0,
    has_title: ms.some((m) => m.titles.length > 0) ? 1 : 0,
    first_name: n > 1 && isFirstName(words[0]!) ? 1 : 0,
    cue_word: words.some(isCue) ? 1 : 0,
    common_share: lower.filter((w) => COMMON_WORDS.has(w)).length / n,
    ordinary_word: n === 1 && isOrdinaryWord(lower[0]!) ? 1 : 0,
    lower_seen: lower.some((w) => ctx.stats.lowerSeen.has(w)) ? 1 : 0,
    acronym: n === 1 && /^\p{Lu}{2,}$/u.test(words[0]!) ? 1 : 0,
    digit: /\d/.test(e.name) ? 1 : 0,
    has_alias: e.aliases.size > 0 ? 1 : 0,
    person_evidence: scores.person > 0 ? 1 : 0,
    organization_evidence: scores.organization > 0 ? 1 : 0,
    place_evidence: scores.place > 0 ? 1 : 0,
    other_evidence: scores.other > 0 ? 1 : 0,
    modifier_only: ms.length > 0 && ms.every((m) => m.modifier) ? 1 : 0,
    hyphen: e.name.includes('-') ? 1 : 0,
    short_name: e.name.length <= 3 ? 1 : 0,
    early: ms.some((m) => m.para <= 2) ? 1 : 0,
  };
  return CANDIDATE_FEATURES.map((k) => f[k]);
}
