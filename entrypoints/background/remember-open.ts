import { loadSettings, watchSettings } from '@/utils/settings';
import { loadNeverRemember, watchNeverRemember } from '@/utils/settings/never-remember-item';

/**
 * Calls `rememberOpen` when remembering becomes allowed where it was not: "Remember articles I read" switched on, or a
 * site taken off the "never remember" list. The reader who turns memory on while reading expects that article to
 * count too, not only the next one.
 */
export function rememberOpenWhenAllowed(rememberOpen: () => void): void {
  let remembering: boolean | undefined;
  let never: string[] | undefined;
  void loadSettings().then(({ settings }) => (remembering ??= settings.rememberArticles));
  void loadNeverRemember().then((list) => (never ??= list));
  watchSettings(({ settings }) => {
    const was = remembering;
    remembering = settings.rememberArticles;
    if (remembering && was === false) rememberOpen();
  });
  watchNeverRemember((list) => {
    const was = never;
    never = list;
    if (was?.some((site) => !list.includes(site))) rememberOpen();
  });
}
