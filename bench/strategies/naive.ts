import Mark from 'mark.js';
import { allAliases, benchWindow, EXCLUDE, LIMITERS } from './shared';

// The naive way: hand mark.js every alias at once.
try {
  new Mark(document.body).mark(allAliases(), {
    separateWordSearch: false,
    caseSensitive: true,
    diacritics: false,
    accuracy: { value: 'exactly', limiters: LIMITERS },
    exclude: EXCLUDE,
    done: (marks: number) => (benchWindow.__benchDone = { marks, status: 'done' }),
  });
} catch (error) {
  benchWindow.__benchDone = { marks: 0, status: 'failed', error: String(error) };
}
