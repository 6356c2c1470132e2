import { describe, expect, it } from 'vitest';
import { COLLECTIVE_POSSESSORS, TITLE_PARTS } from '@/utils/builder/lexicon/cues';
import { isFirstName } from '@/utils/builder/typing';
import { entitiesOf } from './helpers';

describe('titles and qualifiers glued to a name', () => {
  it('takes a qualifying title before a first name for the title: "Harbour Police Chief Ed Marlow"', () => {
    const { list, byName } = entitiesOf('Port news', 'Harbour Police Chief Ed Marlow said the quay was shut.');
    expect(list).toContain('Ed Marlow:person');
    expect(list.some((e) => e.includes('Chief'))).toBe(false);
    expect(byName('Ed Marlow')!.mentions[0]!.titles.join(' ')).toContain('Police Chief');
  });

  it('takes an agency’s administrator or a district’s superintendent before a first name for a title', () => {
    const { list, byName } = entitiesOf(
      'Port news',
      'Harbour Agency Administrator Ines Moreau said the launch would go ahead.\nCorvale Schools Superintendent Tomas Berg agreed.',
    );
    expect(list).toContain('Ines Moreau:person');
    expect(list).toContain('Tomas Berg:person');
    expect(list.some((e) => e.includes('Administrator') || e.includes('Superintendent'))).toBe(false);
    expect(byName('Tomas Berg')!.mentions[0]!.titles.join(' ')).toContain('Superintendent');
  });

  it('takes a role of a body before a first name for a title', () => {
    const { list } = entitiesOf(
      'Port news',
      'Deputy Director of Coastal Planning Anne-Marie Voss said the plan was ready.',
    );
    expect(list).toContain('Anne-Marie Voss:person');
    expect(list.some((e) => e.includes('Director'))).toBe(false);
  });

  it('reads hyphenated first names as first names', () => {
    expect(isFirstName('Anne-Marie')).toBe(true);
    expect(isFirstName('Anne-Harbour')).toBe(false);
  });

  it('leaves "Former" out of an organisation\'s name', () => {
    const { list } = entitiesOf('Port news', 'Former Arden Harbour Council member Lena Dorn told the inquiry.');
    expect(list).toContain('Arden Harbour Council:organization');
  });

  it('keeps a demonym that opens an "X of Y" organisation name', () => {
    const { list } = entitiesOf('Port news', 'She taught at the Canadian University of Arden for a decade.');
    expect(list).toContain('Canadian University of Arden:organization');
  });

  it('keeps a known body apart from the compound title after it', () => {
    const { list } = entitiesOf('Port news', 'White House Press Secretary Lena Dorn said it was over.');
    expect(list).toContain('Lena Dorn:person');
    expect(list.some((e) => e.includes('Press'))).toBe(false);
  });

  it("carries a collective noun's possessive into the name after it", () => {
    const { list } = entitiesOf('Port news', "The People's Harbour Front held a rally in Arden.");
    expect(list.some((e) => e.startsWith("People's Harbour Front:"))).toBe(true);
  });

  it('has word lists of capitalised single words', () => {
    for (const w of [...TITLE_PARTS, ...COLLECTIVE_POSSESSORS]) expect(w).toMatch(/^\p{Lu}\p{Ll}+$/u);
  });
});

describe('a name and the lower-case noun for its kind', () => {
  it('joins a name and its kind into one place or body, with the kind for a description', () => {
    const { list, byName } = entitiesOf(
      'Port news',
      'He was held in Morrow Hill prison for a year. The Varga network paid for it. Morrow Hill lies far away.',
    );
    expect(list).toContain('Morrow Hill prison:place');
    expect(list).toContain('Varga network:organization');
    expect(list.some((e) => e.startsWith('Morrow Hill:'))).toBe(false);
    expect(byName('Morrow Hill prison')!.descriptions).toContain('Prison');
  });

  it('keeps a known place beside the body named after it', () => {
    const { list } = entitiesOf('Port news', 'He fled to the Swedish embassy in London last year.');
    expect(list).toContain('Swedish embassy:place');
    expect(list).toContain('London:place');
  });
});

describe('a position or a job between a body and a full name', () => {
  it('splits a position abbreviation off: the body, then the person', () => {
    const { list, byName } = entitiesOf('Match report', 'The Rovers DL Tom Pike was hurt in the first half.');
    expect(list).toContain('Tom Pike:person');
    expect(list).toContain('Rovers:organization');
    expect(byName('Tom Pike')!.mentions[0]!.titles).toEqual(['DL']);
  });

  it('splits a job after an organisation name off: the body, then the person', () => {
    const { list } = entitiesOf('Match report', 'The Arden Sports League Insider Ines Moreau reported it first.');
    expect(list).toContain('Arden Sports League:organization');
    expect(list).toContain('Ines Moreau:person');
  });
});

describe('jobs before a first name and titled surnames in speech', () => {
  it('takes a capitalised occupation before a first name for the person’s title: "Corvale Quarterback Ada Brook"', () => {
    const { list, byName } = entitiesOf(
      'Port news',
      'On Friday the Corvale Quarterback Ada Brook threw three passes, and Harbour Astronaut Tomas Berg watched.',
    );
    expect(list).toContain('Ada Brook:person');
    expect(list).toContain('Tomas Berg:person');
    expect(list.some((e) => e.includes('Quarterback') || e.includes('Astronaut'))).toBe(false);
    expect(byName('Ada Brook')!.descriptions.join(' ')).toContain('Quarterback');
  });

  it('keeps a lone surname met only in quoted speech when a title puts it before a person: "Chairman Dorvik"', () => {
    const { list } = entitiesOf(
      'Port news',
      'The panel met again. “The vote only shows that Chairman Dorvik is wrong,” Ada Brook said.',
    );
    expect(list).toContain('Dorvik:person');
    expect(list).toContain('Ada Brook:person');
  });
});
