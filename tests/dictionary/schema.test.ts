import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaryJsonSchema } from '@/utils/dictionary/schema';
import { emptyDictionary, parseDictionaryJson, validateDictionary } from '@/utils/dictionary/validate';

const valid = () => ({
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'A story' }],
  entities: [
    {
      id: 'e1',
      name: 'Ada Lovelace',
      type: 'person',
      aliases: ['Lovelace'],
      description: 'A mathematician.',
      facts: [{ text: 'Ada wrote notes.', source: 's1' }],
    },
  ],
  quotes: [{ id: 'q1', text: 'Hello', speaker: 'e1', about: ['e1'], source: 's1' }],
});

describe('dictionary schema', () => {
  it('accepts a well-formed dictionary', () => {
    expect(validateDictionary(valid()).ok).toBe(true);
    expect(validateDictionary(emptyDictionary()).ok).toBe(true);
  });

  it('names the field of a wrong type', () => {
    const bad = valid() as unknown as { entities: { type: string }[] };
    bad.entities[0]!.type = 'animal';
    const result = validateDictionary(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^entities\.0\.type:/);
  });

  it('refuses dangling references and duplicate ids', () => {
    const bad = valid();
    bad.quotes[0]!.speaker = 'nobody';
    bad.entities.push({ ...bad.entities[0]! });
    const result = validateDictionary(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toContain('unknown entity "nobody"');
      expect(result.errors.join('\n')).toContain('duplicate entity id "e1"');
    }
  });

  it('refuses oversized strings', () => {
    const bad = valid();
    bad.entities[0]!.name = 'x'.repeat(10_000);
    expect(validateDictionary(bad).ok).toBe(false);
  });

  it('reports JSON syntax errors with the label', () => {
    expect(() => parseDictionaryJson('{', 'my.json')).toThrow(/my\.json is not valid JSON/);
  });

  it('publishes the same schema it validates with', () => {
    const published = JSON.parse(readFileSync('schema/dictionary.schema.json', 'utf8'));
    expect(published).toEqual(dictionaryJsonSchema());
  });
});
