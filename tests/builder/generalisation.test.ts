import { describe, expect, it } from 'vitest';
import { entitiesOf, mentionsOf } from './helpers';

const names = (text: string) =>
  mentionsOf(text)
    .mentions.filter((m) => !m.weak)
    .map((m) => m.canonical?.name ?? m.name);

describe('names with numbers', () => {
  it('keeps a model or sequel number as part of the name', () => {
    expect(names('Report\nThe Norvik XR-12 cargo ship broke up near the Telmar 737 jet.')).toEqual([
      'Norvik XR-12',
      'Telmar 737',
    ]);
    expect(names('Report\nFans bought the Zapstation 4 Pro and played Quarrel 3 in winter.')).toEqual([
      'Zapstation 4 Pro',
      'Quarrel 3',
    ]);
  });

  it('leaves out quantities, dates and page numbers', () => {
    expect(names('Report\nThe Senate voted 51 to 49 after Vantor 3 billion.')).toEqual(['Senate', 'Vantor']);
    expect(names('Report\nIt ran on Page A1 in May 2015.')).toEqual([]);
    expect(names('Report\nThe Norvik Fund paid Vantor 3,000 euros.')).toEqual(['Norvik Fund', 'Vantor']);
  });
});

describe('capitalisation beyond the first letter', () => {
  it('reads brand names that open with a lower-case letter', () => {
    expect(names('Report\nThe game runs on the iTablet and the eRoller.')).toEqual(['iTablet', 'eRoller']);
  });

  it('does not take units or lower-case abbreviations for names', () => {
    expect(names('Report\nIt used 40 kWh and an mRNA vaccine.')).toEqual([]);
  });
});

describe('ordinary words as names', () => {
  it('keeps capitalised ordinary words after "the" in ordinary prose', () => {
    expect(names('Report\nThe crew flew to the Floating Research Station on Friday.')).toEqual([
      'Floating Research Station',
    ]);
  });

  it('still drops title-case prose that is not introduced as a name', () => {
    expect(names('Report\nIt ran with the headline: What May Soon Exceed Cost of Living?')).toEqual([]);
  });

  it('keeps a lone sentence opener that is no English word', () => {
    expect(names('Report\nKorvassa is a small town. Zentrovia will open a shop.')).toEqual(['Korvassa', 'Zentrovia']);
    expect(names('Report\nAren’t they late? Officials agree.')).toEqual([]);
  });

  it('matches an acronym to the long form an entity is also known by', () => {
    const { list } = entitiesOf('Report', 'Critics attacked Obamacare. The Affordable Care Act passed. The ACA stays.');
    expect(list).toEqual(['Obamacare:other']);
  });
});
