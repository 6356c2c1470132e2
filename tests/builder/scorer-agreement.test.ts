import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { readArticle } from '../../scripts/lib/read-articles';
import { scoreDictionary, type Gold } from '../../scripts/lib/score-dictionary';

const gold = fileURLToPath(new URL('../gold', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'backstory-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const names = readdirSync(gold)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace('.gold.json', ''));

describe('the TypeScript scorer agrees with the reference scorer', () => {
  it.each(names)('%s', (name) => {
    const text = join(gold, `${name}.txt`);
    const dict = buildDictionary([readArticle(text)]);
    // A deliberately imperfect variant too, so disagreement on misses would show.
    const damaged = {
      ...dict,
      entities: dict.entities.slice(1).map((e, i) => (i % 3 ? e : { ...e, type: 'other' as const, aliases: [] })),
      quotes: dict.quotes.slice(0, -1),
    };
    for (const [k, d] of [
      ['whole', dict],
      ['damaged', damaged],
    ] as const) {
      const file = join(dir, `${name}-${k}.json`);
      writeFileSync(file, JSON.stringify(d));
      const py = spawnSync(
        'python3',
        [join(gold, 'score_dictionary.py'), join(gold, `${name}.gold.json`), file, '--json'],
        { encoding: 'utf8' },
      );
      expect(py.status, py.stderr).toBe(0);
      const ts = scoreDictionary(
        JSON.parse(readFileSync(join(gold, `${name}.gold.json`), 'utf8')) as Gold,
        d,
        readFileSync(text, 'utf8'),
      );
      expect(ts).toEqual(JSON.parse(py.stdout));
    }
  });
});
