import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('"and" inside the "of" part of a name', () => {
  it('joins ordinary or abstract words: "Center on Housing and Inequality"', () => {
    const { list } = entitiesOf(
      'Port news',
      'She leads the Center on Tides and Inequality in Arden. He ran the Office of Ports and Climate Change.',
    );
    expect(list).toContain('Center on Tides and Inequality:organization');
    expect(list).toContain('Office of Ports and Climate Change:organization');
  });

  it('does not join a second place or name', () => {
    const { list } = entitiesOf(
      'Port news',
      'The Bank of Arden and France agreed. The University of Lorne and Harvard met.',
    );
    expect(list.some((e) => e.includes(' and '))).toBe(false);
  });
});
