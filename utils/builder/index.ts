import type { Dictionary } from '../dictionary/schema';
import { DictionaryAssembler } from './assemble';
import type { NameScorerChoice, SpeakerScorerChoice, TypeScorerChoice } from './article';
import { applyCuration, type Curation } from './curation';
import type { ArticleInput } from './types';

export type { ArticleInput } from './types';
export type { Curation } from './curation';
export {
  DEFAULT_NAME_SCORER,
  DEFAULT_SPEAKER_SCORER,
  DEFAULT_TYPE_SCORER,
  type NameScorerChoice,
  type SpeakerScorerChoice,
  type TypeScorerChoice,
} from './article';
export { DictionaryAssembler } from './assemble';
export { applyCuration, parseCuration } from './curation';
export { parseMarkdownArticle, parseTextArticle } from './article-input';

/** Options for a dictionary build. */
export interface BuildOptions {
  curation?: Curation;
  onProgress?: (done: number, total: number) => void;
  /** Who makes the final keep/drop of candidate entities: the hand rules, or the learned scorer (assets/name-scorer.json). */
  nameScorer?: NameScorerChoice;
  /** Who chooses the type of an entity no lexicon fixes: the hand rules, or the learned scorer (learned/type-scorer.json). */
  typeScorer?: TypeScorerChoice;
  /** Who finds each quotation's speaker: the hand rules, or the learned scorer (learned/speaker-scorer.json). */
  speakerScorer?: SpeakerScorerChoice;
}

/** Builds one entity dictionary from news articles: entities, aliases, descriptions, facts and quotes. */
export function buildDictionary(articles: ArticleInput[], options: BuildOptions = {}): Dictionary {
  const assembler = new DictionaryAssembler({
    nameScorer: options.nameScorer,
    typeScorer: options.typeScorer,
    speakerScorer: options.speakerScorer,
  });
  articles.forEach((article, i) => {
    assembler.add(article);
    options.onProgress?.(i + 1, articles.length);
  });
  const dict = assembler.finish();
  return options.curation ? applyCuration(dict, options.curation) : dict;
}
