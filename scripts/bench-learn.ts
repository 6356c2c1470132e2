/**
 * Times "Learn from this article" on saved pages (extraction, builder, merge) and the reader's layer of many articles
 * (5,000 at the cap): building the effective dictionary from it, reading the stored layer, making room for one more
 * and learning it, cold (folding every article to match against) and with the merge base kept from the merge before.
 * Prints measured figures only. Options: --count=1000 --runs=5
 */
import { performance } from 'node:perf_hooks';
import { readdirSync } from 'node:fs';
import { buildDictionary } from '../utils/builder';
import { effectiveDictionary } from '../utils/reader-layer/model/effective';
import { readerLayerSchema, emptyLayer } from '../utils/reader-layer/model/layer-schema';
import { toArticleInput } from '../utils/reader-layer/model/learn';
import { mergeArticle } from '../utils/reader-layer/model/merge';
import { MergeBase } from '../utils/reader-layer/model/merge-base';
import { withRoom } from '../utils/reader-layer/model/make-room';
import { layerNames, pageNamesMark } from '../utils/reader-layer/model/names-index';
import { layerOutline, newStamp } from '../utils/reader-layer/model/layer-outline';
import { migrateLayer } from '../utils/reader-layer/model/layer-migrate';
import { checkChangedLayer } from '../utils/reader-layer/model/layer-check';
import { exportLayerJson } from '../utils/reader-layer/model/export';
import { IMPORT_LIMITS } from '../utils/reader-layer/model/json-guard';
import { bundledDictionary, extractSaved, learnedLayer, PAGES_DIR } from './learned-layer';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const COUNT = Number(arg('count', '1000'));
const RUNS = Number(arg('runs', '5'));

/** Median milliseconds of `runs` calls of `fn`, and its last result. */
function time<T>(fn: () => T, runs = RUNS): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

const f = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

function learnOne(file: string, bundled = bundledDictionary(), layer = emptyLayer()) {
  const extract = time(() => extractSaved(file));
  if ('error' in extract.result) return { file, error: extract.result.error };
  const article = extract.result;
  const build = time(() => buildDictionary([toArticleInput(article)]));
  const merge = time(() => mergeArticle(layer, build.result, bundled, article));
  return { file, extract: extract.ms, build: build.ms, merge: merge.ms, summary: merge.result.summary };
}

const bundled = bundledDictionary();
console.log(`Learning one article (median of ${RUNS}), empty layer:`);
console.log(
  `${'page'.padEnd(18)}${'extract'.padStart(10)}${'build'.padStart(10)}${'merge'.padStart(10)}${'total'.padStart(10)}  names`,
);
for (const file of readdirSync(PAGES_DIR).filter((p) => p.endsWith('.html'))) {
  const r = learnOne(file, bundled);
  if ('error' in r) {
    console.log(`${file.padEnd(18)} no article: ${r.error}`);
    continue;
  }
  const total = r.extract + r.build + r.merge;
  console.log(
    `${file.padEnd(18)}${f(r.extract)}${f(r.build)}${f(r.merge)}${f(total)}  ${r.summary.added} new, ${r.summary.joined} known`,
  );
}

const gen = time(() => learnedLayer(COUNT, bundled, true), 1);
const layer = gen.result;
const json = JSON.stringify(layer);
console.log(`\nLayer of ${layer.sources.length} learned articles: generated in ${(gen.ms / 1000).toFixed(1)} s`);
const eff = time(() => effectiveDictionary(bundled, layer));
console.log(
  `  stored size ${(json.length / 1048576).toFixed(2)} MB; effective dictionary ${eff.result.entities.length} entities, ${eff.result.quotes.length} quotes`,
);
console.log(`  JSON.parse of the stored layer       ${f(time(() => JSON.parse(json)).ms)}`);
console.log(`  schema check of the stored layer     ${f(time(() => readerLayerSchema.parse(layer)).ms)}`);
console.log(`  effectiveDictionary (bundled + layer) ${f(eff.ms)}`);
console.log(
  `  names-only item                      ${(JSON.stringify(layerNames(layer)).length / 1048576).toFixed(2)} MB`,
);
const exported = time(() => exportLayerJson(layer), 1);
console.log(
  `  export file                          ${(exported.result.length / 1048576).toFixed(2)} MB in ${f(exported.ms)} (import takes up to ${IMPORT_LIMITS.size / 1048576} MB)`,
);
console.log(`  making room for one more (withRoom)  ${f(time(() => withRoom(layer)).ms)}`);
// Room is made as remembering makes it: the oldest go until one more fits under the cap.
const full = withRoom(layer);
const one = learnOne('bbc-1.html', bundled, full);
if (!('error' in one))
  console.log(
    `  learning bbc-1 into its ${full.sources.length} newest: extract ${f(one.extract)}, build ${f(one.build)}, merge ${f(one.merge)}, total ${f(one.extract + one.build + one.merge)}`,
  );

