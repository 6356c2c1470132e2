import { loadSettings } from '../settings';
import { neverRemembered } from '../settings/never-remember';
import { loadNeverRemember } from '../settings/never-remember-item';

/**
 * Whether a story read along should be kept: the reader turned "Remember articles I read" on, and none of `urls` (the
 * page's address and the story's own, which may name another site) is from a site on the "never remember" list.
 */
export async function rememberWanted(urls: readonly string[]): Promise<boolean> {
  const [{ settings }, never] = await Promise.all([loadSettings(), loadNeverRemember()]);
  return settings.rememberArticles && !urls.some((url) => neverRemembered(never, url));
}
