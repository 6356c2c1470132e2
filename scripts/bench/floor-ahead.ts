import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import type { BenchEntity } from './dictionaries';
import type { FoundAhead } from './extension-content/floor-wrapping';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes into `dir` what finding a page's mentions ahead needs: the dictionary and the engine's finder, as scripts. */
export async function writeFinder(dir: string, entities: BenchEntity[]): Promise<void> {
  await writeFile(path.join(dir, 'dictionary.js'), `window.__benchDictionary = ${JSON.stringify({ entities })};`);
  await build({
    entryPoints: [path.join(root, 'bench/strategies/wrapping-prepare.ts')],
    outfile: path.join(dir, 'wrapping-prepare.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
}

/**
 * The mentions of the whole page at `url` (loaded in a context without extensions), by text-node index with the
 * node's text, so the floor extension can wrap them without finding them. `benchUrl` serves writeFinder's files.
 */
export async function findAhead(context: BrowserContext, url: string, benchUrl: string): Promise<FoundAhead> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.addScriptTag({ url: `${benchUrl}/dictionary.js` });
    await page.addScriptTag({ url: `${benchUrl}/wrapping-prepare.js` });
    return await page.evaluate(() => {
      type Prepared = { index: number; matches: FoundAhead[number]['matches'] }[];
      const prepared = (window as unknown as { __benchPrepared?: Prepared }).__benchPrepared ?? [];
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
      return prepared.map((p) => ({ ...p, text: texts[p.index] ?? '' }));
    });
  } finally {
    await page.close();
  }
}
