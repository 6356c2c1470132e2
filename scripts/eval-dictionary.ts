// npm run eval:dictionary [-- --json [--held-back-rows]] [--keep DIR] [--gold DIR] [--dev DIR] [--names=rules|learned]
// [--types=rules|learned] [--speakers=rules|learned]
// Builds each gold article in tests/gold/ and tests/gold-dev/ (or the folders given) with curation off and scores it
// against its gold annotation, in two blocks: the articles the rules were written against, and the held-back ones
// (listed in the development folder's held-back.json). The held-back block shows only its mean row, so that no rule
// is tuned on one of its articles; --held-back-rows puts its articles in the JSON output all the same.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildDictionary,
  type NameScorerChoice,
  type SpeakerScorerChoice,
  type TypeScorerChoice,
} from '../utils/builder/index';
import { validateDictionary } from '../utils/dictionary/validate';
import { blockMean, goldArticles, splitBlocks, type BlockMean, type GoldArticle } from './lib/eval-blocks';
import { readArticle } from './lib/read-articles';
import { scoreWithCounts, type Gold, type QuoteCounts, type Score } from './lib/score-dictionary';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const goldDir = option('--gold') ?? join(root, 'tests/gold');
const devDir = option('--dev') ?? join(root, 'tests/gold-dev');
// Who makes the final keep/drop of candidate entities; the builder's default when not given.
const namesArg = (argv.find((a) => a.startsWith('--names=')) ?? '').slice('--names='.length);
if (namesArg && namesArg !== 'rules' && namesArg !== 'learned') {
  console.error(`error: --names must be rules or learned, not ${namesArg}`);
  process.exit(2);
}
// Who chooses the type of an entity no lexicon fixes; the builder's default when not given.
const typesArg = (argv.find((a) => a.startsWith('--types=')) ?? '').slice('--types='.length);
if (typesArg && typesArg !== 'rules' && typesArg !== 'learned') {
  console.error(`error: --types must be rules or learned, not ${typesArg}`);
  process.exit(2);
}
const typeScorer = typesArg ? (typesArg as TypeScorerChoice) : undefined;
// Who finds each quotation's speaker; the builder's default when not given.
const speakersArg = (argv.find((a) => a.startsWith('--speakers=')) ?? '').slice('--speakers='.length);
if (speakersArg && speakersArg !== 'rules' && speakersArg !== 'learned') {
  console.error(`error: --speakers must be rules or learned, not ${speakersArg}`);
  process.exit(2);
}
const speakerScorer = speakersArg ? (speakersArg as SpeakerScorerChoice) : undefined;
// Held-back articles' own figures, for the JSON output only.
const heldBackRows = argv.includes('--held-back-rows');
const nameScorer = namesArg ? (namesArg as NameScorerChoice) : undefined;

/** One target: a label and whether the figures meet it. */
type Target<T> = [string, (s: T) => boolean];

const FOUNDING: Array<Target<Score>> = [
  ['all entities, right type', (s) => s.typed === s.gold],
  ['precision ≥ 0.95', (s) => s.precision >= 0.95],
  ['all must-have aliases', (s) => s.alias_recall === 1],
  ['descriptions ≥ 0.9', (s) => s.descriptions >= 0.9],
  ['all quotes, right speaker', (s) => s.quotes_found === s.quotes_gold && s.speakers_right === s.quotes_gold],
  ['about ≥ 0.9', (s) => s.about_recall >= 0.9],
  ['no false quotes', (s) => s.false_quotes === 0],
];
// Every article in tests/gold/, the founding one included.
const SHARED: Array<Target<Score>> = [
  ['F1 ≥ 0.9', (s) => s.f1 >= 0.9],
  ['speakers ≥ 0.9', (s) => s.speaker_acc >= 0.9],
  ['about ≥ 0.8', (s) => s.about_recall >= 0.8],
  ['no wrong speaker', (s) => s.wrong_speakers === 0],
  ['descriptions alone ≥ 0.8', (s) => s.descriptions_alone >= 0.8],
  ['descriptions saying nothing ≤ 15%', (s) => s.empty_descriptions <= 0.15],
];
// The held-back block's mean row.
const HELD_BACK: Array<Target<BlockMean>> = [
  ['mean F1 ≥ 0.88', (m) => m.f1 >= 0.88],
  ['speakers right ≥ 0.90', (m) => m.speaker_acc >= 0.9],
  ['wrong speakers ≤ 3% of quotes', (m) => m.wrong_share <= 0.03],
  ['about ≥ 0.55', (m) => m.about_recall >= 0.55],
  ['descriptions alone ≥ 0.80', (m) => m.descriptions_alone >= 0.8],
  ['descriptions saying nothing ≤ 15%', (m) => m.empty_descriptions <= 0.15],
  ['descriptions off ≤ 10%', (m) => m.descriptions_off <= 0.1],
];

