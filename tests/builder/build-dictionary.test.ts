import { describe, expect, it } from 'vitest';
import { buildDictionary, DictionaryAssembler } from '@/utils/builder/index';
import { validateDictionary } from '@/utils/dictionary/validate';

const articles = [
  {
    id: 'one',
    title: 'Floods in Peru',
    text: '“The river is rising,” said Ines Moreau, a hydrologist at the Andes Water Institute.\nMoreau left Lima on Monday.',
  },
  {
    id: 'two',
    title: 'Peru recovers',
    text: 'Ines Moreau returned to Lima.\n“We rebuilt the bridge,” Moreau said.',
    url: 'https://example.org/2',
    publisher: 'Example',
  },
];

describe('buildDictionary', () => {
  it('produces a dictionary that passes the schema', () => {
    const result = validateDictionary(buildDictionary(articles));
    expect(result.ok).toBe(true);
  });

  it('merges an entity named in several articles and keeps each fact’s source', () => {
    const d = buildDictionary(articles);
    const moreau = d.entities.find((e) => e.name === 'Ines Moreau')!;
    expect(moreau.type).toBe('person');
    expect(moreau.aliases).toEqual(['Moreau']);
    expect(moreau.description).toBe('Hydrologist at the Andes Water Institute');
    expect(new Set(moreau.facts.map((f) => f.source))).toEqual(new Set(['one', 'two']));
    expect(d.entities.filter((e) => e.name === 'Lima')).toHaveLength(1);
  });

  it('keeps sources with their metadata and links quotes to speakers by id', () => {
    const d = buildDictionary(articles);
    expect(d.sources).toEqual([
      { id: 'one', title: 'Floods in Peru' },
      { id: 'two', title: 'Peru recovers', url: 'https://example.org/2', publisher: 'Example' },
    ]);
    const moreau = d.entities.find((e) => e.name === 'Ines Moreau')!;
    expect(d.quotes.map((q) => [q.text, q.speaker, q.source])).toEqual([
      ['The river is rising,', moreau.id, 'one'],
      ['We rebuilt the bridge,', moreau.id, 'two'],
    ]);
  });

  it('is deterministic, with ids that do not depend on input order of equal articles', () => {
    expect(JSON.stringify(buildDictionary(articles))).toBe(JSON.stringify(buildDictionary(articles)));
    const ids = buildDictionary(articles).entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('derives a stable source id when none is given and reports progress', () => {
    const seen: string[] = [];
    const d = buildDictionary([{ title: 'A', text: 'Lima is busy.' }], {
      onProgress: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(d.sources[0]!.id).toMatch(/^src-[0-9a-f]{8}$/);
    expect(seen).toEqual(['1/1']);
  });

  it('copes with an empty article', () => {
    expect(validateDictionary(buildDictionary([{ title: '', text: '' }])).ok).toBe(true);
  });
});

describe('buildDictionary across articles', () => {
  it('merges a person known by surname in one article into the full name from another', () => {
    const d = buildDictionary([
      { id: 'a', title: 'Vote', text: 'Senator Ruth Okonjo voted no.' },
      { id: 'b', title: 'Again', text: '“We will not back down,” Ms. Okonjo said.' },
    ]);
    const people = d.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Ruth Okonjo']);
    expect(d.quotes[0]!.speaker).toBe(people[0]!.id);
    expect(validateDictionary(d).ok).toBe(true);
  });

  it('gives the same result when finished twice', () => {
    const assembler = new DictionaryAssembler();
    assembler.add({ id: 'a', title: 'Vote', text: 'Senator Ruth Okonjo voted no.' });
    assembler.add({ id: 'b', title: 'Again', text: 'Okonjo said no.' });
    expect(JSON.stringify(assembler.finish())).toBe(JSON.stringify(assembler.finish()));
  });
});

describe('card descriptions', () => {
  it('keep a lone word only when it is a title or a kind the text gives the name', () => {
    const d = buildDictionary([
      {
        id: 'a',
        title: 'T',
        text: 'His company, Brightwell, grew. Her idea, Zentra, failed. Senator Ruth Okonjo agreed.',
      },
    ]);
    expect(d.entities.find((e) => e.name === 'Brightwell')!.description).toBe('Company');
    expect(d.entities.find((e) => e.name === 'Zentra')!.description).not.toBe('Idea');
    expect(d.entities.find((e) => e.name === 'Ruth Okonjo')!.description).toBe('Senator');
  });
});

describe('short card descriptions', () => {
  it('stay a noun phrase: what the entity did next is a fact, not part of the description', () => {
    const d = buildDictionary([
      {
        id: 'a',
        title: 'T',
        text: 'Workers watched as a co-worker, Piet Olsen, fixed the pipe.\nPiet Olsen then sealed the cracked main before the water reached the road.',
      },
    ]);
    const e = d.entities.find((x) => x.name === 'Piet Olsen')!;
    expect(e.description).toBe('Co-worker');
    expect(e.facts.map((f) => f.text).join(' ')).toMatch(/sealed the cracked main/);
  });
});
