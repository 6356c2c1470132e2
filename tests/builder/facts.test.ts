import { describe, expect, it } from 'vitest';
import { factText } from '@/utils/builder/facts';
import { entitiesOf } from './helpers';

describe('facts', () => {
  it('are the sentences that name the entity, describing ones first', () => {
    const { byName } = entitiesOf(
      'Report',
      'The mayor visited Brenton on a cold and windy Monday morning.\nLater Brenton, a port town of ten thousand people, held a vote on the harbour plan.',
    );
    const facts = byName('Brenton')!.facts;
    expect(facts).toHaveLength(2);
    expect(facts[0]).toMatch(/^Later Brenton, a port town/);
  });

  it('are cleaned and bounded in length', () => {
    expect(factText('  Two\n spaces  ')).toBe('Two spaces');
    const long = factText('word '.repeat(200));
    expect(long.length).toBeLessThanOrEqual(401);
    expect(long.endsWith('…')).toBe(true);
  });
});
