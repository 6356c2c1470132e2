import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from '@/utils/reader-layer/store/packed-json';

describe('gzipped JSON for the background’s derived data', () => {
  it('gives back what it packed, in a fraction of the JSON’s bytes when it repeats itself', async () => {
    const value = {
      entities: Array.from({ length: 2000 }, (_, i) => ({
        id: `person-${i}`,
        name: `Ada Brook ${i}`,
        type: 'person',
        facts: [{ text: 'Chair of the Velden Harbour Trust.', source: `src-${i % 40}` }],
      })),
      note: 'Ünïcødé “quotes” — kept',
    };
    const packed = await packJson(value);
    expect(await unpackJson(packed)).toEqual(value);
    expect(packed.byteLength).toBeLessThan(JSON.stringify(value).length / 5);
  });

  it('reads anything else as nothing, never throwing', async () => {
    const packed = await packJson({ a: 1 });
    for (const data of [null, undefined, 'text', 42, new ArrayBuffer(0), packed.slice(0, 10), new Uint8Array(packed)])
      expect(await unpackJson(data)).toBeUndefined();
  });
});
