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
