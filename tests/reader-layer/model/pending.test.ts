import { describe, expect, it } from 'vitest';
import { validateDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { acceptPending, rejectPending } from '@/utils/reader-layer/model/pending';
import { article, bundled, entity, page } from '../fixtures';

function ambiguous() {
  const first = mergeArticle(
    emptyLayer(),
    article([entity('rj', 'Rachel Johnson', 'person', ['Johnson'])]),
    bundled(),
    page(1),
  );
  return mergeArticle(
    first.layer,
    article(
      [entity('j', 'Johnson', 'person', [], ['Johnson fact.'])],
      [{ text: 'Johnson said.', speaker: 'j', about: [] }],
    ),
    bundled(),
    page(2),
  ).layer;
}

describe('pending decisions', () => {
  it('accepting joins the learned entity to the chosen one, facts and quotes included', () => {
    const layer = ambiguous();
    const decision = layer.pending[0]!;
    const accepted = acceptPending(layer, decision.id, 'boris-johnson');
    expect(accepted.pending).toEqual([]);
    const dict = effectiveDictionary(bundled(), accepted);
    expect(validateDictionary(dict).ok).toBe(true);
    expect(dict.entities.some((e) => e.id === decision.entity)).toBe(false);
    const boris = dict.entities.find((e) => e.id === 'boris-johnson')!;
    expect(boris.facts.map((f) => f.text)).toContain('Johnson fact.');
    expect(dict.quotes.find((q) => q.text === 'Johnson said.')?.speaker).toBe('boris-johnson');
  });

  it('rejecting keeps the learned entity apart and closes the question', () => {
    const layer = ambiguous();
    const decision = layer.pending[0]!;
    const rejected = rejectPending(layer, decision.id);
    expect(rejected.pending).toEqual([]);
    expect(rejected.sources).toEqual(layer.sources);
  });

  it('refuses a decision that is not open or a candidate that was not offered', () => {
    const layer = ambiguous();
    expect(() => acceptPending(layer, layer.pending[0]!.id, 'nato')).toThrow(/no longer open/);
    expect(() => rejectPending(layer, 'nope')).toThrow(/no longer open/);
  });
});
