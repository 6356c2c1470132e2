import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { StoryRead, StoryResult } from '@/utils/learn/read-story';
import { createMemory } from '@/utils/learn/remember';
import { createReadAlong } from '@/utils/learn/read-along-service';
import { createTabStories } from '@/utils/learn/tab-stories';
import { rememberArticle } from '@/utils/reader-layer/layer-actions';
import { loadLayer } from '@/utils/reader-layer/store/storage';
import { LAYER_LIMITS } from '@/utils/reader-layer/model/layer-schema';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';
import { article, bundled, entity } from '../reader-layer/fixtures';

const read = (n: number): StoryRead => ({
  article: { url: `https://news.example/story-${n}`, title: `Story ${n}`, text: 'Ada Brook spoke.', publisher: 'Ex' },
  location: null,
  dictionary: article([entity('ada', 'Ada Brook', 'person', [], [`Fact ${n}.`])]),
});

describe('remembering stories read along', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each article once, by its canonical address, merged with what the layer knows', async () => {
    expect(await rememberArticle(read(1).article, read(1).dictionary, bundled())).toBe('remembered');
    expect(await rememberArticle(read(2).article, read(2).dictionary, bundled())).toBe('remembered');
    const again = { ...read(1).article, url: 'https://news.example/story-1#comments' };
    expect(await rememberArticle(again, read(1).dictionary, bundled())).toBe('known');
    const { layer } = await loadLayer();
    expect(layer.sources.map((s) => s.source.title)).toEqual(['Story 1', 'Story 2']);
    // The same person in both articles is one entity, named by both.
    const ids = new Set(layer.sources.flatMap((s) => s.entities.map((e) => e.id)));
    expect(ids.size).toBe(1);
  });

  it('keeps what it has once the layer is full', async () => {
    const full = Array.from({ length: LAYER_LIMITS.learnedSources }, (_, n) => read(n + 10));
    for (const story of full.slice(0, LAYER_LIMITS.learnedSources))
      await rememberArticle(story.article, story.dictionary, bundled());
    expect(await rememberArticle(read(1).article, read(1).dictionary, bundled())).toBe('full');
    expect(
      (await loadLayer()).layer.sources.some((s) => s.source.id === learnedSourceId(read(1).article.url, '')),
    ).toBe(false);
  }, 60_000);

  it('keeps stories one at a time, in order, only while the reader wants it, and goes on after a failure', async () => {
    const kept: number[] = [];
    let wanted = true;
    let running = 0;
    const remember = createMemory({
      wanted: async () => wanted,
      keep: async (story) => {
        running++;
        expect(running).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (story.article.title === 'Story 2') throw new Error('disk full');
        kept.push(Number(story.article.title.slice(6)));
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await Promise.all([remember(read(1)), remember(read(2)), remember(read(3))]);
    expect(kept).toEqual([1, 3]);
    expect(warn).toHaveBeenCalledTimes(1);
    wanted = false;
    await remember(read(4));
    expect(kept).toEqual([1, 3]);
  });

  it('is handed every story read along, and nothing from private windows or pages it skipped', async () => {
    const remember = vi.fn(async () => undefined);
    const known = async () => ({ schemaVersion: 1 as const, sources: [], entities: [], quotes: [] });
    const results: StoryResult[] = [
      { ok: true, ...read(1) },
      { ok: false, reason: 'not-article' },
    ];
    const service = createReadAlong({
      read: async () => results.shift()!,
      known,
      stories: createTabStories(),
      remember,
    });
    await service.hand(1, { url: 'https://news.example/private', html: '' }, true);
    await service.hand(1, { url: read(1).article.url, html: '' }, false);
    await service.hand(2, { url: 'https://news.example/list', html: '' }, false);
    expect(remember).toHaveBeenCalledTimes(1);
    expect(remember).toHaveBeenCalledWith(expect.objectContaining({ article: read(1).article }));
  });
});
