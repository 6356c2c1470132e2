import { describe, expect, it } from 'vitest';
import { fnv1a, FNV_PRIME } from '@/utils/text/fnv1a';

describe('fnv1a', () => {
  it('gives the published 32-bit FNV-1a values', () => {
    // Reference values of the FNV-1a 32-bit test suite (ASCII input, one code unit per byte).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  it('is unsigned and changes with the seed', () => {
    expect(fnv1a('Backstory')).toBeGreaterThanOrEqual(0);
    expect(fnv1a('Backstory', FNV_PRIME)).not.toBe(fnv1a('Backstory'));
  });
});
