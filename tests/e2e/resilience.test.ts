import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import type { StaticServer } from './helpers/static-server';
import { startHostileServer } from './helpers/hostile-server';
import { tabIdFor, waitForReport } from './helpers/content-messages';
import { openExtensionPage } from './helpers/extension-page';
import { bundledEntityForms } from './helpers/dictionary-forms';
import type { FixtureName } from './helpers/fixture-pages';
import { auditMarks, expectedForms, textAgainstSource } from './helpers/page-checks';
import { watchProblems, type PageProblems } from './helpers/page-watch';
import { settled } from './helpers/settle';
import { traceExtensionTasks } from './helpers/extension-tasks';

const MARK = '[data-backstory-entity]';
const entities = bundledEntityForms();
const FINISHED = new Set(['done', 'gave-up', 'not-article', 'off']);

describe('resilience on hostile pages (Chromium)', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let names: FixtureName[];
  beforeAll(async () => {
    ({ server, names } = await startHostileServer(entities));
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; problems: PageProblems }> {
    const page = await ext.context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url(path));
    await waitForReport(ext, page.url(), (r) => FINISHED.has(r.status), 60_000);
    return { page, problems };
  }
  const markCount = (page: Page) => () => page.locator(MARK).count();
  const markedIds = (page: Page, selector: string) =>
    page.$$eval(selector, (els) => els.map((el) => el.getAttribute('data-backstory-entity')));
  async function expectCorrectMarks(page: Page) {
    const expected = await page.evaluate(expectedForms, entities);
    const audit = await page.evaluate(auditMarks, entities);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((e) => !e.ids.some((id) => audit.counts[id]))).toEqual([]);
    expect(audit.wrongText).toEqual([]);
    expect(audit.misplaced).toEqual([]);
  }
  function expectNoProblems(problems: PageProblems) {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.extensionConsoleErrors).toEqual([]);
  }

  it('strict CSP with Trusted Types: names marked, card opens, no violations, the page still works', async () => {
    const { page, problems } = await open('hostile/csp-trusted-types.html');
    await expectCorrectMarks(page);
    await page.locator(MARK).first().hover();
    await page.waitForSelector('backstory-card', { state: 'attached', timeout: 5_000 });
    await page.mouse.move(0, 0);
    await page.click('#more');
    await expect.poll(() => page.textContent('#status')).toBe('expanded');
    await expect
      .poll(() => markedIds(page, `#article p:last-child ${MARK}`), { timeout: 10_000 })
      .toEqual([names[3]!.id]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // The policy really is enforced: a plain string into an HTML sink is refused.
    const enforced = await page.evaluate(() => {
      try {
        new DOMParser().parseFromString('<b>x</b>', 'text/html');
        return false;
      } catch {
        return true;
      }
    });
    expect(enforced).toBe(true);
    expectNoProblems(problems);
    await page.close();
  });

  it('live blog: all 1,000 appended updates marked, then the extension goes quiet', async () => {
    const { page, problems } = await open('hostile/live-blog.html');
    await page.waitForSelector('body[data-feed="done"]', { timeout: 30_000 });
    await settled(markCount(page));
    const unmarked = await page.$$eval('#feed p', (ps) =>
      ps
        .filter((p) => p.querySelector(`[data-backstory-entity="${(p as HTMLElement).dataset.expect}"]`) === null)
        .map((p) => p.textContent),
    );
    expect(await page.locator('#feed p').count()).toBe(1000);
    expect(unmarked).toEqual([]);
    // After the page stops changing: no more marks and (almost) no script running in the page for two seconds.
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
    const marksBefore = await page.locator(MARK).count();
    const scriptBefore = await metric('ScriptDuration');
    const tasksBefore = await metric('TaskDuration');
    await page.waitForTimeout(2_000);
    const scriptMs = ((await metric('ScriptDuration')) - scriptBefore) * 1000;
    const taskMs = ((await metric('TaskDuration')) - tasksBefore) * 1000;
    console.log(`live blog, 2 s after it stopped: script ${scriptMs.toFixed(1)} ms, tasks ${taskMs.toFixed(1)} ms`);
    expect(await page.locator(MARK).count()).toBe(marksBefore);
    expect(scriptMs).toBeLessThan(20);
    expectNoProblems(problems);
    await cdp.detach();
    await page.close();
  });

  it('10 MB page: no extension task over 50 ms, gives up past its budget and the popup says so', async () => {
    const page = await ext.context.newPage();
    const problems = watchProblems(page);
    const stop = await traceExtensionTasks(ext.context.browser()!, page, ext.extensionId);
    await page.goto(server.url('hostile/huge.html'), { timeout: 90_000 });
    const report = await waitForReport(ext, page.url(), (r) => FINISHED.has(r.status), 90_000);
    await page.waitForTimeout(1_000);
    const tasks = await stop();
    console.log(
      `10 MB page: ${tasks.count} extension tasks, ${tasks.totalMs.toFixed(0)} ms in all, longest ${tasks.longestMs.toFixed(1)} ms (${tasks.longestBreakdown}); status ${report.status}: ${report.note ?? ''}`,
    );
    expect(report.status).toBe('gave-up');
    expect(report.note ?? '').not.toBe('');
    expect(tasks.count).toBeGreaterThan(0);
    expect(tasks.longestMs).toBeLessThan(50);
    // Marks made before giving up stay, and they are right.
    const audit = await page.evaluate(auditMarks, entities);
    expect(audit.total).toBeGreaterThan(0);
    expect(audit.wrongText).toEqual([]);
    // The page answers input straight away.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1_000);
    const tabId = await tabIdFor(ext, page.url());
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, (p) => p.getByText(/stopped early/i).first());
    await popup.close();
    expectNoProblems(problems);
    await page.close();
  });

  it('a site that styles mark: Backstory’s marks stay quiet and the site’s own marks are untouched', async () => {
    const { page, problems } = await open('hostile/own-marks.html');
    await expectCorrectMarks(page);
    const styles = await page.$$eval(MARK, (marks) =>
      marks.map((mark) => {
        const own = getComputedStyle(mark);
        const parent = getComputedStyle(mark.parentElement!);
        return {
          text: mark.textContent,
          sameFont: own.font === parent.font,
          sameLineHeight: own.lineHeight === parent.lineHeight,
          sameLetterSpacing: own.letterSpacing === parent.letterSpacing,
          padding: own.padding,
          margin: own.margin,
          border: own.borderWidth,
          display: own.display,
          transform: own.textTransform === parent.textTransform,
          before: getComputedStyle(mark, '::before').content,
        };
      }),
    );
    for (const style of styles)
      expect(style).toEqual({
        text: style.text,
        sameFont: true,
        sameLineHeight: true,
        sameLetterSpacing: true,
        padding: '0px',
        margin: '0px',
        border: '0px',
        display: 'inline',
        transform: true,
        before: 'none',
      });
    const own = await page.$$eval('mark.own', (marks) =>
      marks.map((m) => [m.textContent, getComputedStyle(m).paddingLeft, m.hasAttribute('data-backstory-entity')]),
    );
    expect(own).toEqual([
      ['talks', '10px', false],
      ['meeting', '10px', false],
    ]);
    expect((await page.evaluate(textAgainstSource)).live).toBe((await page.evaluate(textAgainstSource)).source);
    expectNoProblems(problems);
    await page.close();
  });

  it('iframes: the page and its own-origin frames are annotated, others untouched, every frame keeps its text and script', async () => {
    const { page, problems } = await open('hostile/iframes.html');
    await expectCorrectMarks(page);
    const frameMarks = (id: string) =>
      page
        .frameLocator(`#${id}`)
        .locator(MARK)
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-backstory-entity')));
    await expect.poll(() => frameMarks('same'), { timeout: 10_000 }).toEqual([names[1]!.id, names[2]!.id]);
    await expect.poll(() => frameMarks('inline'), { timeout: 10_000 }).toEqual([names[3]!.id]);
    // A frame of another origin is left at once.
    expect(await frameMarks('cross')).toEqual([]);
    // The card opens inside the frame, next to the name.
    const same = page.frameLocator('#same');
    await same.locator(MARK).first().hover();
    await expect
      .poll(
        () =>
          same
            .locator('backstory-card #bs-hover-name')
            .textContent({ timeout: 1_000 })
            .catch(() => null),
        {
          timeout: 5_000,
        },
      )
      .toBe(entities.find((e) => e.id === names[1]!.id)!.name);
    await page.mouse.move(0, 0);
    for (const id of ['same', 'cross']) {
      const frame = page.frameLocator(`#${id}`);
      await frame.locator('#count').click();
      await expect.poll(() => frame.locator('#count').textContent()).toBe('1');
      const story = await frame.locator('#story').textContent();
      expect(story).toBe(`${names[1]!.form} and ${names[2]!.form} are named inside this frame.`);
    }
    expect(await page.frameLocator('#inline').locator('p').textContent()).toBe(
      `${names[3]!.form} appears in a srcdoc frame.`,
    );
    const { live, source } = await page.evaluate(textAgainstSource);
    expect(live).toBe(source);
    expectNoProblems(problems);
    await page.close();
  });

  it('open shadow root: names in the component marked and carded, it keeps its text, style and button', async () => {
    const { page, problems } = await open('hostile/shadow.html');
    expect(await markedIds(page, `#intro ${MARK}`)).toEqual([names[0]!.id]);
    // Playwright's CSS locators pierce open shadow roots.
    await expect.poll(() => markedIds(page, `news-story ${MARK}`)).toEqual([names[1]!.id, names[2]!.id]);
    // The component's own `mark { padding }` rule gives way to Backstory's stylesheet in its root: no text moves.
    expect(
      await page
        .locator(`news-story ${MARK}`)
        .first()
        .evaluate((m) => getComputedStyle(m).paddingLeft),
    ).toBe('0px');
    await page.click('news-story >> #expand');
    await expect
      .poll(() => page.locator('news-story >> .more').textContent())
      .toBe(`Expanded: ${names[3]!.form} also commented.`);
    await expect.poll(() => markedIds(page, `news-story .more ${MARK}`), { timeout: 10_000 }).toEqual([names[3]!.id]);
    expect(await page.locator('news-story >> #story').textContent()).toBe(
      `${names[1]!.form} met ${names[2]!.form} inside the shadow root.`,
    );
    // A card opens on a name in the component, and on the next one in the same root (a move the document never sees).
    const cardName = () =>
      page
        .locator('backstory-card #bs-hover-name')
        .textContent({ timeout: 1_000 })
        .catch(() => null);
    for (const id of [names[1]!.id, names[2]!.id]) {
      await page.locator(`news-story ${MARK}[data-backstory-entity="${id}"]`).hover();
      await expect.poll(cardName, { timeout: 5_000 }).toBe(entities.find((e) => e.id === id)!.name);
    }
    expectNoProblems(problems);
    await page.close();
  });

  it('right-to-left and CJK text: names marked, text unchanged', async () => {
    const { page, problems } = await open('hostile/rtl-cjk.html');
    await expectCorrectMarks(page);
    const { live, source } = await page.evaluate(textAgainstSource);
    expect(live).toBe(source);
    expect(await page.$eval('article[dir="rtl"] p', (p) => getComputedStyle(p).direction)).toBe('rtl');
    expectNoProblems(problems);
    await page.close();
  });

  it('the site’s scripts rewriting the article meanwhile: their text stands, every name marked, no nested marks', async () => {
    const { page, problems } = await open('hostile/rewriting.html');
    await page.waitForSelector('body[data-rewrite="done"]', { timeout: 30_000 });
    await settled(markCount(page));
    const { model, actual } = await page.evaluate(() => ({
      model: (window as unknown as { expectedText: string[] }).expectedText,
      actual: [...document.querySelectorAll('#article > p')].map((p) => p.textContent),
    }));
    expect(actual).toEqual(model);
    await expectCorrectMarks(page);
    expectNoProblems(problems);
    await page.close();
  });
});
