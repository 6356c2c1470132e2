import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemsWritten } from '@/utils/reader-layer/store/storage';
import { fakeBrowser } from 'wxt/testing';
import type { StoryRead, StoryResult } from '@/utils/learn/read-story';
import { createMemory } from '@/utils/learn/remember';
import { rememberWanted } from '@/utils/learn/remember-wanted';
import { settingsItem } from '@/utils/settings';
import { defaultSettings } from '@/utils/settings/schema';
import { neverRememberItem } from '@/utils/settings/never-remember-item';
import { createReadAlong } from '@/utils/learn/read-along-service';
import { createTabStories } from '@/utils/learn/tab-stories';
import { forgetEverything, forgetSince, forgetSite, rememberArticle } from '@/utils/reader-layer/layer-actions';
import { loadLayer, updateLayer } from '@/utils/reader-layer/store/storage';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { LAYER_LIMITS } from '@/utils/reader-layer/model/layer-schema';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';
import { article, bundled, entity } from '../reader-layer/fixtures';

const read = (n: number): StoryRead => ({
  article: {
    url: `https://news.example/story-${n}`,
    title: `Story ${n}`,
    text: `Ada Brook spoke of story ${n}.`,
    publisher: 'Ex',
  },
  location: null,
  dictionary: article([entity('ada', 'Ada Brook', 'person', [], [`Fact ${n}.`])]),
});

describe('remembering stories read along', () => {
  beforeEach(() => fakeBrowser.reset());
  // Items written after a merge's answer land before the next test's storage is reset.
  afterEach(() => itemsWritten());

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

  it('keeps a story once when the same text comes again from another address, whatever its case and spacing', async () => {
    expect(await rememberArticle(read(1).article, read(1).dictionary, bundled())).toBe('remembered');
    const copy = { ...read(1).article, url: 'https://amp.news.example/s/1', text: '  ADA BROOK spoke\nof story 1. ' };
    expect(await rememberArticle(copy, read(1).dictionary, bundled())).toBe('known');
    const { layer } = await loadLayer();
    expect(layer.sources.map((s) => s.source.url)).toEqual(['https://news.example/story-1']);
    expect(layer.sources[0]!.textKey).toMatch(/^[0-9a-f]{16}$/);
  });

  it("forgets the oldest article at the cap to make room, and keeps the reader's corrections", async () => {
    const correction = { kind: 'hide', entity: 'nato', name: 'NATO' } as const;
    // A full layer made directly: merging thousands of articles one by one would take the test minutes.
    const sources = Array.from({ length: LAYER_LIMITS.learnedSources }, (_, n) => ({
      source: { id: learnedSourceId(read(n + 10).article.url, ''), title: `Story ${n + 10}` },
      order: n,
      entities: [],
      quotes: [],
    }));
    await updateLayer((empty) => ({
      ...empty,
      nextOrder: sources.length,
      sources,
      corrections: withCorrection(empty.corrections, correction),
    }));
    expect(await rememberArticle(read(1).article, read(1).dictionary, bundled())).toBe('remembered');
    const { layer } = await loadLayer();
    const ids = new Set(layer.sources.map((s) => s.source.id));
    const idOf = (n: number) => learnedSourceId(read(n).article.url, '');
    expect(layer.sources).toHaveLength(LAYER_LIMITS.learnedSources);
    expect([ids.has(idOf(1)), ids.has(idOf(10)), ids.has(idOf(11))]).toEqual([true, false, true]);
    expect(layer.corrections).toEqual([correction]);
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
    expect(remember).toHaveBeenCalledWith(expect.objectContaining({ article: read(1).article }), read(1).article.url);
  });
});

describe('sites never to remember', () => {
  beforeEach(() => fakeBrowser.reset());
  // Items written after a merge's answer land before the next test's storage is reset.
  afterEach(() => itemsWritten());

  it('skips a story from a listed site, read on it or naming it as its own address, and keeps the rest', async () => {
    await settingsItem.setValue({ ...defaultSettings(), rememberArticles: true });
    await neverRememberItem.setValue(['news.example']);
    const from = (n: number, url: string): StoryRead => ({ ...read(n), article: { ...read(n).article, url } });
    const remember = createMemory({
      wanted: (story, pageUrl) => rememberWanted([pageUrl, story.article.url]),
      keep: (story) => rememberArticle(story.article, story.dictionary, bundled()),
    });
    await remember(from(1, 'https://www.news.example/story-1'));
    await remember(from(2, 'https://live.news.example/story-2'));
    await remember(from(3, 'https://other.example/story-3'), 'https://news.example/syndicated');
    await remember(from(4, 'https://other.example/story-4'));
    const { layer } = await loadLayer();
    expect(layer.sources.map((s) => s.source.url)).toEqual(['https://other.example/story-4']);
    await neverRememberItem.setValue([]);
    await remember(from(1, 'https://news.example/story-1'));
    expect((await loadLayer()).layer.sources).toHaveLength(2);
  });

  it('keeps nothing while the reader has not asked to remember', async () => {
    await neverRememberItem.setValue(['news.example']);
    expect(await rememberWanted(['https://other.example/a'])).toBe(false);
    await settingsItem.setValue({ ...defaultSettings(), rememberArticles: true });
    expect(await rememberWanted(['https://other.example/a'])).toBe(true);
    expect(await rememberWanted(['https://other.example/a', 'https://news.example/b'])).toBe(false);
  });
});

describe('forgetting a site', () => {
  beforeEach(() => fakeBrowser.reset());
  // Items written after a merge's answer land before the next test's storage is reset.
  afterEach(() => itemsWritten());

  it('forgets exactly the articles kept from that site, and keeps the rest and the corrections', async () => {
    const from = (n: number, host: string): StoryRead => ({
      ...read(n),
      article: { ...read(n).article, url: `https://${host}/story-${n}` },
    });
    const correction = { kind: 'hide', entity: 'nato', name: 'NATO' } as const;
    await updateLayer((l) => ({ ...l, corrections: withCorrection(l.corrections, correction) }));
    for (const story of [from(1, 'www.news.example'), from(2, 'news.example'), from(3, 'other.example')])
      await rememberArticle(story.article, story.dictionary, bundled());
    expect(await forgetSite('news.example')).toBe(2);
    const { layer } = await loadLayer();
    expect(layer.sources.map((s) => s.source.url)).toEqual(['https://other.example/story-3']);
    expect(layer.corrections).toEqual([correction]);
    expect(await forgetSite('nowhere.example')).toBe(0);
  });

  it('forgets the articles remembered since a moment, then everything, keeping the corrections', async () => {
    const correction = { kind: 'hide', entity: 'nato', name: 'NATO' } as const;
    await updateLayer((l) => ({ ...l, corrections: withCorrection(l.corrections, correction) }));
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 0, 1, 8));
    try {
      await rememberArticle(read(1).article, read(1).dictionary, bundled());
      now.mockReturnValue(Date.UTC(2026, 0, 1, 11, 30));
      await rememberArticle(read(2).article, read(2).dictionary, bundled());
      await rememberArticle(read(3).article, read(3).dictionary, bundled());
    } finally {
      now.mockRestore();
    }
    expect(await forgetSince(Date.UTC(2026, 0, 1, 11))).toBe(2);
    expect((await loadLayer()).layer.sources.map((s) => s.source.title)).toEqual(['Story 1']);
    expect(await forgetEverything()).toBe(1);
    const { layer } = await loadLayer();
    expect(layer.sources).toEqual([]);
    expect(layer.corrections).toEqual([correction]);
  });
});
