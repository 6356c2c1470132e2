import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherEntry } from '@/utils/matcher';

const entries = (...pairs: [string, string][]): MatcherEntry[] => pairs.map(([key, alias]) => ({ key, alias }));

/** The matched substrings with their keys, which is what the rules are about. */
function found(aliases: [string, string][], text: string, before = '', after = '') {
  return compileMatcher(entries(...aliases))
    .find(text, before, after)
    .map((m) => [text.slice(m.start, m.end), m.key]);
}

describe('whole words', () => {
  it('finds a name as a whole word only', () => {
    expect(found([['iran', 'Iran']], 'Iran and Iranian officials met in Tehran.')).toEqual([['Iran', 'iran']]);
  });
  it('finds a longer word when it is itself an alias', () => {
    expect(
      found(
        [
          ['iran', 'Iran'],
          ['iranian', 'Iranian'],
        ],
        'Iranian and Iran',
      ),
    ).toEqual([
      ['Iranian', 'iranian'],
      ['Iran', 'iran'],
    ]);
  });
  it('does not match inside words written in other scripts or with accents', () => {
    expect(found([['li', 'Li']], 'Lié Li Liñán Лi')).toEqual([['Li', 'li']]);
  });
  it('counts digits as part of a word', () => {
    expect(found([['g7', 'G7']], 'G7 G77 the G7.')).toEqual([
      ['G7', 'g7'],
      ['G7', 'g7'],
    ]);
  });
  it('lets hyphens end a word', () => {
    expect(found([['iran', 'Iran']], 'Iran-backed and anti-Iran')).toEqual([
      ['Iran', 'iran'],
      ['Iran', 'iran'],
    ]);
  });
  it('respects the characters just outside the text', () => {
    const aliases: [string, string][] = [['iran', 'Iran']];
    expect(found(aliases, 'Iran', 'x', '')).toEqual([]);
    expect(found(aliases, 'Iran', '', 'ian')).toEqual([]);
    expect(found(aliases, 'Iran', ' ', '.')).toEqual([['Iran', 'iran']]);
  });
});

describe('longest match and overlaps', () => {
  const aliases: [string, string][] = [
    ['wa', 'Washington'],
    ['wp', 'Washington Post'],
    ['post', 'Post'],
  ];
  it('prefers the longest alias starting at a word', () => {
    expect(found(aliases, 'The Washington Post reported from Washington.')).toEqual([
      ['Washington Post', 'wp'],
      ['Washington', 'wa'],
    ]);
  });
  it('never returns overlapping matches', () => {
    const ms = compileMatcher(entries(['a', 'New York'], ['b', 'York Times'], ['c', 'New York Times Co'])).find(
      'New York Times and New York Times Co',
    );
    expect(ms.map((m) => [m.start, m.end, m.key])).toEqual([
      [0, 8, 'a'],
      [19, 36, 'c'],
    ]);
  });
  it('falls back to a shorter alias when the longer one fails a check', () => {
    // A Title Case line: elsewhere a capitalised word after "Washington" makes it a look-alike.
    expect(found(aliases, 'Washington Postal Service Workers Strike')).toEqual([['Washington', 'wa']]);
  });
});

describe('case', () => {
  it('is case-sensitive so that common words stay unmarked', () => {
    expect(
      found(
        [
          ['t', 'Trump'],
          ['us', 'US'],
        ],
        'a trump card for us; Trump and the US',
      ),
    ).toEqual([
      ['Trump', 't'],
      ['US', 'us'],
    ]);
  });
  it('matches all-caps headlines against capitalised aliases', () => {
    expect(
      found(
        [
          ['b', 'Joe Biden'],
          ['p', 'Putin'],
        ],
        'JOE BIDEN MEETS PUTIN',
      ),
    ).toEqual([
      ['JOE BIDEN', 'b'],
      ['PUTIN', 'p'],
    ]);
  });
  it('keeps all-caps words exact in ordinary text', () => {
    expect(found([['p', 'Putin']], 'PUTIN was named by reporters')).toEqual([]);
  });
  it('does not upper-case aliases written in lower case', () => {
    expect(found([['x', 'trump card']], 'A TRUMP CARD')).toEqual([]);
  });
});

describe('apostrophes', () => {
  const aliases: [string, string][] = [['iran', 'Iran']];
  it('finds names with straight and curly possessives', () => {
    expect(found(aliases, "Iran's and Iran’s and Irans’ and Iran'")).toEqual([
      ['Iran', 'iran'],
      ['Iran', 'iran'],
      ['Iran', 'iran'],
    ]);
  });
  it('does not find part of a name joined by an apostrophe', () => {
    expect(
      found(
        [
          ['o', 'Brien'],
          ['x', 'Ira'],
        ],
        "O'Brien and Ira'n",
      ),
    ).toEqual([]);
  });
  it('allows French elision before a name', () => {
    expect(found(aliases, "l’Iran et d'Iran")).toEqual([
      ['Iran', 'iran'],
      ['Iran', 'iran'],
    ]);
  });
  it('treats curly and straight apostrophes inside a name alike', () => {
    expect(found([['o', "O'Brien"]], 'O’Brien said')).toEqual([['O’Brien', 'o']]);
  });
});

