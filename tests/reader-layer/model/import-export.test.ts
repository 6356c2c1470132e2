import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/utils/dictionary/schema';
import { validateDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { exportLayer, exportLayerJson } from '@/utils/reader-layer/model/export';
import { importLayerJson } from '@/utils/reader-layer/model/import';
import { IMPORT_LIMITS, checkJsonBounds } from '@/utils/reader-layer/model/json-guard';
import { emptyLayer, LAYER_LIMITS, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { withoutLearnedSince } from '@/utils/reader-layer/model/forget-since';
import { mergeArticle, withoutSource } from '@/utils/reader-layer/model/merge';
import { article, bundled, entity, page } from '../fixtures';

function learnedLayer(): ReaderLayer {
  let layer = emptyLayer();
  layer = mergeArticle(
    layer,
    article(
      [entity('ann', 'Ann Apple', 'person', ['Apple'], ['Ann fact.']), entity('quiet', 'Quiet Quinn', 'person')],
      [{ text: 'Ann spoke.', speaker: 'ann', about: ['quiet'] }],
    ),
    bundled(),
    page(1, '2020-01-01'),
  ).layer;
  layer = mergeArticle(
    layer,
    article([entity('b', 'Boris Johnson', 'person', [], ['BJ fact.'])]),
    bundled(),
    page(2),
  ).layer;
  layer = mergeArticle(layer, article([entity('j', 'Jordan', 'person')]), bundled(), page(3)).layer;
  return { ...layer, corrections: [{ kind: 'hide', entity: 'quiet', name: 'Quiet Quinn' }] };
}

describe('export', () => {
  it('writes the layer in the published schema, corrections and mentions included', () => {
    const exported = exportLayer(learnedLayer());
    expect(validateDictionary(exported).ok).toBe(true);
    expect(exported.sources).toHaveLength(3);
    expect(exported.corrections).toEqual([{ kind: 'hide', entity: 'quiet', name: 'Quiet Quinn' }]);
    expect(exported.entities.find((e) => e.id === 'quiet')?.mentionedIn).toEqual([exported.sources[0]!.id]);
  });
});

describe('import', () => {
  it('round-trips into an empty layer: the same pages come out', () => {
    const original = learnedLayer();
    const result = importLayerJson(emptyLayer(), exportLayerJson(original), bundled(), 'backup.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sources).toBe(3);
    expect(effectiveDictionary(bundled(), result.layer).entities).toEqual(
      effectiveDictionary(bundled(), original).entities,
    );
    expect(result.layer.corrections).toEqual(original.corrections);
    // The type clash is asked again, since open questions are not exported.
    expect(result.layer.pending.map((p) => p.reason)).toEqual(['type-clash']);
  });

  it('importing the same file twice replaces rather than doubles', () => {
    const text = exportLayerJson(learnedLayer());
    const once = importLayerJson(emptyLayer(), text, bundled());
    if (!once.ok) throw new Error(once.error);
    const twice = importLayerJson(once.layer, text, bundled());
    if (!twice.ok) throw new Error(twice.error);
    expect(twice.replaced).toBe(3);
    expect(effectiveDictionary(bundled(), twice.layer).entities).toEqual(
      effectiveDictionary(bundled(), once.layer).entities,
    );
  });

  it('takes a plain dictionary too, with names it gives no source for under the file itself', () => {
    const file = {
      schemaVersion: 1,
      sources: [{ id: 'x1', title: 'Elsewhere', url: 'https://elsewhere.example/a' }],
      entities: [entity('z', 'Zoe Zed', 'person', [], ['Zoe fact.'], 'x1'), entity('lone', 'Lone Lee', 'person')],
      quotes: [],
    };
    const result = importLayerJson(emptyLayer(), JSON.stringify(file), bundled(), 'friend.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.layer.sources.map((s) => s.source.title)).toEqual(['Elsewhere', 'Names imported from friend.json']);
    const names = effectiveDictionary(bundled(), result.layer).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Zoe Zed', 'Lone Lee']));
  });

  it('gives two sources of one file with the same URL an id each', () => {
    const file = {
      schemaVersion: 1,
      sources: [
        { id: 'a', title: 'First', url: 'https://same.example/x' },
        { id: 'b', title: 'Second', url: 'https://same.example/x' },
      ],
      entities: [
        entity('p', 'Pia Pea', 'person', [], ['One.'], 'a'),
        entity('q', 'Quin Queue', 'person', [], ['Two.'], 'b'),
      ],
      quotes: [],
    };
    const result = importLayerJson(emptyLayer(), JSON.stringify(file), bundled(), 'twins.json');
    if (!result.ok) throw new Error(result.error);
    const ids = result.layer.sources.map((s) => s.source.id);
    expect(new Set(ids).size).toBe(2);
    expect(validateDictionary(effectiveDictionary(bundled(), result.layer)).ok).toBe(true);
  });

  const refused = (text: string, layer = learnedLayer()) => {
    const before = structuredClone(layer);
    const result = importLayerJson(layer, text, bundled(), 'bad.json');
    expect(layer).toEqual(before);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error;
  };

  it('refuses text that is not JSON, naming the file', () => {
    expect(refused('{"schemaVersion": 1,')).toMatch(/^bad\.json is not valid JSON/);
    expect(refused('')).toMatch(/not valid JSON/);
  });

  it('refuses wrong types, naming the field', () => {
    const file = exportLayer(learnedLayer()) as unknown as { entities: { type: unknown }[] };
    file.entities[0]!.type = 42;
    expect(refused(JSON.stringify(file))).toMatch(/entities\.0\.type/);
    expect(refused('[]')).toMatch(/not a Backstory dictionary/);
    expect(refused('{"schemaVersion": 2, "sources": [], "entities": [], "quotes": []}')).toMatch(/schemaVersion/);
  });

  it('refuses huge strings', () => {
    const file = exportLayer(learnedLayer());
    file.entities[0]!.name = 'A'.repeat(LIMITS.nameLength + 1);
    expect(refused(JSON.stringify(file))).toMatch(/entities\.0\.name/);
    file.entities[0]!.name = 'Ann';
    file.entities[0]!.description = 'd'.repeat(2_000_000);
    expect(refused(JSON.stringify(file))).toMatch(/entities\.0\.description/);
  });

  it('refuses deep nesting before parsing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(refused(deep)).toMatch(/more than 32 levels deep/);
    const wrapped = `{"schemaVersion":1,"sources":[],"entities":[],"quotes":[],"x":${'{"a":'.repeat(50)}1${'}'.repeat(50)}}`;
    expect(refused(wrapped)).toMatch(/levels deep/);
  });

  it('refuses an oversized file before parsing', () => {
    const big = `{"pad":"${'x'.repeat(IMPORT_LIMITS.size)}"}`;
    expect(refused(big)).toMatch(/files up to 128\.0 MB/);
  });

  it('refuses a file with two sources of one id', () => {
    const file = exportLayer(learnedLayer());
    file.sources.push({ ...file.sources[0]! });
    expect(refused(JSON.stringify(file))).toMatch(/duplicate source id/);
  });

  it('refuses dangling references and a file that would overflow the layer', () => {
    const file = exportLayer(learnedLayer());
    file.quotes.push({ id: 'qq', text: 'x', speaker: 'nobody', about: [], source: file.sources[0]!.id });
    expect(refused(JSON.stringify(file))).toMatch(/unknown entity "nobody"/);
    const many = {
      schemaVersion: 1,
      sources: Array.from({ length: LAYER_LIMITS.learnedSources + 1 }, (_, i) => ({
        id: `s${i}`,
        title: `t${i}`,
        url: `https://a.example/${i}`,
      })),
      entities: [],
      quotes: [],
    };
    expect(refused(JSON.stringify(many), emptyLayer())).toMatch(/more than the 5000 kept/);
  });
});

describe('the memory of learned articles in an export', () => {
  const HOUR = 3_600_000;
  const NOW = Date.UTC(2026, 0, 2);
  /** Two articles a day apart that say different things of one person, kept with their texts' keys. */
  function rememberedLayer(): ReaderLayer {
    const ann = (description: string, aliases: string[], fact: string) => ({
      ...entity('ann', 'Ann Apple', 'person', aliases, [fact]),
      description,
    });
    let layer = mergeArticle(
      emptyLayer(),
      article([ann('A baker', ['Apple'], 'Ann baked.')]),
      bundled(),
      { ...page(1, '2026-01-01'), text: 'The first story, about a baker.' },
      NOW - 24 * HOUR,
    ).layer;
    layer = mergeArticle(
      layer,
      article([ann('A mayor', ['Annie'], 'Ann ran.'), entity('town', 'Towny', 'place')]),
      bundled(),
      { ...page(2, '2026-01-02'), text: 'The second story, about a mayor.' },
      NOW - HOUR / 2,
    ).layer;
    return layer;
  }
  const importText = (text: string) => {
    const result = importLayerJson(emptyLayer(), text, bundled(), 'backup.json');
    if (!result.ok) throw new Error(result.error);
    return result.layer;
  };
  const kept = (layer: ReaderLayer) => layer.sources.map((s) => [s.source.url, s.order, s.learnedAt, s.textKey]);

  it('keeps when each article was learned and the key of its text, in learned order, and import restores them', () => {
    const original = rememberedLayer();
    const exported = exportLayer(original);
    expect(validateDictionary(exported).ok).toBe(true);
    expect(exported.learned?.map((a) => a.learnedAt)).toEqual([NOW - 24 * HOUR, NOW - HOUR / 2]);
    const imported = importText(exportLayerJson(original));
    expect(kept(imported)).toEqual(kept(original));
    expect(imported.sources.every((s) => /^[0-9a-f]{16}$/.test(s.textKey ?? ''))).toBe(true);
    // Forgetting the last hour after the import forgets what it forgot before: the second article.
    const forgotten = withoutLearnedSince(imported, NOW - HOUR);
    expect(forgotten.count).toBe(1);
    expect(forgotten.layer.sources.map((s) => s.source.title)).toEqual(['Story 1']);
  });

  it('keeps what each article said of a name, so forgetting one after an import takes exactly that', () => {
    const original = rememberedLayer();
    const imported = importText(exportLayerJson(original));
    expect(effectiveDictionary(bundled(), imported).entities).toEqual(
      effectiveDictionary(bundled(), original).entities,
    );
    const second = original.sources[1]!.source.id;
    const before = effectiveDictionary(bundled(), withoutSource(original, second));
    const after = effectiveDictionary(bundled(), withoutSource(imported, second));
    expect(after.entities).toEqual(before.entities);
    const ann = after.entities.find((e) => e.name === 'Ann Apple')!;
    expect(ann.description).toBe('A baker');
    expect(ann.aliases).not.toContain('Annie');
  });

  it('still imports an older export without it, its articles counted as learned long ago', () => {
    const original = rememberedLayer();
    const old = exportLayer(original);
    delete old.learned;
    const imported = importText(JSON.stringify(old));
    expect(imported.sources.map((s) => s.source.title)).toEqual(['Story 1', 'Story 2']);
    expect(imported.sources.map((s) => [s.learnedAt, s.textKey])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(withoutLearnedSince(imported, 0).count).toBe(0);
    expect(effectiveDictionary(bundled(), imported).entities.map((e) => e.name)).toEqual(
      effectiveDictionary(bundled(), original).entities.map((e) => e.name),
    );
  });

  it('refuses a memory that points at no source or entity of the file, or at one source twice', () => {
    const file = exportLayer(rememberedLayer());
    const learned = file.learned!;
    const check = (memory: typeof learned) => {
      const result = validateDictionary({ ...file, learned: memory });
      return result.ok ? '' : result.errors.join('\n');
    };
    expect(check([{ ...learned[0]!, source: 'nowhere' }])).toMatch(/learned\.0\.source: unknown source/);
    expect(check([learned[0]!, learned[0]!])).toMatch(/learned\.1\.source: duplicate source/);
    const stray = [{ ...learned[0]!, entities: [{ entity: 'nobody', name: 'No One', aliases: [], description: '' }] }];
    expect(check(stray)).toMatch(/learned\.0\.entities\.0\.entity: unknown entity/);
    expect(check([{ ...learned[0]!, textKey: 'not hex' }])).toMatch(/learned\.0\.textKey/);
  });
});

describe('checkJsonBounds', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ s: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[[[[' });
    expect(checkJsonBounds(text, { size: 1000, depth: 2 })).toBeNull();
    expect(checkJsonBounds('[[[1]]]', { size: 1000, depth: 2 })).toMatch(/2 levels/);
  });
});
