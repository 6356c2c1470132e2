import Mark from 'advanced-mark.js';
import { allAliases, benchWindow, EXCLUDE, LIMITERS } from './shared';

// The best maintained peer: advanced-mark.js, with all aliases combined into a few patterns.
try {
  new Mark(document.body).mark(allAliases(), {
    separateWordSearch: false,
    caseSensitive: true,
    diacritics: false,
    combinePatterns: true,
    accuracy: { value: 'exactly', limiters: LIMITERS },
    exclude: EXCLUDE,
    done: (marks: number) => (benchWindow.__benchDone = { marks, status: 'done' }),
  });
} catch (error) {
  benchWindow.__benchDone = { marks: 0, status: 'failed', error: String(error) };
}
