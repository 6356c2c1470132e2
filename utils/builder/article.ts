import { quoteSubjects } from './about';
import { addRelations } from './relations';
import { clusterMentions, type TypeDecider } from './aliases';
import { appositivesOf } from './appositives';
import { attributionScene } from './attribution';
import type { Scene } from './attribution-scene';
import { docStats, sentenceMentions, type DemonymMention } from './candidates';
import { collectFacts } from './facts';
import { creditRole } from './credit-roles';
import { datelineCase, normalizeText } from './normalize';
import { findQuotes } from './quotes';
import { splitParagraphs } from './sentences';
import { candidateFeatures } from './learned/candidate-features';
import { shippedNameScorer } from './learned/name-scorer';
import { speakerCandidates, type SpeakerCandidate } from './learned/speaker-features';
import { shippedSpeakerScorer } from './learned/speaker-scorer';
import { typeFeatures } from './learned/type-features';
import { shippedTypeScorer } from './learned/type-scorer';
import { decideType } from './typing';
import type { ArticleInput, ArticleResult, EntityDraft, Mention } from './types';
import type { EntityType } from '../dictionary/schema';

/** Which decides the final keep/drop of candidate entities: the hand rules alone, or the learned scorer after them. */
export type NameScorerChoice = 'rules' | 'learned';

/** The default keep/drop decider: whichever scored better on the held-back gold (see the README's builder section). */
export const DEFAULT_NAME_SCORER: NameScorerChoice = 'learned';

/** Which chooses the type of an entity no lexicon has fixed: the hand rules, or the learned scorer. */
export type TypeScorerChoice = 'rules' | 'learned';

/** The default type chooser: whichever scored better on the held-back gold (see the README's builder section). */
export const DEFAULT_TYPE_SCORER: TypeScorerChoice = 'rules';

/**
 * Which finds who spoke each quotation: the hand rules alone, or the learned scorer where the rules leave a quotation
 * open (no speaker found, and not known to be nobody's).
 */
export type SpeakerScorerChoice = 'rules' | 'learned';

/** The default speaker chooser: whichever scored better on the held-back gold (see the README's builder section). */
export const DEFAULT_SPEAKER_SCORER: SpeakerScorerChoice = 'learned';

/** Options for extracting one article. */
export interface ArticleOptions {
  nameScorer?: NameScorerChoice;
  typeScorer?: TypeScorerChoice;
  speakerScorer?: SpeakerScorerChoice;
  /**
   * Sees each quotation's candidate speakers, their features, the rules' speaker and whether the rules leave it open
   * (for training the scorer).
   */
  onSpeakerCandidates?: (
    quotes: Array<{ text: string; rules: number | null; open: boolean; candidates: SpeakerCandidate[] }>,
    entities: EntityDraft[],
  ) => void;
  /** Sees every type decision the rules leave open, its features and the rules' type (for training the scorer). */
  onTypeCandidates?: (candidate: {
    name: string;
    aliases: ReadonlySet<string>;
    features: number[];
    rules: EntityType;
  }) => void;
  /** Sees every candidate entity and its features before the keep/drop decision (for training the scorer). */
  onCandidates?: (candidates: Array<{ entity: EntityDraft; features: number[] }>) => void;
}

