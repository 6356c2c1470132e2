import { describe, expect, it } from 'vitest';
import { applyCuration, parseCuration } from '@/utils/builder/curation';
import { buildDictionary } from '@/utils/builder/index';
import { validateDictionary } from '@/utils/dictionary/validate';

const dict = () =>
  buildDictionary([
    { id: 'a', title: 'Talks', text: '“We are close,” said Ines Moreau.\nThe Andes Water Institute agreed.' },
    {
      id: 'b',
      title: 'More talks',
      text: '“Not yet,” said Ines Moreaux, speaking for Moreaux.\nThe Andes Water Institute (AWI) agreed.',
    },
  ]);

describe('curation', () => {
  it('rejects malformed curation data with a readable message', () => {
    expect(() => parseCuration({ types: { X: 'planet' } })).toThrow(/types\.X/);
    expect(parseCuration({})).toEqual({ aliases: {}, types: {}, exclude: [] });
  });

  it('adds aliases, fixes types and drops excluded names', () => {
    const curated = applyCuration(
      dict(),
      parseCuration({
        aliases: { 'Andes Water Institute': ['Andes Institute'] },
        types: { 'Ines Moreau': 'other' },
        exclude: ['Moreaux'],
      }),
    );
    const inst = curated.entities.find((e) => e.name === 'Andes Water Institute')!;
    expect(inst.aliases).toContain('Andes Institute');
    expect(curated.entities.find((e) => e.name === 'Ines Moreau')!.type).toBe('other');
    expect(validateDictionary(curated).ok).toBe(true);
  });

  it('merges an entity spelled another way into the curated one, moving its quotes', () => {
    const curated = applyCuration(dict(), parseCuration({ aliases: { 'Ines Moreau': ['Ines Moreaux'] } }));
    const moreau = curated.entities.find((e) => e.name === 'Ines Moreau')!;
    expect(curated.entities.find((e) => e.name === 'Ines Moreaux')).toBeUndefined();
    expect(moreau.aliases).toContain('Ines Moreaux');
    expect(curated.quotes.every((q) => q.speaker === moreau.id)).toBe(true);
    expect(validateDictionary(curated).ok).toBe(true);
  });
});
