import { describe, expect, it } from 'vitest';
import { datelineCase, nameKey, normalizeText } from '@/utils/builder/normalize';

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

describe('datelineCase', () => {
  it('writes a dateline’s place as a name, keeping every offset and leaving other capitals alone', () => {
    const text = 'NEW LORNE BAY, Ore. (AP) — Crews left.\nST. BRISK — The NFL said.\nUPDATE: none';
    const out = datelineCase(text);
    expect(out).toBe('New Lorne Bay, Ore. (AP) — Crews left.\nSt. Brisk — The NFL said.\nUPDATE: none');
    expect(out.length).toBe(text.length);
  });
});
