import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('known defects on unseen articles', () => {
  it('read a month abbreviation before a surname as a first name', () => {
    const { list, result, nameOf } = entitiesOf(
      'Harbour news',
      '“We will open on time,” said Jun Tanaka, the harbour master. Mar Ortega agreed.',
    );
    expect(list).toContain('Jun Tanaka:person');
    expect(list).toContain('Mar Ortega:person');
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Jun Tanaka');
  });

  it('keep a month a month after a date word', () => {
    const { list } = entitiesOf('Harbour news', 'The harbour opened in June. Since June Halloran has run it.');
    expect(list.some((e) => e.startsWith('June'))).toBe(false);
  });

  it("give a headline's scare quotes no speaker: a name beside them is no said-clause", () => {
    const { result } = entitiesOf(
      'Mayor Ilse Brandt ‘ready to scrap the rise’',
      'Mayor Ilse Brandt spoke to the council on Monday. The council voted.',
    );
    expect(result.quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('a surname that is also a common word', () => {
  it('is the person named in full elsewhere in the article', () => {
    const { result, nameOf } = entitiesOf(
      'Harbour news',
      'The inquiry heard from harbour master Ada Brook on Monday.\n\n“The gates were open,” said Brook, who ran the port.',
    );
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Ada Brook');
  });

  it('stays a common word when no full name ends with it', () => {
    const { list } = entitiesOf('Harbour news', 'The road climbs the hill past the Brook.');
    expect(list.some((e) => e.startsWith('Brook:'))).toBe(false);
  });
});

describe('said-clauses with a long title or a role before the name', () => {
  it('reaches over a title of four or five capitalised words', () => {
    const { result, nameOf } = entitiesOf(
      'Harbour news',
      '“The gates stay shut,” Arden Harbour Board Press Secretary Ines Moreau said on Monday.',
    );
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Ines Moreau');
  });

  it("reaches over a place's role before the name", () => {
    const { result, nameOf } = entitiesOf(
      'Harbour news',
      '“The gates stay shut,” Arden’s deputy director of harbour works, Ines Moreau, said on Monday.',
    );
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Ines Moreau');
  });

  it('gives "in X’s words" to X', () => {
    const { result, nameOf } = entitiesOf(
      'Harbour news',
      'The board met.\n\nIn Dr. Ines Moreau’s words, “the gates were never the problem.”',
    );
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Ines Moreau');
  });
});

describe('given names of two syllables joined by a hyphen', () => {
  it('keeps "Hau-yip" in a name and leaves compound words out', () => {
    const { list } = entitiesOf('Harbour news', 'Cheuk Hau-yip met Lee Ka-wo at the port. An Anti-war march passed.');
    expect(list).toContain('Cheuk Hau-yip:person');
    expect(list).toContain('Lee Ka-wo:person');
    expect(list.some((e) => e.includes('Anti'))).toBe(false);
  });
});

describe('speakers given by a said-clause before the quotation or by a role named later', () => {
  it('carries the voice of a said-clause into the quotation opening the next sentence', () => {
    const { result, nameOf } = entitiesOf('Harbour news', 'The port will open, Ada Brook said. “We are ready.”');
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Ada Brook');
  });

  it('gives a role the one person the article later names with it', () => {
    const { result, nameOf } = entitiesOf(
      'Harbour news',
      '“We will open on time,” the spokeswoman said.\n\nAda Brook, a spokeswoman for the port, and Tom Pike, a spokesman for the council, met.',
    );
    expect(nameOf(result.quotes[0]!.speaker)).toBe('Ada Brook');
  });

  it('leaves a role two people are given to nobody', () => {
    const { result } = entitiesOf(
      'Harbour news',
      '“We will open on time,” the spokeswoman said.\n\nAda Brook, a spokeswoman for the port, met Ines Moreau, a spokeswoman for the council.',
    );
    expect(result.quotes[0]!.speaker).toBeNull();
  });
});
