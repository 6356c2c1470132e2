// Builds the framework test pages in memory: each app bundled with the framework's production build (esbuild,
// minified, NODE_ENV=production), and the React pages also server-rendered for late hydration.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';

const APPS = resolve(import.meta.dirname, 'apps');
const REACT18 = resolve(import.meta.dirname, 'react18/node_modules');

/** One test page: where it is served, which framework runs it, and whether it hydrates server-rendered markup. */
export interface FrameworkPage {
  path: string;
  label: string;
  hydrates: boolean;
}

/** Compiles `.svelte` files with Svelte's own compiler for the client. */
const svelte: Plugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client' });
      return { contents: js.code, loader: 'js', resolveDir: APPS };
    });
  },
};

const react18 = { react: join(REACT18, 'react'), 'react-dom': join(REACT18, 'react-dom') };

async function bundle(
  entry: string,
  options: { alias?: Record<string, string>; node?: boolean } = {},
): Promise<string> {
  const result = await build({
    entryPoints: [join(APPS, entry)],
    bundle: true,
    write: false,
    minify: !options.node,
    format: options.node ? 'cjs' : 'iife',
    platform: options.node ? 'node' : 'browser',
    target: 'es2022',
    conditions: ['production'],
    alias: options.alias ?? {},
    plugins: [svelte],
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0]!.text;
}

/** Server-renders the React app with the given React (its server bundle is loaded the way Node loads CommonJS). */
async function serverRender(alias: Record<string, string> | undefined, names: string[]): Promise<string> {
  const code = await bundle('react-server.js', { alias, node: true });
  const module = { exports: {} as { render(names: string[]): string } };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(import.meta.url));
  return module.exports.render(names);
}

function page(label: string, script: string, names: string[], app = '', hydrateAfterMs?: number): string {
  const mode = hydrateAfterMs === undefined ? '' : ` data-mode="hydrate" data-hydrate-after="${hydrateAfterMs}"`;
  const json = JSON.stringify(names).replace(/</g, '\\u003c');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>${label}: a story that changes</title></head><body${mode}>` +
    `<header><p>The Daily Test</p></header><div id="app">${app}</div>` +
    `<script id="story-names" type="application/json">${json}</script>` +
    `<script src="/frameworks/${script}"></script></body></html>`
  );
}

/**
 * Every framework page with `names` in its story, as served paths → bodies, and the list of pages. Server-rendered
 * pages hydrate `hydrateAfterMs` after their script runs, so Backstory has long started by then.
 */
export async function buildFrameworkPages(
  names: string[],
  hydrateAfterMs = 1_500,
): Promise<{ files: Record<string, string>; pages: FrameworkPage[] }> {
  const [react19, react18js, vue, svelteJs, preact, ssr19, ssr18] = await Promise.all([
    bundle('react-main.js'),
    bundle('react-main.js', { alias: react18 }),
    bundle('vue-main.js'),
    bundle('svelte-main.js'),
    bundle('preact-main.js'),
    serverRender(undefined, names),
    serverRender(react18, names),
  ]);
  const files: Record<string, string> = {
    '/frameworks/react19.js': react19,
    '/frameworks/react18.js': react18js,
    '/frameworks/vue.js': vue,
    '/frameworks/svelte.js': svelteJs,
    '/frameworks/preact.js': preact,
    '/frameworks/react19.html': page('React 19', 'react19.js', names),
    '/frameworks/react18.html': page('React 18', 'react18.js', names),
    '/frameworks/react19-ssr.html': page('React 19 SSR', 'react19.js', names, ssr19, hydrateAfterMs),
    '/frameworks/react18-ssr.html': page('React 18 SSR', 'react18.js', names, ssr18, hydrateAfterMs),
    '/frameworks/vue.html': page('Vue 3', 'vue.js', names),
    '/frameworks/svelte.html': page('Svelte 5', 'svelte.js', names),
    '/frameworks/preact.html': page('Preact', 'preact.js', names),
  };
  const pages: FrameworkPage[] = [
    { path: 'frameworks/react18.html', label: 'React 18', hydrates: false },
    { path: 'frameworks/react18-ssr.html', label: 'React 18, server-rendered, late hydrateRoot', hydrates: true },
    { path: 'frameworks/react19.html', label: 'React 19', hydrates: false },
    { path: 'frameworks/react19-ssr.html', label: 'React 19, server-rendered, late hydrateRoot', hydrates: true },
    { path: 'frameworks/vue.html', label: 'Vue 3', hydrates: false },
    { path: 'frameworks/svelte.html', label: 'Svelte 5', hydrates: false },
    { path: 'frameworks/preact.html', label: 'Preact', hydrates: false },
  ];
  return { files, pages };
}
