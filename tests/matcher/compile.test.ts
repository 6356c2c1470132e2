import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineMatchers, compileMatcher, compileMatcherSliced, dictionaryEntries } from '@/utils/matcher';

const people = [
  { id: 'p1', name: 'Ali Khamenei', aliases: ['Khamenei', 'Ayatollah Khamenei'] },
  { id: 'p2', name: 'Khamenei', aliases: [] },
];

describe('dictionaryEntries', () => {
  it('yields every name before any alias, so a name wins over another entity’s alias', () => {
    expect([...dictionaryEntries(people)].map((e) => `${e.key}:${e.alias}`)).toEqual([
      'p1:Ali Khamenei',
      'p2:Khamenei',
      'p1:Khamenei',
      'p1:Ayatollah Khamenei',
    ]);
    const m = compileMatcher(dictionaryEntries(people));
    expect(m.find('Khamenei and Ayatollah Khamenei').map((x) => x.key)).toEqual(['p2', 'p1']);
  });
});

describe('compileMatcherSliced', () => {
  it('builds the same matcher as the one-go compiler, pausing when asked', async () => {
    const list = Array.from({ length: 3000 }, (_, i) => ({ key: `k${i}`, alias: `Name${i} Surname${i % 7}` }));
    let pauses = 0;
    const sliced = await compileMatcherSliced(
      list,
      () => true,
      async () => {
        pauses++;
      },
    );
    const direct = compileMatcher(list);
    const text = list
      .filter((_, i) => i % 13 === 0)
      .map((e) => e.alias)
      .join(', ');
    expect(sliced.size).toBe(3000);
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.find(text)).toEqual(direct.find(text));
    expect(sliced.find(text)).toHaveLength(Math.ceil(3000 / 13));
  });
  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const list = Array.from({ length: 1000 }, (_, i) => ({ key: `k${i}`, alias: `N${i}` }));
    const run = compileMatcherSliced(
      list,
      () => true,
      async () => controller.abort(new Error('stopped')),
      controller.signal,
    );
    await expect(run).rejects.toThrow('stopped');
  });
});

describe('scale', () => {
  it('compiles 100,000 aliases and still finds the right ones', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => ({ key: `e${i}`, alias: `Person${i} Lastname${i % 997}` }));
    list.push({ key: 'short', alias: 'Person42' });
    const m = compileMatcher(list);
    expect(m.size).toBe(100_001);
    const ms = m.find('Person42 Lastname42 met Person42 and Person99999 Lastname299.');
    expect(ms.map((x) => x.key)).toEqual(['e42', 'short', 'e99999']);
  });
});

describe('properties', () => {
  const word = fc.constantFrom('Ana', 'Bo', 'Cé', 'ana', 'bo', 'X', 'Ana’s', 'New', 'York');
  const sep = fc.constantFrom(' ', '  ', '\u00a0', '\n', ', ', '-', '.', "'", '');
  const text = fc.array(fc.tuple(word, sep), { maxLength: 30 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
  const aliases = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });

  it('returns ordered, non-overlapping matches inside the text, each a match on its own', () => {
    fc.assert(
      fc.property(aliases, text, (al, t) => {
        const m = compileMatcher(al.map((ws, i) => ({ key: `k${i}`, alias: ws.join(' ') })));
        let last = 0;
        for (const x of m.find(t)) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(t.length);
          const alone = m.find(t.slice(x.start, x.end), t[x.start - 1] ?? '', t[x.end] ?? '');
          expect(alone.map((y) => [y.start, y.end])).toEqual([[0, x.end - x.start]]);
          last = x.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('combineMatchers', () => {
  const base = [
    { key: 'trump', alias: 'Trump' },
    { key: 'trump', alias: 'Donald Trump' },
    { key: 'wapo', alias: 'Washington Post' },
    { key: 'washington', alias: 'Washington' },
    { key: 'biden', alias: 'Joe Biden' },
  ];
  const story = [
    { key: 'story:tower', alias: 'Trump Tower' },
    { key: 'biden', alias: 'Biden' },
    { key: 'story:ines', alias: 'Ines Moreau' },
    { key: 'story:post', alias: 'Post Office' },
  ];
  const words = fc.constantFrom('Trump', 'Tower', 'Donald', 'Washington', 'Post', 'Office', 'Joe', 'Biden', 'Ines');
  const glue = fc.constantFrom(' ', ', ', ' said ', '. ', ' and the ');
  const text = fc.array(fc.tuple(words, glue), { maxLength: 8 }).map((xs) => xs.map(([w, g]) => w + g).join(''));

  it('finds what one matcher compiled from both finds, when the two name different things', () => {
    const both = combineMatchers(compileMatcher(base), compileMatcher(story));
    const whole = compileMatcher([...base, ...story]);
    fc.assert(
      fc.property(text, (t) => {
        expect(both.find(t)).toEqual(whole.find(t));
        expect(both.mayMatch(t)).toBe(whole.mayMatch(t));
      }),
      { numRuns: 500 },
    );
    expect(both.find('Joe Biden met Biden at Trump Tower.').map((m) => m.key)).toEqual([
      'biden',
      'biden',
      'story:tower',
    ]);
  });
});
