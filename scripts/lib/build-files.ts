// Builds a dictionary from article files: reading, curation, validation and the exact JSON the CLI writes.
import { existsSync, readFileSync } from 'node:fs';
import { buildDictionary, parseCuration, type ArticleInput, type Curation } from '../../utils/builder/index';
import type { Dictionary } from '../../utils/dictionary/schema';
import { validateDictionary } from '../../utils/dictionary/validate';
import { describeError, expandInputs, readArticle } from './read-articles';

/** Options for building from files. */
export interface BuildFilesOptions {
  /** Curation file to apply; null or a missing file means none. */
  curationFile?: string | null;
  onProgress?: (done: number, total: number) => void;
}

/** What a build from files produced: the dictionary and its JSON (null if nothing could be built), and problems. */
export interface BuildFilesResult {
  dictionary: Dictionary | null;
  json: string | null;
  problems: string[];
  curated: boolean;
}

/** Reads a curation file; throws with the file named if it is malformed. */
export function loadCuration(file: string | null | undefined): Curation | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    return parseCuration(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`${file}: ${describeError(error)}`, { cause: error });
  }
}

/** Builds one dictionary from files and folders; unreadable or empty files are reported and skipped. */
export function buildFiles(inputs: string[], options: BuildFilesOptions = {}): BuildFilesResult {
  const { files, problems } = expandInputs(inputs);
  const articles: ArticleInput[] = [];
  for (const file of files) {
    try {
      articles.push(readArticle(file));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message} (skipped)`);
    }
  }
  const curation = loadCuration(options.curationFile);
  if (!articles.length) {
    problems.push('no article could be read, nothing was built');
    return { dictionary: null, json: null, problems, curated: !!curation };
  }
  const dictionary = buildDictionary(articles, { curation, onProgress: options.onProgress });
  const checked = validateDictionary(dictionary);
  if (!checked.ok) throw new Error(`the built dictionary is invalid:\n  ${checked.errors.join('\n  ')}`);
  return { dictionary, json: `${JSON.stringify(dictionary, null, 2)}\n`, problems, curated: !!curation };
}
