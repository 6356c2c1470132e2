import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { readArticle } from '../../scripts/lib/read-articles';
import { scoreDictionary, type Gold } from '../../scripts/lib/score-dictionary';

const gold = fileURLToPath(new URL('../gold', import.meta.url));
const score = (name: string) => {
  const dict = buildDictionary([readArticle(`${gold}/${name}.txt`)]);
  return scoreDictionary(JSON.parse(readFileSync(`${gold}/${name}.gold.json`, 'utf8')) as Gold, dict);
};

describe('quality on the gold articles (curation off)', () => {
  it('meets every target on the founding article', () => {
    const s = score('000_a49cd2bdfb71e138');
    expect(s.typed).toBe(s.gold);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.alias_recall).toBe(1);
    expect(s.descriptions).toBeGreaterThanOrEqual(0.9);
    expect([s.quotes_found, s.speakers_right]).toEqual([s.quotes_gold, s.quotes_gold]);
    expect(s.about_recall).toBeGreaterThanOrEqual(0.9);
    expect(s.false_quotes).toBe(0);
  });

  it.each(['bbc-1', 'guardian-1', 'nytimes-4'])('meets the targets on %s', (name) => {
    const s = score(name);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.speaker_acc).toBeGreaterThanOrEqual(0.9);
    expect(s.about_recall).toBeGreaterThanOrEqual(0.8);
  });
});
