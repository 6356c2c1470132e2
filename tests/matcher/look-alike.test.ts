import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matcher';
import fc from 'fast-check';
import { FOLLOWERS, OPENERS, TITLES } from '@/utils/lexicon/look-alike-words';
import { isLookAlike, isTitleCase, WORD_BEFORE } from '@/utils/matcher/look-alike';

const DICTIONARY: [string, string][] = [
  ['trump', 'Trump'],
  ['trump', 'Donald Trump'],
  ['america', 'America'],
  ['washington', 'Washington'],
  ['wapo', 'Washington Post'],
  ['us', 'U.S.'],
  ['eu', 'EU'],
  ['paris', 'Paris'],
];
const matcher = compileMatcher(DICTIONARY.map(([key, alias]) => ({ key, alias })));
const marked = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

/** Each rule: texts whose name must stay unmarked, and texts whose name must be marked (mark.js fixture style). */
const RULES: { rule: string; unmarked: string[]; marked: [string, string[]][] }[] = [
  {
    rule: 'a given name before a surname makes it someone else',
    unmarked: ['He met Melania Trump on the lawn.', 'Melania Trump said she would go.', 'A call from Eric Trump came.'],
    marked: [['He met Donald Trump on the lawn.', ['Donald Trump']]],
  },
  {
    rule: 'a capitalised word before a place makes it another place',
    unmarked: ['Exports to Latin America rose.', 'She flew over North America twice.'],
    marked: [['Exports to America rose.', ['America']]],
  },
  {
    rule: 'a capitalised word joined by "of" makes it another name, unless it ties itself to the place',
    unmarked: ['A loan from the Bank of America came.', 'She studied at the University of Washington.'],
    marked: [
      [
        'The Government of America, the President of Paris and the people of America agreed.',
        ['America', 'Paris', 'America'],
      ],
      ['Most of America and all of Paris slept.', ['America', 'Paris']],
    ],
  },
  {
    rule: 'a capitalised word after a name makes it another name',
    unmarked: [
      'A suite in Trump Tower was sold.',
      'It crossed the George Washington Bridge.',
      'He saw Washington State win.',
    ],
    marked: [['The Washington Post and Washington both said so.', ['Washington Post', 'Washington']]],
  },
  {
    rule: 'an opener before a name counts only where it opens a sentence; "The" counts anywhere',
    unmarked: [
      'It was reported by The Washington Times first.',
      'A report in The Trump Journal ran.',
      'Or what After Trump meant',
      'They saw Two Paris there.',
      'A band called Then Trump played.',
    ],
    marked: [
      ['The Trump administration said no.', ['Trump']],
      ['He left. The Washington talks went on.', ['Washington']],
      ['After Trump spoke, the talks ended.', ['Trump']],
      ['Not Trump today.', ['Trump']],
      ['“Whether America agrees,” he said. About Trump: none.', ['America', 'Trump']],
      ['He read it in The Washington Post on a train.', ['Washington Post']],
      ['Two America soldiers died. Many Paris officials agreed.', ['America', 'Paris']],
      [
        'Then Trump spoke. Later Paris agreed. Meanwhile Trump left. Yesterday Paris said so.',
        ['Trump', 'Paris', 'Trump', 'Paris'],
      ],
    ],
  },
  {
    rule: 'titles and honorifics stay marked',
    unmarked: [],
    marked: [
      ['Yesterday President Trump and Mr. Trump met Sen. Trump.', ['Trump', 'Trump', 'Trump']],
      ['It came from President-elect Trump and Former President Trump.', ['Trump', 'Trump']],
      ['Chancellor Trump, Judge Trump and Ambassador Trump.', ['Trump', 'Trump', 'Trump']],
      ['It named Maj Gen Trump and Mr Trump.', ['Trump', 'Trump']],
    ],
  },
  {
    rule: 'possessives, modifiers, hyphens and commas stay marked',
    unmarked: [],
    marked: [
      ["Trump's aides and Trump’s son spoke.", ['Trump', 'Trump']],
      ['the Trump administration and anti-Trump voters', ['Trump', 'Trump']],
      ['U.S.-Israeli talks and U.S. Embassy staff met EU Commission staff.', ['U.S.', 'U.S.', 'EU']],
      ['Trump, Washington and Paris signed.', ['Trump', 'Washington', 'Paris']],
      ['Trump EU talks and Washington DC staff met in Paris.', ['Trump', 'EU', 'Washington', 'Paris']],
      ['He said "Trump" and (Paris) twice.', ['Trump', 'Paris']],
    ],
  },
  {
    rule: 'days and months after a name stay marked',
    unmarked: [],
    marked: [
      ['Talks in Paris Monday and in Washington March 3 ended, in Paris Jan. 4 too.', ['Paris', 'Washington', 'Paris']],
    ],
  },
  {
    rule: 'Title Case headlines and all-caps lines keep their names, but for a name joined by "of"',
    unmarked: [],
    marked: [
      ['Trump Tower Talks End At Bank of America Plaza', ['Trump']],
      ['Trump Tower Talks End As Paris Waits', ['Trump', 'Paris']],
      ['TRUMP TOWER TALKS END IN PARIS', ['TRUMP', 'PARIS']],
    ],
  },
];

