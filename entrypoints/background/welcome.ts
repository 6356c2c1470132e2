import { browser } from 'wxt/browser';

/**
 * Opens the first-run page once, when Backstory is installed (not on updates or browser starts): it says what
 * "Remember articles I read" keeps and where, and offers the switch. Opening a tab of the extension's own page needs
 * no permission.
 */
export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs
      .create({ url: browser.runtime.getURL('/welcome.html') })
      .catch((error: unknown) => console.warn('Backstory could not open its welcome page:', error));
  });
}