/** Median milliseconds of `runs` calls of `fn`, each given what `prepare` (not timed) made for it. */
function timePrepared<P, T>(prepare: () => P, fn: (prepared: P) => T): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const prepared = prepare();
    const start = performance.now();
    fn(prepared);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * Merging one page into `atCap`'s newest (room made) cold (every article folded to match against, as without a kept
 * base) and with the merge base kept from the merge before (warm), then remembering it as a reader at the cap does
 * (room made, then merged, the base kept from the merge before following), and advancing the base alone.
 */
function keptBaseFigures(file: string, atCap: ReturnType<typeof emptyLayer>) {
  const article = extractSaved(file);
  if ('error' in article) return;
  const built = buildDictionary([toArticleInput(article)]);
  const into = withRoom(atCap);
  const fold = time(() => MergeBase.build(bundled, into));
  const cold = time(() => mergeArticle(into, built, bundled, article));
  const warm = timePrepared(
    () => MergeBase.build(bundled, into),
    (base) => mergeArticle(into, built, bundled, article, Date.now(), base),
  );
  const remembered = timePrepared(
    () => MergeBase.build(bundled, atCap),
    (base) => mergeArticle(withRoom(atCap), built, bundled, article, Date.now(), base),
  );
  const merged = cold.result;
  const added = merged.layer.sources[merged.layer.sources.length - 1]!;
  const advance = timePrepared(
    () => MergeBase.build(bundled, into),
    (base) => base.advance(merged.layer, added),
  );
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const kept = MergeBase.build(bundled, into);
  gc?.();
  const keptMB = (process.memoryUsage().heapUsed - heap) / 1048576;
  const name = file.replace(/\.html$/, '');
  console.log(`  merging ${name} into ${into.sources.length} articles:`);
  console.log(`    building the merge base (every article folded)  ${f(fold.ms)}`);
  console.log(`    merge, cold (no base kept)                       ${f(cold.ms)}`);
  console.log(`    merge, warm (base kept from the merge before)    ${f(warm)}`);
  console.log(`    of which advancing the base over the article     ${f(advance)}`);
  console.log(`    at the cap: making room, then merging, warm      ${f(remembered)}`);
  // Only with a collector to call (NODE_OPTIONS=--expose-gc) is the growth of the heap the base's own.
  if (gc)
    console.log(
      `    heap the kept base holds                         ${keptMB.toFixed(0).padStart(7)} MB (${kept.index.entities().length} entities)`,
    );
}

keptBaseFigures('bbc-1.html', layer);

/**
 * What a layer write (updateLayer) does in script besides the change itself, at this size: checking the layer read
 * from the database (in full only when another write stored it), checking the changed layer (its new articles only,
 * and in full as before), and making the three small items written after it. Reading and writing the database itself
 * (a structured copy of the whole layer each way) happens in the browser, not here.
 */
function layerWriteFigures(at: ReturnType<typeof emptyLayer>, file: string) {
  const article = extractSaved(file);
  if ('error' in article) return;
  const into = withRoom(at);
  const next = mergeArticle(into, buildDictionary([toArticleInput(article)]), bundled, article).layer;
  const read = time(() => readerLayerSchema.safeParse(migrateLayer(at)));
  const full = time(() => readerLayerSchema.parse(next));
  const changed = time(() => checkChangedLayer(next, into));
  const items = time(() => {
    const names = layerNames(next);
    const outline = layerOutline(next, newStamp());
    return [names, pageNamesMark(bundled, names, outline.stamp), outline].map((item) => JSON.stringify(item));
  });
  console.log(`  a layer write of ${next.sources.length} articles besides the change (learning ${file}):`);
  console.log(`    checking a layer another write stored (in full) ${f(read.ms)}`);
  console.log(`    checking the changed layer in full (before)     ${f(full.ms)}`);
  console.log(`    checking the changed layer's new articles        ${f(changed.ms)}`);
  console.log(`    names, page names mark and outline as JSON      ${f(items.ms)}`);
}

layerWriteFigures(layer, 'bbc-1.html');
