import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import type { StaticServer } from './helpers/static-server';
import { startHostileServer } from './helpers/hostile-server';
import { bundledEntityForms, entityNamed } from './helpers/dictionary-forms';
import type { FixtureName } from './helpers/fixture-pages';
import {
  armLinkProbe,
  auditMarks,
  expectedBesideLookAlikes,
  formSpots,
  marksInLinks,
  readLinkProbe,
  textAgainstSource,
} from './helpers/page-checks';
import { settled } from './helpers/settle';
import { isLookAlike } from '../../utils/matcher/look-alike';

const MARK = '[data-backstory-entity]';
const entities = bundledEntityForms();
const PAGES = [
  'founding-article.html',
  'pages/bbc-1.html',
  'pages/guardian-1.html',
  'pages/lemonde-1.html',
  'pages/qq.html',
];

// Firefox has no way for a test to message the add-on's content script, so a page counts as annotated once the
// number of marks has stopped changing.
describe('annotation in Firefox (temporary add-on over WebDriver BiDi)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  let names: FixtureName[];
  beforeAll(async () => {
    ({ server, names } = await startHostileServer(entities));
    firefox = await launchFirefox({ readAlong: false, wholePage: true });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    // Firefox reports each load the saved pages' CSP refuses as a page error; those are the CSP working, not errors.
    const blockedBySavedPageCsp = (e: string) =>
      path.startsWith('pages/') && e.startsWith('Error: Content-Security-Policy:');
    page.on('pageerror', (error) => {
      if (!blockedBySavedPageCsp(String(error))) errors.push(String(error));
    });
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
    return { page, errors };
  }
  const marks = (page: Page) => () => page.$$eval(MARK, (els) => els.length);
  async function expectCorrectMarks(page: Page) {
    await settled(marks(page), 2_000, 60_000);
    const { expected, lookAlikes } = expectedBesideLookAlikes(await page.evaluate(formSpots, entities), isLookAlike);
    const audit = await page.evaluate(auditMarks, entities);
    expect(expected.filter((e) => !e.ids.some((id) => audit.counts[id]))).toEqual([]);
    expect(audit.wrongText).toEqual([]);
    expect(audit.misplaced).toEqual([]);
    return { expected, audit, lookAlikes };
  }

  it('the add-on installs as a temporary add-on', () => {
    expect(firefox.addonId).toBe('backstory@backstory.invalid');
  });

  it.each(PAGES)('%s: expected names marked, text, links and page intact', async (path) => {
    const { page, errors } = await open(path);
    const { expected, audit, lookAlikes } = await expectCorrectMarks(page);
    console.log(`firefox ${path}: ${audit.total} marks of ${audit.order.length} entities; ${expected.length} expected`);
    console.log(
      `firefox ${path}: ${lookAlikes.length} look-alike spots left alone${lookAlikes.length ? `: ${lookAlikes.slice(0, 5).join(' | ')}` : ''}`,
    );
    const { live, source } = await page.evaluate(textAgainstSource);
    expect(live === source, 'page text changed by annotation').toBe(true);
    for (const link of await page.evaluate(marksInLinks, 3)) {
      expect(link.coveredByBackstory, `a mark in a link to ${link.href} is covered by Backstory's UI`).toBe(false);
      const point = await page.evaluate(armLinkProbe, link.index);
      await page.mouse.click(point.x, point.y);
      expect(await page.evaluate(readLinkProbe)).toBe(link.href);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the founding article’s key names: Elon Musk, Trump, Iran', async () => {
    const { page } = await open('founding-article.html');
    await settled(marks(page), 2_000, 60_000);
    for (const name of ['Elon Musk', 'Trump', 'Iran']) {
      const entity = entityNamed(entities, name);
      expect(entity, `the dictionary knows ${name}`).toBeDefined();
      const texts = await page.$$eval(`[data-backstory-entity="${entity!.id}"]`, (els) =>
        els.map((m) => m.textContent),
      );
      expect(texts, `${name} is marked`).toContain(name);
    }
    await page.close();
  });

  describe('hostile pages (smoke)', () => {
    it('strict CSP with Trusted Types', async () => {
      const { page, errors } = await open('hostile/csp-trusted-types.html');
      await expectCorrectMarks(page);
      await page.click('#more');
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'expanded');
      await page.waitForFunction(
        (id) => document.querySelector(`#article p:last-child [data-backstory-entity="${id}"]`) !== null,
        { timeout: 10_000 },
        names[3]!.id,
      );
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('live blog: all 1,000 updates marked, then stable', async () => {
      const { page, errors } = await open('hostile/live-blog.html');
      await page.waitForSelector('body[data-feed="done"]', { timeout: 30_000 });
      const count = await settled(marks(page), 2_000, 60_000);
      const unmarked = await page.$$eval(
        '#feed p',
        (ps) =>
          ps.filter((p) => !p.querySelector(`[data-backstory-entity="${(p as HTMLElement).dataset.expect}"]`)).length,
      );
      expect(unmarked).toBe(0);
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await marks(page)()).toBe(count);
      expect(errors).toEqual([]);
      await page.close();
    });

    it.each(['hostile/own-marks.html', 'hostile/iframes.html', 'hostile/rtl-cjk.html'])(
      '%s: names marked, text unchanged, no errors',
      async (path) => {
        const { page, errors } = await open(path);
        await expectCorrectMarks(page);
        const { live, source } = await page.evaluate(textAgainstSource);
        expect(live).toBe(source);
        expect(errors).toEqual([]);
        await page.close();
      },
    );

    it('iframes: frames of the page’s origin are annotated, a frame of another origin is left alone', async () => {
      const { page, errors } = await open('hostile/iframes.html');
      // Same-origin frames are read from the page; the cross-origin one answers null (its document is out of reach).
      const frameMarks = (id: string) =>
        page.evaluate(
          (sel, mark) => {
            const doc = document.querySelector<HTMLIFrameElement>(sel)?.contentDocument;
            return doc ? [...doc.querySelectorAll(mark)].map((e) => e.getAttribute('data-backstory-entity')) : null;
          },
          `#${id}`,
          MARK,
        );
      const inFrames = async () =>
        ((await frameMarks('same'))?.length ?? 0) + ((await frameMarks('inline'))?.length ?? 0);
      await settled(inFrames, 2_000, 30_000);
      expect(await frameMarks('same')).toEqual([names[1]!.id, names[2]!.id]);
      expect(await frameMarks('inline')).toEqual([names[3]!.id]);
      const cross = page.frames().find((f) => f.url().includes('localhost'));
      expect(cross).toBeDefined();
      expect(await cross!.$$eval(MARK, (els) => els.length)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('open shadow root: names in the component marked, the component keeps working', async () => {
      const { page, errors } = await open('hostile/shadow.html');
      await settled(marks(page), 2_000, 60_000);
      expect(
        await page.$$eval(`#intro ${MARK}`, (els) => els.map((e) => e.getAttribute('data-backstory-entity'))),
      ).toEqual([names[0]!.id]);
      const inShadow = (selector: string) =>
        page.evaluate(
          (sel) =>
            [...document.querySelector('news-story')!.shadowRoot!.querySelectorAll(sel)].map((e) =>
              e.getAttribute('data-backstory-entity'),
            ),
          selector,
        );
      await page.waitForFunction(
        (sel) => document.querySelector('news-story')!.shadowRoot!.querySelectorAll(sel).length >= 2,
        { timeout: 10_000 },
        `#story ${MARK}`,
      );
      expect(await inShadow(`#story ${MARK}`)).toEqual([names[1]!.id, names[2]!.id]);
      await page.evaluate(() => document.querySelector('news-story')!.shadowRoot!.querySelector('button')!.click());
      const more = await page.evaluate(
        () => document.querySelector('news-story')!.shadowRoot!.querySelector('.more')?.textContent,
      );
      expect(more).toBe(`Expanded: ${names[3]!.form} also commented.`);
      await page.waitForFunction(
        (sel) => document.querySelector('news-story')!.shadowRoot!.querySelector(sel) !== null,
        { timeout: 10_000 },
        `.more ${MARK}`,
      );
      expect(await inShadow(`.more ${MARK}`)).toEqual([names[3]!.id]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('the site’s scripts rewriting the article meanwhile', async () => {
      const { page, errors } = await open('hostile/rewriting.html');
      await page.waitForSelector('body[data-rewrite="done"]', { timeout: 30_000 });
      await expectCorrectMarks(page);
      const { model, actual } = await page.evaluate(() => ({
        model: (window as unknown as { expectedText: string[] }).expectedText,
        actual: [...document.querySelectorAll('#article > p')].map((p) => p.textContent),
      }));
      expect(actual).toEqual(model);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
