import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { openPopup, tabIdOf } from './helpers/backstory-ui';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import type { PageReport } from '../../utils/messaging';

const FIRST = 'news/news-sky-921019.html';
const SECOND = 'news/smithsonianmag-ea25dd.html';
const FINISHED = new Set(['done', 'gave-up', 'not-article', 'off']);
const settled = (r: PageReport) => FINISHED.has(r.status) && r.readAlong?.state !== undefined;

/** The titles of the articles the reader's layer holds, read from the outline item (kept as JSON text). */
async function rememberedTitles(ext: ChromiumWithExtension): Promise<string[]> {
  return (await ext.worker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, string | undefined>> } } };
    };
    const { readerOutline } = await chrome.storage.local.get('readerOutline');
    if (!readerOutline) return [];
    return (JSON.parse(readerOutline) as { sources: { source: { title: string } }[] }).sources.map(
      (s) => s.source.title,
    );
  });
}

async function storeLocal(ext: ChromiumWithExtension, items: object): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(async (items) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set(items);
  }, items);
}

describe('the article open when remembering becomes allowed, in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => p.startsWith('/news/'), headers: LOCAL_ONLY_CSP }] });
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function readStory(path: string): Promise<Page> {
    const page = await ext.context.newPage();
    const url = server.url(path);
    await page.goto(url, { waitUntil: 'load' });
    expect((await waitForReport(ext, url, settled, 60_000)).readAlong?.state).toBe('ready');
    return page;
  }

  it('is kept once the reader switches memory on in the popup, without reloading it', async () => {
    const page = await readStory(FIRST);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await rememberedTitles(ext)).toEqual([]);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.getByRole('checkbox', { name: 'Remember articles I read' }).check();
    await expect.poll(() => rememberedTitles(ext), { timeout: 20_000 }).toHaveLength(1);
    await popup.close();
  });

  it('is kept once its site is taken off the "never remember" list, and not before', async () => {
    await storeLocal(ext, { neverRemember: [new URL(server.url(SECOND)).hostname] });
    const page = await readStory(SECOND);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await rememberedTitles(ext)).toHaveLength(1);
    await storeLocal(ext, { neverRemember: [] });
    await expect.poll(() => rememberedTitles(ext), { timeout: 20_000 }).toHaveLength(2);
    expect(new Set(await rememberedTitles(ext)).size).toBe(2);
    await page.close();
  });
});
