import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { blockMean, goldArticles, readHeldBack, splitBlocks } from '../../scripts/lib/eval-blocks';
import { scoreWithCounts, type Gold } from '../../scripts/lib/score-dictionary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'backstory-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOLD: Gold = {
  entities: [{ name: 'Ines Moreau', type: 'person', descriptionMustMention: [['mayor']] }],
  quotes: [{ text: 'The river is rising', speaker: 'Ines Moreau', about: [] }],
};

/** A folder of gold articles, each with a text and a gold file unless `goldOnly` names it. */
function goldFolder(name: string, articles: string[], goldOnly: string[] = []): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const a of [...articles, ...goldOnly]) writeFileSync(join(folder, `${a}.gold.json`), JSON.stringify(GOLD));
  for (const a of articles)
    writeFileSync(join(folder, `${a}.txt`), `Floods in ${a}\n“The river is rising,” said Ines Moreau, the mayor.\n`);
  return folder;
}

const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);

describe('the evaluation’s two blocks', () => {
  const shared = goldFolder('gold', ['alpha', 'beta'], ['half-done']);
  const dev = goldFolder('dev', ['gamma', 'delta', 'epsilon']);
  writeFileSync(join(dev, 'held-back.json'), JSON.stringify(['delta', 'not-written-yet', 'alpha']));

  it('holds back exactly the development articles the held-back file lists, skipping absent ones', () => {
    const { written, heldBack } = splitBlocks(goldArticles(shared, dev));
    expect(names(written)).toEqual(['alpha', 'beta', 'epsilon', 'gamma']);
    expect(names(heldBack)).toEqual(['delta']);
  });

  it('holds back nothing without a held-back file, and refuses a file that is not a list of names', () => {
    const open = goldFolder('open', ['zeta']);
    expect(splitBlocks(goldArticles(shared, open)).heldBack).toEqual([]);
    writeFileSync(join(open, 'held-back.json'), JSON.stringify({ zeta: true }));
    expect(() => readHeldBack(open)).toThrow('list of article names');
  });

  const evaluate = (...extra: string[]) => {
    const r = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/eval-dictionary.ts'), ...extra, '--gold', shared, '--dev', dev],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  type Blocks = {
    blocks: Array<{ heldBack: boolean; articles: Array<{ name: string }>; mean: { articles: number } }>;
  };

  it('prints the same blocks from npm run eval:dictionary -- --json, held-back articles only as a mean', () => {
    const out = JSON.parse(evaluate('--json')) as Blocks;
    expect(out.blocks.map((b) => [b.heldBack, names(b.articles), b.mean.articles])).toEqual([
      [false, ['alpha', 'beta', 'epsilon', 'gamma'], 4],
      [true, [], 1],
    ]);
    const asked = JSON.parse(evaluate('--json', '--held-back-rows')) as Blocks;
    expect(names(asked.blocks[1]!.articles)).toEqual(['delta']);
  });

  it('prints a row for each written-against article but only the mean row of the held-back block', () => {
    const out = evaluate();
    for (const a of ['alpha', 'beta', 'epsilon', 'gamma']) expect(out).toMatch(new RegExp(`^${a}\\b`, 'm'));
    expect(out).not.toMatch(/^delta\b/m);
    expect(out).toMatch(/^Held-back articles.*\n(.*\n){2}mean \(1\)/m);
    expect(out).toContain('about precision');
  });

  it('holds back the articles the project’s own held-back file lists', () => {
    const devDir = join(root, 'tests/gold-dev');
    const listed = readHeldBack(devDir);
    expect(listed).toEqual(expect.arrayContaining(['yahoo-1', 'webmd-1', 'tmz-1', 'lwn-1', 'lifehacker-working']));
    const { written, heldBack } = splitBlocks(goldArticles(join(root, 'tests/gold'), devDir));
    const present = listed.filter(
      (n) => existsSync(join(devDir, `${n}.gold.json`)) && existsSync(join(devDir, `${n}.txt`)),
    );
    expect(names(heldBack).sort()).toEqual(present.sort());
    const shared = readdirSync(join(root, 'tests/gold')).filter((f) => f.endsWith('.gold.json'));
    expect(written.filter((a) => a.dir.endsWith('gold')).length).toBe(shared.length);
  });
});

describe('a block’s mean row', () => {
  const dict = (speaker: string | null, description: string) => ({
    entities: [{ id: 'i', name: 'Ines Moreau', type: 'person', description }],
    quotes: [{ id: 'q', text: 'The river is rising', speaker, about: [] }],
  });
  const other = { ...GOLD, entities: [...GOLD.entities, { name: 'Tomas Berg', type: 'person' }] };

  it('averages entity figures over articles and pools quote figures over quotes', () => {
    const rows = [
      scoreWithCounts(GOLD, dict('i', 'the mayor'), 'Floods\n'),
      scoreWithCounts(other, dict('x', ''), 'Floods\n'),
      scoreWithCounts(GOLD, dict(null, 'a mayor of the town'), 'Floods\n'),
    ];
    const m = blockMean(rows);
    expect([m.articles, m.f1, m.descriptions_alone, m.empty_descriptions]).toEqual([3, 0.889, 0.667, 0.333]);
    expect([m.quotes_gold, m.speakers_right, m.speaker_acc, m.wrong_speakers, m.wrong_share]).toEqual([
      3, 1, 0.333, 1, 0.333,
    ]);
    expect(m.speaker_precision).toBe(0.5);
  });

  it('pools about precision: of the entities found quotes are said to be about, the share the gold lists', () => {
    const gold: Gold = {
      entities: [...other.entities],
      quotes: [{ text: 'The river is rising', speaker: 'Ines Moreau', about: ['Tomas Berg'] }],
    };
    const about = (ids: string[]) => ({
      entities: [
        { id: 'i', name: 'Ines Moreau', type: 'person' },
        { id: 't', name: 'Tomas Berg', type: 'person' },
      ],
      quotes: [{ id: 'q', text: 'The river is rising', speaker: 'i', about: ids }],
    });
    const rows = [scoreWithCounts(gold, about(['t', 'i'])), scoreWithCounts(gold, about(['t']))];
    expect(rows.map((r) => [r.counts.aboutGiven, r.counts.aboutGivenRight])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(blockMean(rows).about_precision).toBe(0.667);
    expect(blockMean([]).about_precision).toBe(1);
  });

  it('averages descriptions off over articles, an article whose cards say nothing counting 0', () => {
    const rows = [
      scoreWithCounts(GOLD, dict('i', 'the mayor'), 'Floods\n'),
      scoreWithCounts(GOLD, dict('i', 'a painter'), 'Floods\n'),
      scoreWithCounts(GOLD, dict('i', ''), 'Floods\n'),
    ];
    expect(rows.map((r) => r.score.descriptions_off)).toEqual([0, 1, 0]);
    expect(blockMean(rows).descriptions_off).toBe(0.333);
  });

  it('gives an empty block neutral figures', () => {
    const m = blockMean([]);
    expect([m.articles, m.f1, m.quotes_gold, m.speaker_acc, m.wrong_share]).toEqual([0, 0, 0, 1, 0]);
  });
});
