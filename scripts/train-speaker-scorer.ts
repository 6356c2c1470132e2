// npm run train:speaker-scorer [-- --gold DIR] [--dev DIR] [--out FILE]
// Trains the learned choice of who spoke a quotation: logistic regression over the speaker features
// (utils/builder/learned/speaker-features.ts), on the articles the rules were written against ONLY. A sample is a
// quotation the builder finds that matches a gold quotation; each of its candidates is labelled by whether it is the
// entity the gold names as the speaker. The builder asks the scorer only where the rules leave a quotation open, so
// the threshold below which it answers nobody is chosen on that combination, by five-fold cross-validation by article
// (a wrong speaker counting three times against; the highest of a tie). The held-back articles are never read here.
// Writes the weights, with their feature names and the threshold, to utils/builder/learned/speaker-scorer.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { processArticle } from '../utils/builder/article';
import { SPEAKER_FEATURES } from '../utils/builder/learned/speaker-features';
import type { SpeakerScorerWeights } from '../utils/builder/learned/speaker-scorer';
import type { EntityDraft } from '../utils/builder/types';
import { goldArticles, splitBlocks } from './lib/eval-blocks';
import { readArticle } from './lib/read-articles';
import { norm, overlapF1 } from './lib/score-dictionary';
import {
  chooseThreshold,
  learnedAnswer,
  scorerAnswer,
  tally,
  trainSpeakerWeights,
  type SpeakerSample,
  type SpeakerTally,
} from './lib/speaker-training';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const goldDir = option('--gold') ?? join(root, 'tests/gold');
const devDir = option('--dev') ?? join(root, 'tests/gold-dev');
const out = option('--out') ?? join(root, 'utils/builder/learned/speaker-scorer.json');
const FOLDS = 5;
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

interface GoldFile {
  entities: Array<{ name: string; aliases?: string[] }>;
  quotes?: Array<{ text?: string; span?: [number, number]; speaker: string | null }>;
}

/** The entity a gold speaker's name stands for, as the reference scorer matches it; -1 when the builder has none. */
function entityOf(speaker: string, gold: GoldFile, entities: EntityDraft[]): number {
  const g = gold.entities.find((x) => x.name === speaker);
  const names = new Set([speaker, ...(g?.aliases ?? [])].map(norm));
  const surf = entities.map((e) => new Set([e.name, ...e.aliases].map(norm)));
  const exact = surf.findIndex((s) => s.has(norm(speaker)));
  return exact >= 0 ? exact : surf.findIndex((s) => [...names].some((n) => s.has(n)));
}

/** One written-against article's quotations that match a gold quotation, labelled with the gold speaker. */
function labelled(dir: string, name: string): SpeakerSample[] {
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as GoldFile;
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const goldQuotes = (gold.quotes ?? []).map((q) => ({
    text: q.text ?? text.slice(q.span![0], q.span![1]),
    speaker: q.speaker,
  }));
  const samples: SpeakerSample[] = [];
  processArticle(readArticle(join(dir, `${name}.txt`)), {
    speakerScorer: 'rules',
    onSpeakerCandidates: (quotes, entities) => {
      for (const q of quotes) {
        const match = goldQuotes.map((g) => ({ g, f: overlapF1(g.text, q.text) })).sort((a, b) => b.f - a.f)[0];
        if (!match || match.f < 0.8) continue;
        const speaker = match.g.speaker;
        samples.push({
          candidates: q.candidates,
          gold: speaker === null ? null : entityOf(speaker, gold, entities),
          rules: q.rules,
          open: q.open,
        });
      }
    },
  });
  return samples;
}

const show = (t: SpeakerTally) => `${t.right}/${t.total} right, ${t.wrong} wrong`;

async function main(): Promise<void> {
  const { written } = splitBlocks(goldArticles(goldDir, devDir));
  const docs = written.map((a) => labelled(a.dir, a.name));
  const all = docs.flat();
  const reachable = all.filter((s) => s.gold === null || s.candidates.some((c) => c.entity === s.gold)).length;
  console.log(
    `written-against articles: ${docs.length}; quotations matching gold: ${all.length} ` +
      `(${all.filter((s) => s.gold === null).length} said by nobody named; ${reachable} with the gold speaker among ` +
      `the candidates or nobody)`,
  );
  console.log(`rules: ${show(tally(all, (s) => s.rules))}`);
  // Cross-validated by article, so that the threshold and the learned figure are not scored on their training data.
  const scored = docs.flatMap((d, k) => d.map((s) => ({ s, k })));
  const foldWeights = Array.from({ length: FOLDS }, (_, fold) =>
    trainSpeakerWeights(docs.filter((_, k) => k % FOLDS !== fold).flat()),
  );
  const cv = scored.map(({ s, k }) => ({ s, w: foldWeights[k % FOLDS]! }));
  const weightOf = new Map(cv.map((x) => [x.s, x.w]));
  const open = all.filter((s) => s.open);
  console.log(`rules leave ${open.length} open (${open.filter((s) => s.gold !== null).length} with a gold speaker)`);
  for (const t of THRESHOLDS) {
    const alone = tally(all, (s) => scorerAnswer(s, weightOf.get(s)!, t));
    const r = tally(all, (s) => learnedAnswer(s, weightOf.get(s)!, t));
    console.log(
      `threshold ${t.toFixed(2)} (${FOLDS}-fold by article): rules with the scorer where open ${show(r)}; ` +
        `the scorer alone ${show(alone)}`,
    );
  }
  const threshold = chooseThreshold(cv, THRESHOLDS);
  const weights = trainSpeakerWeights(all).map((x) => Number(x.toFixed(4)));
  const file: SpeakerScorerWeights = { features: [...SPEAKER_FEATURES], weights, threshold };
  const options = (await resolveConfig(out)) ?? {};
  writeFileSync(out, await format(JSON.stringify(file), { ...options, parser: 'json' }));
  console.log(`threshold ${threshold}; weights written to ${out}`);
  for (const [i, f] of SPEAKER_FEATURES.entries()) console.log(`  ${f.padEnd(22)} ${weights[i]!.toFixed(3)}`);
}

await main();
