import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';
import { buildDictionary } from '@/utils/builder/index';

const speakers = (text: string, title = 'Report') => {
  const { result, nameOf } = entitiesOf(title, text);
  return result.quotes.map((q) => `${q.text.slice(0, 12)}=${nameOf(q.speaker)}`);
};

describe('speakers named with the body they speak for', () => {
  it('gives "said Velden Power spokeswoman Ines Moreau" to the person, not the body', () => {
    expect(
      speakers(
        [
          'Velden Power cut electricity to thousands of homes on Tuesday.',
          '“We know this is hard,” said Velden Power spokeswoman Ines Moreau.',
        ].join('\n'),
      ),
    ).toEqual(['We know this=Ines Moreau']);
  });
});

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('roles people are given on unseen articles', () => {
  it('keeps a participle that qualifies the role after it ("a retired teacher")', () => {
    expect(cards('Tomas Berg, 54, a retired teacher who lives in Brisk, bought a generator.')['Tomas Berg']).toBe(
      'Retired teacher',
    );
  });

  it('reads a word ending in "-ist" as a calling before or after a name', () => {
    const c = cards('The mill was built by the industrialist Tomas Berg. Ines Moreau, a columnist, wrote about it.');
    expect([c['Tomas Berg'], c['Ines Moreau']]).toEqual(['Industrialist', 'Columnist']);
  });
});

describe('cards that fit the kind of entity', () => {
  it('gives a place no card for a body it has ("the Lorne city council")', () => {
    const c = cards(
      'Lorne residents were angry. The Lorne city council voted on Monday to close the library in Lorne.',
    );
    expect(c['Lorne']).toBe('');
  });

  it('gives a body no person’s calling ("an optometrist Velden Bank had on call")', () => {
    expect(cards('I handed my glasses to an optometrist Velden Bank had on call.')['Velden Bank']).toBe('Bank');
  });

  it('types a name as the kind of thing its only card says it is, not as a person', () => {
    const dict = buildDictionary([
      { title: 'Harbour news', text: 'Marta Dash, a phone game, launched on Monday. Marta Dash costs $10.' },
    ]);
    const game = dict.entities.find((e) => e.name === 'Marta Dash');
    expect([game?.type, game?.description]).toEqual(['other', 'Phone game']);
  });
});

describe('things a body makes', () => {
  it('types a name whose card is a kind of product as a thing ("the Orbix headset")', () => {
    const dict = buildDictionary([
      {
        title: 'Harbour news',
        text: 'Kestrel Labs, a startup based in Oslo, makes the Orbix headset. Orbix sold well.',
      },
    ]);
    const orbix = dict.entities.find((e) => e.name === 'Orbix');
    expect([orbix?.type, orbix?.description]).toEqual(['other', 'Headset']);
  });
});

describe('datelines', () => {
  it('reads the place of a dateline in capitals as a place, with the state after it', () => {
    const c = cards(
      'PORT ARDEN, Calif. (AP) — Crews worked through the night.\n\nSAN FRANCISCO (AP) — Trains ran late.',
    );
    expect(c['Port Arden']).toBe('In California');
    expect(c['San Francisco']).toBe('City in California');
    expect(c['ARDEN']).toBeUndefined();
  });
});

describe('what somebody does, said as a role', () => {
  it('reads "who owns a bakery" as the role, and "who works for" as whose employee', () => {
    const c = cards(
      'Jana Holt, who owns a bakery on Main Street, lost power. Oren Vale, who works for the Lorne Water Board, fixed it.',
    );
    expect(c['Jana Holt']).toBe('Owner of a bakery on Main Street');
    expect(c['Oren Vale']).toBe('Employee of the Lorne Water Board');
  });

  it('gives no card for a verb and its object ("who studies public libraries")', () => {
    expect(cards('Petra Sand, who studies public libraries, was not affected.')['Petra Sand']).toBe('');
  });
});

describe('names on technology pages', () => {
  it('types a name ending in a word for a kind of firm as a body ("Quorra Semiconductor")', () => {
    const { byName } = entitiesOf('Report', 'The headset uses a chip from Quorra Semiconductor.');
    expect(byName('Quorra Semiconductor')?.type).toBe('organization');
  });

  it('keeps a person apart from the body after "of" when a role opens the sentence', () => {
    const { list } = entitiesOf(
      'Report',
      'Analyst Tomas Berg of Lorne Research said sales could rise. Professor Ada Lund of Brisk University disagreed.',
    );
    expect(list).toEqual(
      expect.arrayContaining([
        'Tomas Berg:person',
        'Lorne Research:organization',
        'Ada Lund:person',
        'Brisk University:organization',
      ]),
    );
  });
});

describe('clubs, teams and named things', () => {
  it('types a club by its last word and a name before a manager or coach as a body', () => {
    const { byName } = entitiesOf(
      'Report',
      'Tottenford manager Jose Varga praised his players after the win over Brisk United on Saturday.',
    );
    expect(byName('Brisk United')?.type).toBe('organization');
    expect(byName('Tottenford')?.type).toBe('organization');
  });

  it('reads the kind before "called" or "named" as what the name is, a first name opening it or not', () => {
    const c = cards('The mission, called Artemis Dawn, is run by the agency.');
    expect(c['Artemis Dawn']).toBe('Mission');
    const { byName } = entitiesOf('Report', 'The mission, called Artemis Dawn, is run by the agency.');
    expect(byName('Artemis Dawn')?.type).toBe('other');
  });
});

