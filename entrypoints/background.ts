import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { updateSettings } from '@/utils/settings';

export default defineBackground(() => {
  // Keyboard commands arrive here; moving focus is the page's business, so it is forwarded to the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-backstory') {
      await updateSettings((s) => ({ ...s, enabled: !s.enabled }));
      return;
    }
    const direction = command === 'next-entity' ? 1 : command === 'previous-entity' ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('background:move-focus', { direction }, tab.id).catch(() => undefined);
  });
});
