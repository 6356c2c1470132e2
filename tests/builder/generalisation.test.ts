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

const quotesOf = (text: string) => {
  const { result, nameOf } = entitiesOf('Report', text);
  return result.quotes.map((q) => ({
    text: q.text,
    speaker: nameOf(q.speaker),
    about: q.about.map((i) => nameOf(i)),
  }));
};

describe('quotations around their source', () => {
  it('keeps both halves of a quote split around "as X reported" and credits the source, not a nearby person', () => {
    const q = quotesOf(
      'Ines Moreau met the crowd. Then she raised a flag – “igniting,” as Zelvor News reported, “fears of unrest in the capital.”',
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['igniting,', 'Zelvor News'],
      ['fears of unrest in the capital.', 'Zelvor News'],
    ]);
  });

  it('credits a quotation introduced by "according to X,"', () => {
    const q = quotesOf(
      'Ines Moreau left early. Across the region, according to Zelvor Group, “nothing will change this year.”',
    );
    expect(q[0]!.speaker).toBe('Zelvor Group');
  });

  it('takes a short phrase "in X’s phrase" as X’s words', () => {
    const q = quotesOf('Markets rule everything (in economist Tomas Berg’s phrase) “markets in everything” today.');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['markets in everything', 'Tomas Berg']]);
  });

  it('gives a later quotation that repeats four words of an earlier one the same speaker', () => {
    const q = quotesOf(
      'Zelvor Group said: “Prices have risen to encourage more drivers to come online.”\nNo honest service would be “raising prices to encourage more drivers” in a crisis.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Zelvor Group', 'Zelvor Group']);
  });
});

describe('what a quotation is about', () => {
  it('reads "we" in an organisation’s statement as the organisation', () => {
    const q = quotesOf('“We are all worried about the delays,” Zelvor Group said in a statement.');
    expect(q[0]!.about).toContain('Zelvor Group');
  });

  it('reads "the country" as the country named, not a city named more often', () => {
    const q = quotesOf(
      'Sydney was calm. Sydney woke early in Australia.\nThe siege in Sydney brought “fear to the heart of the country’s biggest city,” Zelvor News reported.',
    );
    expect(q[0]!.about).toContain('Australia');
  });
});

describe('types and boundaries of product names', () => {
  it('types a lower-case-initial brand as a product unless the context says company', () => {
    const { list } = entitiesOf('Report', 'Fans queued for the iTablet. Investors like the company eRoller.');
    expect(list).toEqual(expect.arrayContaining(['iTablet:other', 'eRoller:organization']));
  });

  it('types a name after a lower-case kind of place as a place', () => {
    const { list } = entitiesOf('Report', 'The debris fell over the remote Velka region in the north.');
    expect(list).toEqual(['Velka:place']);
  });

  it('does not take generic technical abbreviations for names, but keeps them inside product names', () => {
    expect(names('Report\nPlug the USB cable into the TV and check the GDP figures.')).toEqual([]);
    expect(names('Report\nHe used Face ID on the Zapstation VR.')).toEqual(['Face ID', 'Zapstation VR']);
  });

  it('drops the generic kind of part after a product name', () => {
    expect(names('Report\nIt runs on the Zorbo Prime GPU.')).toEqual(['Zorbo Prime']);
  });

  it('types a name that opens with an organisation’s name as its product, with no one-word alias', () => {
    const { result, list } = entitiesOf('Report', 'Zorbo makes speakers. The company Zorbo sells the Zorbo Atmos Pro.');
    expect(list).toEqual(expect.arrayContaining(['Zorbo:organization', 'Zorbo Atmos Pro:other']));
    expect([...result.entities.find((e) => e.name === 'Zorbo Atmos Pro')!.aliases]).toEqual([]);
  });
});
