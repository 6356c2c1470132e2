// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabStory } from '@/utils/learn/tab-story';

const ask = vi.hoisted(() => vi.fn());
vi.mock('@/utils/messaging', () => ({ sendMessage: ask }));
const { STORY_RETRIES, useTabStory } = await import('@/entrypoints/popup/use-tab-story');

const story = { url: 'https://news.example/a', storyOnly: [], capped: false } as unknown as TabStory;

afterEach(() => ask.mockReset());

describe('the popup asking the background for the tab’s story', () => {
  it('asks again while the background has none for a page that reports its story ready', async () => {
    ask.mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValueOnce(null);
    ask.mockResolvedValue(story);
    const { result } = renderHook(() => useTabStory(4, 'ready'));
    await waitFor(() => expect(result.current).toBe(story), { timeout: 3_000 });
    expect(ask).toHaveBeenCalledTimes(3);
    expect(ask).toHaveBeenCalledWith('ui:get-story', { tabId: 4 });
  });

  it('gives up after a few tries, and asks nothing before the page reports its story ready', async () => {
    ask.mockResolvedValue(null);
    renderHook(() => useTabStory(4, 'reading'));
    expect(ask).not.toHaveBeenCalled();
    const { result } = renderHook(() => useTabStory(4, 'ready'));
    await waitFor(() => expect(ask).toHaveBeenCalledTimes(STORY_RETRIES + 1), { timeout: 4_000 });
    await new Promise((r) => setTimeout(r, 600));
    expect(ask).toHaveBeenCalledTimes(STORY_RETRIES + 1);
    expect(result.current).toBeNull();
  });
});
