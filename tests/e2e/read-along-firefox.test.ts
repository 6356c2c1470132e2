import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import { builtDictionary, MARK } from './helpers/backstory-ui';
import { textAgainstSource } from './helpers/page-checks';
import { settled } from './helpers/settle';
import { foldName, goldNames, goldText, marksWithPlace } from './helpers/story-gold';

// A saved news page held back from the builder's rules (tests/gold-dev/held-back.json), with hand-made gold.
const STORY = 'cbssports-08f793';
const HOVER_CARD = 'backstory-card >>> .bs-hover-card';
const bundledIds = new Set(builtDictionary().entities.map((e) => e.id));

/** Polls `read` until `done` holds of its value, or throws after `timeoutMs`. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`gave up after ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Firefox reads the story in its background page (no offscreen document): the same result is expected.
describe('reading along in Firefox (temporary add-on over WebDriver BiDi)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => p.startsWith('/news/'), headers: LOCAL_ONLY_CSP }] });
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    await page.goto(server.url(`news/${STORY}.html`), { waitUntil: 'load', timeout: 60_000 });
    await until(
      () =>
        page.$$eval(
          MARK,
          (els) => els.filter((m) => m.getAttribute('data-backstory-entity')!.startsWith('story:')).length,
        ),
      (n) => n > 0,
    );
    await settled(() => page.$$eval(MARK, (els) => els.length), 2_000, 60_000);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('marks the story’s names in its own text and leaves the page’s text as it was', async () => {
    const gold = goldNames(STORY);
    const marks = await page.evaluate(marksWithPlace, goldText(STORY));
    const markedTexts = new Set(marks.map((m) => foldName(m.text)));
    const marked = gold.filter((g) => g.forms.some((f) => markedTexts.has(foldName(f))));
    const storyMarks = marks.filter((m) => m.id.startsWith('story:'));
    console.log(`firefox ${STORY}: ${marked.length}/${gold.length} of the story's names marked`);
    expect(marked.length / gold.length).toBeGreaterThanOrEqual(0.6);
    expect(storyMarks.filter((m) => !m.inStory)).toEqual([]);
    expect(marks.some((m) => !bundledIds.has(m.id))).toBe(true);
    const { live, source } = await page.evaluate(textAgainstSource);
    expect(live === source, 'page text changed by reading along').toBe(true);
  });

  it('the card of a name from the story says "In this story"', async () => {
    // A name in one of the story's paragraphs (not under the page's sticky header).
    const marks = await page.$$(`p > ${MARK}[data-backstory-entity^="story:"]`);
    expect(marks.length).toBeGreaterThan(0);
    let text = '';
    for (const mark of marks.slice(0, 5)) {
      await mark.scrollIntoView();
      await mark.hover();
      const card = await page.waitForSelector(HOVER_CARD, { timeout: 4_000 }).catch(() => null);
      if (!card) continue;
      text = await card.evaluate((el) => el.textContent ?? '');
      break;
    }
    expect(text).toContain('In this story');
  });
});