interface Row {
  name: string;
  set: 'gold' | 'gold-dev';
  heldBack: boolean;
  founding: boolean;
  score: Score;
  counts: QuoteCounts;
  targets: Array<[string, boolean]>;
}

const check = <T>(targets: Array<Target<T>>, s: T) => targets.map(([label, ok]) => [label, ok(s)] as [string, boolean]);

/** Builds and scores one gold article; exits if the built dictionary is invalid. */
function scoreArticle(a: GoldArticle, bundled: Set<string>, keep?: string): Row {
  const file = join(a.dir, `${a.name}.txt`);
  const dict = buildDictionary([readArticle(file)], { nameScorer, typeScorer, speakerScorer });
  const checked = validateDictionary(dict);
  if (!checked.ok) {
    console.error(`error: ${a.name}: built dictionary is invalid:\n  ${checked.errors.join('\n  ')}`);
    process.exit(1);
  }
  // A held-back article's dictionary is kept only when its rows are asked for.
  if (keep && (!a.heldBack || heldBackRows)) writeFileSync(join(keep, `${a.name}.json`), JSON.stringify(dict, null, 2));
  const gold = JSON.parse(readFileSync(join(a.dir, `${a.name}.gold.json`), 'utf8')) as Gold;
  const { score, counts } = scoreWithCounts(gold, dict, readFileSync(file, 'utf8'));
  const set = a.dir === goldDir ? 'gold' : 'gold-dev';
  const founding = set === 'gold' && bundled.has(`${a.name}.txt`);
  const targets = set === 'gold' ? check(founding ? [...FOUNDING, ...SHARED] : SHARED, score) : [];
  return { name: a.name, set, heldBack: a.heldBack, founding, score, counts, targets };
}

const HEADER = [
  'article',
  'F1',
  'precision',
  'recall',
  'aliases',
  'descriptions',
  'desc. alone',
  'empty desc.',
  'desc. off',
  'quotes found',
  'speakers right',
  'wrong speakers',
  'speaker precision',
  'about',
  'about precision',
  'false quotes',
];

const f3 = (x: number) => x.toFixed(3);

function articleCells(r: Row): string[] {
  const s = r.score;
  const name = r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name;
  return [
    `${name}${r.set === 'gold-dev' ? ' (dev)' : ''}`,
    ...[
      s.f1,
      s.precision,
      s.recall,
      s.alias_recall,
      s.descriptions,
      s.descriptions_alone,
      s.empty_descriptions,
      s.descriptions_off,
    ].map(f3),
    `${s.quotes_found}/${s.quotes_gold}`,
    `${s.speakers_right}/${s.quotes_gold}`,
    String(s.wrong_speakers),
    r.counts.attributed ? f3(s.speaker_precision) : '–',
    r.counts.aboutNeed ? f3(s.about_recall) : '–',
    r.counts.aboutGiven ? f3(r.counts.aboutGivenRight / r.counts.aboutGiven) : '–',
    String(s.false_quotes),
  ];
}

