import { describe, expect, it } from 'vitest';
import { DECLARED_OTHER_SHARE, englishShare, looksEnglish, MIN_ENGLISH_SHARE } from '@/utils/learn/story-language';

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

  it('takes a story in plain English for English on a page that declares another language, and little else', () => {
    // A site's template declares its own language around a story in English.
    expect(looksEnglish(ENGLISH, 'de')).toBe(true);
    expect(looksEnglish(ENGLISH, 'en-GB')).toBe(true);
    expect(looksEnglish(FRENCH, 'en')).toBe(false);
    expect(looksEnglish(FRENCH, 'fr')).toBe(false);
    // A French story quoting a sentence of English: enough English words for a page declaring English, not for one
    // declaring French.
    const quoting = `${FRENCH} ${FRENCH} ${FRENCH} « ${ENGLISH} »`;
    expect(englishShare(quoting)).toBeGreaterThanOrEqual(MIN_ENGLISH_SHARE);
    expect(englishShare(quoting)).toBeLessThan(DECLARED_OTHER_SHARE);
    expect(looksEnglish(quoting, 'fr')).toBe(false);
  });

  it('gives a text with no words a share of nothing', () => {
    expect(englishShare('')).toBe(0);
    expect(englishShare('123 456 —')).toBe(0);
    expect(englishShare(ENGLISH)).toBeGreaterThan(0.25);
  });
});
