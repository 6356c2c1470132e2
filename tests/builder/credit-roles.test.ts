import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

const describedAs = (title: string, text: string, name: string) =>
  buildDictionary([{ title, text }]).entities.find((e) => e.name === name)?.description;

describe('the role a credit line gives the person it names', () => {
  it('is a photographer for a photo credit', () => {
    const by = 'The ferry Velden Star left the harbour at dawn.\nPhoto by Ines Moreau\nIt sank by noon.';
    expect(describedAs('Ferry sinks', by, 'Ines Moreau')).toBe('Photographer');
    const slash = 'The ferry left the harbour at dawn.\nIlse Varga/AFP\nIt sank by noon.';
    expect(describedAs('Ferry sinks', slash, 'Ilse Varga')).toBe('Photographer');
  });

  it('is a journalist for a byline or a name closing the headline after a bar', () => {
    const byline = 'By Tomas Brandt\nThe ferry Velden Star left the harbour at dawn and sank by noon.';
    expect(describedAs('Ferry sinks', byline, 'Tomas Brandt')).toBe('Journalist');
    const bar = 'The ferry Velden Star left the harbour at dawn and sank by noon.';
    expect(describedAs('Ferry sinks off Lorne | Tomas Brandt', bar, 'Tomas Brandt')).toBe('Journalist');
  });

  it('is a reporter for reporting credited at the foot, wherever the reporter was', () => {
    const text =
      'The ferry Velden Star sank by noon.\nIlse Varga in Lorne and Tomas Brandt contributed to this report.';
    expect(describedAs('Ferry sinks', text, 'Ilse Varga')).toBe('Reporter');
    expect(describedAs('Ferry sinks', text, 'Tomas Brandt')).toBe('Reporter');
  });

  it('is nothing for a person named in the story itself', () => {
    const text = 'Ines Moreau said the ferry left by the harbour wall. Tomas Brandt, who runs it, contributed money.';
    expect(describedAs('Ferry sinks', text, 'Ines Moreau')).toBe('');
    expect(describedAs('Ferry sinks', text, 'Tomas Brandt')).toBe('');
  });
});
