import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags } from '../../scripts/lib/chromium-flags';
import type { FrameworkPage } from '../frameworks/build-pages';
import { bundledEntityForms } from './helpers/dictionary-forms';
import { fixtureNames } from './helpers/fixture-pages';
import {
  copiedText,
  findsInPage,
  FRAMEWORK_PAGES,
  appReady,
  runStory,
  STORY_STEPS,
  startFrameworkServer,
  summarise,
  type Evaluator,
} from './helpers/framework-story';
import { waitForReport } from './helpers/content-messages';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import type { StaticServer } from './helpers/static-server';

const entities = bundledEntityForms();
const forms = fixtureNames(entities, 6).map((n) => n.form);

/** Every console error and uncaught error of a page, whoever caused it: a framework's complaint counts too. */
function watchAllProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  return problems;
}

const evaluator = (page: Page): Evaluator => ({
  evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
});

describe('pages whose framework re-renders marked text (Chromium)', () => {
  let ext: ChromiumWithExtension;
  let plain: Browser;
  let server: StaticServer;
  let pages: FrameworkPage[] = [];
  beforeAll(async () => {
    ({ server, pages } = await startFrameworkServer(entities));
    ext = await launchChromium();
    plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: false, args: chromiumFlags() });
  });
  afterAll(async () => {
    await ext?.close();
    await plain?.close();
    await server?.close();
  });

  it.each(FRAMEWORK_PAGES)(
    '%s: text exactly the page’s after every step, names marked again, no errors',
    async (path) => {
      const info = pages.find((p) => p.path === path)!;
      const mine = await ext.context.newPage();
      const theirs = await (await plain.newContext()).newPage();
      const problems = watchAllProblems(mine);
      await Promise.all([mine.goto(server.url(path)), theirs.goto(server.url(path))]);
      if (info.hydrates) {
        // Backstory has finished its first pass over the page before the late hydration begins.
        await waitForReport(ext, mine.url(), (r) => r.status === 'done', 5_000);
        expect(await mine.evaluate(appReady)).toBe(false);
      }
      const results = await runStory(evaluator(mine), evaluator(theirs), forms, STORY_STEPS);
      const recoverable = () => (window as { __recoverableErrors?: string[] }).__recoverableErrors ?? [];
      const hydrationErrors = await mine.evaluate(recoverable);
      console.log(
        `${summarise(`Chromium ${info.label}`, results)}; errors: ${problems.length + hydrationErrors.length}`,
      );
      for (const problem of [...problems, ...hydrationErrors].slice(0, 3)) console.log(`  ${problem.slice(0, 160)}`);
      for (const r of results) {
        expect.soft(r.frameText, `${r.step}: text at the next frame`).toBe(true);
        expect.soft(r.settledText, `${r.step}: text once marks settled`).toBe(true);
        expect.soft(r.marked, `${r.step}: names marked`).toBe(r.names);
      }
      expect(results.every((r) => r.names > 0)).toBe(true);
      expect(await mine.evaluate(copiedText)).toBe(await theirs.evaluate(copiedText));
      expect(await mine.evaluate(findsInPage, forms[0]!)).toBe(true);
      expect(problems).toEqual([]);
      expect(hydrationErrors).toEqual([]);
      await mine.close();
      await theirs.context().close();
    },
  );
});
