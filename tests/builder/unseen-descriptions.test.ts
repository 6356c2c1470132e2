import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('descriptions on articles no rule was written against', () => {
  it('reads a role that opens the sentence before a name as the role, capitalised only for being first', () => {
    expect(cards('Employee Tomas Berg fought the thief. Berg was unhurt.')['Tomas Berg']).toBe('Employee');
  });

  it('takes the kind written after a place name when a preposition follows it', () => {
    expect(cards('The storm reached the remote Velska region in the north on Friday.')['Velska']).toBe('Region');
  });

  it('gives each person of a pair what "both" says they are', () => {
    const c = cards(
      'Chilean Ana Brook and Australian Tim Weekes, both professors at the Arden Institute, were freed on Monday.',
    );
    expect(c['Ana Brook']).toBe('Professor at the Arden Institute');
    expect(c['Tim Weekes']).toBe('Professor at the Arden Institute');
  });

  it('reads the plural kind before "like" or "including" as the kind of each name after it', () => {
    const c = cards('Nimbus sells consoles including the Orbix 2 and the Orbix Mini this week.');
    expect([c['Orbix 2'], c['Orbix Mini']]).toEqual(['Console', 'Console']);
  });

  it('reads the plural kind before a short clause and "including" as the kind of each name after it', () => {
    const c = cards('Nimbus sells consoles that were upgraded this year, including the Orbix 2 and the Orbix Mini.');
    expect([c['Orbix 2'], c['Orbix Mini']]).toEqual(['Console', 'Console']);
    expect(cards('Velden makes phones that beat rivals including Orbix.')['Orbix'] ?? '').toBe('');
  });

  it('reads software, medicine and prizes as kinds a card may give ("a Python library", "the Quillon framework is")', () => {
    expect(cards('Many coders use Kelvo, a Python library.')['Kelvo']).toBe('Python library');
    expect(cards('The Quillon framework is slow, testers said.')['Quillon']).toBe('Framework');
    expect(cards('Coders use Zorbix, a popular library for parsing dates.')['Zorbix']).toBe('Popular library');
  });

  it('reads no body’s app or team before a verb as what the body is', () => {
    expect(cards('The Velden app crashed on Monday.')['Velden'] ?? '').toBe('');
  });

  it('gives a person the body they are of when its name is long', () => {
    const c = cards('The study was led by Tomas Berg, Ph.D., of Arden University’s Lena B. Moor Mind Brain Institute.');
    expect(c['Tomas Berg']).toBe('Of Arden University’s Lena B. Moor Mind Brain Institute');
  });

  it('reads what a person is from the work the text gives them', () => {
    const c = cards(
      'Critics loved Ada Brook’s 2019 novel. In her book “Tides of Arden,” Mara Lind wrote of the flood.',
    );
    expect([c['Ada Brook'], c['Mara Lind']]).toEqual(['Novelist', 'Author']);
    expect(cards('Tom Berg’s work on the bill was praised.')['Tom Berg'] ?? '').toBe('');
  });

  it('reads a body’s kind after its name, then where it is, as what the body is', () => {
    const c = cards('Maria Lopez is an elder of the Tarawai tribe of western Velmont.');
    expect(c['Tarawai']).toBe('Tribe of western Velmont');
  });

  it('reads no kind of place after a name followed by "of": the name after it is that place', () => {
    expect(cards('She visited the Arden city of Lorne.')['Arden'] ?? '').not.toMatch(/City/);
  });
});

describe('choosing among the phrases an article gives', () => {
  it('cuts a long appositive back to the role it opens with', () => {
    const c = cards(
      'Ada Brook, a top security aide to Governor Pike on the long July 25 call with the harbour board of the city of Arden, testified.',
    );
    expect(c['Ada Brook']).toMatch(/^Top security aide to Governor Pike/);
  });

  it('prefers a phrase built on a title to the bare title', () => {
    const c = cards('President Tomas Berg spoke first. The Velskan President Tomas Berg left early. Berg was tired.');
    expect(c['Tomas Berg']).toBe('Velskan President');
  });
});

describe('roles of sport, health and science', () => {
  it('reads them before a name as the person’s role', () => {
    const c = cards('Harbour FC winger Tomas Berg scored. The dermatologist Ada Brook treated him.');
    expect([c['Tomas Berg'], c['Ada Brook']]).toEqual(['Harbour FC winger', 'Dermatologist']);
  });
});
