/**
 * `npx tsx scripts/bench-learn-tab.ts`: with a reader's layer of many learned articles stored (the generated benchmark
 * layer), how long "Learn from this article" takes end to end in Chromium, sent to the background as the popup sends
 * it: reading the tab's page, the builder, the merge and the layer write. The first learn after the background started
 * folds every article for its merge base; the next ones use the base kept from the learn before. Prints measured
 * figures. Options: --pages=bbc-1,guardian-1 --articles=4998 (learning asks for room below the cap); --woken stops the
 * service worker before every learn but the first, as Chromium stops an idle one, so each is a woken background's;
 * --prepared=MS sends what the popup sends when it offers "Learn from this article" (ui:prepare-learn) and learns MS
 * later, as a reader who opens the popup and then clicks; BACKSTORY_CHROME_DIR picks the built extension.
 */
import { learnedLayer, PAGES_DIR } from './learned-layer';
import { EXTENSION_DIR, MARK, openExtensionSession, storeLayer } from './lib/extension-session';
import { stopWorker } from '../tests/e2e/helpers/service-worker';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGES = arg('pages', 'bbc-1,guardian-1').split(',');
const ARTICLES = Number(arg('articles', '4998'));
const WOKEN = process.argv.includes('--woken');
const PREPARED = process.argv.some((a) => a.startsWith('--prepared=')) ? Number(arg('prepared', '0')) : undefined;

/** The little of the `chrome` API the extension-page snippets use. */
interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** What one learn answered, and how long it took from sending the message to the answer. */
interface Learned {
  ms: number;
  ok: boolean;
  detail: string;
}

async function main() {
  const layer = learnedLayer(ARTICLES);
  const session = await openExtensionSession(PAGES_DIR);
  try {
    const { context, worker, origin } = session;
    await storeLayer(worker, layer);
    const asker = await context.newPage();
    await asker.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    console.log(`${ARTICLES} learned articles stored, ${EXTENSION_DIR}`);
    for (const [k, name] of PAGES.entries()) {
      const url = `${origin}/pages/${name}.html`;
      const article = await context.newPage();
      await article.goto(url, { waitUntil: 'load' });
      await article.waitForSelector(MARK, { timeout: 60_000 });
      await article.waitForTimeout(10_000);
      if (WOKEN && k > 0) await stopWorker(context, asker);
      if (PREPARED !== undefined) {
        await asker.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: ChromeApi };
          await chrome.runtime.sendMessage({ id: Date.now(), type: 'ui:prepare-learn', timestamp: Date.now() });
        });
        await asker.waitForTimeout(PREPARED);
      }
      const tabId = await asker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      });
      const learned = await asker.evaluate(async (tabId): Promise<Learned> => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        const started = performance.now();
        const message = { id: Date.now(), type: 'popup:learn-tab', data: { tabId }, timestamp: Date.now() };
        const answer = (await chrome.runtime.sendMessage(message)) as
          { res?: { ok: boolean; error?: string; summary?: object } } | undefined;
        const res = answer?.res;
        return {
          ms: performance.now() - started,
          ok: !!res?.ok,
          detail: res?.ok ? JSON.stringify(res.summary) : (res?.error ?? 'no answer'),
        };
      }, tabId);
      if (!learned.ok) throw new Error(`learning ${name} failed: ${learned.detail}`);
      console.log(
        `${name}: learned${WOKEN && k > 0 ? ' (background woken)' : ''}${PREPARED !== undefined ? `, ${PREPARED} ms after the popup offered it` : ''} in ${learned.ms.toFixed(0)} ms (${learned.detail.slice(0, 120)})`,
      );
      await article.close();
      // The background rebuilds its dictionary a second after a write; learning is timed apart from that.
      await asker.waitForTimeout(8_000);
    }
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
