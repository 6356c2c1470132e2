import { describe, expect, it } from 'vitest';
import { backgroundOf, clip, mentionLabel, oneLine, typeGroupLabel, typeLabel } from '@/components/entity-labels';

describe('entity labels', () => {
  it('names types singly and in groups', () => {
    expect(typeLabel('organization')).toBe('Organisation');
    expect(typeGroupLabel('person')).toBe('People');
  });

  it('takes the first sentence for one-line backgrounds', () => {
    expect(oneLine('A city.  On a river.')).toBe('A city.');
    expect(oneLine('U.S.-born writer')).toBe('U.S.-born writer');
    expect(oneLine('No full stop')).toBe('No full stop');
  });

  it('clips at a word boundary with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('one two three four', 10)).toBe('one two…');
    expect(clip('abcdefghijklmnop', 6)).toBe('abcde…');
  });

  it('takes the background from the description, else the most informative fact, never anything else', () => {
    const facts = [{ text: 'Built the harbour wall in 1998.' }, { text: 'Named once.' }];
    expect(backgroundOf({ description: 'A builder', facts })).toBe('A builder');
    expect(backgroundOf({ description: '', facts })).toBe('Built the harbour wall in 1998.');
    expect(backgroundOf({ description: '', facts: [] })).toBe('');
  });

  it('counts mentions', () => {
    expect(mentionLabel(1)).toBe('1 mention');
    expect(mentionLabel(0)).toBe('0 mentions');
  });
});
