import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR } from './helpers/launch-chromium';
import { FIREFOX_EXTENSION_DIR } from './helpers/launch-firefox';

const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const privacy = readFileSync(resolve(import.meta.dirname, '../../PRIVACY.md'), 'utf8');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Permissions PRIVACY.md explains: the backticked names in the first column of its permissions section's table. */
const permissionsSection = privacy.slice(privacy.indexOf('## Permissions'), privacy.indexOf('## How this is checked'));
const explained = new Set([...permissionsSection.matchAll(/^\| `([a-zA-Z.]+)`\s+\|/gm)].map((m) => m[1]));
/** Files PRIVACY.md says pages can reach: backticked names in its web-accessible resources paragraph. */
const resourcesSection = privacy.slice(privacy.indexOf('### Web-accessible resources'));
const explainedResources = new Set([...resourcesSection.matchAll(/`([\w.-]+\.js)`/g)].map((m) => m[1]));

describe('built manifests: smallest permissions, strict extension-page CSP', () => {
  it.each([
    ['chrome', CHROME_EXTENSION_DIR],
    ['firefox', FIREFOX_EXTENSION_DIR],
  ])('%s: every permission is explained in PRIVACY.md, and nothing more is asked', (browser, dir) => {
    const m = manifest(dir);
    expect(m.permissions ?? []).toEqual(['storage', 'unlimitedStorage']);
    for (const permission of m.permissions ?? []) expect(explained).toContain(permission);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // One file pages could ask for: the card's script, which the content script imports on first hover. Chromium serves
    // it only under an address that changes every session, so pages cannot probe for Backstory with it.
    expect(m.web_accessible_resources).toEqual(
      browser === 'chrome'
        ? [{ resources: ['card-chunk.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : ['card-chunk.js'],
    );
    expect(explainedResources).toContain('card-chunk.js');
    const scripts = m.content_scripts as { matches: string[]; js: string[]; world?: string }[];
    for (const c of scripts) expect(c.matches).toEqual(['http://*/*', 'https://*/*']);
    // Chromium also gets the page-world script that tells whether a framework has hydrated server-rendered markup;
    // Firefox's content script reads that itself.
    expect(scripts.map((c) => [c.js, c.world ?? 'ISOLATED'])).toEqual([
      [['content-scripts/content.js'], 'ISOLATED'],
      ...(browser === 'chrome' ? [[['content-scripts/hydration-probe.js'], 'MAIN']] : []),
    ]);
  });

  it('chrome: the page-world script is a few hundred bytes that use no extension API', () => {
    const script = readFileSync(join(CHROME_EXTENSION_DIR, 'content-scripts/hydration-probe.js'), 'utf8');
    expect(script.length).toBeLessThan(2_000);
    expect(script).not.toMatch(/\b(chrome|browser)\.(runtime|storage|tabs)\b/);
    expect(script).not.toMatch(/fetch\(|XMLHttpRequest|sendBeacon|WebSocket/);
  });

  it('chrome (MV3): the CSP for extension pages is the strict one', () => {
    const m = manifest(CHROME_EXTENSION_DIR);
    expect(m.manifest_version).toBe(3);
    expect(m.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
  });

  it('firefox (MV2): the CSP is the same policy, as the string MV2 expects', () => {
    const m = manifest(FIREFOX_EXTENSION_DIR);
    expect(m.manifest_version).toBe(2);
    expect(m.content_security_policy).toBe(EXTENSION_PAGES_CSP);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('built content script: what every page loads', () => {
  it.each([
    ['chrome', CHROME_EXTENSION_DIR],
    ['firefox', FIREFOX_EXTENSION_DIR],
  ])('%s: holds no schema library, UI library or card, and stays under 60 KB', (_browser, dir) => {
    const script = readFileSync(join(dir, 'content-scripts/content.js'));
    const text = script.toString('utf8');
    // Settings are read with plain checks; the card (Preact, floating-ui, styles, details) loads on first hover.
    expect(text).not.toMatch(/Zod|zod/);
    expect(text).not.toMatch(/__PREACT|computePosition|bs-hover-card/);
    expect(script.byteLength).toBeLessThanOrEqual(60_000);
  });

  it.each([
    ['chrome', CHROME_EXTENSION_DIR],
    ['firefox', FIREFOX_EXTENSION_DIR],
  ])('%s: the card script is one module inside the extension that imports nothing more', (_browser, dir) => {
    const chunk = readFileSync(join(dir, 'card-chunk.js'), 'utf8');
    expect(chunk).toMatch(/export\s*\{[^}]*as default\s*\}/);
    expect(chunk).not.toMatch(/(^|[;}\s])import\s*[({*"']|importScripts/);
    // The content script imports it from the extension's own address, nothing else.
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    expect(content.match(/\bimport\(/g)).toHaveLength(1);
    expect(content).toContain('"/card-chunk.js"');
  });
});
