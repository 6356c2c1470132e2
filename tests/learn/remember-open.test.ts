import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { rememberOpenWhenAllowed } from '@/entrypoints/background/remember-open';
import { updateSettings } from '@/utils/settings';
import { updateNeverRemember } from '@/utils/settings/never-remember-item';

/** Lets the storage's change events reach their listeners. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the open tabs’ stories when remembering becomes allowed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are handed over when "Remember articles I read" is switched on, not when it stays on or goes off', async () => {
    const rememberOpen = vi.fn();
    rememberOpenWhenAllowed(rememberOpen);
    await settle();
    await updateSettings((s) => ({ ...s, highlightStyle: 'underline' }));
    await settle();
    expect(rememberOpen).not.toHaveBeenCalled();
    await updateSettings((s) => ({ ...s, rememberArticles: true }));
    await settle();
    expect(rememberOpen).toHaveBeenCalledTimes(1);
    await updateSettings((s) => ({ ...s, highlightStyle: 'background' }));
    await updateSettings((s) => ({ ...s, rememberArticles: false }));
    await settle();
    expect(rememberOpen).toHaveBeenCalledTimes(1);
  });

  it('are handed over when a site leaves the "never remember" list, not when one joins it', async () => {
    await updateNeverRemember(() => ['news.example', 'other.example']);
    const rememberOpen = vi.fn();
    rememberOpenWhenAllowed(rememberOpen);
    await settle();
    await updateNeverRemember((list) => [...list, 'third.example']);
    await settle();
    expect(rememberOpen).not.toHaveBeenCalled();
    await updateNeverRemember((list) => list.filter((site) => site !== 'news.example'));
    await settle();
    expect(rememberOpen).toHaveBeenCalledTimes(1);
  });
});
