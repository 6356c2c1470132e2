import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

// The same typed catalogue as '#i18n', made here from the package itself so Node can load this module too.
const i18n = createI18n<GeneratedI18nStructure>();

const hasCatalogue = () => {
  const g = globalThis as { browser?: { i18n?: unknown }; chrome?: { i18n?: unknown } };
  return Boolean(g.browser?.i18n ?? g.chrome?.i18n);
};

/**
 * `i18n.t` for the few modules that also run in Node tools (article extraction and merging, used by the
 * builder's CLI and the benchmarks): there is no browser catalogue there, and the tools get the message's key.
 */
export const translate = ((...args: Parameters<typeof i18n.t>) =>
  hasCatalogue() ? i18n.t(...args) : String(args[0])) as typeof i18n.t;
