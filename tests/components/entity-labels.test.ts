import { describe, expect, it } from 'vitest';
import bundled from '@/assets/dictionary.json';
import { backgroundOf, clip, mentionLabel, oneLine, typeGroupLabel, typeLabel } from '@/components/entity-labels';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';

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

  it('takes the background from a short descriptive phrase only, never from a fact or a sentence', () => {
    const facts = [{ text: 'Built the harbour wall in 1998.' }, { text: 'Named once.' }];
    const builder = { description: 'A builder', facts };
    const undescribed = { description: '', facts };
    const talky = { description: 'She built the harbour wall in 1998 and ran the board until 2004.', facts };
    expect(backgroundOf(builder)).toBe('A builder');
    expect(backgroundOf(undescribed)).toBe('');
    expect(backgroundOf(talky)).toBe('');
    expect(backgroundOf({ description: '' })).toBe('');
  });

  it('gives the bundled United States a short phrase or nothing, never a sentence from its facts', () => {
    const us = indexDictionary(bundled as unknown as Dictionary).entity('united-states')!;
    expect(us.facts.length).toBeGreaterThan(0);
    expect(us.facts.map((f) => f.text)).not.toContain(backgroundOf(us));
    expect(backgroundOf(us).split(' ').length).toBeLessThanOrEqual(14);
    // Without its description, no fact stands in for it.
    expect(backgroundOf({ ...us, description: '' })).toBe('');
  });

  it('counts mentions', () => {
    expect(mentionLabel(1)).toBe('1 mention');
    expect(mentionLabel(0)).toBe('0 mentions');
  });
});
