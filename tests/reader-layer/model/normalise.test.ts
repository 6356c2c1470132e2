import { describe, expect, it } from 'vitest';
import { entityKeys, isStrongKey, normaliseName, textKey } from '@/utils/reader-layer/model/normalise';
import { canonicalUrl, learnedSourceId } from '@/utils/reader-layer/model/source-id';

describe('normaliseName', () => {
  it('folds accents, case, possessives, punctuation and titles', () => {
    expect(normaliseName('Mr Macron’s')).toBe('macron');
    expect(normaliseName('  Émilie  du Châtelet ')).toBe('emilie du chatelet');
    expect(normaliseName("O'Brien")).toBe('o brien');
    expect(normaliseName('Dr')).toBe('dr');
  });

  it('keys an entity by name and aliases without repeats', () => {
    expect(entityKeys('Boris Johnson', ['Johnson', 'Mr Johnson'])).toEqual(['boris johnson', 'johnson']);
  });

  it('calls a key strong when it has two words or is the whole name', () => {
    expect(isStrongKey('boris johnson', 'boris johnson')).toBe(true);
    expect(isStrongKey('google', 'google')).toBe(true);
    expect(isStrongKey('johnson', 'boris johnson')).toBe(false);
  });

  it('keys texts loosely so the same sentence is stored once', () => {
    expect(textKey('He said: “Yes.”')).toBe(textKey('he said yes'));
  });
});

describe('learned source ids', () => {
  it('are stable per canonical URL and ignore fragments and tracking parameters', () => {
    const a = learnedSourceId('https://x.example/a?utm_source=t#top', 'A');
    expect(a).toBe(learnedSourceId('https://x.example/a', 'other title'));
    expect(a).not.toBe(learnedSourceId('https://x.example/b', 'A'));
    expect(a).toMatch(/^learned-[0-9a-f]{16}$/);
    expect(canonicalUrl('not a url ')).toBe('not a url');
  });
});
