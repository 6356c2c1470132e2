import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COMMANDS } from '@/utils/commands';

/** The command that turns Backstory on or off everywhere. */
export const TOGGLE_COMMAND = COMMANDS.toggle;

/**
 * The key bound to the on/off command: "" when the reader removed it, undefined until known. It is read again
 * whenever the page comes back into view, since the reader changes it on the browser's own shortcuts page.
 */
export function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    // Some browsers (and test doubles) throw rather than reject when commands cannot be listed.
    const read = () =>
      void Promise.resolve()
        .then(() => browser.commands.getAll())
        .then((commands) => setShortcut(commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? ''))
        .catch(() => setShortcut(''));
    read();
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', read);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', read);
    };
  }, []);
  return shortcut;
}

/** Opens the browser's keyboard shortcut settings, where an extension may; undefined where it may not. */
export function shortcutOpener(): (() => void) | undefined {
  if (import.meta.env.BROWSER !== 'firefox')
    return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  // Firefox 137+ can open its shortcut manager for an extension; older versions cannot, and the page explains where.
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  return commands.openShortcutSettings ? () => void commands.openShortcutSettings?.() : undefined;
}
