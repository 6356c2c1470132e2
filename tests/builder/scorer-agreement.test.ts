import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import type { Dictionary } from '@/utils/dictionary/schema';
import { readArticle } from '../../scripts/lib/read-articles';
import { round3, scoreDictionary, type Gold, type Score } from '../../scripts/lib/score-dictionary';

const goldDir = fileURLToPath(new URL('../gold', import.meta.url));
const devDir = fileURLToPath(new URL('../gold-dev', import.meta.url));
const reference = join(goldDir, 'score_dictionary.py');
const dir = mkdtempSync(join(tmpdir(), 'backstory-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every gold article present when the tests run, shared and development sets alike.
const articles = [goldDir, devDir].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.gold.json') && existsSync(join(d, f.replace(/\.gold\.json$/, '.txt'))))
    .map((f) => [f.replace(/\.gold\.json$/, ''), d] as const),
);

/** Runs the reference scorer on files and returns its figures. */
function python(goldFile: string, dictFile: string, textFile?: string): unknown {
  const args = [reference, goldFile, dictFile, ...(textFile ? ['--text', textFile] : []), '--json'];
  const py = spawnSync('python3', args, { encoding: 'utf8' });
  expect(py.status, py.stderr).toBe(0);
  return JSON.parse(py.stdout);
}

/** The builder's dictionary, damaged in the ways the scorer must notice. */
function variants(dict: Dictionary, headline: string): Array<[string, Dictionary]> {
  const people = dict.entities.filter((e) => e.type === 'person').map((e) => e.id);
  const ids = people.length > 1 ? people : dict.entities.map((e) => e.id);
  // Another person than the one given; a quote given to nobody goes to the last person (the first is likelier to be
  // its real speaker).
  const other = (id: string | null) => (id === null ? ids.at(-1) : ids[(ids.indexOf(id) + 1) % ids.length]) ?? null;
  const words = headline.split(/\s+/);
  const described = (i: number) =>
    [headline, `Named in “${headline}”`, words.slice(1, 6).join(' '), `${words[0] ?? ''} and more`][i % 4]!;
  return [
    ['whole', dict],
    [
      'damaged',
      {
        ...dict,
        entities: dict.entities.slice(1).map((e, i) => (i % 3 ? e : { ...e, type: 'other' as const, aliases: [] })),
        quotes: dict.quotes.slice(0, -1),
      },
    ],
    ['wrong speakers', { ...dict, quotes: dict.quotes.map((q) => ({ ...q, speaker: other(q.speaker) })) }],
    ['some wrong', { ...dict, quotes: dict.quotes.map((q, i) => (i % 2 ? q : { ...q, speaker: other(q.speaker) })) }],
    ['unattributed', { ...dict, quotes: dict.quotes.map((q) => ({ ...q, speaker: null })) }],
    ['empty descriptions', { ...dict, entities: dict.entities.map((e, i) => (i % 2 ? e : { ...e, description: '' })) }],
    [
      'headline descriptions',
      { ...dict, entities: dict.entities.map((e, i) => ({ ...e, description: described(i) })) },
    ],
    // Cards that say something, but none of what the story says (every other one left empty).
    [
      'off descriptions',
      { ...dict, entities: dict.entities.map((e, i) => ({ ...e, description: i % 2 ? '' : ' Xqzv wobbler ' })) },
    ],
  ];
}

describe('the TypeScript scorer agrees with the reference scorer', () => {
  it('finds gold articles in both sets', () => {
    expect(articles.filter(([, d]) => d === goldDir).length).toBeGreaterThanOrEqual(8);
    expect(articles.filter(([, d]) => d === devDir).length).toBeGreaterThanOrEqual(5);
  });

  it.each(articles)('%s, on the build and on damaged copies of it', (name, d) => {
    const textFile = join(d, `${name}.txt`);
    const goldFile = join(d, `${name}.gold.json`);
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
    const text = readFileSync(textFile, 'utf8');
    const dict = buildDictionary([readArticle(textFile)]);
    const byKind = new Map<string, Score>();
    for (const [kind, damaged] of variants(dict, text.split('\n')[0]!)) {
      const file = join(dir, `${name}-${kind.replace(' ', '-')}.json`);
      writeFileSync(file, JSON.stringify(damaged));
      const ts = scoreDictionary(gold, damaged, text);
      expect(ts, `${name}, ${kind}`).toEqual(python(goldFile, file, textFile));
      byKind.set(kind, ts);
    }
    // The damage really shows in the new figures.
    expect(byKind.get('empty descriptions')!.empty_descriptions).toBeGreaterThan(0);
    expect(byKind.get('headline descriptions')!.empty_descriptions).toBeGreaterThanOrEqual(0.5);
    expect([0, 1]).toContain(byKind.get('off descriptions')!.descriptions_off);
    if (dict.entities.length > 1 && byKind.get('whole')!.quotes_found > 0)
      expect(byKind.get('wrong speakers')!.wrong_speakers).toBeGreaterThan(0);
  });

  it('agrees without the article text, where only empty descriptions say nothing', () => {
    const [name, d] = articles.find(([n]) => n === '000_a49cd2bdfb71e138')!;
    const goldFile = join(d, `${name}.gold.json`);
    const dict = buildDictionary([readArticle(join(d, `${name}.txt`))]);
    const headline = readFileSync(join(d, `${name}.txt`), 'utf8').split('\n')[0]!;
    const byKind = new Map<string, Score>();
    for (const [kind, damaged] of variants(dict, headline).slice(5)) {
      const file = join(dir, `${name}-${kind.replace(' ', '-')}-no-text.json`);
      writeFileSync(file, JSON.stringify(damaged));
      const ts = scoreDictionary(JSON.parse(readFileSync(goldFile, 'utf8')) as Gold, damaged);
      expect(ts, kind).toEqual(python(goldFile, file));
      byKind.set(kind, ts);
    }
    expect(byKind.get('off descriptions')!.descriptions_off).toBe(1);
  });

  it('counts as off only the cards that say something, none of it what the gold asks for', () => {
    const gold: Gold = {
      entities: ['Ines Moreau', 'Tomas Berg', 'Lena Ward', 'Odile Marsh'].map((name) => ({
        name,
        type: 'person',
        descriptionMustMention: [['mayor', 'Arden'], ['lawyer']],
      })),
    };
    const descriptions = ['mayor of Arden', 'Arden-born painter', 'painter', '  '];
    const dict = {
      entities: gold.entities.map((g, i) => ({
        id: `e${i}`,
        name: g.name,
        type: 'person',
        description: descriptions[i],
      })),
      quotes: [],
    };
    const goldFile = join(dir, 'off.gold.json');
    const dictFile = join(dir, 'off.json');
    writeFileSync(goldFile, JSON.stringify(gold));
    writeFileSync(dictFile, JSON.stringify(dict));
    const ts = scoreDictionary(gold, dict);
    // Three say something; only "painter" mentions none of it. A blank one says nothing and is not counted.
    expect(ts.descriptions_off).toBe(0.333);
    expect(ts).toEqual(python(goldFile, dictFile));
  });

  it('rounds exact ties to even, as Python does', () => {
    expect([1 / 16, 3 / 16, 13 / 16, 0.0005, 2 / 3, 0.9995].map(round3)).toEqual([
      0.062, 0.188, 0.812, 0.001, 0.667, 1,
    ]);
    // 13 gold entities found among 16: precision 13/16, an exact tie at three places.
    const names = Array.from({ length: 16 }, (_, i) => `Name${String.fromCharCode(65 + i)} Person`);
    const gold: Gold = { entities: names.slice(0, 13).map((name) => ({ name, type: 'person' })) };
    const dict = { entities: names.map((name, i) => ({ id: `e${i}`, name, type: 'person', aliases: [] })), quotes: [] };
    const goldFile = join(dir, 'tie.gold.json');
    const dictFile = join(dir, 'tie.json');
    writeFileSync(goldFile, JSON.stringify(gold));
    writeFileSync(dictFile, JSON.stringify(dict));
    const ts = scoreDictionary(gold, dict);
    expect(ts.precision).toBe(0.812);
    expect(ts).toEqual(python(goldFile, dictFile));
  });

  it('reads the article as Python does: CRLF line ends, and spans counted in code points', () => {
    const text = 'Zorbo Vance wins 🏆 again\r\nZorbo Vance said “we will be back”.\r\n';
    const read = text.replace(/\r\n/g, '\n');
    const at = Array.from(read.slice(0, read.indexOf('we will'))).length;
    const gold: Gold = {
      entities: [{ name: 'Zorbo Vance', type: 'person' }],
      quotes: [{ span: [at, at + 'we will be back'.length], speaker: 'Zorbo Vance' }],
    };
    const dict = {
      entities: [{ id: 'z', name: 'Zorbo Vance', type: 'person', description: 'Zorbo Vance wins again' }],
      quotes: [{ id: 'q', text: 'we will be back', speaker: 'z', about: [] }],
    };
    const files = ['crlf.gold.json', 'crlf.json', 'crlf.txt'].map((f) => join(dir, f));
    writeFileSync(files[0]!, JSON.stringify(gold));
    writeFileSync(files[1]!, JSON.stringify(dict));
    writeFileSync(files[2]!, text);
    const ts = scoreDictionary(gold, dict, text);
    expect([ts.quotes_found, ts.speakers_right, ts.empty_descriptions]).toEqual([1, 1, 1]);
    expect(ts).toEqual(python(files[0]!, files[1]!, files[2]!));
  });
});
