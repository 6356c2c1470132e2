import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { isDescriptionShape } from '@/utils/builder/description-shape';
import { personOfPlural } from '@/utils/builder/kinds';
import { nameKind } from '@/utils/builder/name-kinds';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('people the text describes in passing', () => {
  it('reads an appositive whose speech verb qualifies a noun ("alleged") as a description', () => {
    const c = cards('The hearing ran late.\n\nLena Ostrova, a victim of Varga’s alleged fraud scheme, spoke later.');
    expect(c['Lena Ostrova']).toBe('Victim of Varga’s alleged fraud scheme');
  });

  it('gives each person of a "such as" list the plural before it, with its one qualifier', () => {
    const c = cards(
      'The hearing ran late.\n\nCritics named politicians such as Ada Brook, and media figures such as Mira Lund, Otto Berg, and Jana Holm.',
    );
    expect(c['Ada Brook']).toBe('Politician');
    expect(c['Mira Lund']).toBe('Media figure');
    expect(c['Jana Holm']).toBe('Media figure');
  });

  it('keeps quantities and prepositions out of the plural’s qualifier', () => {
    expect(personOfPlural('politicians', 'other')).toBe('politician');
    expect(personOfPlural('officials', 'from')).toBe('official');
    expect(personOfPlural('figures', 'media')).toBe('media figure');
    expect(personOfPlural('islands', 'small')).toBeNull();
  });

  it('reads a label the news writes before a name as the person’s role', () => {
    const c = cards('The hearing ran late.\n\nThe panel asked about his ties to convicted fraudster Tomas Varga.');
    expect(c['Tomas Varga']).toBe('Convicted fraudster');
  });

  it('reads a player’s two-word position before the name as a role', () => {
    const c = cards('Arden wins again\n\nArden defensive end Tomas Garrow was suspended on Friday.');
    expect(c['Tomas Garrow']).toBe('Arden defensive end');
  });

  it('reads what a pronoun opening the next sentence is said to be, when one person fits it', () => {
    const c = cards('Court news\n\nTomas Garr, 32, was charged with assault. He is a former soldier.');
    expect(c['Tomas Garr']).toBe('Former soldier');
    const two = cards('Court news\n\nMira Holm met Ada Brook. She is the charity’s first director.');
    expect(two['Mira Holm']).toBe('');
    expect(two['Ada Brook']).toBe('');
  });

  it('reads a one-word position after a team’s name as a role', () => {
    const c = cards('Game day\n\nArden center Tom Tretter said the fight was ugly.');
    expect(c['Tom Tretter']).toBe('Arden center');
  });

  it('reads the office of the one replaced ("to replace X as Arden manager")', () => {
    const c = cards('Game day\n\nThe club agreed a deal with Jose Marinho to replace Mauro Pell as Arden manager.');
    expect(c['Mauro Pell']).toBe('Arden manager');
  });

  it('reads a role kept since ("who has coached …", "who has been mayor …") and one left ("who was mayor of …")', () => {
    const c = cards(
      'Sports news\n\nOtto Berg, who has coached the Arden Sharks since 2015, was fired. Tom Lind, who has been mayor since 2010, spoke. Ada Holm, who was mayor of Velmont, agreed.',
    );
    expect(c['Otto Berg']).toBe('Coach of the Arden Sharks');
    expect(c['Tom Lind']).toBe('Mayor');
    expect(c['Ada Holm']).toBe('Former mayor of Velmont');
  });

  it('joins a second role from its head noun when the whole of it makes the card too long', () => {
    const c = cards(
      'Whale news\n\nHarbour pilot Rua Kemp watched the pod. Kemp, a fierce and uncompromising elder of the Velmaru people of the eastern Tarsk coast, spoke.',
    );
    expect(c['Rua Kemp']).toBe('Harbour pilot and elder of the Velmaru people of the eastern Tarsk coast');
  });

  it('reads the appositive after where somebody lives ("X, 45, of Velmont, a teacher at …")', () => {
    const c = cards('Local news\n\nAna Brook, 45, of Velmont, a teacher at Arden High School, joined the march.');
    expect(c['Ana Brook']).toBe('Teacher at Arden High School');
  });

  it('reads a body’s possessive before a person ("Velden Bank’s Tom Lind") as the body they are with', () => {
    const c = cards('Local news\n\nVelden Bank’s Tom Lind said the launch went well. The bank agreed.');
    expect(c['Tom Lind']).toBe('Of Velden Bank');
  });

  it('reads "X, her manager," as the role towards the person named before whom the pronoun fits', () => {
    const c = cards('Music news\n\nJana Kos, the singer, and Ilse Moor, her manager, arrived.');
    expect(c['Ilse Moor']).toBe('Jana Kos’s manager');
  });

  it('reads "identified the victim as X" as what the person was', () => {
    const c = cards(
      'Crime news\n\nPolice identified the victim as Jana Kos. Officers named the suspected gunman as Tomas Garr.',
    );
    expect(c['Jana Kos']).toBe('Victim');
    expect(c['Tomas Garr']).toBe('Suspected gunman');
  });

  it('reads the office a choice gives ("appointed X as manager") as the role', () => {
    const c = cards('Arden wins again\n\nThe club appointed Jose Marinho as manager on Wednesday.');
    expect(c['Jose Marinho']).toBe('Manager');
  });
});

describe('bodies the text describes in passing', () => {
  it('reads "the e-commerce giant X" as what the body is', () => {
    const c = cards('Shares rose.\n\nThe Chinese e-commerce giant Velibo will list its shares in May.');
    expect(c['Velibo']).toBe('Chinese e-commerce giant');
  });

  it('reads "the Hangzhou-based X" as where the body is based', () => {
    const c = cards('Listing day\n\nThe Hangzhou-based Velibo Group said it would raise money.');
    expect(c['Velibo Group']).toBe('Based in Hangzhou');
  });

  it('reads the kind a body’s name ends with, for a card the text says nothing else for', () => {
    expect(nameKind('Velden Holdings', 'organization')).toBe('Holding company');
    expect(nameKind('Arden Tribune', 'organization')).toBe('Newspaper');
    expect(nameKind('Lorne Metal Exchange', 'organization')).toBe('Exchange');
  });

  it('puts no office held by a party’s member on the party', () => {
    const c = cards('Vote day\n\nThe Republican governor, Sara Voss, defended the plan. Republicans cheered.');
    expect(c['Sara Voss']).toBe('Republican governor');
    expect(c['Republican Party']).toBe('US political party');
  });

  it('puts what a body’s name says it is before where it is', () => {
    const c = cards('Port news\n\nThe Velden Energy Corporation in Norway voted. The firm met again.');
    expect(c['Velden Energy Corporation']).toBe('Energy company in Norway');
  });

  it('puts what a body is before who works there', () => {
    const c = cards(
      'Rates rose.\n\nThe board named Ada Brook as its new chief executive of Velden Bank.\n\nThe bank said little.',
    );
    expect(c['Velden Bank']).toBe('Bank where Ada Brook is a new chief executive');
  });
});

describe('the shape of a description', () => {
  it('refuses a phrase with an object pronoun, which is a clause', () => {
    expect(isDescriptionShape('Host pressed him')).toBe(false);
    expect(isDescriptionShape('Host of the morning show')).toBe(true);
  });
});
