import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './static-server';

/** One hand-judged spot of tests/fixtures/page-marks (see its README). */
export interface GoldSpot {
  text: string;
  name: string;
  expect: string | null;
  where: 'story' | 'furniture';
  why: string;
}

/** A judged page: the saved page's path under tests/fixtures, and its spots. */
export interface GoldPage {
  path: string;
  spots: GoldSpot[];
}

const GOLD_DIR = join(FIXTURES_DIR, 'page-marks');

/** Every page of the page-mark gold. */
export function goldPages(): GoldPage[] {
  const read = (file: string, folder: string): GoldPage => ({
    path: `${folder}/${file.replace(/\.json$/, '.html')}`,
    spots: JSON.parse(readFileSync(join(GOLD_DIR, folder === 'pages' ? '' : folder, file), 'utf8')) as GoldSpot[],
  });
  const json = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));
  return [...json(GOLD_DIR).map((f) => read(f, 'pages')), ...json(join(GOLD_DIR, 'news')).map((f) => read(f, 'news'))];
}

/** What was marked at each place a spot's words stand: the entity id of the mark over its name, or null. */
export interface SpotMarks {
  text: string;
  name: string;
  found: (string | null)[];
  /** For each place, whether it sits in a landmark of the site (menus, sidebars, the site's header and footer). */
  landmark: boolean[];
}

/**
 * Runs in the page: for every spot, every place its `text` stands in the visible text (whitespace collapsed, as the
 * gold was written), and the mark over the first and last character of its `name` there (null when either is bare
 * or they differ).
 */
export function marksAtSpots(spots: { text: string; name: string }[]): SpotMarks[] {
  const chars: { node: Text; offset: number }[] = [];
  let flat = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      // Text the annotator never marks by design (controls, code, drawings) is not judged.
      n.parentElement?.closest(
        'script, style, noscript, template, title, textarea, input, select, option, button, code, pre, kbd, samp, svg, math, [data-backstory-ui]',
      )
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const c = /\s/.test(node.data[i]!) ? ' ' : node.data[i]!;
      if (c === ' ' && (flat.length === 0 || flat.endsWith(' '))) continue;
      flat += c;
      chars.push({ node, offset: i });
    }
  }
  const markAt = (i: number) =>
    chars[i]?.node.parentElement?.closest('[data-backstory-entity]')?.getAttribute('data-backstory-entity') ?? null;
  // Landmarks judged by tag and role alone, as the story-marks count does, independently of the extension's rules.
  const LANDMARKS = 'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
  const inLandmark = (i: number) => {
    const el = chars[i]?.node.parentElement;
    const siteEdge = el?.closest('header, footer') && !el.closest('article, main, [role="main"]');
    return Boolean(el?.closest(LANDMARKS) || siteEdge);
  };
  return spots.map(({ text, name }) => {
    const found: (string | null)[] = [];
    const landmark: boolean[] = [];
    const within = text.indexOf(name);
    for (let at = flat.indexOf(text); at >= 0; at = flat.indexOf(text, at + 1)) {
      const [first, last] = [markAt(at + within), markAt(at + within + name.length - 1)];
      found.push(first === last ? first : null);
      landmark.push(inLandmark(at + within));
    }
    return { text, name, found, landmark };
  });
}
