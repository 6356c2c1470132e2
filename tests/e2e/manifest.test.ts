import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
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
    // Chrome reads along in an offscreen document; Firefox's background page needs no permission to.
    expect(m.permissions ?? []).toEqual(
      browser === 'chrome' ? ['storage', 'unlimitedStorage', 'offscreen'] : ['storage', 'unlimitedStorage'],
    );
    for (const permission of m.permissions ?? []) expect(explained).toContain(permission);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // Two files pages could ask for: the card's script, which the content script imports on first hover, and the
    // story's, imported on article pages. Chromium serves them only under an address that changes every session, so
    // pages cannot probe for Backstory with them.
    const chunks = ['card-chunk.js', 'story-chunk.js', 'read-along-chunk.js', 'learned-names-chunk.js'];
    expect(m.web_accessible_resources).toEqual(
      browser === 'chrome'
        ? [{ resources: chunks, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : chunks,
    );
    for (const chunk of chunks) expect(explainedResources).toContain(chunk);
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
  ])('%s: holds no schema library, UI library or card, and stays within 60 KB', (_browser, dir) => {
    const script = readFileSync(join(dir, 'content-scripts/content.js'));
    const text = script.toString('utf8');
    // Settings are read with plain checks; the card (Preact, floating-ui, styles, details) loads on first hover.
    expect(text).not.toMatch(/Zod|zod/);
    expect(text).not.toMatch(/__PREACT|computePosition|bs-hover-card/);
    // 60 KB as the benchmark counts it (1,024 bytes a KB).
    expect(script.byteLength).toBeLessThanOrEqual(60 * 1024);
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

/** Width and height of a PNG file, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A manifest string as the browser shows it: __MSG_name__ looked up in the package's English catalogue. */
function shown(dir: string, value: string): string {
  const catalogue = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8'));
  return value.replace(/__MSG_(\w+)__/g, (_, name: string) => catalogue[name]?.message ?? `(missing ${name})`);
}

/** The mean lightness (0–255) of an image's visible pixels, each weighted by its opacity. */
async function inkLightness(file: string): Promise<number> {
  const { data } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  let weight = 0;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]! / 255;
    ink += alpha * (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!);
    weight += alpha;
  }
  return ink / weight;
}

function expectIcons(dir: string, icons: Record<string, string>, sizes: number[]) {
  expect(Object.keys(icons).map(Number)).toEqual(sizes);
  for (const [size, path] of Object.entries(icons)) {
    expect(existsSync(join(dir, path)), path).toBe(true);
    expect(pngSize(join(dir, path))).toEqual({ width: Number(size), height: Number(size) });
  }
}

describe('built manifests: icons, names and what the stores ask for', () => {
  it.each([
    ['chrome', CHROME_EXTENSION_DIR, 'action'],
    ['firefox', FIREFOX_EXTENSION_DIR, 'browser_action'],
  ])(
    '%s: every icon size, a toolbar icon and title, and name, description and commands from the catalogue',
    (_b, dir, key) => {
      const m = manifest(dir);
      expectIcons(dir, m.icons, [16, 32, 48, 96, 128]);
      expectIcons(dir, m[key].default_icon, [16, 32]);
      expect(m.default_locale).toBe('en');
      expect(shown(dir, m.name)).toBe('Backstory');
      expect(shown(dir, m[key].default_title)).toBe('Backstory');
      const description = shown(dir, m.description);
      expect(description).toMatch(/people, organisations and places/);
      // The Chrome Web Store refuses descriptions over 132 characters.
      expect(description.length).toBeLessThanOrEqual(132);
      for (const command of Object.values(m.commands) as { description: string }[])
        expect(shown(dir, command.description)).toMatch(/^[A-Z].*[a-z]$/);
      // The "off for this site" look the background switches a tab to.
      for (const size of [16, 32]) expect(pngSize(join(dir, `icons/toolbar-off-${size}.png`)).width).toBe(size);
    },
  );

  it('chrome: the fields the Web Store requires (MV3, version, 128 px icon) and the Chrome it needs', () => {
    const m = manifest(CHROME_EXTENSION_DIR);
    expect(m.version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(m.icons['128']).toBe('icons/128.png');
    expect(m.short_name.length).toBeLessThanOrEqual(12);
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
    expect(m.action.theme_icons).toBeUndefined();
  });

  it('firefox: single-colour toolbar glyphs for light and dark toolbars, dark on light and light on dark', async () => {
    const m = manifest(FIREFOX_EXTENSION_DIR);
    const themed: { size: number; dark: string; light: string }[] = m.browser_action.theme_icons;
    expect(themed.map((t) => t.size)).toEqual([16, 32]);
    for (const { size, dark, light } of themed) {
      expect(pngSize(join(FIREFOX_EXTENSION_DIR, dark)).width).toBe(size);
      expect(pngSize(join(FIREFOX_EXTENSION_DIR, light)).width).toBe(size);
      // Firefox shows "dark" on themes with dark text (light toolbars) and "light" on dark toolbars.
      expect(await inkLightness(join(FIREFOX_EXTENSION_DIR, dark))).toBeLessThan(80);
      expect(await inkLightness(join(FIREFOX_EXTENSION_DIR, light))).toBeGreaterThan(200);
    }
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  });
});
