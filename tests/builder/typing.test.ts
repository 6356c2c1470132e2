import { describe, expect, it } from 'vitest';
import { decideType, noScores } from '@/utils/builder/typing';
import { entitiesOf } from './helpers';

describe('decideType', () => {
  it('falls back on the shape of the name when there is no evidence', () => {
    expect(decideType('NSPCC', noScores())).toBe('organization');
    expect(decideType('Talvena Osk', noScores())).toBe('person');
    expect(decideType('Rivendale', noScores())).toBe('other');
    expect(decideType('Haulers', noScores())).toBe('organization');
    expect(decideType('Velbank', noScores())).toBe('organization');
    expect(decideType('Westmark Island', noScores())).toBe('other');
  });

  it('follows the strongest evidence', () => {
    expect(decideType('Orlen', { ...noScores(), place: 1, organization: 3 })).toBe('organization');
  });
});

describe('types in context', () => {
  const { list } = entitiesOf(
    'Report',
    [
      'Dr. Imre Halasz, a researcher at the Varga Institute, said the Korvin founder had left.',
      'The Selmar executive flew to Ostrava and then to Kelby Island.',
      'His company, Brightwell, runs the Treaty of Lund Act programme in Portugal.',
      'The storm hit the state of Nebraska while the Hallam administration watched.',
    ].join('\n'),
  );

  it('types people, organisations and places from cue words and context', () => {
    expect(list).toEqual(
      expect.arrayContaining([
        'Imre Halasz:person',
        'Varga Institute:organization',
        'Korvin:organization',
        'Selmar:organization',
        'Kelby Island:place',
        'Brightwell:organization',
        'Portugal:place',
        'Nebraska:place',
        'Hallam:person',
      ]),
    );
  });
});

describe('a seat of government', () => {
  it('is the body in it when the article has it speak, act or employ, and the building otherwise', () => {
    const acting = entitiesOf(
      'Report',
      'The White House said the visit went well. Ines Moreau met him at the White House.',
    );
    expect(acting.list).toContain('White House:organization');
    const staff = entitiesOf('Report', 'Ines Moreau, a White House budget adviser, left early.');
    expect(staff.list).toContain('White House:organization');
    const building = entitiesOf('Report', 'Ines Moreau spoke to reporters at the White House on Monday.');
    expect(building.list).toContain('White House:place');
  });
});

describe('names that are neither English words nor known first names', () => {
  it('are a person when hyphenated or with a capital after Mc, Mac or an apostrophe', () => {
    expect(decideType('Jean-Tavi Orrel', noScores())).toBe('person');
    expect(decideType('Talvena McAskill', noScores())).toBe('person');
    expect(decideType('Talvena O’Dorran', noScores())).toBe('person');
  });
});

describe('a kind of place or body set beside the name', () => {
  it('types an unknown name by the kind its appositive gives', () => {
    const { byName } = entitiesOf(
      'Report',
      'Residents of Keswater, a small town in the north, left. The Velmar capital, Tarsk, was spared. Floods hit Orvane, a port city of 20,000, on Monday.',
    );
    expect(byName('Keswater')?.type).toBe('place');
    expect(byName('Tarsk')?.type).toBe('place');
    expect(byName('Orvane')?.type).toBe('place');
  });

  it('reads a kind of thing, and a kind after "is a", as well', () => {
    const { byName } = entitiesOf(
      'Report',
      'Kovar Dulo is a game for phones. Players of Kovar Dulo collect shells. Velmor Brisk, a phone game, is new.',
    );
    expect(byName('Kovar Dulo')?.type).toBe('other');
    expect(byName('Velmor Brisk')?.type).toBe('other');
  });
});

describe('what only a place has', () => {
  it('types a name followed by its residents, its mayor or its economy as a place', () => {
    const { byName } = entitiesOf('Report', 'Ostravel residents voted on Monday, and Ostravel’s mayor agreed.');
    expect(byName('Ostravel')?.type).toBe('place');
  });
});

describe('a lone word with nothing else to go on', () => {
  it('is a person when it ends as surnames do', () => {
    expect(decideType('Tavrosyan', noScores())).toBe('person');
    expect(decideType('Brzelski', noScores())).toBe('person');
    expect(decideType('Orvanez', noScores())).toBe('person');
    expect(decideType('Velmark', noScores())).toBe('other');
  });
});

describe('products', () => {
  it('reads a sequel’s number, a model word, a product noun or an install verb as a thing', () => {
    const { list } = entitiesOf(
      'Games',
      [
        'Fans bought Harrow Dale 2 on Monday and the Velmo Ultra on Tuesday.',
        'Then they tried the Quorra headset and installed Brindle on every phone.',
      ].join('\n'),
    );
    expect(list).toEqual(
      expect.arrayContaining(['Harrow Dale 2:other', 'Velmo Ultra:other', 'Quorra:other', 'Brindle:other']),
    );
  });
});

describe('a lone word the article says nothing about', () => {
  it('is a thing, unless it opens the name of something else, whose maker it is', () => {
    const { list } = entitiesOf(
      'Review',
      'We tested the Quillon Atmos speaker with a Brisbo cable. Quillon also sells Quillon Vision.',
    );
    expect(list).toEqual(expect.arrayContaining(['Brisbo:other', 'Quillon:organization', 'Quillon Vision:other']));
  });
});

describe('two names listed together', () => {
  it('gives a name the text says nothing of the type of its listed fellow', () => {
    const { list } = entitiesOf('Deal', 'Analysts at Kestrel Capital and Brisvane expect the deal to close.');
    expect(list).toEqual(expect.arrayContaining(['Kestrel Capital:organization', 'Brisvane:organization']));
    const trip = entitiesOf('Trip', 'Flights to Tarsk City and Lorvane resumed.');
    expect(trip.list).toEqual(expect.arrayContaining(['Tarsk City:place', 'Lorvane:place']));
  });
});

describe('a lone name with nothing else to go on', () => {
  it('is a thing named after somebody when it is only a first name', () => {
    expect(decideType('Felicity', noScores())).toBe('other');
  });

  it('has the type the lexicon of kinds gives a widely reported name', () => {
    expect(decideType('Dropbox', noScores())).toBe('organization');
  });
});

describe('a widely reported name with some evidence the other way', () => {
  it('leans to the type the lexicon of kinds gives it', () => {
    const { list } = entitiesOf('Files', 'Ada Brook moved her files into Dropbox overnight.');
    expect(list).toContain('Dropbox:organization');
  });
});
