import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { textAgainstSource } from './helpers/page-checks';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import { settled } from './helpers/settle';
import { countMarks, framed } from './helpers/story-marks';

// The story-only default in Firefox: articles keep their marks in their own text (tests/e2e/story-marks.test.ts
// compares it with the whole page in Chromium).
const PAGES = ['pages/bbc-1.html', 'pages/nytimes-4.html', 'news/aljazeera-7916ec.html', 'news/space-c50845.html'];

describe('marks in the story, not the page around it (Firefox)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({
      headers: [{ match: (p) => /^\/(pages|news)\//.test(p), headers: LOCAL_ONLY_CSP }],
    });
    firefox = await launchFirefox({ readAlong: false });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it.each(PAGES)('%s: marks only in the story, text intact', async (path) => {
    expect(framed(path)).toBe(true);
    const page = await firefox.browser.newPage();
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
    await settled(() => page.$$eval('[data-backstory-entity]', (els) => els.length), 2_000, 60_000);
    const marks = await page.evaluate(countMarks);
    console.log(`firefox ${path}: ${marks.total} marks in the story, ${marks.inFurniture} in furniture`);
    expect(marks.total).toBeGreaterThan(0);
    expect(marks.inFurniture).toBe(0);
    const { live, source } = await page.evaluate(textAgainstSource);
    expect(live === source, 'page text changed by annotation').toBe(true);
    await page.close();
  });
});
