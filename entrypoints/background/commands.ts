import { browser } from 'wxt/browser';
import { COMMANDS } from '@/utils/commands';
import { sendMessage } from '@/utils/messaging';
import { updateSettings } from '@/utils/settings';

/** Keyboard commands: the toggle is handled here; moving focus is the page's business, so it goes to the active tab. */
export function handleCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command === COMMANDS.toggle) {
      await updateSettings((s) => ({ ...s, enabled: !s.enabled }));
      return;
    }
    const direction = command === COMMANDS.next ? 1 : command === COMMANDS.previous ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('background:move-focus', { direction }, tab.id).catch(() => undefined);
  });
}
