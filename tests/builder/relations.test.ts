import { describe, expect, it } from 'vitest';
import { clauseOf } from '@/utils/builder/clause';
import { roleAt } from '@/utils/builder/relations';
import { entitiesOf } from './helpers';

const descriptionsOf = (text: string, name: string) => entitiesOf('Report', text).byName(name)!.descriptions;

describe('relations between names', () => {
  it('place a name in the place that owns it or follows it', () => {
    const text =
      'Tourists filled Brenton’s Harbour Square and the Velmar Gallery in Aldgate.\nThe storm hit Kestrel Island, Norland Province.';
    expect(descriptionsOf(text, 'Harbour Square')).toContain('In Brenton');
    expect(descriptionsOf(text, 'Velmar Gallery')).toContain('In Aldgate');
    expect(descriptionsOf(text, 'Kestrel Island')).toContain('In Norland Province');
  });

  it('read a possessive pronoun as the person named before it', () => {
    const text =
      'Ada Lurie thanked the crew.\nAda Lurie and her colleague Tomas Brandt sold the boats through her company, Velmar.';
    expect(descriptionsOf(text, 'Velmar')).toContain('Ada Lurie’s company');
    expect(descriptionsOf(text, 'Tomas Brandt')).toContain('Ada Lurie’s colleague');
  });

  it('give a definite role at an organisation to the person who opened the sentence, in both directions', () => {
    const text = 'Ada Lurie met the mayor on Monday, a day before Piet Olsen praised the Velmar founder in public.';
    expect(descriptionsOf(text, 'Velmar')).toContain('Founded by Ada Lurie');
    expect(descriptionsOf(text, 'Ada Lurie')).toContain('Velmar founder');
  });

  it('turn a role at a body into a description of the body', () => {
    const { byName } = entitiesOf('Report', 'Ada Lurie, a senior fellow at the Harbor Institute, agreed.');
    expect(byName('Harbor Institute')!.descriptions).toContain('Where Ada Lurie is a senior fellow');
    expect(roleAt('Norland Police Commissioner', ['Norland Police'])).toBe('commissioner');
    expect(roleAt('Spokesman for the city’s Harbour Board', ['Harbour Board'])).toBe('spokesman');
    expect(roleAt('Harbour Board member', ['Harbour Board'])).toBe('member');
    expect(roleAt('Lives near the Harbour Board', ['Harbour Board'])).toBeNull();
  });

  it('read what a person made, the kind a list gives, a body a role is sent to and participle modifiers', () => {
    const text = [
      'Visitors loved the cubist art of Ada Lurie and the stream-of-consciousness poetry of Tomas Brandt.',
      'Bars hire firms such as Glowline and Neonworks to make signs.',
      'Piet Olsen met Norland’s ambassador to the Harbour Council on Monday.',
      'He joined the newly created Office of Harbour Safety.',
    ].join('\n');
    expect(descriptionsOf(text, 'Ada Lurie')).toContain('Cubist art');
    expect(descriptionsOf(text, 'Tomas Brandt')).toContain('Stream-of-consciousness poetry');
    expect(descriptionsOf(text, 'Glowline')).toContain('Firm');
    expect(descriptionsOf(text, 'Neonworks')).toContain('Firm');
    expect(descriptionsOf(text, 'Harbour Council')).toContain('Where Norland has an ambassador');
    expect(descriptionsOf(text, 'Office of Harbour Safety')).toContain('Newly created');
  });

  it('do not take a list item or the next clause for an appositive', () => {
    const text = [
      'Visitors loved the art of Ada Lurie, the bold fashions of Tomas Brandt and more.',
      'The book was translated by Piet Olsen, the philosopher Mara Quist writes in her preface.',
    ].join('\n');
    expect(descriptionsOf(text, 'Ada Lurie')).not.toContain('Bold fashions of Tomas Brandt');
    expect(descriptionsOf(text, 'Piet Olsen').join(' ')).not.toMatch(/Mara Quist/);
  });
});

describe('appositives around titles and degrees', () => {
  it('read a role before a title, a kind noun, and an appositive after a degree', () => {
    const text = [
      'In 1898 the Scottish chemist Sir Ada Lurie found neon.',
      'The findings were published in the journal Harbour Biology.',
      'The team was led by Tomas Brandt, Ph.D., of Norland University.',
      'Workers watched as a co-worker, Piet Olsen, fixed the pipe.',
    ].join('\n');
    expect(descriptionsOf(text, 'Ada Lurie')).toContain('Scottish chemist');
    expect(descriptionsOf(text, 'Harbour Biology')).toContain('Journal');
    expect(descriptionsOf(text, 'Tomas Brandt')).toContain('Of Norland University');
    expect(descriptionsOf(text, 'Piet Olsen')).toContain('Co-worker');
    expect(entitiesOf('Report', text).list).not.toContain('Ph.D.:organization');
    expect(entitiesOf('Report', text).byName('Ph.D.')).toBeUndefined();
  });
});

describe('clause descriptions', () => {
  const clause = (sentence: string, name: string) => {
    const start = sentence.indexOf(name);
    return clauseOf(sentence, start, start + name.length, sentence)?.text ?? null;
  };

  it('keep the clause around the name and drop its opener', () => {
    expect(
      clause(
        'The first signs went up in Aldgate, where the Velmar Company commissioned two large signs.',
        'Velmar Company',
      ),
    ).toBe('The Velmar Company commissioned two large signs');
  });

  it('say nothing for a clause that is too short or mostly quoted', () => {
    expect(clause('(The Teamsters disagree.)', 'Teamsters')).toBeNull();
    expect(clause('“We will build it, whatever happens to us,” said Velmar.', 'Velmar')).toBeNull();
  });
});
