import type { Dictionary } from '../../dictionary/schema';
import type { ArticleInput } from '../../builder/types';
import type { ExtractedArticle } from '../../messaging';
import type { ReaderLayer } from './layer-schema';
import { mergeArticle, type MergeSummary } from './merge';
import { learnedSourceId } from './source-id';

/** The builder's core as learning uses it: articles in, one dictionary out. */
export type BuildDictionary = (articles: ArticleInput[]) => Dictionary;

/** The extracted page as the builder's input: one paragraph a line, with the page's source metadata. */
export function toArticleInput(article: ExtractedArticle): ArticleInput {
  const text = article.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
  return {
    id: learnedSourceId(article.url, article.title),
    title: article.title,
    text,
    url: article.url,
    ...(article.publisher ? { publisher: article.publisher } : {}),
    ...(article.published ? { published: article.published } : {}),
  };
}

/** Builds a dictionary from one extracted article and merges it into `layer`. */
export function learnArticle(
  layer: ReaderLayer,
  article: ExtractedArticle,
  bundled: Dictionary,
  build: BuildDictionary,
): { layer: ReaderLayer; summary: MergeSummary } {
  const built = build([toArticleInput(article)]);
  return mergeArticle(layer, built, bundled, article);
}
