// npm run eval:dictionary [-- --json] [--keep DIR]
// Builds each gold article in tests/gold/ with curation off and scores it against its gold annotation.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictionary } from '../utils/builder/index';
import { validateDictionary } from '../utils/dictionary/validate';
import { readArticle } from './lib/read-articles';
import { scoreDictionary, type Gold, type Score } from './lib/score-dictionary';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldDir = join(root, 'tests/gold');

/** One target: a label and whether the score meets it. */
type Target = [string, (s: Score) => boolean];

const FOUNDING: Target[] = [
  ['all entities, right type', (s) => s.typed === s.gold],
  ['precision ≥ 0.95', (s) => s.precision >= 0.95],
  ['all must-have aliases', (s) => s.alias_recall === 1],
  ['descriptions ≥ 0.9', (s) => s.descriptions >= 0.9],
  ['all quotes, right speaker', (s) => s.quotes_found === s.quotes_gold && s.speakers_right === s.quotes_gold],
  ['about ≥ 0.9', (s) => s.about_recall >= 0.9],
  ['no false quotes', (s) => s.false_quotes === 0],
];
const OTHERS: Target[] = [
  ['F1 ≥ 0.9', (s) => s.f1 >= 0.9],
  ['speakers ≥ 0.9', (s) => s.speaker_acc >= 0.9],
  ['about ≥ 0.8', (s) => s.about_recall >= 0.8],
];

function main(): void {
  const argv = process.argv.slice(2);
  const asJson = argv.includes('--json');
  const keepAt = argv.indexOf('--keep');
  const keep = keepAt >= 0 ? argv[keepAt + 1] : undefined;
  if (keep) mkdirSync(keep, { recursive: true });
  const bundled = new Set(existsSync(join(root, 'assets/articles')) ? readdirSync(join(root, 'assets/articles')) : []);
  const names = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json') && existsSync(join(goldDir, f.replace(/\.gold\.json$/, '.txt'))))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .sort();
  const rows: Array<{ name: string; founding: boolean; score: Score; targets: Array<[string, boolean]> }> = [];
  for (const name of names) {
    const article = readArticle(join(goldDir, `${name}.txt`));
    const dict = buildDictionary([article]);
    const checked = validateDictionary(dict);
    if (!checked.ok) {
      console.error(`error: ${name}: built dictionary is invalid:\n  ${checked.errors.join('\n  ')}`);
      process.exit(1);
    }
    if (keep) writeFileSync(join(keep, `${name}.json`), JSON.stringify(dict, null, 2));
    const gold = JSON.parse(readFileSync(join(goldDir, `${name}.gold.json`), 'utf8')) as Gold;
    const score = scoreDictionary(gold, dict, readFileSync(join(goldDir, `${name}.txt`), 'utf8'));
    const founding = bundled.has(`${name}.txt`);
    const targets = (founding ? FOUNDING : OTHERS).map(([label, ok]) => [label, ok(score)] as [string, boolean]);
    rows.push({ name, founding, score, targets });
  }
  if (asJson) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const header = ['article', 'P', 'R', 'F1', 'aliases', 'desc', 'quotes', 'speakers', 'about', 'false q'];
  const table = rows.map(({ name, score: s }) => [
    name.length > 22 ? `${name.slice(0, 21)}…` : name,
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
    s.alias_recall.toFixed(3),
    s.descriptions.toFixed(3),
    `${s.quotes_found}/${s.quotes_gold}`,
    `${s.speakers_right}/${s.quotes_gold}`,
    s.about_recall.toFixed(3),
    String(s.false_quotes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  console.log('');
  for (const r of rows) {
    const met = r.targets.filter(([, ok]) => ok).length;
    console.log(`${r.name}${r.founding ? ' (founding article)' : ''}: ${met}/${r.targets.length} targets met`);
    for (const [label, ok] of r.targets) console.log(`  ${ok ? '✓' : '✗'} ${label}`);
    const s = r.score;
    if (s.missing.length) console.log(`  missing: ${s.missing.join(', ')}`);
    if (s.wrong_type.length) console.log(`  wrong type: ${s.wrong_type.join(', ')}`);
    if (s.spurious.length) console.log(`  spurious: ${s.spurious.join(', ')}`);
  }
}

main();
