import type { ArticleInput } from '../../builder/types';
import type { ExtractedArticle } from '../../messaging';
import { learnedSourceId } from './source-id';

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
