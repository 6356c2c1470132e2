// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundled from '@/assets/dictionary.json';
import type { Dictionary } from '@/utils/dictionary/schema';

/** One judged spot on a saved page (see tests/fixtures/page-marks/README.md). */
interface Spot {
  text: string;
  name: string;
  expect: string | null;
  where: 'story' | 'furniture';
  why: string;
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const GOLD = join(FIXTURES, 'page-marks');
const files = readdirSync(GOLD, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

/** The saved page a gold file judges: `x.json` is `pages/x.html`, `news/x.json` is `news/x.html`. */
function pageOf(file: string): string {
  const page = file.replace(/\.json$/, '.html');
  return join(FIXTURES, page.includes('/') ? page : `pages/${page}`);
}
const ids = new Set((bundled as unknown as Dictionary).entities.map((e) => e.id));

/** The page's text as a reader sees it: no scripts or styles, whitespace collapsed. */
function visibleText(html: string): string {
  // Frames and linked style sheets hold no text of the page; left in, the parser tries to load them.
  const quiet = html.replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '').replace(/<link\b[^>]*>/gi, '');
  const doc = new DOMParser().parseFromString(quiet, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the page-mark gold', () => {
  it('covers at least eight saved pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s: is well formed and every spot is on its page', (file) => {
    const page = pageOf(file);
    expect(existsSync(page), `${file}: no saved page ${page}`).toBe(true);
    const spots = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as Spot[];
    expect(Array.isArray(spots) && spots.length > 0).toBe(true);
    const text = visibleText(readFileSync(page, 'utf8'));
    const seen = new Set<string>();
    for (const spot of spots) {
      const label = `${file}: "${spot.text}"`;
      expect(Object.keys(spot).sort(), label).toEqual(['expect', 'name', 'text', 'where', 'why']);
      expect(text.includes(spot.text), `${label} is not on the page`).toBe(true);
      expect(spot.text.split(spot.name).length - 1, `${label} must hold "${spot.name}" once`).toBe(1);
      expect(spot.expect === null || ids.has(spot.expect), `${label}: unknown entity ${spot.expect}`).toBe(true);
      expect(['story', 'furniture'], label).toContain(spot.where);
      expect(spot.why.trim().length, `${label}: no reason given`).toBeGreaterThan(0);
      // One judgement per name in a spot.
      expect(seen.has(`${spot.text}\n${spot.name}`), `${label} is judged twice`).toBe(false);
      seen.add(`${spot.text}\n${spot.name}`);
    }
  });
});
