import type { EntityType } from '../dictionary/schema';
import type { Lead } from './lead';

/** One article handed to the builder: its text plus what is known about where it came from. */
export interface ArticleInput {
  /** Stable source id; derived from the text when absent. */
  id?: string;
  title: string;
  /** The article body, paragraphs separated by newlines (the title is not repeated here). */
  text: string;
  url?: string;
  publisher?: string;
  published?: string;
}

/** A word or punctuation mark, with offsets into its paragraph. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Written with a possessive ending ("Iran’s", "Corps’"), which `text` no longer carries. */
  possessive: boolean;
  /** First word of a sentence or of a quotation, where capitals say nothing about names. */
  initial: boolean;
}

/** A sentence of a paragraph. */
export interface Sentence {
  para: number;
  /** Index among all sentences of the article. */
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Written in Title Case ("Order Reprints | Today’s Paper"): capitals there are not evidence of names. */
  titleCase: boolean;
}

/** A paragraph (a line of the article), the headline being paragraph 0. */
export interface Paragraph {
  index: number;
  text: string;
  headline: boolean;
  /** Written in Title Case (headlines, headings): capitals there are not evidence of names. */
  titleCase: boolean;
  sentences: Sentence[];
}

/** Evidence for each entity type, summed over a name's mentions. */
export type TypeScores = Record<EntityType, number>;

/** One occurrence of a name in the text. */
export interface Mention {
  /** The clean surface form (titles, possessives and sentence openers removed). */
  name: string;
  words: string[];
  para: number;
  sent: number;
  /** Offsets of the clean form within its paragraph. */
  start: number;
  end: number;
  /** Token index range in its sentence, end exclusive. */
  first: number;
  last: number;
  titles: string[];
  scores: TypeScores;
  /** Set when a lexicon fixes the canonical name and type. */
  canonical?: { name: string; type: EntityType };
  /** A shorter form this mention should also be known by ("Department of Conservation"). */
  shortForm?: string;
  /** Only counts if the same name is found elsewhere (title-case lines). */
  weak: boolean;
  /** Used as a modifier ("the Obama administration"): not a likely subject or antecedent. */
  modifier: boolean;
  /** The lower-case word right after the mention, if any. */
  nextLower?: string;
  /** Index of the entity cluster it was assigned to. */
  cluster: number;
}

/** An entity as found in one article. */
export interface EntityDraft {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: Mention[];
  descriptions: string[];
  facts: string[];
  /** A sentence with the entity as its subject, trimmed for a card. */
  lead?: Lead;
}

/** A quotation as found in one article, speaker and subjects as indices into the article's entities. */
export interface QuoteDraft {
  text: string;
  para: number;
  /** Offsets of the inner text within the paragraph. */
  start: number;
  end: number;
  single: boolean;
  speaker: number | null;
  about: number[];
}

/** Everything extracted from one article. */
export interface ArticleResult {
  entities: EntityDraft[];
  quotes: QuoteDraft[];
}
