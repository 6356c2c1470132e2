import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const speakers = (text: string, title = 'Report') => {
  const { result, nameOf } = entitiesOf(title, text);
  return result.quotes.map((q) => `${q.text.slice(0, 12)}=${nameOf(q.speaker)}`);
};

describe('speakers on articles no rule was written against', () => {
  it('reads the speaker across an appositive of several comma-separated parts before "said"', () => {
    expect(
      speakers(
        '“The numbers grew,” Dylan Nerson, a fellow at the Arden Institute in Lorne, Velska, and co-author of the study, said in a statement. “We saw it.”',
      ),
    ).toEqual(['The numbers =Dylan Nerson', 'We saw it.=Dylan Nerson']);
  });

  it('does not reach over a second name that speaks', () => {
    expect(speakers('“It is late,” Ada Brook, who met Tomas Berg, Ines Moreau and others, said. Berg agreed.')).toEqual(
      ['It is late,=Ada Brook'],
    );
  });
});
