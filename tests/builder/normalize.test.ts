import { describe, expect, it } from 'vitest';
import { nameKey, normalizeText } from '@/utils/builder/normalize';

describe('normalizeText', () => {
  it('removes soft hyphens and zero-width marks and turns odd spaces into plain ones', () => {
    expect(normalizeText('Vol\u00ADodymyr\u00A0Zel\u200Benskyy')).toBe('Volodymyr Zelenskyy');
    expect(normalizeText('a\u202Fb\tc')).toBe('a b c');
  });
});

describe('nameKey', () => {
  it('ignores case, apostrophe style, spacing and a leading "the"', () => {
    expect(nameKey('The  Iran’s')).toBe(nameKey("iran's"));
    expect(nameKey('the Federal Reserve')).toBe('federal reserve');
  });
});
