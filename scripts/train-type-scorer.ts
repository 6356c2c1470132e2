// npm run train:type-scorer [-- --gold DIR] [--dev DIR] [--out FILE]
// Trains the learned type choice: multinomial logistic regression over the type features
// (utils/builder/learned/type-features.ts), on the articles the rules were written against ONLY. A sample is an
// entity whose type no lexicon fixed and whose name or an alias is a gold entity's name or alias; its label is that
// entity's gold type. The held-back articles are never read here. Writes the weights, with their feature names, to
// utils/builder/learned/type-scorer.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { processArticle } from '../utils/builder/article';
import { TYPE_FEATURES, TYPES } from '../utils/builder/learned/type-features';
import { typeProbabilities } from '../utils/builder/learned/type-scorer';
import { goldArticles, splitBlocks } from './lib/eval-blocks';
import { readArticle } from './lib/read-articles';
import { norm } from './lib/score-dictionary';
import { trainTypeRows, typeWeightsFile, type TypeSample } from './lib/type-training';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const goldDir = option('--gold') ?? join(root, 'tests/gold');
const devDir = option('--dev') ?? join(root, 'tests/gold-dev');
const out = option('--out') ?? join(root, 'utils/builder/learned/type-scorer.json');
const FOLDS = 5;

interface Labelled extends TypeSample {
  rules: number;
}

/** One written-against article's open type decisions, labelled with the gold type of the entity they found. */
function labelled(dir: string, name: string): Labelled[] {
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as {
    entities: Array<{ name: string; type: string; aliases?: string[]; optionalAliases?: string[] }>;
  };
  const typeOf = new Map<string, number>();
  for (const g of gold.entities)
    for (const n of [g.name, ...(g.aliases ?? []), ...(g.optionalAliases ?? [])])
      if (!typeOf.has(norm(n))) typeOf.set(norm(n), TYPES.indexOf(g.type as (typeof TYPES)[number]));
  const samples: Labelled[] = [];
  processArticle(readArticle(join(dir, `${name}.txt`)), {
    typeScorer: 'rules',
    onTypeCandidates: (c) => {
      const y = [c.name, ...c.aliases].map((n) => typeOf.get(norm(n))).find((t) => t !== undefined && t >= 0);
      if (y !== undefined) samples.push({ x: c.features, y, rules: TYPES.indexOf(c.rules) });
    },
  });
  return samples;
}

const argmax = (p: number[]) => p.indexOf(Math.max(...p));

async function main(): Promise<void> {
  const { written } = splitBlocks(goldArticles(goldDir, devDir));
  const docs = written.map((a) => labelled(a.dir, a.name));
  const all = docs.flat();
  const counts = TYPES.map((t, k) => `${all.filter((s) => s.y === k).length} ${t}`).join(', ');
  console.log(`written-against articles: ${docs.length}; open type decisions matching gold: ${all.length} (${counts})`);
  // Cross-validated by article, so that the learned figure is not scored on its own training data.
  let right = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const rows = trainTypeRows(docs.filter((_, k) => k % FOLDS !== fold).flat());
    for (const s of docs.filter((_, k) => k % FOLDS === fold).flat())
      if (argmax(typeProbabilities(s.x, rows)) === s.y) right++;
  }
  const rulesRight = all.filter((s) => s.rules === s.y).length;
  console.log(`rules: ${rulesRight}/${all.length} right; learned (${FOLDS}-fold by article): ${right}/${all.length}`);
  const file = typeWeightsFile(trainTypeRows(all));
  const options = (await resolveConfig(out)) ?? {};
  writeFileSync(out, await format(JSON.stringify(file), { ...options, parser: 'json' }));
  console.log(`weights written to ${out}`);
  for (const [i, f] of TYPE_FEATURES.entries())
    console.log(`  ${f.padEnd(20)} ${TYPES.map((t) => file.weights[t][i]!.toFixed(2).padStart(7)).join(' ')}`);
}

await main();
