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
    expect(describedKind(['Ryanair'], 'organization')).toBe('Irish budget airline');
    expect(describedKind(['Falcon 9'], 'other')).toBe('SpaceX rocket');
  });

  it('describes a known body the article names without a noun phrase', () => {
    expect(cards('Ada Brook moved her files to Dropbox last year.')['Dropbox']).toBe('File-hosting service');
  });

  it('keeps what the article says over what the lexicon knows', () => {
    expect(cards('Tomas Berg praised Dropbox, his favourite app, on Monday.')['Dropbox']).not.toBe(
      'File-hosting service',
    );
  });

  it('describes a part of a known place named with a direction, but not a country so named', () => {
    const c = cards('The storm hit Lower Manhattan and Southern California on Monday, and South Africa too.');
    expect(c['Lower Manhattan']).toBe('Part of Manhattan');
    expect(c['South Africa']).toBe('Country');
  });

  it('gives a model of a known product line what the line is, its number included', () => {
    const c = cards('Velden tested the PlayStation 4 against an iPhone 12 on Friday.');
    expect([c['PlayStation 4'], c['iPhone 12']]).toEqual(['Sony video game console', 'Apple smartphone']);
  });
});
