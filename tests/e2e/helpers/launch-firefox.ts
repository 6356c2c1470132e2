import { launchSettings } from './launch-chromium';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The built Firefox add-on (WXT builds Manifest V2 for Firefox); BACKSTORY_FIREFOX_DIR points elsewhere. */
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, process.env.BACKSTORY_FIREFOX_DIR ?? '.output/firefox-mv2');

// Preferences that keep a test profile silent: no updates, telemetry, studies, pings, prefetching or remote settings.
// Puppeteer's profile already points most service URLs at an unreachable host; these close the rest.
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'services.settings.poll_interval': 86400 * 365,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  // The add-on is unsigned; it is installed as a temporary add-on, which these allow.
  'xpinstall.signatures.required': false,
  'extensions.experiments.enabled': false,
};

/** The add-on's internal UUID in the test profile, fixed so tests can open its pages at a known address. */
export const FIREFOX_EXTENSION_UUID = '7b1f3c52-5d0e-4e8a-9c61-2f4a8d9e0b17';

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** `moz-extension://<uuid>`: where the add-on's own pages (popup.html, options.html) are served. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** What a test needs of the launched Firefox beyond a plain page. */
export interface FirefoxLaunchOptions {
  /**
   * Lets WebDriver open the add-on's own pages (popup.html, options.html) in a tab: WebDriver BiDi refuses to navigate
   * to moz-extension: addresses unless the browser was started with system access allowed.
   */
  extensionPages?: boolean;
  /** "Read along" (on by default); see ChromiumLaunchOptions. Switching it off opens an add-on page to store it. */
  readAlong?: boolean;
  /** Mark the whole page of an article; see ChromiumLaunchOptions. */
  wholePage?: boolean;
  /** "Remember articles I read" (off by default). */
  rememberArticles?: boolean;
}

/** Stores `settings` through one of the add-on's pages, opened in a tab for the purpose and closed again. */
async function storeSettings(browser: Browser, origin: string, settings: unknown): Promise<void> {
  const page = await browser.newPage();
  // WebDriver never sees an add-on page's load finish (the tab moves to the add-on's process); its script is polled.
  await page.goto(`${origin}/options.html`, { timeout: 2_000 }).catch(() => undefined);
  const end = Date.now() + 20_000;
  for (;;) {
    const stored = await page
      .evaluate(async (value) => {
        const api = (globalThis as unknown as { browser?: { storage: { local: { set(i: object): Promise<void> } } } })
          .browser;
        if (!api) return false;
        await api.storage.local.set({ settings: value });
        return true;
      }, settings)
      .catch(() => false);
    if (stored) break;
    if (Date.now() > end) throw new Error('could not store the settings through the add-on');
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.close();
}

/**
 * Closes the first-run page the add-on opens in a tab of its own when it is installed, which every launch is: waited
 * for so that it never opens in the middle of a test. WebDriver never sees an add-on page's address (the tab moves to
 * the add-on's process and reads about:blank to it), so the page is the one tab that was not there before the install.
 */
async function closeWelcome(browser: Browser, before: ReadonlySet<Page>): Promise<void> {
  const end = Date.now() + 20_000;
  for (;;) {
    const page = (await browser.pages()).find((p) => !before.has(p));
    if (page) return page.close();
    if (Date.now() > end) throw new Error('the add-on did not open its welcome page on install');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Launches headless Firefox ESR over WebDriver BiDi and installs the built add-on as a temporary add-on. */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const dir = FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built add-on at ${dir}: run npm run build`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    ...(options.extensionPages || launchSettings(options) ? { args: ['--remote-allow-system-access'] } : {}),
    // Firefox gives each add-on a random UUID per profile unless this map names one.
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ 'backstory@backstory.invalid': FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    const before = new Set(await browser.pages());
    const addonId = await browser.installExtension(dir);
    await closeWelcome(browser, before);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const stored = launchSettings(options);
    if (stored) await storeSettings(browser, extensionOrigin, stored);
    return { browser, addonId, extensionOrigin, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Launches headless Firefox ESR over WebDriver BiDi with the same quiet profile and no add-on: the page as it is. */
export function launchPlainFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: QUIET_PREFS,
  });
}
