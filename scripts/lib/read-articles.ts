// Reads article files (.txt, .md, .html) from disk into builder input; reports bad files without stopping.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseMarkdownArticle, parseTextArticle } from '../../utils/builder/article-input';
import type { ArticleInput } from '../../utils/builder/types';
import { readArticleMeta, type ArticleMeta } from './article-meta';
import { htmlArticle } from './html-article';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Expands files and folders into a sorted list of article files; missing paths are reported as problems. */
export function expandInputs(paths: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    } catch (error) {
      problems.push(`${p}: ${describeError(error)}`);
    }
  }
  return { files, problems };
}

/** A short, human explanation of a file-system error. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error)?.message ?? String(error);
}

/**
 * Reads one article file and its sidecar, if any; throws an Error saying what is wrong with either (unreadable,
 * empty, no article, a malformed sidecar).
 */
export function readArticle(file: string): ArticleInput {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(describeError(error), { cause: error });
  }
  if (!raw.trim()) throw new Error('file is empty');
  if (raw.includes('\u0000')) throw new Error('not a text file');
  const id = basename(file, extname(file));
  const ext = extname(file).toLowerCase();
  const article =
    ext === '.html' || ext === '.htm'
      ? htmlArticle(raw, id)
      : ext === '.md' || ext === '.markdown'
        ? parseMarkdownArticle(raw, id)
        : parseTextArticle(raw, id);
  if (!article.text.trim() && !article.title.trim()) throw new Error('no article text found');
  return withMeta(article, readArticleMeta(file), ext === '.txt' && !/^\uFEFF?---/.test(raw));
}

/**
 * An article with what its sidecar says of it. A sidecar's headline replaces the one found in the file; a plain-text
 * file without front matter then has none of its own, so its first line, read as the headline, is text again.
 */
export function withMeta(article: ArticleInput, meta: ArticleMeta | undefined, firstLineIsText: boolean): ArticleInput {
  if (!meta) return article;
  const out = { ...article, ...meta };
  if (meta.title && firstLineIsText && article.title)
    out.text = [article.title, article.text].filter(Boolean).join('\n');
  return out;
}
