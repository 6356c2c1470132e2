import { describe, expect, it } from 'vitest';
import { englishShare, looksEnglish } from '@/utils/learn/story-language';

const ENGLISH =
  'The mayor of Arden said on Tuesday that the new bridge would open in the spring, and that it was built on time.';
const FRENCH =
  'Le maire de la ville a déclaré mardi que le nouveau pont ouvrirait au printemps et qu’il avait été construit à temps.';
const CZECH = 'Starosta města v úterý řekl, že nový most bude otevřen na jaře a že byl postaven včas.';

describe('looksEnglish', () => {
  it('takes an English story for English and other languages for not', () => {
    expect(looksEnglish(ENGLISH)).toBe(true);
    expect(looksEnglish(FRENCH)).toBe(false);
    expect(looksEnglish(CZECH)).toBe(false);
    expect(looksEnglish('北京 上海 广州')).toBe(false);
  });

  it('believes a page that declares another language, and reads the words of one that declares English', () => {
    expect(looksEnglish(ENGLISH, 'fr')).toBe(false);
    expect(looksEnglish(ENGLISH, 'en-GB')).toBe(true);
    expect(looksEnglish(FRENCH, 'en')).toBe(false);
  });

  it('gives a text with no words a share of nothing', () => {
    expect(englishShare('')).toBe(0);
    expect(englishShare('123 456 —')).toBe(0);
    expect(englishShare(ENGLISH)).toBeGreaterThan(0.25);
  });
});
