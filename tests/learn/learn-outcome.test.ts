import { describe, expect, it } from 'vitest';
import { skippedReason } from '@/utils/learn/learn-outcome';

describe('why a page could not be learned', () => {
  it('says each reason in the reader’s words, keeping the extractor’s own message', () => {
    expect(skippedReason({ ok: false, reason: 'not-english' }, 10)).toMatch(/English/);
    expect(skippedReason({ ok: false, reason: 'not-article', detail: 'No text found.' }, 10)).toBe('No text found.');
    expect(skippedReason({ ok: false, reason: 'not-article' }, 10)).toMatch(/does not look like an article/);
    expect(skippedReason({ ok: false, reason: 'too-large' }, 6_200_000)).toMatch(/6\.2 MB.*5\.0 MB/);
    expect(skippedReason({ ok: false, reason: 'unreadable', detail: 'bad markup' }, 10)).toMatch(/bad markup/);
  });
});
