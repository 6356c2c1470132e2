import type { EntityForms } from './dictionary-forms';
import { fillNames, fixtureNames, LOCAL_ONLY_CSP, type FixtureName } from './fixture-pages';
import { startStaticServer, type StaticServer } from './static-server';

/** The header that makes csp-trusted-types.html a strict, Trusted-Types-enforcing page. */
export const TRUSTED_TYPES_CSP = { 'Content-Security-Policy': "require-trusted-types-for 'script'; script-src 'self'" };

/** Bytes of text in the generated very large page. */
export const HUGE_PAGE_BYTES = 10 * 1024 * 1024;

/** A very large article: lowercase filler (which matches nothing) with one known name per paragraph. */
function hugePage(names: FixtureName[]): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'de', 'po', 'ge', 'ba'];
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">',
  ];
  parts.push('<title>A very large page</title></head><body><article><h1>Everything, all at once</h1>');
  let size = 0;
  let seed = 7;
  for (let n = 0; size < HUGE_PAGE_BYTES; n += 1) {
    const words: string[] = [];
    for (let w = 0; w < 70; w += 1) {
      seed = (seed * 16807) % 2147483647;
      words.push(syllables[seed % 12]! + syllables[(seed >> 4) % 12]! + syllables[(seed >> 8) % 12]!);
    }
    words.splice(35, 0, names[n % names.length]!.form);
    const paragraph = `<p>${words.join(' ')}.</p>\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/**
 * Serves tests/fixtures with the hostile pages filled in: names from the dictionary, `names.json`, the generated
 * very large page, another origin for cross-origin frames, a Trusted Types CSP, and the saved pages' local-only CSP.
 */
export async function startHostileServer(
  entities: EntityForms[],
): Promise<{ server: StaticServer; names: FixtureName[] }> {
  const names = fixtureNames(entities, 8);
  let huge: string | undefined;
  let altOrigin = '';
  const fill = fillNames(names);
  const server = await startStaticServer({
    headers: [
      { match: (p) => p === '/hostile/csp-trusted-types.html', headers: TRUSTED_TYPES_CSP },
      { match: (p) => p.startsWith('/pages/'), headers: LOCAL_ONLY_CSP },
    ],
    generated: {
      '/hostile/names.json': () => JSON.stringify(names),
      '/hostile/huge.html': () => (huge ??= hugePage(names)),
    },
    transform: (path, body) => fill(path, body).replaceAll('{{alt-origin}}', altOrigin),
  });
  // The same server under another host name is another origin, which is all a cross-origin frame needs.
  altOrigin = server.origin.replace('127.0.0.1', 'localhost');
  return { server, names };
}
