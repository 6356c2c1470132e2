import type { BenchWindow } from '../../../bench/strategies/shared';

/** The dictionary the extension is built with, put in by the bundler (as the built extension bundles its names). */
declare const __BENCH_DICTIONARY__: BenchWindow['__benchDictionary'];

/** Hands the strategies their dictionary through the content script's own window, as the engine benchmark does. */
export function setDictionary(): void {
  (window as unknown as BenchWindow).__benchDictionary = __BENCH_DICTIONARY__;
}
