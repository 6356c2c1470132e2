// The catalogue lookup for code that runs in web pages (the content script's settings and site rules): the same
// `i18n.t` as `#i18n` over the browser's catalogue, with substitutions but without the full runtime's plural forms,
// named substitutions and warnings, which every page would otherwise compile on load. Nothing read there counts.
import { browser } from 'wxt/browser';
import type { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '../../.wxt/i18n/structure';

function t(key: string, subs?: unknown[]): string {
  return browser.i18n.getMessage(key.replaceAll('.', '_') as '@@ui_locale', subs?.map(String));
}

/** The catalogue, typed as the full runtime is (plural counts are not supported here). */
export const i18n = { t } as unknown as ReturnType<typeof createI18n<GeneratedI18nStructure>>;
