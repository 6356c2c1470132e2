// Some browser sessions answer "" for every message of the extension's own catalogue, for as long as the session
// lasts (seen in Chromium, where the extension's process keeps the catalogue it first got, even an empty one). An
// extension page would then show blank headings and buttons; it reads the English catalogue the extension ships.
import { browser } from 'wxt/browser';

/** A catalogue as `_locales/<lang>/messages.json` holds it, keyed by lower-case message name. */
export type Catalogue = ReadonlyMap<string, string>;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

/** A message that every catalogue of the extension has: the browser's catalogue is empty when this is. */
const PROBE = 'extension_name';

/** The messages of a parsed `messages.json`; entries that are not `{ message: string }` are left out. */
export function readCatalogue(json: unknown): Catalogue {
  const messages = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return messages;
  for (const [key, entry] of Object.entries(json)) {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message === 'string') messages.set(key.toLowerCase(), message);
  }
  return messages;
}

/** `message` with `$1`…`$9` filled from `substitutions` and `$$` as a dollar sign, as the browser fills them. */
export function fillMessage(message: string, substitutions: readonly string[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (substitutions[Number(c) - 1] ?? '')));
}

/** Makes `api.getMessage` answer from `catalogue` wherever the browser's own answer is empty. */
export function fallBackTo(api: I18nApi, catalogue: Catalogue): void {
  const native = api.getMessage.bind(api);
  api.getMessage = (key, substitutions) => {
    const answer = native(key, substitutions);
    if (answer !== '' || key.startsWith('@@')) return answer;
    const message = catalogue.get(key.toLowerCase());
    if (message === undefined) return answer;
    return fillMessage(message, typeof substitutions === 'string' ? [substitutions] : substitutions);
  };
}

/** The catalogue objects a page's code may call: `chrome.i18n`, and `browser.i18n` where it is another object. */
function i18nApis(): I18nApi[] {
  const g = globalThis as { chrome?: { i18n?: I18nApi } };
  return [...new Set([g.chrome?.i18n, browser.i18n as unknown as I18nApi])].filter((api) => api !== undefined);
}

/**
 * Run before an extension page renders: when the browser's catalogue answers nothing, the English one the extension
 * ships answers instead. A catalogue that cannot be read leaves the page as it is, with the error in the console.
 */
export async function ensureCatalogue(): Promise<void> {
  const apis = i18nApis();
  if (apis.every((api) => api.getMessage(PROBE) !== '')) return;
  try {
    const response = await fetch(browser.runtime.getURL('/_locales/en/messages.json' as '/'));
    const catalogue = readCatalogue(await response.json());
    for (const api of apis) fallBackTo(api, catalogue);
  } catch (error) {
    console.error('Backstory could not read its own catalogue of words:', error);
  }
}
