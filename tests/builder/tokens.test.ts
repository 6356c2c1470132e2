import { describe, expect, it } from 'vitest';
import { tokenize } from '@/utils/builder/tokens';

const words = (s: string) => tokenize(s, 0, s.length).filter((t) => t.word);

describe('tokenize', () => {
  it('strips possessives, straight and curly, and marks them', () => {
    const t = words("Canada’s prime minister met Brazil's leader and the Guards’ band.");
    expect(t.map((x) => x.text)).toContain('Canada');
    expect(t.find((x) => x.text === 'Canada')!.possessive).toBe(true);
    expect(t.find((x) => x.text === 'Brazil')!.possessive).toBe(true);
    expect(t.find((x) => x.text === 'Guards')!.possessive).toBe(true);
  });

  it('drops the full stop after a letter that ends the sentence', () => {
    expect(words('They bought the Zenbox Two S.').map((x) => x.text)).toContain('S');
    expect(words('Harry S. Lundgren spoke.').map((x) => x.text)).toContain('S.');
    expect(words('He moved to the U.S.').map((x) => x.text)).toContain('U.S.');
  });

  it('keeps initials, dotted acronyms and hyphenated names whole', () => {
    const t = words('J. Smith of the U.S. met Ruiz-Lopez on 9/11.').map((x) => x.text);
    expect(t).toEqual(['J.', 'Smith', 'of', 'the', 'U.S.', 'met', 'Ruiz-Lopez', 'on', '9/11']);
  });

  it('marks the first word and the first word inside a quotation as sentence-initial', () => {
    const t = words('He said: “Tomorrow we go.”');
    expect(t.filter((x) => x.initial).map((x) => x.text)).toEqual(['He', 'Tomorrow']);
  });

  it('gives offsets into the paragraph', () => {
    const text = 'Hello there, Maria.';
    for (const t of tokenize(text, 0, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
