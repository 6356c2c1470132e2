// npm run bench:dictionary [-- --articles N]
// Builds a corpus of synthetic variants of the shared articles (people renamed, paragraphs shuffled), one article
// at a time, and prints words per second and heap use at checkpoints: memory should follow the dictionary's
// size, not the number of articles read.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DictionaryAssembler, buildDictionary, type ArticleInput } from '../utils/builder/index';
import { readArticle } from './lib/read-articles';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc && !process.env.BENCH_CHILD) {
  // Re-run with a collectable heap so the figures are not just garbage waiting to be collected.
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const argAt = process.argv.indexOf('--articles');
const TOTAL = argAt >= 0 ? Number(process.argv[argAt + 1]) : 1000;
const CHECKPOINTS = new Set([Math.round(TOTAL / 4), Math.round(TOTAL / 2), TOTAL]);
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'to',
  'sa',
  'vel',
  'dor',
  'ni',
  'bar',
  'el',
  'qu',
  'zan',
  'fi',
  'mar',
  'ost',
  'lin',
  'ger',
  'u',
  'tha',
];

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticWord(rand: () => number): string {
  let w = '';
  const n = 2 + Math.floor(rand() * 2);
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The names to vary in each base article: the words of its people, places and organisations.
function nameWords(article: ArticleInput): string[] {
  const dict = buildDictionary([article]);
  const words = new Set<string>();
  for (const e of dict.entities)
    if (e.type === 'person' || e.type === 'place')
      for (const w of e.name.split(' ')) if (/^\p{Lu}\p{Ll}{2,}$/u.test(w)) words.add(w);
  return [...words];
}

function variant(base: ArticleInput, words: string[], k: number): ArticleInput {
  const rand = rng(k + 1);
  const map = new Map(words.map((w) => [w, syntheticWord(rand)]));
  const re = words.length ? new RegExp(`\\b(${words.map(escape).join('|')})\\b`, 'gu') : null;
  const rename = (s: string) => (re ? s.replace(re, (w) => map.get(w)!) : s);
  const paragraphs = base.text.split('\n');
  for (let i = paragraphs.length - 1; i > 0; i--) {
    if (rand() < 0.5) continue;
    const j = Math.floor(rand() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
  }
  return { id: `variant-${k}`, title: rename(base.title), text: rename(paragraphs.join('\n')) };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function main(): void {
  const dir = join(root, 'tests/gold');
  const bases = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readArticle(join(dir, f)));
  const words = bases.map(nameWords);
  const assembler = new DictionaryAssembler();
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let wordCount = 0;
  let buildMs = 0;
  console.log(`building ${TOTAL} articles varied from ${bases.length} shared articles`);
  console.log('articles  words      words/s   heap now   heap peak  dictionary JSON  heap ÷ JSON');
  for (let k = 1; k <= TOTAL; k++) {
    const article = variant(bases[(k - 1) % bases.length]!, words[(k - 1) % bases.length]!, k);
    wordCount += (article.title + ' ' + article.text).split(/\s+/).length;
    const t0 = performance.now();
    assembler.add(article);
    buildMs += performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (CHECKPOINTS.has(k)) {
      const t1 = performance.now();
      const dict = assembler.finish();
      const size = JSON.stringify(dict).length;
      buildMs += performance.now() - t1;
      gc?.();
      const now = process.memoryUsage().heapUsed;
      peak = Math.max(peak, now);
      const rate = Math.round(wordCount / (buildMs / 1000));
      console.log(
        `${String(k).padStart(8)}  ${String(wordCount).padEnd(9)}  ${String(rate).padStart(7)}  ${mb(now - baseline).padStart(9)}  ${mb(peak - baseline).padStart(9)}  ${mb(size).padStart(9)}  ${((now - baseline) / size).toFixed(1).padStart(10)}×  (${dict.entities.length} entities, ${dict.quotes.length} quotes)`,
      );
    }
  }
  const rate = Math.round(wordCount / (buildMs / 1000));
  console.log(`\n${wordCount} words in ${(buildMs / 1000).toFixed(2)} s: ${rate} words/s (target ≥ 20000)`);
  console.log(`heap above baseline: peak ${mb(peak - baseline)}; rss ${mb(process.memoryUsage().rss)}`);
  console.log('heap ÷ JSON stays flat: memory follows the dictionary being built, not the articles already read.');
}

main();
