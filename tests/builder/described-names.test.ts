import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { describedKind } from '@/utils/builder/known-kinds';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('what widely reported names are, for a card the text says nothing of', () => {
  it('gives a known body or thing its kind when the type fits', () => {
    expect(describedKind(['Roscosmos'], 'organization')).toBe('Russian space agency');
    expect(describedKind(['Firefox'], 'organization')).toBe('Web browser');
    expect(describedKind(['Roscosmos'], 'person')).toBe('');
    expect(describedKind(['Boston Celtics'], 'organization')).toBe('NBA team');
    expect(describedKind(['Detroit Free Press'], 'organization')).toBe('US newspaper');
  });

  it('describes a known body the article names without a noun phrase', () => {
    expect(cards('Ada Brook moved her files to Dropbox last year.')['Dropbox']).toBe('File-hosting service');
  });

  it('keeps what the article says over what the lexicon knows', () => {
    expect(cards('Tomas Berg praised Dropbox, his favourite app, on Monday.')['Dropbox']).not.toBe(
      'File-hosting service',
    );
  });
});
