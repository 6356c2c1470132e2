import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers';

const names = (text: string) =>
  mentionsOf(text)
    .mentions.filter((m) => !m.weak)
    .map((m) => m.canonical?.name ?? m.name);

describe('photo credits', () => {
  it('ends a credited company at its suffix and drops the credit word glued into the text', () => {
    const found = names(
      'Report\n© Provided by Daily Gazette Inc Velora/Brindle Velora and Brindle launched a tablet on Monday.',
    );
    expect(found).toContain('Daily Gazette Inc');
    expect(found).not.toContain('Daily Gazette Inc Velora');
    expect(found).not.toContain('Brindle Velora');
    expect(found.filter((n) => n === 'Velora')).toHaveLength(1);
  });

  it('keeps a photographer and an agency written as a credit line apart', () => {
    const found = names('Report\nMarta Quillon/Norpress\nThe console ships in May.');
    expect(found).toContain('Marta Quillon');
    expect(found).toContain('Norpress');
  });

  it('leaves two names joined by a slash in running text alone', () => {
    const found = names('Report\nShe compared the Velora/Brindle deal with the old one.');
    expect(found).toContain('Velora');
    expect(found).toContain('Brindle');
  });
});
