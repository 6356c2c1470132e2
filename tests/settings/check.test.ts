import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_CHECKS } from '@/utils/settings/check';
import { CARD_DELAY, MAX_HOSTNAME_LENGTH, settingsSchema, type Settings } from '@/utils/settings/schema';

const fields = Object.keys(settingsSchema.shape) as (keyof Settings)[];

/** Values near every field's edges, valid and not. */
const SAMPLES: unknown[] = [
  true,
  false,
  0,
  CARD_DELAY.min - 1,
  CARD_DELAY.max,
  CARD_DELAY.max + 1,
  12.5,
  Number.NaN,
  '400',
  'on',
  'off',
  'articles',
  'everywhere',
  'underline',
  'background',
  'none',
  'blink',
  null,
  undefined,
  [],
  ['person', 'place'],
  ['person', 'dragon'],
  ['person', 'person'],
  {},
  { 'example.com': 'off' },
  { 'example.com': 'maybe' },
  { '': 'on' },
  { ['a'.repeat(MAX_HOSTNAME_LENGTH + 1)]: 'on' },
  Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`s${i}.example`, 'on'])),
];

describe('plain settings checks (what pages read with)', () => {
  it('cover exactly the fields of the schema', () => {
    expect(Object.keys(FIELD_CHECKS).sort()).toEqual([...fields].sort());
  });

  it.each(fields)('%s: accept exactly what the schema accepts, at the edges', (field) => {
    for (const value of SAMPLES)
      expect(FIELD_CHECKS[field](value), JSON.stringify(value)?.slice(0, 60)).toBe(
        settingsSchema.shape[field].safeParse(value).success,
      );
  });

  it('agree with the schema on arbitrary values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        expect(FIELD_CHECKS[field](value)).toBe(settingsSchema.shape[field].safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});
