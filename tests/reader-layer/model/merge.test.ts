import { describe, expect, it } from 'vitest';
import { emptyDictionary, validateDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer, LAYER_LIMITS, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { LayerFullError, mergeArticle } from '@/utils/reader-layer/model/merge';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';
import { article, bundled, entity, page } from '../fixtures';

const learn = (layer: ReaderLayer, built = article([]), n = 1, published?: string) =>
  mergeArticle(layer, built, bundled(), page(n, published));

describe('mergeArticle', () => {
  it('adds a new entity with its facts, quotes and source', () => {
    const built = article(
      [entity('ada', 'Ada Lovelace', 'person', ['Lovelace'], ['Ada wrote notes.'])],
      [{ text: 'Numbers weave patterns.', speaker: 'ada', about: [] }],
    );
    const { layer, summary } = learn(emptyLayer(), built, 1, '2020-05-01');
    expect(summary).toMatchObject({ added: 1, joined: 0, pending: 0, facts: 1, quotes: 1, replaced: false });
    const dict = effectiveDictionary(bundled(), layer);
    expect(validateDictionary(dict).ok).toBe(true);
    const ada = dict.entities.find((e) => e.id === 'ada')!;
    expect(ada.facts).toEqual([{ text: 'Ada wrote notes.', source: summary.sourceId }]);
    expect(dict.sources.find((s) => s.id === summary.sourceId)).toMatchObject({
      url: 'https://news.example/story-1',
      title: 'Story 1',
      publisher: 'Example News',
      published: '2020-05-01',
    });
    expect(dict.quotes.find((q) => q.speaker === 'ada')?.text).toBe('Numbers weave patterns.');
  });

  it('joins the same person under new aliases to the existing entity', () => {
    const built = article([
      entity('bj', 'Alexander Boris Johnson', 'person', ['Boris Johnson', 'BoJo'], ['He wrote.']),
    ]);
    const { layer, summary } = learn(emptyLayer(), built, 1, '2016-02-03');
    expect(summary).toMatchObject({ joined: 1, added: 0 });
    const boris = effectiveDictionary(bundled(), layer).entities.find((e) => e.id === 'boris-johnson')!;
    expect(boris.name).toBe('Boris Johnson');
    expect(boris.aliases).toEqual(expect.arrayContaining(['Alexander Boris Johnson', 'BoJo', 'Johnson']));
    expect(boris.facts.map((f) => f.text)).toEqual(['He wrote.', 'Boris Johnson was mayor.']);
  });

  it('joins a surname-only mention to the one person it can be', () => {
    const { summary } = learn(emptyLayer(), article([entity('j', 'Mr Johnson', 'person')]));
    expect(summary).toMatchObject({ joined: 1, pending: 0 });
  });

  it('asks instead of guessing when a surname fits two people', () => {
    const first = learn(emptyLayer(), article([entity('rj', 'Rachel Johnson', 'person', ['Johnson'])]), 1);
    expect(first.summary.added).toBe(1);
    const second = learn(first.layer, article([entity('j', 'Johnson', 'person')]), 2);
    expect(second.summary).toMatchObject({ pending: 1, joined: 0 });
    const [decision] = second.layer.pending;
    expect(decision).toMatchObject({ reason: 'ambiguous', name: 'Johnson', source: second.summary.sourceId });
    expect(decision!.candidates.map((c) => c.id).sort()).toEqual(['boris-johnson', 'rj']);
    // Meanwhile the learned name is an entity of its own, so it is still highlighted.
    expect(effectiveDictionary(bundled(), second.layer).entities.some((e) => e.id === decision!.entity)).toBe(true);
  });

  it('records a clash of types as a pending decision', () => {
    const { layer, summary } = learn(emptyLayer(), article([entity('jordan', 'Jordan', 'person')]));
    expect(summary.pending).toBe(1);
    expect(layer.pending[0]).toMatchObject({ reason: 'type-clash', candidates: [{ id: 'jordan', type: 'place' }] });
    expect(layer.pending[0]!.entity).not.toBe('jordan');
  });

  it('does not match two weak keys, nor a weak key across types', () => {
    const built = article([
      entity('aj', 'Andrew Johnson', 'person', ['Johnson']),
      entity('mj', 'Michael Jordan', 'person', ['Jordan']),
    ]);
    const { summary } = learn(emptyLayer(), built);
    expect(summary).toMatchObject({ added: 2, joined: 0, pending: 0 });
  });

  it('prefers a full-name match over a surname one', () => {
    const first = learn(emptyLayer(), article([entity('johnson', 'Johnson', 'person')]), 1).layer;
    const { summary, layer } = learn(first, article([entity('b', 'Boris Johnson', 'person', ['Johnson'])]), 2);
    expect(summary).toMatchObject({ joined: 1, pending: 0 });
    expect(layer.sources[1]!.entities[0]!.id).toBe('boris-johnson');
  });

  it('gives a new entity a fresh id when its builder id is taken', () => {
    const { layer } = learn(emptyLayer(), article([entity('nato', 'Nato Bay', 'place')]));
    expect(layer.sources[0]!.entities[0]!.id).toBe('nato-2');
  });

  it('replaces the earlier contribution when the same page is learned again', () => {
    const once = learn(emptyLayer(), article([entity('a', 'Ann Apple', 'person', [], ['Old fact.'])]), 7).layer;
    const { layer, summary } = learn(once, article([entity('a', 'Ann Apple', 'person', [], ['New fact.'])]), 7);
    expect(summary.replaced).toBe(true);
    expect(layer.sources).toHaveLength(1);
    const ann = effectiveDictionary(bundled(), layer).entities.find((e) => e.name === 'Ann Apple')!;
    expect(ann.facts.map((f) => f.text)).toEqual(['New fact.']);
  });

  it('keeps facts compact: no repeats across sources, a few per entity per source', () => {
    const many = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'];
    const first = learn(emptyLayer(), article([entity('a', 'Ann Apple', 'person', [], many)]), 1);
    expect(first.summary.facts).toBe(LAYER_LIMITS.factsPerEntityPerSource);
    const second = learn(first.layer, article([entity('a', 'Ann Apple', 'person', [], ['one', 'Six.'])]), 2);
    expect(second.summary.facts).toBe(1);
    // The repeated fact is kept in its first wording, so it outlives the first source; the page shows it once.
    expect(second.layer.sources[1]!.entities[0]!.facts).toEqual(['One.', 'Six.']);
    const ann = effectiveDictionary(bundled(), second.layer).entities.find((e) => e.name === 'Ann Apple')!;
    expect(ann.facts.map((f) => f.text).filter((t) => t === 'One.')).toHaveLength(1);
  });

  it('stores a quote seen before in its known wording, shows it once, and drops quotes about nobody it kept', () => {
    const built = article(
      [entity('b', 'Boris Johnson', 'person')],
      [
        { text: 'bundled words', speaker: 'b', about: [] },
        { text: 'Fresh words.', speaker: 'b', about: ['b'] },
        { text: 'About a ghost.', speaker: 'ghost', about: [] },
      ],
    );
    const { layer, summary } = learn(emptyLayer(), built);
    expect(summary.quotes).toBe(1);
    expect(layer.sources[0]!.quotes.map((q) => [q.text, q.speaker, q.about])).toEqual([
      ['Bundled words.', 'boris-johnson', []],
      ['Fresh words.', 'boris-johnson', ['boris-johnson']],
    ]);
    const shown = effectiveDictionary(bundled(), layer).quotes.map((q) => q.text);
    expect(shown.filter((t) => t === 'Bundled words.')).toHaveLength(1);
  });

  it('refuses to learn past the limit of learned articles, and says what to do', () => {
    const sources = Array.from({ length: LAYER_LIMITS.learnedSources }, (_, i) => ({
      source: { id: `learned-${i}`, title: `t${i}` },
      order: i,
      entities: [],
      quotes: [],
    }));
    const full: ReaderLayer = { ...emptyLayer(), sources, nextOrder: sources.length };
    expect(() => mergeArticle(full, article([]), emptyDictionary(), page(1))).toThrow(LayerFullError);
    expect(() => mergeArticle(full, article([]), emptyDictionary(), page(1))).toThrow(/Remove some/);
  });

  it('stores a description that repeats a fact only once', () => {
    const ann = {
      ...entity('a', 'Ann Apple', 'person', [], ['Ann runs the mill.']),
      description: 'Ann runs the mill.',
    };
    const { layer } = learn(emptyLayer(), article([ann]));
    expect(layer.sources[0]!.entities[0]).toMatchObject({ description: '', descriptionFact: 0 });
    const shown = effectiveDictionary(bundled(), layer).entities.find((e) => e.name === 'Ann Apple')!;
    expect(shown.description).toBe('Ann runs the mill.');
  });

  it('derives the source id from the page URL', () => {
    expect(learn(emptyLayer()).summary.sourceId).toBe(learnedSourceId(page(1).url, ''));
  });
});
