import { describe, expect, it } from 'vitest';
import { findQuotes } from '@/utils/builder/quotes';
import { splitParagraphs } from '@/utils/builder/sentences';

const quotes = (title: string, body: string) => findQuotes(splitParagraphs(title, body)).map((q) => q.text);

describe('findQuotes', () => {
  it('finds curly and straight double quotes, without their marks', () => {
    expect(quotes('T', '“We will rebuild the bridge,” she said. He said "the cost is far too high" today.')).toEqual([
      'We will rebuild the bridge,',
      'the cost is far too high',
    ]);
  });

  it('keeps both halves of a quote split around its attribution', () => {
    expect(quotes('T', '“It was hard,” she said. “But we finished the job.”')).toEqual([
      'It was hard,',
      'But we finished the job.',
    ]);
  });

  it('ends an unclosed quote at the paragraph end so the next paragraph can go on', () => {
    expect(quotes('T', '“We tried everything we could think of.\n“Nothing worked at all,” she said.')).toEqual([
      'We tried everything we could think of.',
      'Nothing worked at all,',
    ]);
  });

  it('rejects scare quotes, single words, titles and hypotheticals', () => {
    expect(quotes('T', 'The plan was "historic" and "very bold", the "Blue Skies Report" said.')).toEqual([]);
    expect(quotes('T', 'He looked up as if to say "Are you serious now?" and left.')).toEqual([]);
  });

  it('reads single quotes in a headline but not apostrophes', () => {
    expect(quotes("Mayor calls plan her 'greatest mistake'", "It's the mayors' view.")).toEqual(['greatest mistake']);
    expect(quotes('‘We must act now’: leaders meet', 'Nothing here.')).toEqual(['We must act now']);
  });

  it('takes a short full sentence in quotes', () => {
    expect(quotes('T', '“Thank you.” She bowed.')).toEqual([]);
    expect(quotes('T', '“Thank you all.” She bowed.')).toEqual(['Thank you all.']);
  });

  it('takes a short quotation that closes a clause with a speech verb, but not a scare quote mid-clause', () => {
    expect(
      quotes('T', 'Kim said the plans were “credible but risky”. They inherited a “black hole” in the budget.'),
    ).toEqual(['credible but risky']);
  });

  it('takes a one-word quotation closing a said-clause, and a short one anywhere in a said-clause', () => {
    expect(quotes('T', 'Ines Moreau said she recalled the flood “clearly.” The “new” dam held.')).toEqual(['clearly.']);
    expect(quotes('T', 'Tomas Berg said the town had the “will and money” to rebuild. It had a “plan” too.')).toEqual([
      'will and money',
    ]);
  });

  it('takes a quotation nested in another after words of speech, but not a single quoted word', () => {
    expect(quotes('T', '“She asked me, ‘Where is the key?’ and the ‘plan’ failed,” he said.')).toEqual([
      'She asked me, ‘Where is the key?’ and the ‘plan’ failed,',
      'Where is the key?',
    ]);
  });
});

describe('short words followed by a said-clause', () => {
  it('are speech even when their one long word is capitalised', () => {
    expect(quotes('Report', 'He left early. “We’ll see,” Ines Moreau said, “but I am not hopeful.”')).toEqual([
      'We’ll see,',
      'but I am not hopeful.',
    ]);
  });
});

describe('short orders and answers', () => {
  it('takes two words said by somebody unnamed and the two words that go on after the said-clause', () => {
    expect(quotes('T', '“Get down,” an officer shouted. “Stay down.” Nobody moved.')).toEqual([
      'Get down,',
      'Stay down.',
    ]);
  });

  it('still leaves two quoted words with no said-clause before them', () => {
    expect(quotes('T', 'The crowd cheered. “Stay down.” Nobody moved.')).toEqual([]);
  });
});

describe('quotations in other marks', () => {
  it('takes a long quotation in curly single marks beside a colon or a said-clause', () => {
    const long = Array.from({ length: 12 }, (_, i) => `we walked to mill number ${i + 1}`).join(', ');
    expect(quotes('T', `Ines Moreau said: ‘In those years ${long}.’`)).toHaveLength(1);
    expect(quotes('T', `‘In those years ${long},’ Moreau said.`)).toHaveLength(1);
    expect(quotes('T', `Nobody wrote ‘In those years ${long}.’`)).toEqual([]);
  });

  it('keeps a quotation whole around straight marks inside curly ones, and takes the inner words too', () => {
    expect(quotes('T', '“He told me, "You are fired," and walked away,” Tomas Berg said.')).toEqual([
      'He told me, "You are fired," and walked away,',
      'You are fired,',
    ]);
  });
});