describe('short quotations and fragments', () => {
  it('takes one word closed by a comma and its said-clause as speech', () => {
    expect(speakers('Oren Vale toured the dam.\n“Good,” Vale said.')).toEqual(['Good,=Oren Vale']);
  });

  it('gives a fragment joined to the one before in its sentence the same speaker', () => {
    expect(
      speakers(
        [
          'Petra Sand told the Lorne Gazette that the decision was “long overdue” and “deeply welcome.”',
          'Ines Moreau said the plan was ‘dead in the water’ and added: ‘We will not proceed.’',
        ].join('\n'),
      ),
    ).toEqual([
      'long overdue=Petra Sand',
      'deeply welco=Petra Sand',
      'dead in the =Ines Moreau',
      'We will not =Ines Moreau',
    ]);
  });
});

describe('more shapes of a card', () => {
  it('reads a party and state tag as AP writes it', () => {
    const c = cards('Sen. Ada Lund (D-Calif.) said the bill was weak. Rep. Karl Okoro, R-Texas, agreed.');
    expect(c['Ada Lund']).toBe('Senator and California Democrat');
    expect(c['Karl Okoro']).toBe('Representative and Texas Republican');
  });

  it('says what a body does after "which" as what it is', () => {
    expect(cards('Tern Media, which owns the Lorne Gazette, was sold.')['Tern Media']).toBe(
      'Owner of the Lorne Gazette',
    );
  });

  it('reads an employer and family words before a name', () => {
    const c = cards(
      'Shares of Velden rose. Velden, Lorne’s biggest employer, hired 300 people. Ada Lund owns a shop. Lund’s son Tomas Vale runs it.',
    );
    expect(c['Velden']).toBe('Lorne’s biggest employer');
    expect(c['Tomas Vale']).toBe('Lund’s son');
  });
});

describe('one body under two names', () => {
  it('reads "the Gazette" as the Lorne Gazette, and "Velden" as Velden Power', () => {
    const { list } = entitiesOf(
      'Report',
      'The Lorne Gazette reported the story first. The Gazette later corrected it. Velden Power cut electricity. Velden said it had no choice.',
    );
    expect(list).toEqual(['Lorne Gazette:organization', 'Velden Power:organization']);
  });
});

describe('a body named by its kind before its words', () => {
  it('gives "the company said: “…”" to the body named before', () => {
    expect(
      speakers(
        'Velden Power cut power to 5,000 homes.\nIn a statement, the company said: “We regret the decision.”\nThe utility added that “safety comes first.”',
      ),
    ).toEqual(['We regret th=Velden Power', 'safety comes=Velden Power']);
  });
});

describe('more evidence for types', () => {
  it('reads "Officials in Tarsk said" and "flew to Tarsk" as a place, not a person speaking', () => {
    expect(entitiesOf('Report', 'Officials in Tarsk said the bridge was safe.').byName('Tarsk')?.type).toBe('place');
    expect(entitiesOf('Report', 'He flew to Tarsk on Monday.').byName('Tarsk')?.type).toBe('place');
  });
});

describe('a place and the country or state it is in', () => {
  it('types "Tarsk, Russia, with his wife" as a place in Russia, not a person', () => {
    const c = cards('He lives in Tarsk, Russia, with his wife. Tarsk is cold.');
    expect(c['Tarsk']).toBe('In Russia');
    expect(entitiesOf('Report', 'He lives in Tarsk, Russia, with his wife. Tarsk is cold.').byName('Tarsk')?.type).toBe(
      'place',
    );
  });

  it('still reads "Araghchi, Iran’s minister" as a person', () => {
    expect(
      entitiesOf('Report', 'Talvo Araghen, Iran’s deputy minister, spoke. Araghen left.').byName('Talvo Araghen')?.type,
    ).toBe('person');
  });
});

describe('a town named with an ordinary word', () => {
  it('keeps an ordinary word followed by its state as a place ("Brisk, Oregon")', () => {
    expect(cards('Floods hit Brisk, Oregon, on Monday.')['Brisk']).toBe('In Oregon');
  });
});

describe('roles only a body has', () => {
  it('types the name after "the founder of" or "chief executive of" as a body', () => {
    const { byName } = entitiesOf(
      'Report',
      'Ines Moreau, the founder of Talvik Orsen, resigned. Talvik Orsen hired her.',
    );
    expect(byName('Talvik Orsen')?.type).toBe('organization');
  });
});

describe('a place in a place', () => {
  it('reads "Russia’s remote Tarvo region" as a region in Russia', () => {
    expect(cards('The rocket fell in Russia’s remote Tarvo region on Monday. Tarvo is cold.')['Tarvo']).toBe(
      'Region in Russia',
    );
  });

  it('reads a role with "the" before the body it is for, set before the name, as the person’s role', () => {
    const c = cards('A spokesman for the Velden Trust, Ines Moreau, said the vote was close.');
    expect(c['Ines Moreau']).toBe('Spokesman for the Velden Trust');
  });

  it('reads an appositive closed by a bracketed acronym', () => {
    const c = cards('Ines Moreau, a spokeswoman for the Velden Aviation Board (VAB), said the plane was safe.');
    expect(c['Ines Moreau']).toBe('Spokeswoman for the Velden Aviation Board');
  });

  it('reads a role before "named" as what the person is, but not a bare "man"', () => {
    expect(cards('A lawyer named Ines Moreau took the case.')['Ines Moreau']).toBe('Lawyer');
    expect(cards('A man named Ines Moreau took the case.')['Ines Moreau']).toBe('');
  });

  it('keeps the dots of an abbreviation inside a role before the name', () => {
    expect(cards('The U.N. envoy, Tomas Berg, arrived on Monday.')['Tomas Berg']).toBe('U.N. envoy');
  });

  it('does not read the body a role is of as the kind of the person named after it', () => {
    const { list } = entitiesOf('Visit', 'He met the head of the agency, Tomas Berg.');
    expect(list).toEqual(['Tomas Berg:person']);
  });
});
