import { describe, expect, it, vi } from 'vitest';
import type { StoryResult } from '@/utils/learn/read-story';
import { createReadAlong } from '@/utils/learn/read-along-service';
import { createTabStories } from '@/utils/learn/tab-stories';

const story: StoryResult = {
  ok: true,
  article: { url: 'https://news.example/a', title: 'A', text: '…' },
  location: null,
  dictionary: {
    schemaVersion: 1,
    sources: [],
    entities: [{ id: 'ada', name: 'Ada Brook', type: 'person', aliases: [], description: '', facts: [] }],
    quotes: [],
  },
};
const known = async () => ({ schemaVersion: 1 as const, sources: [], entities: [], quotes: [] });
const page = (url = 'https://news.example/a') => ({ url, html: '<html></html>' });

describe('reading along in the background', () => {
  it('reads each story once per tab, and reads again when the tab moves on or forgets it', async () => {
    const read = vi.fn(async () => story);
    const service = createReadAlong({ read, known, stories: createTabStories() });
    expect(await service.hand(1, page(), false)).toMatchObject({
      state: 'ready',
      names: { rows: [['story:ada', 'Ada Brook', 0, []]] },
    });
    await service.hand(1, page(), false);
    expect(read).toHaveBeenCalledTimes(1);
    await service.hand(2, page(), false);
    await service.hand(1, page('https://news.example/b'), false);
    expect(read).toHaveBeenCalledTimes(3);
    await service.forget(1);
    await service.hand(1, page('https://news.example/b'), false);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('hands the stories of the tabs still open over to be remembered again, each with its page’s address', async () => {
    const remember = vi.fn(async () => undefined);
    const read = vi.fn(async (p: { url: string }): Promise<StoryResult> =>
      p.url.endsWith('/french') ? { ok: false, reason: 'not-english' } : story,
    );
    const service = createReadAlong({ read, known, stories: createTabStories(), remember });
    await service.hand(1, page('https://news.example/a?ref=home'), false);
    await service.hand(2, page('https://news.example/b'), false);
    await service.hand(3, page('https://news.example/french'), false);
    await service.forget(2);
    remember.mockClear();
    await service.rememberOpen();
    expect(remember.mock.calls).toEqual([[story, 'https://news.example/a?ref=home']]);
  });

  it('reads nothing in a private window, and says why a page was skipped or failed', async () => {
    const read = vi.fn(async (): Promise<StoryResult> => ({ ok: false, reason: 'not-english' }));
    const stories = createTabStories();
    const service = createReadAlong({ read, known, stories });
    expect(await service.hand(1, page(), true)).toEqual({ state: 'private' });
    expect(read).not.toHaveBeenCalled();
    expect(await service.hand(1, page(), false)).toEqual({ state: 'not-english' });
    const failing = createReadAlong({ read: async () => Promise.reject(new Error('offscreen gone')), known, stories });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await failing.hand(3, page(), false)).toEqual({ state: 'failed' });
    expect(await stories.get(3)).toBeUndefined();
  });

  it('keeps stories in session memory too, so a background woken from idle still has them', async () => {
    const area = new Map<string, unknown>();
    const session = {
      get: async (key: string) => (area.has(key) ? { [key]: area.get(key) } : {}),
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => area.set(k, v)),
      remove: async (key: string) => void area.delete(key),
    };
    await createReadAlong({ read: async () => story, known, stories: createTabStories(session) }).hand(
      7,
      page(),
      false,
    );
    const woken = createTabStories(session);
    expect((await woken.get(7))?.url).toBe('https://news.example/a');
    await woken.forget(7);
    expect(area.size).toBe(0);
  });
});
