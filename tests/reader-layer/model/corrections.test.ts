import { describe, expect, it } from 'vitest';
import { validateDictionary } from '@/utils/dictionary/validate';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import type { Correction } from '@/utils/dictionary/schema';
import { article, bundled, entity, page } from '../fixtures';

const learned = (): ReaderLayer =>
  mergeArticle(
    emptyLayer(),
    article(
      [
        entity('bj', 'BoJo', 'person', [], ['A nickname fact.']),
        entity('labour', 'Labour', 'other', ['Labour Party'], ['Labour fact.']),
        entity('ann', 'Ann Apple', 'person'),
      ],
      [
        { text: 'Said by BoJo.', speaker: 'bj', about: ['labour'] },
        { text: 'About Labour only.', speaker: null, about: ['labour'] },
      ],
    ),
    bundled(),
    page(1),
  ).layer;

const withFixes = (layer: ReaderLayer, ...fixes: Correction[]) => ({
  ...layer,
  corrections: fixes.reduce(withCorrection, layer.corrections),
});

describe('corrections', () => {
  it('"same as" folds one entity into another: names become aliases, facts and quotes follow', () => {
    const layer = withFixes(learned(), { kind: 'same-as', entity: 'bj', name: 'BoJo', target: 'boris-johnson' });
    const dict = effectiveDictionary(bundled(), layer);
    expect(validateDictionary(dict).ok).toBe(true);
    expect(dict.entities.some((e) => e.id === 'bj')).toBe(false);
    const boris = dict.entities.find((e) => e.id === 'boris-johnson')!;
    expect(boris.aliases).toContain('BoJo');
    expect(boris.facts.map((f) => f.text)).toContain('A nickname fact.');
    expect(dict.quotes.find((q) => q.text === 'Said by BoJo.')?.speaker).toBe('boris-johnson');
  });

  it('"same as" follows chains and ignores loops and missing targets', () => {
    const layer = withFixes(
      learned(),
      { kind: 'same-as', entity: 'ann', name: 'Ann Apple', target: 'bj' },
      { kind: 'same-as', entity: 'bj', name: 'BoJo', target: 'boris-johnson' },
      { kind: 'same-as', entity: 'boris-johnson', name: 'Boris Johnson', target: 'ann' },
      { kind: 'same-as', entity: 'labour', name: 'Labour', target: 'gone' },
    );
    const dict = effectiveDictionary(bundled(), layer);
    expect(validateDictionary(dict).ok).toBe(true);
    expect(dict.entities.some((e) => e.id === 'labour')).toBe(true);
    const standing = dict.entities.filter((e) => ['ann', 'bj', 'boris-johnson'].includes(e.id));
    expect(standing).toHaveLength(1);
    expect([standing[0]!.name, ...standing[0]!.aliases]).toEqual(
      expect.arrayContaining(['Ann Apple', 'BoJo', 'Boris Johnson']),
    );
  });

  it('"wrong type" changes the type everywhere, bundled entities included', () => {
    const layer = withFixes(
      learned(),
      { kind: 'wrong-type', entity: 'labour', name: 'Labour', type: 'organization' },
      { kind: 'wrong-type', entity: 'jordan', name: 'Jordan', type: 'other' },
    );
    const dict = effectiveDictionary(bundled(), layer);
    expect(dict.entities.find((e) => e.id === 'labour')?.type).toBe('organization');
    expect(dict.entities.find((e) => e.id === 'jordan')?.type).toBe('other');
  });

  it('"not a name" removes the entity, the name as anyone\'s alias, and quotes left about nobody', () => {
    const base = learned();
    const layer = withFixes(base, { kind: 'not-a-name', entity: 'labour', name: 'Labour' });
    const dict = effectiveDictionary(bundled(), layer);
    expect(validateDictionary(dict).ok).toBe(true);
    expect(dict.entities.some((e) => e.id === 'labour')).toBe(false);
    expect(dict.quotes.some((q) => q.text === 'About Labour only.')).toBe(false);
    expect(dict.quotes.find((q) => q.text === 'Said by BoJo.')?.about).toEqual([]);
    // Learning the same name again does not bring it back.
    const again = mergeArticle(layer, article([entity('l', 'Labour', 'organization')]), bundled(), page(2));
    expect(again.summary.added + again.summary.joined).toBe(0);
  });

  it('"hide" removes the entity from pages but new articles still join it, so it stays hidden', () => {
    const layer = withFixes(learned(), { kind: 'hide', entity: 'boris-johnson', name: 'Boris Johnson' });
    expect(effectiveDictionary(bundled(), layer).entities.some((e) => e.id === 'boris-johnson')).toBe(false);
    const again = mergeArticle(layer, article([entity('b', 'Boris Johnson', 'person')]), bundled(), page(2));
    expect(again.summary.joined).toBe(1);
    expect(effectiveDictionary(bundled(), again.layer).entities.some((e) => e.name === 'Boris Johnson')).toBe(false);
  });

  it('keeps one correction of a kind per entity, the latest', () => {
    const fixes = [
      { kind: 'wrong-type', entity: 'x', name: 'X', type: 'place' },
      { kind: 'wrong-type', entity: 'x', name: 'X', type: 'person' },
      { kind: 'hide', entity: 'x', name: 'X' },
    ] as const;
    expect(fixes.reduce<Correction[]>(withCorrection, [])).toEqual([fixes[1], fixes[2]]);
  });
});
