import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchEntity } from './dictionaries';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The extensions built to stand beside Backstory: the re-based floor and the two mark.js peers. */
export const MINI_EXTENSIONS = ['floor', 'naive', 'advanced'] as const;
export type MiniExtension = (typeof MINI_EXTENSIONS)[number];

const ENTRY: Record<MiniExtension, string> = {
  floor: 'floor-wrapping.ts',
  naive: 'naive.ts',
  advanced: 'advanced.ts',
};

/** An MV3 manifest with one content script, run when Backstory's runs, and an idle worker. */
function manifest(name: MiniExtension) {
  return {
    manifest_version: 3,
    name: `bench-${name}`,
    version: '0.0.1',
    permissions: ['storage'],
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content.js'] }],
  };
}

/** Builds the extension `name` into `dir`, its content script bundled and minified with `entities` inside. */
export async function buildMiniExtension(name: MiniExtension, dir: string, entities: BenchEntity[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const common = { bundle: true, format: 'iife', target: 'es2022', minify: true, logLevel: 'warning' } as const;
  await build({
    ...common,
    entryPoints: [path.join(here, 'extension-content', ENTRY[name])],
    outfile: path.join(dir, 'content.js'),
    define: { __BENCH_DICTIONARY__: JSON.stringify({ entities }) },
  });
  await build({
    ...common,
    entryPoints: [path.join(here, 'extension-content', 'background.ts')],
    outfile: path.join(dir, 'background.js'),
  });
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest(name), null, 2));
}