describe('spacing and invisible characters', () => {
  const aliases: [string, string][] = [['wp', 'Washington Post']];
  it('matches across no-break spaces, line breaks and repeated spaces', () => {
    for (const text of ['Washington\u00a0Post', 'Washington\nPost', 'Washington \r\n  Post', 'Washington\u202fPost'])
      expect(found(aliases, text)).toEqual([[text, 'wp']]);
  });
  it('ignores soft hyphens and zero-width characters inside words', () => {
    const text = 'Wash\u00adington Po\u200bst';
    expect(found(aliases, text)).toEqual([[text, 'wp']]);
  });
  it('matches hyphenated names written with a no-break hyphen', () => {
    expect(found([['jl', 'Jean-Luc Mélenchon']], 'Jean\u2011Luc Mélenchon')).toEqual([
      ['Jean\u2011Luc Mélenchon', 'jl'],
    ]);
  });
  it('does not match across other punctuation', () => {
    expect(found(aliases, 'Washington. Post')).toEqual([]);
  });
});

describe('diacritics', () => {
  it('matches with or without diacritics, both ways', () => {
    expect(found([['m', 'Mélenchon']], 'Melenchon')).toEqual([['Melenchon', 'm']]);
    expect(found([['m', 'Melenchon']], 'Mélenchon')).toEqual([['Mélenchon', 'm']]);
  });
  it('maps offsets back to decomposed text', () => {
    const text = 'Hello to Me\u0301lenchon!';
    expect(found([['m', 'Mélenchon']], text)).toEqual([['Me\u0301lenchon', 'm']]);
  });
  it('folds letters Unicode does not decompose', () => {
    expect(
      found(
        [
          ['l', 'Lech Wałęsa'],
          ['s', 'Søren'],
        ],
        'Lech Walesa and Soren',
      ),
    ).toEqual([
      ['Lech Walesa', 'l'],
      ['Soren', 's'],
    ]);
  });
  it('folds compatibility characters such as ligatures', () => {
    expect(found([['f', 'Fiona']], 'ﬁona Fiona')).toEqual([['Fiona', 'f']]);
  });
});

describe('trailing punctuation in aliases', () => {
  const aliases: [string, string][] = [
    ['us', 'U.S.'],
    ['army', 'U.S. Army'],
  ];
  it('matches an alias that ends in a full stop', () => {
    expect(found(aliases, 'the U.S. said, and the U.S.')).toEqual([
      ['U.S.', 'us'],
      ['U.S.', 'us'],
    ]);
  });
  it('prefers the longer alias through the punctuation', () => {
    expect(found(aliases, 'the U.S. Army and U.S.-led')).toEqual([
      ['U.S. Army', 'army'],
      ['U.S.', 'us'],
    ]);
  });
  it('does not match without the punctuation', () => {
    expect(found(aliases, 'U.S')).toEqual([]);
  });
});

describe('entries', () => {
  it('reports the alias that matched', () => {
    const [m] = compileMatcher(entries(['un', 'United Nations'], ['un', 'UN'])).find('the UN');
    expect(m).toEqual({ start: 4, end: 6, key: 'un', alias: 'UN' });
  });
  it('lets the earlier entry win when two spell the same alias', () => {
    expect(
      found(
        [
          ['a', 'Paris'],
          ['b', 'Paris'],
        ],
        'Paris',
      ),
    ).toEqual([['Paris', 'a']]);
  });
  it('ignores aliases without any word and finds nothing with no aliases', () => {
    const m = compileMatcher(entries(['x', '...'], ['y', '  ']));
    expect(m.size).toBe(0);
    expect(m.find('... anything')).toEqual([]);
  });
  it('ignores leading punctuation and surrounding spaces in aliases', () => {
    expect(found([['n', ' "Ndrangheta  ']], 'the Ndrangheta')).toEqual([['Ndrangheta', 'n']]);
  });
});

describe('middle initials', () => {
  const trump: [string, string][] = [
    ['trump', 'Donald Trump'],
    ['trump', 'Trump'],
  ];
  it('matches a known full name with a middle initial as the whole name', () => {
    expect(found(trump, 'President Donald J. Trump said so.')).toEqual([['Donald J. Trump', 'trump']]);
    expect(found([['bush', 'George Bush']], 'George W. Bush and Donald J. Trump')).toEqual([
      ['George W. Bush', 'bush'],
    ]);
  });
  it('steps over only one capital initial with its full stop, right after the first name', () => {
    const full: [string, string][] = [['trump', 'Donald Trump']];
    for (const text of ['Donald J Trump', 'Donald j. Trump', 'Donald J. K. Trump', 'Donald J.Trump'])
      expect(found(full, text), text).toEqual([]);
  });
  it('keeps an alias that itself holds the initial', () => {
    const aliases: [string, string][] = [
      ['jfk', 'John F. Kennedy'],
      ['kennedy', 'John Kennedy'],
    ];
    expect(found(aliases, 'John F. Kennedy spoke.')).toEqual([['John F. Kennedy', 'jfk']]);
  });
});

describe('underscores', () => {
  it('join words, so a name written into a handle is no mention', () => {
    expect(found([['un', 'UN']], 'but is UN_willing to do so, asks the UN')).toEqual([['UN', 'un']]);
  });
});