/** Extracts entities (with descriptions and facts) and attributed quotations from one article. */
export function processArticle(article: ArticleInput, options: ArticleOptions = {}): ArticleResult {
  const paragraphs = splitParagraphs(normalizeText(article.title), datelineCase(normalizeText(article.text)));
  const stats = docStats(paragraphs);
  const demonyms: DemonymMention[] = [];
  const found: Mention[] = [];
  for (const p of paragraphs) for (const s of p.sentences) found.push(...sentenceMentions(p, s, stats, demonyms));
  const spans = findQuotes(paragraphs);
  // A lone capitalised word met only inside quoted speech ("the Aunties") is not taken for a name unless the
  // article also writes it outside quotations, or a title puts it before a person ("Chairman Dorvik").
  const quoted = (m: Mention) => spans.some((q) => q.para === m.para && m.start >= q.start && m.end <= q.end);
  const outside = new Set(found.filter((m) => !quoted(m)).flatMap((m) => m.words));
  const mentions = found.filter(
    (m) => m.canonical || m.words.length > 1 || outside.has(m.words[0]!) || !quoted(m) || m.titles.length > 0,
  );
  let entities = clusterMentions(mentions, paragraphs, typeDecider(options));
  const names = options.nameScorer ?? DEFAULT_NAME_SCORER;
  if (names === 'learned' || options.onCandidates) {
    const features = entities.map((e) => candidateFeatures(e, { paragraphs, stats, spans }));
    options.onCandidates?.(entities.map((entity, i) => ({ entity, features: features[i]! })));
    if (names === 'learned') entities = keepNames(entities, features, shippedNameScorer());
  }
  const placed = mentions.filter((m) => m.cluster >= 0);
  for (const m of placed) {
    const p = paragraphs[m.para]!;
    const e = entities[m.cluster]!;
    const credit = e.type === 'person' ? creditRole(m, p.text, p.headline) : null;
    if (!p.titleCase) {
      const s = p.sentences.find((x) => x.index === m.sent)!;
      e.descriptions.push(...appositivesOf(m, p, s.tokens));
    }
    if (credit) e.descriptions.push(credit);
  }
  addRelations(paragraphs, placed, entities);
  collectFacts(entities, paragraphs);
  const speakers = chooseSpeakers(attributionScene(spans, paragraphs, placed, entities), options);
  const about = quoteSubjects(spans, speakers, paragraphs, placed, demonyms, entities);
  const quotes = spans.map((q, i) => ({
    text: q.text,
    para: q.para,
    start: q.start,
    end: q.end,
    single: q.single,
    speaker: speakers[i] ?? null,
    about: about[i]!,
  }));
  return { entities, quotes };
}

// The rules' speakers; with the learned scorer, its choice among the candidates of each quotation the rules leave open.
function chooseSpeakers(scene: Scene, options: ArticleOptions): Array<number | null> {
  const learned = (options.speakerScorer ?? DEFAULT_SPEAKER_SCORER) === 'learned';
  if (!learned && !options.onSpeakerCandidates) return scene.speakers;
  const open = (i: number) => scene.speakers[i] === null && !scene.unsaid.has(i);
  // A trainer sees every quotation; the builder reads features only where the scorer is asked.
  const candidates = speakerCandidates(scene, options.onSpeakerCandidates ? undefined : open);
  options.onSpeakerCandidates?.(
    scene.quotes.map((q, i) => ({
      text: q.text,
      rules: scene.speakers[i] ?? null,
      open: open(i),
      candidates: candidates[i]!,
    })),
    scene.entities,
  );
  if (!learned) return scene.speakers;
  const choose = shippedSpeakerScorer();
  return candidates.map((c, i) => (open(i) ? choose(c) : (scene.speakers[i] ?? null)));
}

// The rules' type decider, the learned one, or the rules' with the features handed to a trainer.
function typeDecider(options: ArticleOptions): TypeDecider | undefined {
  const learned = (options.typeScorer ?? DEFAULT_TYPE_SCORER) === 'learned';
  const seen = options.onTypeCandidates;
  if (!learned && !seen) return undefined;
  return (c) => {
    const features = typeFeatures(c);
    const rules = decideType(c.name, c.scores);
    seen?.({ name: c.name, aliases: c.aliases, features, rules });
    return learned ? shippedTypeScorer()(features) : rules;
  };
}

// Drops the candidates the scorer rejects; their mentions belong to no entity.
function keepNames(
  entities: EntityDraft[],
  features: number[][],
  keep: (features: readonly number[]) => boolean,
): EntityDraft[] {
  const kept: EntityDraft[] = [];
  entities.forEach((e, i) => {
    if (keep(features[i]!)) {
      for (const m of e.mentions) m.cluster = kept.length;
      kept.push(e);
    } else for (const m of e.mentions) m.cluster = -1;
  });
  return kept;
}
