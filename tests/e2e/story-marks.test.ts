import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { FIXTURES_DIR, startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { textAgainstSource } from './helpers/page-checks';
import { settled } from './helpers/settle';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import type { PageReport } from '../../utils/messaging';
import { countMarks, framed, type MarkCount } from './helpers/story-marks';

// Marking the story, not the page around it: with the default settings an article's marks stay in its own text and
// another page's stay out of the site's landmarks; with "On the whole page" the page is marked as before and the popup
// counts the mentions around the story apart.

const PAGES = [
  'founding-article.html',
  ...readdirSync(`${FIXTURES_DIR}/pages`)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `pages/${f}`),
  ...readdirSync(`${FIXTURES_DIR}/news`)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `news/${f}`),
];
const FINISHED = new Set(['done', 'gave-up', 'not-article', 'off']);

/** Whether the page's report counts what is marked (the story's mentions and those around it together). */
const agree = (report: PageReport, marks: MarkCount) =>
  report.entities.every((e) => e.count + (e.around ?? 0) === (marks.counts[e.id] ?? 0));

describe('marks in the story, not the page around it (Chromium)', () => {
  let story: ChromiumWithExtension;
  let whole: ChromiumWithExtension;
  let server: StaticServer;
  const rows: string[] = [];
  const totals = { whole: 0, wholeFurniture: 0, story: 0, storyFurniture: 0 };

  beforeAll(async () => {
    server = await startStaticServer({
      headers: [{ match: (p) => /^\/(pages|news)\//.test(p), headers: LOCAL_ONLY_CSP }],
    });
    story = await launchChromium({ readAlong: false });
    whole = await launchChromium({ readAlong: false, wholePage: true });
  });
  afterAll(async () => {
    console.log(['page | whole page: marks, in furniture | story: marks, in furniture', ...rows].join('\n'));
    const share = (n: number, of: number) => `${n} of ${of} (${of ? Math.round((100 * n) / of) : 0}%)`;
    console.log(`marks in furniture: whole page ${share(totals.wholeFurniture, totals.whole)}`);
    console.log(`marks in furniture: story ${share(totals.storyFurniture, totals.story)}`);
    await story?.close();
    await whole?.close();
    await server?.close();
  });

  async function marked(ext: ChromiumWithExtension, path: string): Promise<{ report: PageReport; marks: MarkCount }> {
    const page = await ext.context.newPage();
    const url = server.url(path);
    await page.goto(url);
    await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
    await settled(() => page.locator('[data-backstory-entity]').count(), 1_000, 20_000);
    // A page annotated again (its names changed while it loaded) reports and marks anew: read both until they agree.
    let report: PageReport;
    let marks: MarkCount;
    for (const end = Date.now() + 20_000; ; await page.waitForTimeout(500)) {
      report = await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
      marks = await page.evaluate(countMarks);
      if (agree(report, marks) || Date.now() > end) break;
    }
    if (ext === story) {
      const { live, source } = await page.evaluate(textAgainstSource);
      expect(live === source, 'page text changed by annotation').toBe(true);
    }
    await page.close();
    return { report, marks };
  }

  it.each(PAGES)('%s: story marks only, and the whole page counted apart', async (path) => {
    const [inStory, onPage] = [await marked(story, path), await marked(whole, path)];
    rows.push(
      `${path} | ${onPage.marks.total}, ${onPage.marks.inFurniture} | ${inStory.marks.total}, ${inStory.marks.inFurniture}`,
    );
    totals.whole += onPage.marks.total;
    totals.wholeFurniture += onPage.marks.inFurniture;
    totals.story += inStory.marks.total;
    totals.storyFurniture += inStory.marks.inFurniture;
    // By default nothing is marked in the site's landmarks: an article is marked in its story, another page around them.
    expect(inStory.marks.inFurniture).toBe(0);
    // Forms, dialogs and toolbars are left too, beyond the landmarks counted here.
    if (!framed(path)) expect(inStory.marks.total).toBeLessThanOrEqual(onPage.marks.total - onPage.marks.inFurniture);
    // The story keeps every mark it had on the whole page: nothing in the story is lost.
    for (const [id, count] of Object.entries(inStory.marks.counts))
      expect(count, id).toBeLessThanOrEqual(onPage.marks.counts[id] ?? 0);
    // Whole page: the popup's count is the story's marks, "around" the rest (a page that is not an article has no story
    // to count apart: its count is all its marks).
    for (const entity of onPage.report.entities) {
      expect(entity.count + (entity.around ?? 0), entity.id).toBe(onPage.marks.counts[entity.id]);
      if (framed(path)) expect(entity.count, entity.id).toBe(inStory.marks.counts[entity.id] ?? 0);
    }
    // The story only: the popup counts exactly what is marked.
    for (const entity of inStory.report.entities) {
      expect(entity.around, entity.id).toBeUndefined();
      expect(entity.count, entity.id).toBe(inStory.marks.counts[entity.id]);
    }
  });
});
