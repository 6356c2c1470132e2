// Which gold articles the evaluation scores, which of them are held back, and the figures of a block of articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { round3, type QuoteCounts, type Score } from './score-dictionary';

/** The file in the development set that names its held-back articles. */
export const HELD_BACK_FILE = 'held-back.json';

/** One gold article: its name, folder, and whether the builder's rules may be written against it. */
export interface GoldArticle {
  name: string;
  dir: string;
  heldBack: boolean;
}

/** The held-back article names listed in `devDir`'s held-back file (none if there is no such file). */
export function readHeldBack(devDir: string): string[] {
  const file = join(devDir, HELD_BACK_FILE);
  if (!existsSync(file)) return [];
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string'))
    throw new Error(`${HELD_BACK_FILE} must be a list of article names`);
  return list;
}

/** Names of the articles in `dir` that have both a text and a gold file. */
function goldNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') && existsSync(join(dir, f.replace(/\.gold\.json$/, '.txt'))))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .sort();
}

/** Every gold article present: the shared set (never held back), then the development set, held back as listed. */
export function goldArticles(goldDir: string, devDir: string): GoldArticle[] {
  const heldBack = new Set(readHeldBack(devDir));
  return [
    ...goldNames(goldDir).map((name) => ({ name, dir: goldDir, heldBack: false })),
    ...goldNames(devDir).map((name) => ({ name, dir: devDir, heldBack: heldBack.has(name) })),
  ];
}

/** Splits articles into those the rules were written against and those held back. */
export function splitBlocks<T extends { heldBack: boolean }>(articles: T[]): { written: T[]; heldBack: T[] } {
  return { written: articles.filter((a) => !a.heldBack), heldBack: articles.filter((a) => a.heldBack) };
}

/** A block's mean row: entity and description figures averaged over articles, quote figures pooled over quotes. */
export interface BlockMean {
  articles: number;
  f1: number;
  precision: number;
  recall: number;
  alias_recall: number;
  descriptions: number;
  descriptions_alone: number;
  empty_descriptions: number;
  descriptions_off: number;
  quotes_gold: number;
  quotes_found: number;
  speakers_right: number;
  speaker_acc: number;
  wrong_speakers: number;
  wrong_share: number;
  speaker_precision: number;
  about_recall: number;
  about_precision: number;
  false_quotes: number;
}

const AVERAGED = [
  'f1',
  'precision',
  'recall',
  'alias_recall',
  'descriptions',
  'descriptions_alone',
  'empty_descriptions',
  'descriptions_off',
] as const;

/** The mean row of a block of scored articles. */
export function blockMean(rows: Array<{ score: Score; counts: QuoteCounts }>): BlockMean {
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const ratio = (a: number, b: number, none: number) => (b ? round3(a / b) : none);
  const quotes = sum((r) => r.score.quotes_gold);
  const right = sum((r) => r.score.speakers_right);
  const wrong = sum((r) => r.score.wrong_speakers);
  const attributed = sum((r) => r.counts.attributed);
  const averaged = Object.fromEntries(
    AVERAGED.map((k) => [
      k,
      ratio(
        sum((r) => r.score[k]),
        rows.length,
        0,
      ),
    ]),
  ) as Record<(typeof AVERAGED)[number], number>;
  return {
    articles: rows.length,
    ...averaged,
    quotes_gold: quotes,
    quotes_found: sum((r) => r.score.quotes_found),
    speakers_right: right,
    speaker_acc: ratio(right, quotes, 1),
    wrong_speakers: wrong,
    wrong_share: ratio(wrong, quotes, 0),
    speaker_precision: ratio(attributed - wrong, attributed, 1),
    about_recall: ratio(
      sum((r) => r.counts.aboutHave),
      sum((r) => r.counts.aboutNeed),
      1,
    ),
    about_precision: ratio(
      sum((r) => r.counts.aboutGivenRight),
      sum((r) => r.counts.aboutGiven),
      1,
    ),
    false_quotes: sum((r) => r.score.false_quotes),
  };
}
