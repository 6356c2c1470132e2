import { readdirSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { FIXTURES_DIR, startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { bundledEntityForms, entityNamed } from './helpers/dictionary-forms';
import {
  armLinkProbe,
  auditMarks,
  expectedBesideLookAlikes,
  formSpots,
  marksInLinks,
  readLinkProbe,
  textAgainstSource,
} from './helpers/page-checks';
import { isLookAlike } from '../../utils/matcher/look-alike';
import { watchProblems } from './helpers/page-watch';
import { settled } from './helpers/settle';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import type { PageReport } from '../../utils/messaging';

const entities = bundledEntityForms();
const SAVED = readdirSync(`${FIXTURES_DIR}/pages`).filter((f) => f.endsWith('.html'));
const PAGES = [
  'founding-article.html',
  ...(existsSync(`${FIXTURES_DIR}/demo/index.html`) ? ['demo/index.html'] : []),
  ...SAVED.map((f) => `pages/${f}`),
];
const FINISHED = new Set(['done', 'gave-up', 'not-article', 'off']);

describe('annotation of real pages in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => p.startsWith('/pages/'), headers: LOCAL_ONLY_CSP }] });
    ext = await launchChromium({ readAlong: false, wholePage: true });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function annotated(
    path: string,
  ): Promise<{ page: Page; report: PageReport; problems: ReturnType<typeof watchProblems> }> {
    const page = await ext.context.newPage();
    const problems = watchProblems(page);
    const url = server.url(path);
    await page.goto(url);
    await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
    // A page may be annotated again once the reader's names have been read: the report is taken once marks settle.
    await settled(() => page.locator('[data-backstory-entity]').count(), 1_000, 20_000);
    const report = await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
    return { page, report, problems };
  }

  it.each(PAGES)('%s: every expected name marked, only right ones, text, links and page intact', async (path) => {
    const { page, report, problems } = await annotated(path);
    expect(report.status).toBe('done');
    const { expected, lookAlikes } = expectedBesideLookAlikes(await page.evaluate(formSpots, entities), isLookAlike);
    const audit = await page.evaluate(auditMarks, entities);
    console.log(`${path}: ${audit.total} marks of ${audit.order.length} entities; ${expected.length} names expected`);
    console.log(
      `${path}: ${lookAlikes.length} look-alike spots left alone${lookAlikes.length ? `: ${lookAlikes.slice(0, 5).join(' | ')}` : ''}`,
    );
    const missed = expected.filter((e) => !e.ids.some((id) => audit.counts[id]));
    expect(missed).toEqual([]);
    expect(audit.wrongText).toEqual([]);
    expect(audit.misplaced).toEqual([]);
    // The popup's report lists exactly the marked entities, in page order, with their mention counts.
    expect(report.entities.map((e) => e.id)).toEqual(audit.order);
    // The whole page is marked: a name's mentions in the story and around it add up to its marks.
    for (const entity of report.entities)
      expect(entity.count + (entity.around ?? 0), entity.id).toBe(audit.counts[entity.id]);
    const { live, source } = await page.evaluate(textAgainstSource);
    expect(live === source, 'page text changed by annotation').toBe(true);
    for (const link of await page.evaluate(marksInLinks, 3)) {
      expect(link.coveredByBackstory, `a mark in a link to ${link.href} is covered by Backstory's UI`).toBe(false);
      const point = await page.evaluate(armLinkProbe, link.index);
      await page.mouse.click(point.x, point.y);
      expect(await page.evaluate(readLinkProbe)).toBe(link.href);
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.extensionConsoleErrors).toEqual([]);
    await page.close();
  });

  it('marks the founding article’s key names: Elon Musk, Trump, Iran', async () => {
    const { page, report } = await annotated('founding-article.html');
    for (const name of ['Elon Musk', 'Trump', 'Iran']) {
      const entity = entityNamed(entities, name);
      expect(entity, `the dictionary knows ${name}`).toBeDefined();
      const texts = await page.$$eval(`[data-backstory-entity="${entity!.id}"]`, (marks) =>
        marks.map((m) => m.textContent),
      );
      expect(texts, `${name} is marked`).toContain(name);
      expect(report.entities.map((e) => e.id)).toContain(entity!.id);
    }
    await page.close();
  });

  it('a marked link on the founding article still navigates when clicked', async () => {
    const { page } = await annotated('founding-article.html');
    const mark = page.locator('a[href^="#"] [data-backstory-entity]').first();
    const href = await mark.evaluate((m) => m.closest('a')!.getAttribute('href'));
    await mark.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    await page.close();
  });
});
