// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { compileMatcher, dictionaryEntries } from '@/utils/matcher';
import { defaultSettings, saveSettings, type Settings } from '@/utils/settings';
import { initAnnotation, type AnnotationSession } from '@/entrypoints/content/annotation';
import { pageReport } from '@/entrypoints/content/page-report';
import { localItems } from '@/entrypoints/content/page-storage';
import { settingsFeed } from '@/utils/settings/page-feed';

const entity = (id: string, name: string, type: 'person' | 'place', aliases: string[] = []) => ({
  id,
  name,
  type,
  aliases,
  description: '',
  facts: [],
});
const dictionary: Dictionary = {
  schemaVersion: 1,
  sources: [],
  quotes: [],
  entities: [entity('biden', 'Joe Biden', 'person', ['Biden']), entity('iran', 'Iran', 'place')],
};
const index = indexDictionary(dictionary);
const matcher = () => Promise.resolve(compileMatcher(dictionaryEntries(dictionary.entities)));
const PAGE = '<p>Biden spoke about Iran. Iran answered Biden.</p>';

let controller: AbortController;
let session: AnnotationSession;

/** Waits until the session has settled after a settings change. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await session.annotator()?.whenIdle();
  }
}
const marks = () => [...document.querySelectorAll('mark[data-backstory-entity]')].map((m) => m.textContent);
const save = (change: Partial<Settings>) => saveSettings({ ...defaultSettings(), ...change });

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = 'Biden spoke about Iran. Iran answered Biden.';
  document.body.append(p);
  controller = new AbortController();
  session = initAnnotation(controller.signal, {
    index,
    matcher,
    claimed: () => true,
    settings: settingsFeed(localItems),
  });
  await settle();
});
afterEach(() => controller.abort());

describe('content script annotation', () => {
  it('annotates with the stored settings and reports what it found', () => {
    expect(marks()).toEqual(['Biden', 'Iran', 'Iran', 'Biden']);
    const report = pageReport(session, () => ({ state: 'off' }));
    expect(report.status).toBe('done');
    expect(report.entities).toEqual([
      { id: 'biden', name: 'Joe Biden', type: 'person', count: 2 },
      { id: 'iran', name: 'Iran', type: 'place', count: 2 },
    ]);
  });

  it('removes every mark when switched off and annotates again when switched on', async () => {
    await save({ enabled: false });
    await settle();
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
    expect(pageReport(session, () => ({ state: 'off' })).status).toBe('off');
    await save({ enabled: true });
    await settle();
    expect(marks()).toHaveLength(4);
  });

  it('restyles in place and re-annotates when what is marked changes', async () => {
    const first = session.annotator();
    await save({ highlightStyle: 'background' });
    await settle();
    expect(session.annotator()).toBe(first);
    await save({ types: ['place'], firstMentionOnly: true });
    await settle();
    expect(session.annotator()).not.toBe(first);
    expect(marks()).toEqual(['Iran']);
  });

  it('marks a story’s names in its own text when they arrive, leaving the rest of the page’s marks in place', async () => {
    const story = document.createElement('div');
    story.append(Object.assign(document.createElement('p'), { textContent: 'Minister Tala Voss met Biden in Iran.' }));
    document.body.append(story);
    await settle();
    const outside = [...document.querySelectorAll('body > p mark')];
    const annotator = session.annotator();
    const joined: Dictionary = {
      ...dictionary,
      entities: [...dictionary.entities, entity('story:voss', 'Tala Voss', 'person', ['Voss'])],
    };
    const joinedMatcher = compileMatcher(dictionaryEntries(joined.entities));
    session.retarget({ index: indexDictionary(joined), matcher: () => Promise.resolve(joinedMatcher) }, story);
    await settle();
    expect(session.annotator()).toBe(annotator);
    expect([...document.querySelectorAll('body > p mark')]).toEqual(outside);
    expect([...story.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Tala Voss', 'Biden', 'Iran']);
    expect(session.index().entity('story:voss')?.name).toBe('Tala Voss');
    expect(pageReport(session, () => ({ state: 'off' })).entities.map((e) => e.id)).toContain('story:voss');
  });

  it('stays off on pages that are not articles when asked to run on articles only', async () => {
    await save({ runOn: 'articles' });
    await settle();
    expect(marks()).toEqual([]);
    expect(pageReport(session, () => ({ state: 'off' })).status).toBe('not-article');
  });

  it('undoes everything when its context is invalidated', async () => {
    controller.abort();
    expect(document.body.innerHTML).toBe(PAGE);
  });
});
