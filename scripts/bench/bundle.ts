import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The strategies the benchmark compares, each bundled into its own script with its own URL. */
export const STRATEGIES = ['floor', 'engine', 'wrapping', 'naive', 'advanced'] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** Scripts some strategies need on the page before timing starts. */
export const PREPARE: Partial<Record<Strategy, string>> = { wrapping: 'wrapping-prepare' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where bundled strategy scripts and dictionaries go. */
export const TMP = path.join(root, 'bench/tmp');

/** Bundles every strategy (the engine from the same sources the content script uses) into bench/tmp. */
export async function bundleStrategies(): Promise<void> {
  await build({
    entryPoints: [...STRATEGIES, ...Object.values(PREPARE)].map((s) => path.join(root, 'bench/strategies', `${s}.ts`)),
    outdir: TMP,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}
