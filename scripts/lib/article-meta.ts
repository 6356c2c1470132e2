// Reads the optional sidecar next to an article file, `<article>.meta.json`: what the article's text does not say of
// itself — its headline, publisher, publication date and address — so a card can cite it properly.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** What a sidecar may say of its article; every field is optional, none is ever guessed. */
export interface ArticleMeta {
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
}

// "headline" is accepted for "title": both name the same thing.
const KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title',
  headline: 'title',
  publisher: 'publisher',
  published: 'published',
  url: 'url',
};
const MAX_LENGTH = 300;

/** The sidecar's path for an article file: the same name with `.meta.json` for its extension. */
export function metaPathOf(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.meta.json`);
}

/** Checks one field's value; returns what is wrong with it, or nothing. */
function fieldProblem(key: keyof ArticleMeta, value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return 'must be a non-empty string';
  if (/[\r\n]/.test(value) || value.length > MAX_LENGTH) return `must be one line of at most ${MAX_LENGTH} characters`;
  if (
    key === 'published' &&
    (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || !Date.parse(value))
  )
    return 'must be a date such as 2024-11-19 or 2024-11-19T08:00:00Z';
  if (key === 'url' && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(value)) return 'must be an http(s) address';
  return undefined;
}

/** Validates parsed sidecar JSON; throws an Error naming every problem. */
export function parseArticleMeta(json: unknown): ArticleMeta {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('must be a JSON object');
  const meta: ArticleMeta = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(json)) {
    const field = KEYS[key];
    const problem = field ? fieldProblem(field, value) : `unknown field (known: ${Object.keys(KEYS).join(', ')})`;
    if (field && meta[field] !== undefined) problems.push(`"${key}": gives the title twice`);
    else if (problem) problems.push(`"${key}": ${problem}`);
    else meta[field!] = (value as string).trim();
  }
  if (problems.length) throw new Error(problems.join('; '));
  return meta;
}

/** Reads the sidecar of `file` when there is one; throws an Error naming the sidecar and what is wrong with it. */
export function readArticleMeta(file: string): ArticleMeta | undefined {
  const path = metaPathOf(file);
  if (!existsSync(path)) return undefined;
  try {
    return parseArticleMeta(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${basename(path)}: ${(error as Error).message}`, { cause: error });
  }
}
