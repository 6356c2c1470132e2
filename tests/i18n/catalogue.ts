import { resolve } from 'node:path';
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fillMessage } from '../../utils/i18n/catalogue-fallback';

/** The English catalogue as the browser reads it: the messages.json the build writes from locales/en.yml. */
export async function englishCatalogue(): Promise<Record<string, { message: string }>> {
  const parsed = await parseMessagesFile(resolve(import.meta.dirname, '../../locales/en.yml'));
  return JSON.parse(generateChromeMessagesText(parsed));
}

/** `i18n.getMessage` over `catalogue` as browsers do it: $1…$9 filled in, $$ a dollar sign, "" when unknown. */
export function messageGetter(catalogue: Record<string, { message: string }>) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = catalogue[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return fillMessage(entry.message, subs);
  };
}
