import { describe, expect, it } from 'vitest';
import { toArticleInput } from '@/utils/reader-layer/model/learn';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';

describe('toArticleInput', () => {
  it('gives the builder one paragraph a line and the page as the source', () => {
    const input = toArticleInput({
      url: 'https://news.example/a',
      title: 'A title',
      text: 'First paragraph.\n\n  Second one.\nThird.\n\n\n',
      publisher: 'Example',
    });
    expect(input).toEqual({
      id: learnedSourceId('https://news.example/a', 'A title'),
      title: 'A title',
      text: 'First paragraph.\nSecond one.\nThird.',
      url: 'https://news.example/a',
      publisher: 'Example',
    });
  });
});
