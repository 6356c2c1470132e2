import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { leadOf, MAX_LEAD_LENGTH, trim } from '@/utils/builder/lead';

// The lead a sentence gives the first occurrence of `name` in it.
function lead(sentence: string, name: string) {
  const start = sentence.indexOf(name);
  return leadOf(sentence, start, start + name.length, sentence);
}

describe('lead sentences', () => {
  it('take a sentence the entity opens', () => {
    const l = lead('Brenton opened a new harbour for the fishing fleet last spring.', 'Brenton');
    expect(l).toMatchObject({ text: 'Brenton opened a new harbour for the fishing fleet last spring.', rank: 0 });
  });

  it('take the main clause the entity opens after a short leading phrase, dropping a connective', () => {
    expect(lead('Also last year, Brenton opened a new harbour for the fleet.', 'Brenton')).toMatchObject({
      text: 'Last year, Brenton opened a new harbour for the fleet.',
      rank: 1,
    });
    expect(lead('As the storms grew worse, Brenton opened a new harbour for the fleet.', 'Brenton')?.text).toBe(
      'Brenton opened a new harbour for the fleet.',
    );
  });

  it('keep "the" that belongs to the name', () => {
    expect(lead('The Harbour Trust bought the old pier from the council in May.', 'Harbour Trust')?.text).toBe(
      'The Harbour Trust bought the old pier from the council in May.',
    );
  });

  it('skip sentences where the entity is buried, possessive or one of a pair', () => {
    expect(lead('The mayor said on Monday that Brenton would open a harbour.', 'Brenton')).toBeNull();
    expect(lead('Brenton’s mayor opened a new harbour for the fleet.', 'Brenton')).toBeNull();
    expect(lead('Brenton and Aldgate opened a new harbour for the fleet.', 'Brenton')).toBeNull();
    expect(
      lead('Harbour Trust supplier Brenton Marine has been closed since the storm in May.', 'Harbour Trust'),
    ).toBeNull();
  });

  it('skip sentences that are mostly quotation, including ones that start inside a quote', () => {
    expect(lead('Ada Lurie said: “We will build the harbour whatever the council decides.”', 'Ada Lurie')).toBeNull();
    expect(lead('Brenton will never give up its harbour, not while I am mayor.”', 'Brenton')).toBeNull();
  });

  it('rank reported speech below other subject sentences', () => {
    expect(lead('Ada Lurie said the harbour would open in the spring of next year.', 'Ada Lurie')?.rank).toBe(2);
  });

  it('cut long sentences at a clause boundary with an ellipsis', () => {
    const long =
      'Brenton opened a new harbour for the fishing fleet last spring, the first in the county for a century, ' +
      'and the council says the town will build a second one on the far side of the bay within ten years.';
    const text = trim(long);
    expect(text).toBe(
      'Brenton opened a new harbour for the fishing fleet last spring, the first in the county for a century…',
    );
    expect(text.length).toBeLessThanOrEqual(MAX_LEAD_LENGTH + 1);
    expect(trim('short text')).toBe('short text');
  });
});

describe('card descriptions without a role', () => {
  const article = (text: string) => buildDictionary([{ id: 'a', title: 'Harbour news', text }]);

  it('are never a sentence: a subject sentence stays among the facts', () => {
    const dict = article(
      'The council said on Monday that the harbour plan drawn up by Brenton Marine would go ahead.\n' +
        'Brenton Marine built the old harbour wall at Aldgate in the winter of 1998.',
    );
    const e = dict.entities.find((x) => x.name === 'Brenton Marine')!;
    expect(e.description).toBe('');
    expect(e.facts.map((f) => f.text).join(' ')).toMatch(/old harbour wall/);
    expect(e.facts.map((f) => f.text).join(' ')).toMatch(/harbour plan/);
  });

  it('are never the clause the entity sits in', () => {
    const dict = article('The council said on Monday that the harbour plan drawn up by Brenton Marine would go ahead.');
    expect(dict.entities.find((x) => x.name === 'Brenton Marine')!.description).toBe('');
  });

  it('are empty, never the headline, when only the headline names the entity', () => {
    const dict = buildDictionary([
      { id: 'a', title: 'Brenton Marine wins the harbour contract', text: 'The council voted on Monday night.' },
    ]);
    const e = dict.entities.find((x) => x.name === 'Brenton Marine')!;
    expect(e.description).toBe('');
    expect(e.description).not.toMatch(/Named in/);
  });
});
