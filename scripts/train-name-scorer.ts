// npm run train:name-scorer [-- --gold DIR] [--dev DIR] [--out FILE]
// Trains the learned keep/drop decision for candidate entities: logistic regression over the candidate features
// (utils/builder/learned/candidate-features.ts), on the articles the rules were written against ONLY. A candidate is
// a positive when its name or one of its aliases is a gold entity's name or alias, or an optional entity or alias.
// The held-back articles are never read here. Writes the weights, with their feature names, to assets/name-scorer.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { processArticle } from '../utils/builder/article';
import { CANDIDATE_FEATURES } from '../utils/builder/learned/candidate-features';
import { nameProbability, type NameScorerWeights } from '../utils/builder/learned/name-scorer';
import { goldArticles, splitBlocks } from './lib/eval-blocks';
import { readArticle } from './lib/read-articles';
import { norm, type Gold } from './lib/score-dictionary';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const goldDir = option('--gold') ?? join(root, 'tests/gold');
const devDir = option('--dev') ?? join(root, 'tests/gold-dev');
const out = option('--out') ?? join(root, 'assets/name-scorer.json');

const L2 = 0.003;
const RATE = 0.5;
const EPOCHS = 3000;
const FOLDS = 5;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

interface Sample {
  x: number[];
  y: number;
}
interface Doc {
  name: string;
  samples: Sample[];
  goldCount: number;
}

/** One written-against article's candidates, labelled against its gold. */
function labelled(dir: string, name: string): Doc {
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold & {
    entities: Array<{ name: string; aliases?: string[]; optionalAliases?: string[] }>;
  };
  const names = new Set<string>();
  for (const g of gold.entities)
    for (const n of [g.name, ...(g.aliases ?? []), ...(g.optionalAliases ?? [])]) names.add(norm(n));
  for (const o of gold.optionalEntities ?? []) names.add(norm(o.name));
  const samples: Sample[] = [];
  processArticle(readArticle(join(dir, `${name}.txt`)), {
    nameScorer: 'rules',
    onCandidates: (cands) => {
      for (const { entity, features } of cands) {
        const forms = [entity.name, ...entity.aliases].map(norm);
        samples.push({ x: features, y: forms.some((f) => names.has(f)) ? 1 : 0 });
      }
    },
  });
  return { name, samples, goldCount: gold.entities.length };
}

/** Logistic regression by full-batch gradient descent with a little L2 (none on the bias). */
function train(samples: Sample[]): number[] {
  const d = CANDIDATE_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const g = new Array<number>(d).fill(0);
    for (const s of samples) {
      const err = nameProbability(s.x, w) - s.y;
      for (let i = 0; i < d; i++) g[i]! += err * s.x[i]!;
    }
    for (let i = 0; i < d; i++) w[i]! -= RATE * (g[i]! / samples.length + (i === 0 ? 0 : L2 * w[i]!));
  }
  return w;
}

/** The mean over articles of the candidate-level F1 when keeping what `keep` keeps (recall against all gold). */
function meanF1(docs: Doc[], keep: (s: Sample, doc: number) => boolean): number {
  const f1s = docs.map((doc, k) => {
    const kept = doc.samples.filter((s) => keep(s, k));
    const tp = kept.filter((s) => s.y === 1).length;
    const p = kept.length ? tp / kept.length : 0;
    const r = doc.goldCount ? Math.min(1, tp / doc.goldCount) : 1;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
}

async function main(): Promise<void> {
  const { written } = splitBlocks(goldArticles(goldDir, devDir));
  const docs = written.map((a) => labelled(a.dir, a.name));
  const all = docs.flatMap((d) => d.samples);
  const pos = all.filter((s) => s.y === 1).length;
  console.log(
    `written-against articles: ${docs.length}; candidates: ${all.length} (${pos} names, ${all.length - pos} not)`,
  );
  // Cross-validated probabilities by article, to choose the threshold without scoring on the training data.
  const cv = docs.map(() => new Map<Sample, number>());
  for (let fold = 0; fold < FOLDS; fold++) {
    const w = train(docs.filter((_, k) => k % FOLDS !== fold).flatMap((d) => d.samples));
    docs.forEach((d, k) => {
      if (k % FOLDS === fold) for (const s of d.samples) cv[k]!.set(s, nameProbability(s.x, w));
    });
  }
  console.log(`rules (keep every candidate): mean candidate F1 ${meanF1(docs, () => true).toFixed(3)}`);
  let best = { threshold: 0.5, f1: -1 };
  for (const t of THRESHOLDS) {
    const f1 = meanF1(docs, (s, k) => cv[k]!.get(s)! >= t);
    console.log(`learned, threshold ${t.toFixed(2)} (${FOLDS}-fold by article): mean candidate F1 ${f1.toFixed(3)}`);
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  const weights = train(all).map((x) => Number(x.toFixed(4)));
  const file: NameScorerWeights = { features: [...CANDIDATE_FEATURES], weights, threshold: best.threshold };
  const options = (await resolveConfig(out)) ?? {};
  writeFileSync(out, await format(JSON.stringify(file), { ...options, parser: 'json' }));
  console.log(`threshold ${best.threshold}; weights written to ${out}`);
  for (const [i, f] of CANDIDATE_FEATURES.entries()) console.log(`  ${f.padEnd(24)} ${weights[i]!.toFixed(3)}`);
}

await main();