function meanCells(m: BlockMean): string[] {
  return [
    `mean (${m.articles})`,
    ...[
      m.f1,
      m.precision,
      m.recall,
      m.alias_recall,
      m.descriptions,
      m.descriptions_alone,
      m.empty_descriptions,
      m.descriptions_off,
    ].map(f3),
    `${m.quotes_found}/${m.quotes_gold}`,
    `${m.speakers_right}/${m.quotes_gold} (${f3(m.speaker_acc)})`,
    `${m.wrong_speakers} (${(m.wrong_share * 100).toFixed(1)}%)`,
    f3(m.speaker_precision),
    f3(m.about_recall),
    f3(m.about_precision),
    String(m.false_quotes),
  ];
}

/** Prints one block: a table of its articles (none when `meanOnly`) and its mean row. */
function printBlock(title: string, rows: Row[], mean: BlockMean, meanOnly = false): void {
  console.log(`${title}: ${rows.length} article${rows.length === 1 ? '' : 's'}`);
  if (!rows.length) return;
  const table = [...(meanOnly ? [] : rows.map(articleCells)), meanCells(mean)];
  const widths = HEADER.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = table.slice(0, -1).map(line);
  console.log([line(HEADER), rule, ...body, ...(body.length ? [rule] : []), line(table.at(-1)!)].join('\n'));
}

/** Prints each shared article's targets and what it got wrong; held-back articles show no details to tune on. */
function printTargets(rows: Row[], held: BlockMean): void {
  for (const r of rows.filter((x) => x.targets.length)) {
    const met = r.targets.filter(([, ok]) => ok).length;
    console.log(`${r.name}${r.founding ? ' (founding article)' : ''}: ${met}/${r.targets.length} targets met`);
    for (const [label, ok] of r.targets) console.log(`  ${ok ? '✓' : '✗'} ${label}`);
    const s = r.score;
    if (s.missing.length) console.log(`  missing: ${s.missing.join(', ')}`);
    if (s.wrong_type.length) console.log(`  wrong type: ${s.wrong_type.join(', ')}`);
    if (s.spurious.length) console.log(`  spurious: ${s.spurious.join(', ')}`);
  }
  if (!held.articles) return;
  const targets = check(HELD_BACK, held);
  console.log(`held-back mean: ${targets.filter(([, ok]) => ok).length}/${targets.length} targets met`);
  for (const [label, ok] of targets) console.log(`  ${ok ? '✓' : '✗'} ${label}`);
}

function main(): void {
  const asJson = argv.includes('--json');
  const keep = option('--keep');
  if (keep) mkdirSync(keep, { recursive: true });
  const bundled = new Set(existsSync(join(root, 'assets/articles')) ? readdirSync(join(root, 'assets/articles')) : []);
  const rows = goldArticles(goldDir, devDir).map((a) => scoreArticle(a, bundled, keep));
  const { written, heldBack } = splitBlocks(rows);
  const blocks = [
    { title: 'written against', heldBack: false, articles: written, mean: blockMean(written) },
    { title: 'held back', heldBack: true, articles: heldBackRows ? heldBack : [], mean: blockMean(heldBack) },
  ];
  if (asJson) {
    console.log(JSON.stringify({ blocks }, null, 2));
    return;
  }
  printBlock('Articles the rules were written against', written, blocks[0]!.mean);
  console.log('');
  printBlock('Held-back articles (the rules are never tuned on these; mean row only)', heldBack, blocks[1]!.mean, true);
  console.log('\nmean rows: entity and description figures averaged over articles, quote figures pooled over quotes');
  // Of the gold entities found, how many were given the gold's type, pooled over each block.
  const typed = (rs: Row[]) =>
    `${rs.reduce((n, r) => n + r.score.typed, 0)}/${rs.reduce((n, r) => n + r.score.found, 0)}`;
  console.log(`types right of entities found: written against ${typed(written)}, held back ${typed(heldBack)}`);
  console.log('');
  printTargets(rows, blocks[1]!.mean);
}

main();