describe('look-alikes: a known short name inside a longer capitalised name', () => {
  for (const { rule, unmarked, marked: mustMark } of RULES)
    it(rule, () => {
      for (const text of unmarked) expect(marked(text), text).toEqual([]);
      for (const [text, names] of mustMark) expect(marked(text), text).toEqual(names);
    });

  it('agrees with the predicate the end-to-end checks use', () => {
    const text = 'He met Melania Trump in Latin America and Trump in Paris.';
    const at = (name: string, from = 0) => [text.indexOf(name, from), text.indexOf(name, from) + name.length] as const;
    expect(isLookAlike(text, ...at('Trump'), 'Trump')).toBe(true);
    expect(isLookAlike(text, ...at('America'), 'America')).toBe(true);
    expect(isLookAlike(text, ...at('Trump', 25), 'Trump')).toBe(false);
  });

  it('decides the same deep in a long paragraph as at its start', () => {
    const filler = 'the committee met again and talked for hours about the budget. '.repeat(40);
    // (A Title Case line is one no longer once a sentence stands before it.)
    const texts = RULES.flatMap((r) => [...r.unmarked, ...r.marked.map(([text]) => text)]).filter(
      (t) => !isTitleCase(t),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(marked(filler + text)).toEqual(marked(text));
  });

  it('tells Title Case lines from sentences', () => {
    expect(isTitleCase('Trump Tower Talks End As Paris Waits')).toBe(true);
    expect(isTitleCase('Melania Trump')).toBe(false);
    expect(isTitleCase('He met Melania Trump in Latin America and Trump in Paris.')).toBe(false);
    expect(isTitleCase('Melania Trump said on Monday that she would attend.')).toBe(false);
  });

  it.each(Object.entries({ TITLES, OPENERS, FOLLOWERS }))('%s is sorted and unique', (_, list) => {
    const words = [...list];
    expect(words).toEqual([...new Set(words)].sort());
  });
});

describe('the word before a match, read backwards from it', () => {
  /** The same reading done by a regular expression over the whole neighbourhood, as it once was. */
  function byPattern(text: string, from: number, start: number) {
    const [, stop, before = '', of] =
      /([.?!:]\s+)?[^\s\p{L}\p{M}]*([\p{L}\p{M}]+)(\sof)?\s$/u.exec((from ? '' : '. ') + text.slice(from, start)) ?? [];
    return { stop: !!stop, before, of: !!of };
  }
  const piece = fc.constantFrom(
    ...['Ada', 'ada', 'of', 'Bank', 'é', 'e\u0301', '\u0301', '𝐀b', '\ud835', '\udc00', '中'],
    ...[' ', '  ', '\u00a0', '\n', '.', '?', ':', '!', ',', '(', '“', '”', '"', '1', '-', '.)', ' of '],
  );
  /** What the lookbehind finds just before `start`. */
  function backwards(text: string, from: number, start: number) {
    const near = (from ? '' : '. ') + text.slice(from, start);
    WORD_BEFORE.lastIndex = near.length;
    const [, stop, before = '', of] = WORD_BEFORE.exec(near) ?? [];
    return { stop: !!stop, before, of: !!of };
  }
  it('finds what a search from the start finds, in any text, from any edge of the neighbourhood', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const from = start ? b % (start + 1) : 0;
        expect(backwards(text, from, start)).toEqual(byPattern(text, from, start));
      }),
      { numRuns: 3000 },
    );
  });
});
